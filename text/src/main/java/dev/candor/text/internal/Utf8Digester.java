package dev.candor.text.internal;

import java.security.MessageDigest;

/**
 * Feeds a digest the UTF-8 encoding of text without materializing it: the same bytes as {@code
 * s.getBytes(StandardCharsets.UTF_8)}, an unpaired surrogate included (it becomes {@code '?'}, as
 * there), encoded through one reusable block buffer. Surrogate pairs split across two calls are
 * encoded as each call's {@code getBytes} would (each half on its own, {@code '?'}): callers pass
 * whole emitted strings, which never split a pair ({@link NfcStream} holds a lone high surrogate
 * back).
 *
 * <p>Not thread-safe; one per labelling session.
 */
final class Utf8Digester {
  private static final int CHARS = 512;

  private final MessageDigest digest;
  private final char[] chars = new char[CHARS + 1]; // +1: the low half of a pair at the block edge
  private final byte[] bytes = new byte[3 * (CHARS + 1)];

  Utf8Digester(MessageDigest digest) {
    this.digest = digest;
  }

  /** Adds the UTF-8 of {@code s} to the digest and returns how many bytes that was. */
  long update(String s) {
    int len = s.length();
    long total = 0;
    int from = 0;
    while (from < len) {
      int to = Math.min(len, from + CHARS);
      if (to < len
          && Character.isHighSurrogate(s.charAt(to - 1))
          && Character.isLowSurrogate(s.charAt(to))) {
        to++; // keep a pair in one block
      }
      s.getChars(from, to, chars, 0);
      int n = encode(chars, to - from, bytes);
      digest.update(bytes, 0, n);
      total += n;
      from = to;
    }
    return total;
  }

  /** Encodes {@code chars[0, count)} into {@code out}; returns the byte count. */
  static int encode(char[] chars, int count, byte[] out) {
    int j = 0;
    int i = 0;
    while (i < count) {
      char c = chars[i++];
      if (c < 0x80) {
        out[j++] = (byte) c;
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | c >> 6);
        out[j++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        out[j++] = (byte) (0xE0 | c >> 12);
        out[j++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[j++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i < count
          && Character.isLowSurrogate(chars[i])) {
        int cp = Character.toCodePoint(c, chars[i++]);
        out[j++] = (byte) (0xF0 | cp >> 18);
        out[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[j++] = (byte) (0x80 | cp & 0x3F);
      } else {
        out[j++] = '?';
      }
    }
    return j;
  }
}
