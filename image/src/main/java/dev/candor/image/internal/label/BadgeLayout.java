package dev.candor.image.internal.label;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/**
 * Where a badge goes and how big its parts are, for one image size. All sizes derive from the badge
 * height, which is about 5% of the image's shorter side within fixed bounds, so a label reads the
 * same on a 256 px thumbnail (where it is proportionally larger) and on a 4000 px photo.
 */
public final class BadgeLayout {

  /** Badge height as a fraction of the shorter image side. */
  static final double HEIGHT_RATIO = 0.05;

  /** Smallest badge height by default, so the mark stays legible on 256 px images. */
  static final int MIN_HEIGHT = 24;

  /** Largest badge height, so the label stays discreet on huge images. */
  static final int MAX_HEIGHT = 160;

  /** Below this height a badge is not drawn at all (text would be unreadable). */
  static final int MIN_READABLE_HEIGHT = 12;

  /** Below this height the second-layer text is dropped and only the mark is drawn. */
  static final int MIN_LABELLED_HEIGHT = 18;

  /** Default margin as a fraction of the shorter image side. */
  static final double MARGIN_RATIO = 0.025;

  static final FontRenderContext FRC = new FontRenderContext(null, true, false);

  final int x;
  final int y;
  final int width;
  final int height;
  final double radius;
  final String mark;
  final Font markFont;

  /** Null when only the mark is drawn. */
  final String label;

  final Font labelFont;

  /** The mark chip, relative to the badge origin; the whole badge for a mark-only badge. */
  final Rectangle2D chip;

  final double chipRadius;
  final double labelX;
  final int shadowBlur;
  final int shadowOffset;

  private BadgeLayout(int x, int y, Shape shape, String mark, String label) {
    this.x = x;
    this.y = y;
    this.width = shape.width;
    this.height = shape.height;
    this.radius = shape.radius;
    this.mark = mark;
    this.markFont = shape.markFont;
    this.label = label;
    this.labelFont = shape.labelFont;
    this.chip = shape.chip;
    this.chipRadius = shape.chipRadius;
    this.labelX = shape.labelX;
    this.shadowBlur = Math.max(1, (int) Math.round(height * 0.06));
    this.shadowOffset = Math.max(1, (int) Math.round(height * 0.035));
  }

  /**
   * The layout of a badge with {@code mark} and optional second-layer {@code label} in a corner of
   * an {@code imageWidth} x {@code imageHeight} image, shrunk (and if need be stripped to the mark)
   * to fit; {@code margin} below zero selects the default margin.
   *
   * @throws IllegalArgumentException if the image is too small for a readable badge
   */
  public static BadgeLayout compute(
      int imageWidth,
      int imageHeight,
      boolean right,
      boolean bottom,
      int margin,
      String mark,
      String label) {
    int shorter = Math.min(imageWidth, imageHeight);
    int m = margin >= 0 ? margin : clamp((int) Math.round(shorter * MARGIN_RATIO), 6, 120);
    int availableWidth = imageWidth - 2 * m;
    int availableHeight = imageHeight - 2 * m;
    int h = clamp((int) Math.round(shorter * HEIGHT_RATIO), MIN_HEIGHT, MAX_HEIGHT);
    h = Math.min(h, availableHeight);

    Shape shape = null;
    String shown = label;
    if (label != null && h >= MIN_LABELLED_HEIGHT) {
      shape = fit(h, MIN_LABELLED_HEIGHT, availableWidth, mark, label);
    }
    if (shape == null) {
      shown = null;
      shape = fit(h, MIN_READABLE_HEIGHT, availableWidth, mark, null);
    }
    if (shape == null) {
      throw new IllegalArgumentException(
          "image " + imageWidth + "x" + imageHeight + " is too small for a readable label");
    }
    int x = right ? imageWidth - m - shape.width : m;
    int y = bottom ? imageHeight - m - shape.height : m;
    return new BadgeLayout(x, y, shape, mark, shown);
  }

  /** The badge shape at height {@code h} or the largest smaller one that fits, or null. */
  private static Shape fit(int h, int minHeight, int availableWidth, String mark, String label) {
    if (h < minHeight) {
      return null;
    }
    Shape shape = Shape.at(h, mark, label);
    if (shape.width <= availableWidth) {
      return shape;
    }
    // Width grows linearly with height: jump close to the fitting height, then step down.
    int candidate = (int) Math.floor((double) h * availableWidth / shape.width);
    for (int ch = Math.min(candidate, h - 1); ch >= minHeight; ch--) {
      shape = Shape.at(ch, mark, label);
      if (shape.width <= availableWidth) {
        return shape;
      }
    }
    return null;
  }

  /** The badge rectangle in image coordinates. */
  public Rectangle bounds() {
    return new Rectangle(x, y, width, height);
  }

  /** Every pixel drawing may touch: the badge and its soft shadow. */
  public Rectangle footprint() {
    int pad = shadowPad();
    return new Rectangle(x - pad, y - pad, width + 2 * pad, height + 2 * pad);
  }

  int shadowPad() {
    return 3 * shadowBlur + shadowOffset;
  }

  /** Whether the second-layer text is drawn (it is dropped when the image is too narrow). */
  public boolean hasLabel() {
    return label != null;
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** Sizes relative to the badge's own origin. */
  private static final class Shape {
    int width;
    int height;
    double radius;
    Font markFont;
    Font labelFont;
    Rectangle2D chip;
    double chipRadius;
    double labelX;

    static Shape at(int h, String mark, String label) {
      Shape s = new Shape();
      s.height = h;
      s.radius = h * 0.26;
      if (label == null) {
        s.markFont = LabelFonts.forText(mark, Font.BOLD, (float) (h * 0.50));
        double markWidth = advance(s.markFont, mark);
        s.width = (int) Math.ceil(Math.max(h * 1.32, markWidth + h * 0.64));
        s.chip = new Rectangle2D.Double(0, 0, s.width, h);
        s.chipRadius = s.radius;
        return s;
      }
      double inset = Math.max(2, h * 0.14);
      double chipHeight = h - 2 * inset;
      s.markFont = LabelFonts.forText(mark, Font.BOLD, (float) (chipHeight * 0.56));
      double chipWidth = Math.max(chipHeight * 1.28, advance(s.markFont, mark) + chipHeight * 0.62);
      s.chip = new Rectangle2D.Double(inset, inset, chipWidth, chipHeight);
      s.chipRadius = Math.max(1, s.radius - inset * 0.8);
      s.labelFont = LabelFonts.forText(label, Font.PLAIN, (float) (h * 0.42));
      s.labelX = inset + chipWidth + h * 0.24;
      s.width = (int) Math.ceil(s.labelX + advance(s.labelFont, label) + h * 0.32);
      return s;
    }

    private static double advance(Font font, String text) {
      return font.getStringBounds(text, FRC).getWidth();
    }
  }
}
