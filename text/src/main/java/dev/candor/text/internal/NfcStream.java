package dev.candor.text.internal;

import java.text.Normalizer;

/**
 * Normalizes text to NFC chunk by chunk, so that the concatenation of everything {@link #push}ed
 * and {@link #finish}ed equals the normalization of the whole text, whatever the chunking.
 *
 * <p>It holds back only the tail that a later chunk could still change: everything from the last
 * code point that starts a new normalization segment (no canonical reordering or composition
 * reaches back across it). Usually that is the last character; after ASCII punctuation or a space,
 * nothing.
 *
 * <p>Bounded memory: after {@link #MAX_NON_STARTER_RUN} consecutive code points that could attach
 * to what precedes them (combining marks, Hangul vowel and final jamo), U+034F COMBINING GRAPHEME
 * JOINER is inserted, as the Stream-Safe Text Format of UAX #15 §13 does (it uses 30; this is more
 * lenient so real text is never touched). One-shot and streaming paths share this class, so they
 * produce identical text.
 */
public final class NfcStream {

  /** Longest run of non-starters accepted before a grapheme joiner is inserted. */
  public static final int MAX_NON_STARTER_RUN = 64;

  private static final char CGJ = '\u034F';

  private final StringBuilder held = new StringBuilder();
  private int splitAt;
  private int nonStarterRun;

  /** Normalizes a whole text in one go; equal to pushing it in any chunks and finishing. */
  public static String normalize(CharSequence text) {
    NfcStream s = new NfcStream();
    String head = s.push(text);
    return head + s.finish();
  }

  /** Adds a chunk; returns the NFC text that is now final (possibly empty). */
  public String push(CharSequence chunk) {
    int len = chunk.length();
    if (held.length() == 0 && len > 0 && belowCombiningMarks(chunk)) {
      // Nothing held and nothing to normalize: pass the chunk on as it is (no copy for a String)
      // but for its last char, held back unless nothing can attach to it.
      nonStarterRun = 0;
      splitAt = 0;
      char last = chunk.charAt(len - 1);
      if (isInert(last)) {
        return chunk.toString();
      }
      held.append(last);
      return chunk.subSequence(0, len - 1).toString();
    }
    for (int i = 0; i < len; i++) {
      char c = chunk.charAt(i);
      if (c < 0x0300) {
        // A run below U+0300: every one starts a segment, so only the run's last char matters.
        int from = i;
        while (i + 1 < len && chunk.charAt(i + 1) < 0x0300) {
          i++;
        }
        held.append(chunk, from, i + 1);
        nonStarterRun = 0;
        splitAt = isInert(chunk.charAt(i)) ? held.length() : held.length() - 1;
        continue;
      }
      int start = held.length();
      held.append(c);
      if (Character.isHighSurrogate(c)) {
        continue; // decided when the low surrogate arrives
      }
      int cp = c;
      if (Character.isLowSurrogate(c)
          && start > 0
          && Character.isHighSurrogate(held.charAt(start - 1))) {
        start--;
        cp = Character.toCodePoint(held.charAt(start), c);
      }
      if (startsSegment(cp)) {
        nonStarterRun = 0;
        splitAt = isInert(cp) ? held.length() : start;
      } else if (++nonStarterRun > MAX_NON_STARTER_RUN) {
        held.insert(start, CGJ);
        splitAt = start;
        nonStarterRun = 1;
      }
    }
    return take(splitAt);
  }

  /** Ends the text; returns the normalized held-back tail. */
  public String finish() {
    nonStarterRun = 0;
    return take(held.length());
  }

  private String take(int end) {
    if (end == 0) {
      return "";
    }
    String segment = held.substring(0, end);
    held.delete(0, end);
    splitAt = 0;
    return belowCombiningMarks(segment) || Normalizer.isNormalized(segment, Normalizer.Form.NFC)
        ? segment
        : Normalizer.normalize(segment, Normalizer.Form.NFC);
  }

  // Text below U+0300 is NFC as it stands: no such character decomposes, combines or reorders.
  private static boolean belowCombiningMarks(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x0300) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no canonical reordering or composition reaches back across {@code cp}: combining class
   * 0 and never the second character of a canonical composition (NFC_Quick_Check = Yes).
   * Conservative: every mark is treated as attaching, except the variation selectors and the
   * grapheme joiner.
   */
  static boolean startsSegment(int cp) {
    if (cp < 0x0300) {
      return true;
    }
    if (cp == CGJ || VariationSelectors.isSelector(cp)) {
      return true;
    }
    if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) {
      return false; // Hangul vowel and final jamo compose with the syllable before them
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false; // unpaired surrogate: keep it with its neighbours
    }
    int type = Character.getType(cp);
    return type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /**
   * Whether nothing after {@code cp} can combine with it either: ASCII other than letters and the
   * three characters that compose with U+0338 ({@code < = >}).
   */
  static boolean isInert(int cp) {
    return cp < 0x80
        && !(cp >= 'A' && cp <= 'Z')
        && !(cp >= 'a' && cp <= 'z')
        && cp != '<'
        && cp != '='
        && cp != '>';
  }
}
