package dev.candor.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NfcStreamTest {

  /** Texts where chunk boundaries matter to NFC. */
  static final List<String> TRICKY =
      List.of(
          "cafe\u0301 na\u0308ive", // decomposed accents that compose
          "e\u0323\u0302 and e\u0302\u0323", // marks out of canonical order
          "\u1100\u1161\u11A8 \uAC00\u11A8", // Hangul jamo L V T and LV + T
          "\u304B\u3099 \u30CF\u309A", // kana + (semi-)voiced marks
          "\uD83D\uDC69\u200D\uD83D\uDCBB \uD83D\uDC68\uD83C\uDFFD\u200D\uD83D\uDE80", // ZWJ emoji
          "\u2764\uFE0F \uFEFF\uFE01\uDB40\uDD00 x", // VS16 and a foreign FEFF + selector run
          "=\u0338 <\u0338 a\u030A\u0301", // compositions with U+0338, ring + acute
          "\u0958 \u2126 \u212B", // composition exclusions and singletons
          "\u0301leading mark");

  @Test
  void push_anyChunking_equalsNormalizingTheWhole() {
    Random random = new Random(7);
    for (String text : TRICKY) {
      String expected = Normalizer.normalize(text, Normalizer.Form.NFC);
      assertEquals(expected, NfcStream.normalize(text), "one chunk: " + text);
      for (int trial = 0; trial < 200; trial++) {
        assertEquals(expected, pushInChunks(text, random), "chunked: " + text);
      }
      assertEquals(expected, pushCharByChar(text), "char by char: " + text);
    }
  }

  @Test
  void push_accentInNextChunk_holdsBackTheBaseLetter() {
    NfcStream s = new NfcStream();
    assertEquals("caf", s.push("cafe"));
    assertEquals("", s.push("\u0301")); // still é, could take more marks
    assertEquals("\u00E9 ", s.push(" "));
    assertEquals("", s.finish());
  }

  @Test
  void push_chunkEndingInPunctuation_holdsNothingBack() {
    NfcStream s = new NfcStream();
    assertEquals("Hello, ", s.push("Hello, "));
    assertEquals("world.", s.push("world."));
  }

  @Test
  void push_surrogatePairSplitAcrossChunks_isKeptTogether() {
    NfcStream s = new NfcStream();
    String first = s.push("a\uD83D");
    String second = s.push("\uDE00b");
    assertEquals("a\uD83D\uDE00b", first + second + s.finish());
    assertFalse(first.endsWith("\uD83D"));
  }

  @Test
  void push_longRunOfMarks_insertsGraphemeJoinerSoHoldBackStaysBounded() {
    String zalgo = "a" + "\u0301".repeat(200) + "b";
    NfcStream s = new NfcStream();
    StringBuilder out = new StringBuilder();
    int maxHeld = 0;
    int fed = 0;
    for (char c : zalgo.toCharArray()) {
      out.append(s.push(String.valueOf(c)));
      fed++;
      maxHeld = Math.max(maxHeld, fed + countJoiners(out) - out.length());
    }
    out.append(s.finish());
    assertTrue(maxHeld <= NfcStream.MAX_NON_STARTER_RUN + 2, "held back " + maxHeld);
    assertEquals(3, countJoiners(out), "a joiner after each 64 marks");
    assertTrue(Normalizer.isNormalized(out, Normalizer.Form.NFC));
    assertEquals(out.toString(), NfcStream.normalize(zalgo), "one-shot inserts the same joiners");
  }

  @Test
  void startsSegment_everySecondCharacterOfACanonicalComposition_isNotASegmentStart() {
    // A character that composes with what precedes it must never be a split point.
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
      if (nfd.codePointCount(0, nfd.length()) < 2
          || !Normalizer.normalize(nfd, Normalizer.Form.NFC).equals(s)) {
        continue; // not a primary composite
      }
      int last = nfd.codePointBefore(nfd.length());
      assertFalse(
          NfcStream.startsSegment(last), "U+" + Integer.toHexString(last) + " composes backwards");
    }
  }

  @Test
  void startsSegment_charactersThatReorderBeforeAMark_areNotSegmentStarts() {
    // A character with a combining class above 1 moves behind U+0334 (class 1) under NFD.
    for (int cp = 0x0300; cp <= 0x1FFFF; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      if (!Normalizer.normalize(s, Normalizer.Form.NFD).equals(s) || !NfcStream.startsSegment(cp)) {
        continue;
      }
      String probe = Normalizer.normalize("a" + s + "\u0334", Normalizer.Form.NFD);
      assertEquals(
          "a" + s + "\u0334", probe, "U+" + Integer.toHexString(cp) + " has a combining class");
    }
  }

  private static String pushInChunks(String text, Random random) {
    NfcStream s = new NfcStream();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int n = 1 + random.nextInt(4);
      int end = Math.min(text.length(), i + n);
      out.append(s.push(text.substring(i, end)));
      i = end;
    }
    return out.append(s.finish()).toString();
  }

  private static String pushCharByChar(String text) {
    NfcStream s = new NfcStream();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(s.push(text.substring(i, i + 1)));
    }
    return out.append(s.finish()).toString();
  }

  private static int countJoiners(CharSequence s) {
    return (int) s.chars().filter(c -> c == '\u034F').count();
  }

  static List<String> chunks(String text, Random random) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + 1 + random.nextInt(5));
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }
}
