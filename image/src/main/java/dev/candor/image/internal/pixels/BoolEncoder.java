package dev.candor.image.internal.pixels;

import java.util.Arrays;

/**
 * The boolean entropy encoder of VP8 (RFC 6386 §7.3): each bit is coded with an 8-bit probability
 * that it is 0, and the decoder, given the same probabilities, reads back the same bits.
 */
final class BoolEncoder {
  private byte[] out;
  private int len;
  private int range = 255;
  private long bottom; // 32 significant bits
  private int bitCount = 24;

  BoolEncoder(int capacity) {
    out = new byte[Math.max(64, capacity)];
  }

  /** Codes {@code bit} with probability {@code prob}/256 of it being 0 (1 ≤ prob ≤ 255). */
  void bit(boolean bit, int prob) {
    int split = 1 + (((range - 1) * prob) >> 8);
    if (bit) {
      bottom += split;
      range -= split;
    } else {
      range = split;
    }
    while (range < 128) {
      range <<= 1;
      if ((bottom & (1L << 31)) != 0) {
        carry();
      }
      bottom = (bottom << 1) & 0xffffffffL;
      if (--bitCount == 0) {
        put((int) (bottom >>> 24));
        bottom &= (1 << 24) - 1;
        bitCount = 8;
      }
    }
  }

  /** Codes the low {@code n} bits of {@code v}, most significant first, at even odds. */
  void literal(int v, int n) {
    for (int i = n - 1; i >= 0; i--) {
      bit(((v >>> i) & 1) == 1, 128);
    }
  }

  /** The coded bytes, the encoder flushed (RFC 6386 §7.3 flush_bool_encoder). */
  byte[] finish() {
    int c = bitCount;
    long v = bottom;
    if ((v & (1L << (32 - c))) != 0) {
      carry();
    }
    v = (v << (c & 7)) & 0xffffffffL;
    for (c >>= 3; --c >= 0; ) {
      v = (v << 8) & 0xffffffffL;
    }
    for (int i = 0; i < 4; i++) {
      put((int) (v >>> 24));
      v = (v << 8) & 0xffffffffL;
    }
    return Arrays.copyOf(out, len);
  }

  /** Adds one to the bytes written so far (a carry out of {@code bottom}). */
  private void carry() {
    int i = len - 1;
    while (i >= 0 && out[i] == (byte) 0xff) {
      out[i--] = 0;
    }
    out[i]++;
  }

  private void put(int b) {
    if (len == out.length) {
      out = Arrays.copyOf(out, out.length * 2);
    }
    out[len++] = (byte) b;
  }
}
