package dev.candor.text.internal;

/**
 * One byte as one Unicode variation selector, the carrier of the C2PA text wrapper (C2PA 2.3
 * Appendix A.8; {@code c2pa-digest.md} §6).
 *
 * <pre>
 * byte 0x00..0x0F  ->  U+FE00  + b           UTF-8 EF B8 80 .. EF B8 8F      (3 bytes)
 * byte 0x10..0xFF  ->  U+E0100 + (b - 0x10)  UTF-8 F3 A0 84 80 .. F3 A0 87 AF (4 bytes)
 * </pre>
 */
public final class VariationSelectors {
  private VariationSelectors() {}

  /** The first selector of the basic block, VS1. */
  static final int VS_BASE = 0xFE00;

  /** The first selector of the supplement block, VS17. */
  static final int VS_SUPPLEMENT_BASE = 0xE0100;

  /** The code point that carries {@code b}. */
  public static int codePoint(int b) {
    int v = b & 0xFF;
    return v < 0x10 ? VS_BASE + v : VS_SUPPLEMENT_BASE + (v - 0x10);
  }

  /** The byte a selector carries, or -1 when {@code cp} is not a variation selector. */
  public static int byteOf(int cp) {
    if (cp >= VS_BASE && cp <= VS_BASE + 0x0F) {
      return cp - VS_BASE;
    }
    if (cp >= VS_SUPPLEMENT_BASE && cp <= VS_SUPPLEMENT_BASE + 0xEF) {
      return cp - VS_SUPPLEMENT_BASE + 0x10;
    }
    return -1;
  }

  /** Whether {@code cp} is one of the 256 variation selectors. */
  public static boolean isSelector(int cp) {
    return byteOf(cp) >= 0;
  }

  /** The UTF-8 length of the selector carrying {@code b}: 3 or 4. */
  public static int utf8Length(int b) {
    return (b & 0xFF) < 0x10 ? 3 : 4;
  }

  // U+E0100 + (b - 0x10) as UTF-16: the high surrogate is the same for all 240 of them.
  private static final char SUPPLEMENT_HIGH = 0xDB40;
  private static final int SUPPLEMENT_LOW_BASE = 0xDD00 - 0x10;

  /**
   * Writes the selectors for {@code bytes} into {@code out} from {@code at} (which must have room
   * for two chars per byte) and returns the index after the last char written.
   */
  static int put(byte[] bytes, char[] out, int at) {
    if (at < 0 || out.length - at < 2L * bytes.length) {
      throw new IndexOutOfBoundsException("no room for " + bytes.length + " selectors at " + at);
    }
    int n = at;
    for (byte x : bytes) {
      int b = x & 0xFF;
      // Supplement first: hashes, signatures and text, most of a store, take this branch.
      if (b >= 0x10) {
        out[n] = SUPPLEMENT_HIGH;
        out[n + 1] = (char) (SUPPLEMENT_LOW_BASE + b);
        n += 2;
      } else {
        out[n++] = (char) (VS_BASE + b);
      }
    }
    return n;
  }

  /** Appends the selector for {@code b} to {@code out}. */
  public static void append(int b, StringBuilder out) {
    out.appendCodePoint(codePoint(b));
  }

  /**
   * Decodes the selector whose UTF-8 starts at {@code utf8[at]}: its byte value, or -1 when the
   * bytes there are not a complete variation selector. Never reads past {@code utf8.length}.
   */
  public static int decodeUtf8(byte[] utf8, int at) {
    int n = utf8.length - at;
    if (n >= 3 && utf8[at] == (byte) 0xEF && utf8[at + 1] == (byte) 0xB8) {
      int b2 = utf8[at + 2] & 0xFF;
      return b2 >= 0x80 && b2 <= 0x8F ? b2 - 0x80 : -1;
    }
    if (n >= 4 && utf8[at] == (byte) 0xF3 && utf8[at + 1] == (byte) 0xA0) {
      int b2 = utf8[at + 2] & 0xFF;
      int b3 = utf8[at + 3] & 0xFF;
      if (b2 < 0x84 || b2 > 0x87 || b3 < 0x80 || b3 > 0xBF) {
        return -1;
      }
      int v = ((b2 - 0x84) << 6 | (b3 - 0x80)) + 0x10;
      return v <= 0xFF ? v : -1;
    }
    return -1;
  }
}
