package dev.candor.image.internal.label;

import java.awt.Color;

/** The two colourings of a badge; the one that contrasts with the pixels underneath is used. */
public enum BadgeVariant {
  /** Near-black badge, white text: for light backgrounds. */
  DARK(new Color(18, 18, 20, 224), Color.WHITE, new Color(255, 255, 255, 46)),
  /** Near-white badge, near-black text: for dark backgrounds. */
  LIGHT(new Color(250, 250, 250, 235), new Color(18, 18, 20), new Color(0, 0, 0, 40));

  /** Mean sRGB luma (0-255) above which a background counts as light. */
  static final double LIGHT_BACKGROUND_LUMA = 128;

  private final Color fill;
  private final Color ink;
  private final Color outline;

  BadgeVariant(Color fill, Color ink, Color outline) {
    this.fill = fill;
    this.ink = ink;
    this.outline = outline;
  }

  /** The variant for a background of mean sRGB luma {@code luma} (0-255). */
  public static BadgeVariant forBackgroundLuma(double luma) {
    return luma > LIGHT_BACKGROUND_LUMA ? DARK : LIGHT;
  }

  Color fill() {
    return fill;
  }

  Color ink() {
    return ink;
  }

  Color outline() {
    return outline;
  }

  /** The other variant (used for the mark chip inside a labelled badge). */
  BadgeVariant inverse() {
    return this == DARK ? LIGHT : DARK;
  }
}
