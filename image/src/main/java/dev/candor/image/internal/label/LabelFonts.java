package dev.candor.image.internal.label;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * Picks the typeface for labels. The JDK's logical "SansSerif" font is tried first (on Linux it
 * maps through fontconfig, usually to DejaVu Sans); if it lacks a glyph for the text, an installed
 * family known to cover Latin, Greek and Cyrillic is used instead.
 */
public final class LabelFonts {

  /** Families tried, in order, when the logical font cannot show the text. */
  private static final List<String> FALLBACK_FAMILIES =
      List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "FreeSans");

  private LabelFonts() {}

  /** A font of {@code style} and {@code size} px that displays every character of {@code text}. */
  public static Font forText(String text, int style, float size) {
    Font logical = new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
    if (logical.canDisplayUpTo(text) == -1) {
      return logical;
    }
    for (String family : FALLBACK_FAMILIES) {
      Font candidate = new Font(family, style, 1);
      if (!candidate.getFamily().equals(Font.DIALOG) && candidate.canDisplayUpTo(text) == -1) {
        return candidate.deriveFont(size);
      }
    }
    return logical;
  }

  /**
   * The index of the first character of {@code text} no font {@link #forText} can choose displays,
   * or -1 when all display (no "tofu" boxes).
   */
  public static int firstMissingGlyph(String text, int style) {
    return forText(text, style, 12f).canDisplayUpTo(text);
  }

  /**
   * Whether the logical fonts resolve at all (false on a headless JDK without fontconfig fonts).
   */
  public static boolean anyFontInstalled() {
    return GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames().length
        > 0;
  }
}
