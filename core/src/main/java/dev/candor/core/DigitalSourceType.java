package dev.candor.core;

import java.util.Optional;

/**
 * How a piece of content came to be, as the IPTC Digital Source Type vocabulary
 * ({@code http://cv.iptc.org/newscodes/digitalsourcetype/}) and C2PA's own additions name it.
 *
 * <p>Written into {@code c2pa.actions.v2} and XMP {@code Iptc4xmpExt:DigitalSourceType} as the
 * full URI returned by {@link #uri()}.
 */
public enum DigitalSourceType {
  /** Created by a generative model from scratch ("AI-generated"). */
  TRAINED_ALGORITHMIC_MEDIA("trainedAlgorithmicMedia"),
  /** A capture or creation with AI-generated parts composited in ("AI-modified"). */
  COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA("compositeWithTrainedAlgorithmicMedia"),
  /** Enhanced by an algorithm (denoising, upscaling) without new content. */
  ALGORITHMICALLY_ENHANCED("algorithmicallyEnhanced"),
  /** Produced by a non-learned algorithm (procedural, rule-based). */
  ALGORITHMIC_MEDIA("algorithmicMedia"),
  /** A composite that includes synthetic elements. */
  COMPOSITE_SYNTHETIC("compositeSynthetic"),
  /** A composite of several elements. */
  COMPOSITE("composite"),
  /** A composite of several captures. */
  COMPOSITE_CAPTURE("compositeCapture"),
  /** Captured by a digital camera or recorder. */
  DIGITAL_CAPTURE("digitalCapture"),
  /** Captured with computational processing (multi-frame, HDR). */
  COMPUTATIONAL_CAPTURE("computationalCapture"),
  /** Scanned from a negative film. */
  NEGATIVE_FILM("negativeFilm"),
  /** Scanned from a positive film or slide. */
  POSITIVE_FILM("positiveFilm"),
  /** Scanned from a print. */
  PRINT("print"),
  /** Edited by a person. */
  HUMAN_EDITS("humanEdits"),
  /** Edited by a person in minor ways. */
  MINOR_HUMAN_EDITS("minorHumanEdits"),
  /** Created by a person with digital tools. */
  DIGITAL_CREATION("digitalCreation"),
  /** Produced from data (charts, visualisations). */
  DATA_DRIVEN_MEDIA("dataDrivenMedia"),
  /** A capture of a screen. */
  SCREEN_CAPTURE("screenCapture"),
  /** Recorded in a virtual environment. */
  VIRTUAL_RECORDING("virtualRecording"),
  /** Retired IPTC code, still read: created in software. */
  SOFTWARE_IMAGE("softwareImage"),
  /** Retired IPTC code, still read: digital art (now {@link #DIGITAL_CREATION}). */
  DIGITAL_ART("digitalArt"),
  /** C2PA: the asset has no content of its own (e.g. a container). */
  C2PA_EMPTY("http://c2pa.org/digitalsourcetype/", "empty"),
  /** C2PA: data produced by a trained model (not media). */
  C2PA_TRAINED_ALGORITHMIC_DATA("http://c2pa.org/digitalsourcetype/", "trainedAlgorithmicData");

  /** The IPTC namespace every IPTC code starts with. */
  public static final String IPTC_PREFIX = "http://cv.iptc.org/newscodes/digitalsourcetype/";

  private final String uri;
  private final String code;

  DigitalSourceType(String code) {
    this(IPTC_PREFIX, code);
  }

  DigitalSourceType(String prefix, String code) {
    this.uri = prefix + code;
    this.code = code;
  }

  /** The full URI, as written in manifests and XMP. */
  public String uri() {
    return uri;
  }

  /** The short code, e.g. {@code trainedAlgorithmicMedia}. */
  public String code() {
    return code;
  }

  /** Whether this type says generative AI made the content or part of it. */
  public boolean isGenerativeAi() {
    return this == TRAINED_ALGORITHMIC_MEDIA
        || this == COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA
        || this == C2PA_TRAINED_ALGORITHMIC_DATA;
  }

  /**
   * The type a URI names. Tolerates what real files carry: surrounding white space, {@code https},
   * a bare code.
   */
  public static Optional<DigitalSourceType> fromUri(String uri) {
    if (uri == null) {
      return Optional.empty();
    }
    String u = uri.trim();
    for (DigitalSourceType t : values()) {
      if (t.uri.equals(u) || t.uri.equals(u.replaceFirst("^https:", "http:")) || t.code.equals(u)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
