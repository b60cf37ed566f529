package dev.candor.cli.internal;

import dev.candor.cli.WatermarkLayer;
import dev.candor.core.ManifestRepositoryException;
import dev.candor.core.ManifestSummary;
import dev.candor.core.ProvenanceException;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.VerifyOptions;
import dev.candor.image.ImageLabels;
import dev.candor.image.ImageVerification;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.text.TextFormat;
import dev.candor.text.TextLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies one file layer by layer and decides its {@link Verdict.State}:
 *
 * <ul>
 *   <li>a C2PA record present decides: TRUSTED, VALID or INVALID as validation reports;
 *   <li>markings without any C2PA record (XMP source type, watermark, text disclosure) are INVALID
 *       with failure {@code claim.missing}: the file says it is AI content, but nothing signed
 *       backs it;
 *   <li>nothing at all is UNMARKED; a format Candor does not read is UNSUPPORTED; a file that
 *       cannot be read or parsed is ERROR.
 * </ul>
 *
 * Thread-safe.
 */
public final class Verifier {
  /** Layer names of the stable contract. */
  public static final String C2PA = "c2pa";

  /** IPTC digital source type in XMP. */
  public static final String XMP = "xmp";

  /** An invisible watermark. */
  public static final String WATERMARK = "watermark";

  /** A human-readable disclosure in the text. */
  public static final String TEXT_LABEL = "text-label";

  private final VerifyOptions options;
  private final WatermarkLayer watermark;

  /** A verifier judging with {@code options}. */
  public Verifier(VerifyOptions options, WatermarkLayer watermark) {
    this.options = options;
    this.watermark = watermark;
  }

  /** The verdict on a file; never throws. */
  public Verdict verify(Path file) {
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        return Verdict.of(
            name,
            Verdict.State.ERROR,
            null,
            Files.exists(file) ? "not a regular file" : "no such file");
      }
      ContentType type = ContentType.of(file);
      switch (type.kind()) {
        case IMAGE:
          return image(name, file, type);
        case TEXT:
          return text(name, Files.readAllBytes(file));
        default:
          return Verdict.of(
              name, Verdict.State.UNSUPPORTED, type.imageFormat().mediaType(), type.reason());
      }
    } catch (ProvenanceException e) {
      return Verdict.of(name, Verdict.State.ERROR, null, "unreadable: " + e.getMessage());
    } catch (ManifestRepositoryException e) {
      return Verdict.of(name, Verdict.State.ERROR, null, "manifest repository: " + e.getMessage());
    } catch (IOException e) {
      return Verdict.of(name, Verdict.State.ERROR, null, "cannot read: " + e);
    } catch (RuntimeException e) {
      return Verdict.of(name, Verdict.State.ERROR, null, "internal error: " + e);
    }
  }

  /** The verdict on text bytes (e.g. standard input), shown as {@code name}; never throws. */
  public Verdict text(String name, byte[] utf8) {
    String text;
    try {
      text = Texts.decode(utf8);
    } catch (ProvenanceException e) {
      return Verdict.of(name, Verdict.State.UNSUPPORTED, null, e.getMessage());
    }
    ValidationReport r = TextLabels.verify(text, options);
    List<String> layers = new ArrayList<>();
    if (r.hasManifest()) {
      layers.add(C2PA);
    }
    if (TextLabelDetector.hasDisclosure(text)) {
      layers.add(TEXT_LABEL);
    }
    return decide(name, TextFormat.MEDIA_TYPE, r, layers, Optional.empty());
  }

  private Verdict image(String name, Path file, ContentType type)
      throws ProvenanceException, IOException {
    ImageVerification v;
    try (dev.candor.core.asset.AssetSource src = dev.candor.core.asset.AssetSource.open(file)) {
      v = watermark.verify(src, options);
    }
    ValidationReport r = v.c2pa().orElse(ValidationReport.noManifest());
    List<String> layers = new ArrayList<>();
    if (r.hasManifest()) {
      layers.add(C2PA);
    }
    Optional<dev.candor.image.WatermarkFinding> mark = v.watermark().filter(w -> w.found());
    Optional<String> xmpType = v.xmp().flatMap(IptcAiFields::digitalSourceTypeUri);
    if (xmpType.isPresent()) {
      layers.add(XMP);
    }
    if (mark.isPresent()) {
      layers.add(WATERMARK);
      Optional<ValidationReport> recovered = mark.get().recovered();
      if (!r.hasManifest() && recovered.isPresent() && mark.get().softBindingMatches()) {
        return recoveredThroughWatermark(name, type.imageFormat().mediaType(), recovered.get(), layers, xmpType);
      }
      if (!r.hasManifest()) {
        // Say why the watermark led nowhere: an operator can point at the right repository.
        String id = mark.get().detection().payload().orElseThrow().toHex();
        return withMessage(decide(name, type.imageFormat().mediaType(), r, layers, xmpType),
            recovered.isEmpty()
                ? "watermark " + id + " found, but the manifest repository holds no record under"
                    + " it (another repository? see --manifests)"
                : "watermark " + id + " found, but the record filed under it does not declare it"
                    + " (no matching c2pa.soft-binding), so it is not taken as this image's");
      }
    }
    return decide(name, type.imageFormat().mediaType(), r, layers, xmpType);
  }

  private static Verdict withMessage(Verdict v, String message) {
    return new Verdict(v.file(), v.state(), v.format(), v.digitalSourceType(), v.layers(), v.signer(),
        v.claimGenerator(), v.success(), v.informational(), v.failure(), message);
  }

  // The file lost its record (a platform stripped it) but its watermark names one in the
  // repository: judge that record's signature and credentials; its hard binding cannot match a
  // re-encoded copy, so that failure is expected and not held against it. The message says the
  // finding rests on the watermark.
  private static Verdict recoveredThroughWatermark(String name, String format, ValidationReport rec,
      List<String> layers, Optional<String> xmpType) {
    ValidationReport.Builder b = rec.toBuilder()
        .withoutFailure(StatusCode.ASSERTION_DATAHASH_MISMATCH);
    return withMessage(decide(name, format, b.build(), layers, xmpType),
        "record recovered from the manifest repository through the invisible watermark;"
            + " the file itself carries no C2PA record (stripped)");
  }

  private static Verdict decide(
      String name,
      String format,
      ValidationReport r,
      List<String> layers,
      Optional<String> xmpType) {
    Optional<ManifestSummary> active = r.hasManifest() ? r.activeManifest() : Optional.empty();
    String dst =
        active
            .flatMap(ManifestSummary::digitalSourceType)
            .map(t -> t.uri())
            .or(() -> active.flatMap(m -> m.digitalSourceTypes().stream().findFirst()))
            .or(() -> xmpType)
            .orElse(null);
    String signer = active.map(ManifestSummary::signer).orElse(null);
    String generator = active.map(ManifestSummary::claimGenerator).orElse(null);
    List<String> success = ValidationReport.codes(r.success());
    List<String> info = ValidationReport.codes(r.informational());
    List<String> failure = new ArrayList<>(ValidationReport.codes(r.failure()));
    Verdict.State state;
    String message = null;
    if (r.hasManifest()) {
      state = Verdict.State.valueOf(r.state().name());
    } else if (!layers.isEmpty()) {
      state = Verdict.State.INVALID;
      failure.add(StatusCode.CLAIM_MISSING);
      message = "marked (" + String.join(", ", layers) + ") but without a signed C2PA record";
    } else {
      state = Verdict.State.UNMARKED;
    }
    return new Verdict(
        name, state, format, dst, layers, signer, generator, success, info, failure, message);
  }
}
