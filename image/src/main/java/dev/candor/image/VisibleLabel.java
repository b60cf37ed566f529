package dev.candor.image;

import dev.candor.core.disclosure.DisclosureKind;
import dev.candor.core.disclosure.Disclosures;
import dev.candor.image.internal.label.BackgroundProbe;
import dev.candor.image.internal.label.BadgeLayout;
import dev.candor.image.internal.label.BadgePainter;
import dev.candor.image.internal.label.BadgeVariant;
import dev.candor.image.internal.label.ImageCopies;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;

/**
 * A visible EU-style "AI" label for images: a compact rounded badge with the mark ("AI", "KI",
 * "IA", ...) and, for {@link LabelStyle#AI_GENERATED} and {@link LabelStyle#AI_MODIFIED}, the
 * second-layer text in the chosen language. Immutable and thread-safe.
 *
 * <p>The badge is scaled to the image (about 5% of the shorter side, at least 24 px where the image
 * allows, at most 160 px high), placed in a corner, and coloured to contrast with the pixels under it: a dark badge
 * with white text on light areas, a light badge with dark text on dark areas, with a hairline
 * outline and soft shadow so it holds on busy backgrounds.
 *
 * <pre>{@code
 * VisibleLabel label = VisibleLabel.builder()
 *     .style(LabelStyle.AI_GENERATED)
 *     .locale(Locale.GERMAN)          // "KI" + "KI-generiert"
 *     .corner(Corner.TOP_RIGHT)
 *     .build();
 * BufferedImage labelled = label.apply(image);
 * }</pre>
 */
public final class VisibleLabel {

  private final LabelStyle style;
  private final Disclosures disclosures;
  private final Corner corner;
  private final int margin;

  private VisibleLabel(Builder b) {
    this.style = b.style;
    this.disclosures = b.disclosures != null ? b.disclosures : Disclosures.forLocale(b.locale);
    this.corner = b.corner;
    this.margin = b.margin;
  }

  /** A builder with the defaults: {@link LabelStyle#AI_MARK}, English, top right, auto margin. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new image carrying the label; {@code image} is not modified. The result has the same size
   * and, except for palette or 1-bit input (returned as RGB or ARGB), the same type and colour
   * model. On images too narrow for the second-layer text only the mark is drawn.
   *
   * @throws IllegalArgumentException if {@code image} is null or too small for a readable badge
   *     (under about 30 px with the margin)
   */
  public BufferedImage apply(BufferedImage image) {
    if (image == null) {
      throw new IllegalArgumentException("image must not be null");
    }
    BadgeLayout layout = layout(image.getWidth(), image.getHeight());
    BadgeVariant variant =
        BadgeVariant.forBackgroundLuma(BackgroundProbe.meanLuma(image, layout.bounds()));
    BufferedImage out = ImageCopies.drawableCopy(image);
    BadgePainter.paint(out, layout, variant);
    return out;
  }

  /**
   * The rectangle of a {@code width} x {@code height} image that {@link #apply} may change: the
   * badge and its shadow, clipped to the image. Every pixel outside it is left as it was.
   *
   * @throws IllegalArgumentException if the size is too small for a readable badge
   */
  public Rectangle footprint(int width, int height) {
    return layout(width, height).footprint().intersection(new Rectangle(0, 0, width, height));
  }

  private BadgeLayout layout(int width, int height) {
    boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
    boolean bottom = corner == Corner.BOTTOM_LEFT || corner == Corner.BOTTOM_RIGHT;
    return BadgeLayout.compute(
        width, height, right, bottom, margin, disclosures.mark(), secondLayerText());
  }

  /** The second-layer text for the style, or null for the mark-only badge. */
  private String secondLayerText() {
    switch (style) {
      case AI_GENERATED:
        return disclosures.shortLabel(DisclosureKind.AI_GENERATED);
      case AI_MODIFIED:
        return disclosures.shortLabel(DisclosureKind.AI_MODIFIED);
      default:
        return null;
    }
  }

  /** The style this label draws. */
  public LabelStyle style() {
    return style;
  }

  /** The corner this label sits in. */
  public Corner corner() {
    return corner;
  }

  /** The wording used (mark and second-layer text). */
  public Disclosures disclosures() {
    return disclosures;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VisibleLabel)) {
      return false;
    }
    VisibleLabel other = (VisibleLabel) o;
    return style == other.style
        && corner == other.corner
        && margin == other.margin
        && disclosures.equals(other.disclosures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(style, corner, margin, disclosures);
  }

  @Override
  public String toString() {
    return "VisibleLabel[" + style + ", " + disclosures.language() + ", " + corner + "]";
  }

  /** Collects options; {@link #build()} returns a {@link VisibleLabel}. */
  public static final class Builder {
    private LabelStyle style = LabelStyle.AI_MARK;
    private Locale locale = Locale.ENGLISH;
    private Disclosures disclosures;
    private Corner corner = Corner.TOP_RIGHT;
    private int margin = -1;

    private Builder() {}

    /** The style; default {@link LabelStyle#AI_MARK}. */
    public Builder style(LabelStyle style) {
      this.style = requireNonNull(style, "style");
      return this;
    }

    /**
     * The language of the mark and text, via {@link Disclosures#forLocale} (so {@code de-AT} gives
     * German, a non-EU language English); default English.
     */
    public Builder locale(Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      return this;
    }

    /** Wording of the caller's own (e.g. with overrides); takes precedence over {@link #locale}. */
    public Builder disclosures(Disclosures disclosures) {
      this.disclosures = requireNonNull(disclosures, "disclosures");
      return this;
    }

    /** The corner; default {@link Corner#TOP_RIGHT}. */
    public Builder corner(Corner corner) {
      this.corner = requireNonNull(corner, "corner");
      return this;
    }

    /**
     * The gap between the badge and the image edges in pixels; by default 2.5% of the shorter side
     * (6 to 120 px).
     *
     * @throws IllegalArgumentException if {@code pixels} is negative
     */
    public Builder margin(int pixels) {
      if (pixels < 0) {
        throw new IllegalArgumentException("margin must be >= 0, was " + pixels);
      }
      this.margin = pixels;
      return this;
    }

    /** The label with these options. */
    public VisibleLabel build() {
      return new VisibleLabel(this);
    }

    private static <T> T requireNonNull(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return value;
    }
  }
}
