package dev.candor.image.internal.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.disclosure.DisclosureKind;
import dev.candor.core.disclosure.Disclosures;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * No tofu: every mark, label and sentence of the 24 languages must be displayable. On Linux the
 * JDK's logical fonts come from fontconfig; a CI image without fonts needs {@code fontconfig} and
 * {@code fonts-dejavu-core} (Debian/Ubuntu).
 */
class LabelFontsTest {

  @Test
  void forText_everyLanguageString_hasAGlyphForEveryCharacter() {
    assertTrue(
        LabelFonts.anyFontInstalled(),
        "no fonts installed: apt-get install fontconfig fonts-dejavu-core");
    List<String> missing = new ArrayList<>();
    for (String language : Disclosures.supportedLanguages()) {
      Disclosures d = Disclosures.forLocale(new Locale(language));
      List<String> strings = new ArrayList<>();
      strings.add(d.mark());
      for (DisclosureKind kind : DisclosureKind.values()) {
        strings.add(d.shortLabel(kind));
        strings.add(d.text(kind));
      }
      for (String s : strings) {
        for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
          int at = LabelFonts.firstMissingGlyph(s, style);
          if (at != -1) {
            missing.add(
                language
                    + " style "
                    + style
                    + ": U+"
                    + Integer.toHexString(s.codePointAt(at)).toUpperCase(Locale.ROOT)
                    + " in "
                    + s);
          }
        }
      }
    }
    assertEquals(List.of(), missing, "install fonts-dejavu-core (or another pan-European font)");
  }

  @Test
  void forText_latinText_usesTheLogicalSansSerifFont() {
    Font font = LabelFonts.forText("AI-generated", Font.BOLD, 20f);
    assertEquals("SansSerif", font.getFamily(Locale.ROOT));
    assertEquals(20f, font.getSize2D(), 1e-6);
    assertTrue(font.isBold());
  }
}
