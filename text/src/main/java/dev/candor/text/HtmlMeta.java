package dev.candor.text;

import dev.candor.core.DigitalSourceType;
import java.net.URI;
import java.util.Objects;

/**
 * Machine-readable page-level markers for HTML {@code <head>}, beside the visible disclosure.
 *
 * <p>No standard exists yet (state 2026). Candor writes two that are grounded in public
 * proposals/specifications: the {@code ai-generated} meta tag of WHATWG HTML proposal #9479 (values
 * {@code all} / {@code partially}), and C2PA's {@code c2pa-manifest} link relation (the one C2PA
 * uses in HTTP {@code Link} headers for remote manifests) pointing at the signed record. Finer
 * element-level proposals (e.g. an {@code ai-disclosure} attribute) are not settled and not
 * written.
 */
public final class HtmlMeta {
  private HtmlMeta() {}

  /**
   * {@code <meta name="ai-generated" content="all">} for wholly AI-generated pages, {@code
   * content="partially"} for AI-modified ones.
   *
   * @throws IllegalArgumentException when {@code source} does not involve AI (e.g. a camera
   *     capture)
   */
  public static String aiGenerated(DigitalSourceType source) {
    return "<meta name=\"ai-generated\" content=\"" + extent(source) + "\">";
  }

  /**
   * {@code <link rel="c2pa-manifest" href="...">} pointing at the page's manifest store.
   *
   * @throws IllegalArgumentException when {@code manifest} is not an absolute http(s) URI
   */
  public static String manifestLink(URI manifest) {
    Objects.requireNonNull(manifest, "manifest");
    String scheme = manifest.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
      throw new IllegalArgumentException("manifest must be an absolute http(s) URI: " + manifest);
    }
    return "<link rel=\"c2pa-manifest\" href=\""
        + MarkupEscapes.html(manifest.toASCIIString())
        + "\">";
  }

  private static String extent(DigitalSourceType source) {
    return switch (Objects.requireNonNull(source, "source")) {
      case TRAINED_ALGORITHMIC_MEDIA, C2PA_TRAINED_ALGORITHMIC_DATA -> "all";
      case COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
              COMPOSITE_SYNTHETIC,
              ALGORITHMICALLY_ENHANCED ->
          "partially";
      default ->
          throw new IllegalArgumentException(
              "source " + source.code() + " does not involve AI; no ai-generated marker applies");
    };
  }
}
