package dev.candor.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosuresTest {

  /**
   * Strings that are the same as English on purpose. The mark "AI" is shared by every language
   * whose official AI Act text abbreviates "artificial intelligence" as AI (cs, da, nl, pl, sk, sv)
   * and by the two whose text has no abbreviation (et, fi), which fall back to the EU icon's "AI".
   * No sentence or short label may equal English.
   */
  private static final Set<String> MARK_SAME_AS_ENGLISH =
      Set.of("cs", "da", "et", "fi", "nl", "pl", "sk", "sv");

  /**
   * Typical UTF-8-read-as-Latin-1/CP1252 sequences: Ã, Â, â€, Ä, Å, Ã‚ and the replacement char.
   */
  private static final List<String> MOJIBAKE =
      List.of("Ã", "Â", "â€", "Ä", "Å", "Ð", "Î", "\uFFFD");

  @Test
  void supportedLanguages_always_listsThe24OfficialEuLanguages() {
    Set<String> languages = Disclosures.supportedLanguages();
    assertEquals(24, languages.size());
    assertEquals(
        Set.of(
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
            "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"),
        languages);
  }

  @Test
  void forLocale_everyLanguage_hasNonEmptyTextAndLabelForEveryKind() {
    for (String language : Disclosures.supportedLanguages()) {
      Disclosures d = Disclosures.forLocale(Locale.forLanguageTag(language));
      assertEquals(language, d.language());
      assertFalse(d.mark().isBlank(), language + " mark");
      assertTrue(d.mark().length() <= 3, language + " mark is compact: " + d.mark());
      for (DisclosureKind kind : DisclosureKind.values()) {
        assertNotNull(d.text(kind), language + " " + kind);
        assertFalse(d.text(kind).isBlank(), language + " " + kind + " text");
        assertFalse(d.shortLabel(kind).isBlank(), language + " " + kind + " short");
        assertTrue(d.text(kind).endsWith("."), language + " " + kind + " sentence ends with '.'");
        assertTrue(
            d.shortLabel(kind).length() < d.text(kind).length(),
            language + " " + kind + " short label is shorter than the sentence");
      }
    }
  }

  @Test
  void forLocale_everyLanguageButEnglish_differsFromEnglish() {
    Disclosures en = Disclosures.forLocale(Locale.ENGLISH);
    for (String language : Disclosures.supportedLanguages()) {
      if (language.equals("en")) {
        continue;
      }
      Disclosures d = Disclosures.forLocale(Locale.forLanguageTag(language));
      for (DisclosureKind kind : DisclosureKind.values()) {
        assertNotEquals(en.text(kind), d.text(kind), language + " " + kind + " text");
        assertNotEquals(en.shortLabel(kind), d.shortLabel(kind), language + " " + kind + " short");
      }
      if (MARK_SAME_AS_ENGLISH.contains(language)) {
        assertEquals("AI", d.mark(), language);
      } else {
        assertNotEquals(en.mark(), d.mark(), language + " mark");
      }
    }
  }

  @Test
  void forLocale_knownMarks_matchTheOfficialAbbreviations() {
    Map<String, String> expected =
        Map.of(
            "de", "KI", "fr", "IA", "el", "ΤΝ", "bg", "ИИ", "ga", "IS", "hu", "MI", "lt", "DI",
            "lv", "MI", "sl", "UI", "hr", "UI");
    expected.forEach(
        (language, mark) ->
            assertEquals(mark, Disclosures.forLocale(new Locale(language)).mark(), language));
    // Greek mark is Tau Nu, not Latin T N.
    assertEquals(0x03A4, Disclosures.forLocale(new Locale("el")).mark().codePointAt(0));
  }

  @Test
  void forLocale_regionalVariant_usesTheLanguage() {
    Disclosures austrian = Disclosures.forLocale(Locale.forLanguageTag("de-AT"));
    assertEquals("de", austrian.language());
    assertEquals("KI-generiert", austrian.shortLabel(DisclosureKind.AI_GENERATED));
    assertEquals("pt", Disclosures.forLocale(Locale.forLanguageTag("pt-BR")).language());
  }

  @Test
  void forLocale_unsupportedLanguage_fallsBackToEnglish() {
    Disclosures d = Disclosures.forLocale(Locale.JAPANESE);
    assertEquals("en", d.language());
    assertEquals("You are chatting with an AI system.", d.text(DisclosureKind.CHATBOT_NOTICE));
    assertFalse(Disclosures.isSupported(Locale.JAPANESE));
    assertTrue(Disclosures.isSupported(Locale.forLanguageTag("ga-IE")));
    assertEquals("en", Disclosures.forLocale(Locale.ROOT).language());
  }

  @Test
  void forLocale_null_throwsIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Disclosures.forLocale(null));
  }

  @Test
  void withOverride_replacesOnlyThatSentence_andLeavesOriginalUnchanged() {
    Disclosures de = Disclosures.forLocale(Locale.GERMAN);
    Disclosures custom = de.withOverride(DisclosureKind.CHATBOT_NOTICE, "Hier antwortet eine KI.");
    assertEquals("Hier antwortet eine KI.", custom.text(DisclosureKind.CHATBOT_NOTICE));
    assertEquals("Sie chatten mit einem KI-System.", de.text(DisclosureKind.CHATBOT_NOTICE));
    assertEquals(de.text(DisclosureKind.AI_GENERATED), custom.text(DisclosureKind.AI_GENERATED));
    assertEquals(
        de.shortLabel(DisclosureKind.CHATBOT_NOTICE),
        custom.shortLabel(DisclosureKind.CHATBOT_NOTICE));
    assertNotEquals(de, custom);
    assertEquals(de, Disclosures.forLocale(Locale.GERMAN));
  }

  @Test
  void withShortLabelOverrideAndMarkOverride_replaceOnlyThoseEntries() {
    Disclosures fr = Disclosures.forLocale(Locale.FRENCH);
    Disclosures custom =
        fr.withShortLabelOverride(DisclosureKind.AI_MODIFIED, "Retouché par IA")
            .withMarkOverride("AI");
    assertEquals("Retouché par IA", custom.shortLabel(DisclosureKind.AI_MODIFIED));
    assertEquals("AI", custom.mark());
    assertEquals("IA", fr.mark());
    assertEquals(fr.text(DisclosureKind.AI_MODIFIED), custom.text(DisclosureKind.AI_MODIFIED));
  }

  @Test
  void withOverride_blankOrNull_throwsIllegalArgument() {
    Disclosures en = Disclosures.forLocale(Locale.ENGLISH);
    assertThrows(
        IllegalArgumentException.class, () -> en.withOverride(DisclosureKind.AI_GENERATED, " "));
    assertThrows(IllegalArgumentException.class, () -> en.withOverride(null, "x"));
    assertThrows(IllegalArgumentException.class, () -> en.withMarkOverride(null));
    assertThrows(IllegalArgumentException.class, () -> en.text(null));
  }

  @Test
  void resources_everyFile_isValidUtf8WithoutMojibakeAndNfc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String language : Disclosures.supportedLanguages()) {
      String name = DisclosureResources.resourceName(language);
      byte[] bytes;
      try (InputStream in = DisclosureResources.class.getResourceAsStream(name)) {
        assertNotNull(in, name);
        bytes = in.readAllBytes();
      }
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        problems.add(name + " is not valid UTF-8");
        continue;
      }
      if (text.startsWith("\uFEFF")) {
        problems.add(name + " starts with a BOM");
      }
      for (String bad : MOJIBAKE) {
        if (text.contains(bad) && !legitimate(language, bad)) {
          problems.add(name + " contains mojibake sequence " + bad);
        }
      }
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        problems.add(name + " is not NFC");
      }
      if (text.contains("\\u")) {
        problems.add(name + " uses \\u escapes instead of UTF-8");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Real letters that also start mojibake sequences (e.g. Romanian Î), allowed per language. */
  private static boolean legitimate(String language, String sequence) {
    return (language.equals("ro") && sequence.equals("Î"));
  }

  @Test
  void forLocale_romanian_usesCommaBelowLetters() {
    String all = String.join(" ", allStrings(Disclosures.forLocale(new Locale("ro"))));
    assertFalse(all.contains("ş") || all.contains("ţ"), "cedilla ş/ţ instead of ș/ț");
    assertTrue(all.contains("ț"));
  }

  private static List<String> allStrings(Disclosures d) {
    List<String> out = new ArrayList<>();
    out.add(d.mark());
    for (DisclosureKind kind : DisclosureKind.values()) {
      out.add(d.text(kind));
      out.add(d.shortLabel(kind));
    }
    return out;
  }
}
