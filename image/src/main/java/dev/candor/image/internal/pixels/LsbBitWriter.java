package dev.candor.image.internal.pixels;

import java.util.Arrays;

/**
 * Bits packed least significant first into bytes, as the WebP lossless bitstream reads them (RFC
 * 9649 §3.1: "ReadBits(n)" takes the next n bits, the first one read being the value's lowest).
 */
final class LsbBitWriter {
  private byte[] buf;
  private int len;
  private long acc;
  private int nacc;

  LsbBitWriter(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  /** Appends the low {@code n} bits of {@code v} (0 ≤ n ≤ 32), lowest first. */
  void bits(int v, int n) {
    acc |= (v & ((1L << n) - 1)) << nacc;
    nacc += n;
    while (nacc >= 8) {
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      buf[len++] = (byte) acc;
      acc >>>= 8;
      nacc -= 8;
    }
  }

  /** Appends a prefix code's word: its {@code n} bits, most significant first (as canonical). */
  void code(int word, int n) {
    bits(Integer.reverse(word) >>> (32 - n), n);
  }

  /** The bytes written, the last one padded with zero bits. */
  byte[] toByteArray() {
    byte[] out = Arrays.copyOf(buf, len + (nacc > 0 ? 1 : 0));
    if (nacc > 0) {
      out[len] = (byte) acc;
    }
    return out;
  }
}
