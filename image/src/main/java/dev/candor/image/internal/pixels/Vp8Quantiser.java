package dev.candor.image.internal.pixels;

import java.util.OptionalInt;

/**
 * Reads the quantiser index (0–127) a lossy WebP's VP8 key frame was coded with, from the first
 * bytes of its first partition (RFC 6386 §9.3–9.6): the frame's base index, or with segments the
 * mean of the four segments' indices. Re-encoding at that index keeps about the original's size
 * and fidelity.
 */
final class Vp8Quantiser {
  private Vp8Quantiser() {}

  /** The index, or empty when {@code vp8} (a VP8 chunk's data) is not a readable key frame. */
  static OptionalInt of(byte[] vp8, int offset, int length) {
    if (length < 11 || (vp8[offset] & 1) != 0 || (vp8[offset + 3] & 0xff) != 0x9d
        || (vp8[offset + 4] & 0xff) != 0x01 || (vp8[offset + 5] & 0xff) != 0x2a) {
      return OptionalInt.empty();
    }
    Reader r = new Reader(vp8, offset + 10, offset + length);
    r.literal(2); // colour space, clamping
    int[] segmentQ = null;
    boolean absolute = false;
    if (r.flag()) { // segmentation
      boolean updateMap = r.flag();
      if (r.flag()) { // segment feature data
        absolute = r.flag();
        segmentQ = new int[4];
        for (int s = 0; s < 4; s++) {
          segmentQ[s] = r.flag() ? r.signed(7) : 0;
        }
        for (int s = 0; s < 4; s++) {
          if (r.flag()) {
            r.signed(6);
          }
        }
      }
      if (updateMap) {
        for (int i = 0; i < 3; i++) {
          if (r.flag()) {
            r.literal(8);
          }
        }
      }
    }
    r.literal(1 + 6 + 3); // filter type, level, sharpness
    if (r.flag() && r.flag()) { // loop-filter deltas, updated
      for (int i = 0; i < 8; i++) {
        if (r.flag()) {
          r.signed(6);
        }
      }
    }
    r.literal(2); // token partitions
    int base = r.literal(7);
    if (r.overrun) {
      return OptionalInt.empty();
    }
    if (segmentQ == null) {
      return OptionalInt.of(base);
    }
    int sum = 0;
    for (int q : segmentQ) {
      sum += Math.max(0, Math.min(127, absolute ? q : base + q));
    }
    return OptionalInt.of(Math.round(sum / 4f));
  }

  /** The boolean decoder (RFC 6386 §7.3) over a byte range; past its end it reads zeros. */
  private static final class Reader {
    private final byte[] b;
    private final int end;
    private int pos;
    private int value;
    private int range = 255;
    private int bitCount;
    boolean overrun;

    Reader(byte[] b, int from, int end) {
      this.b = b;
      this.end = end;
      this.pos = from;
      value = (next() << 8) | next();
    }

    private int next() {
      if (pos < end) {
        return b[pos++] & 0xff;
      }
      overrun = true;
      return 0;
    }

    boolean bit(int prob) {
      int split = 1 + (((range - 1) * prob) >> 8);
      int bigSplit = split << 8;
      boolean one = value >= bigSplit;
      if (one) {
        range -= split;
        value -= bigSplit;
      } else {
        range = split;
      }
      while (range < 128) {
        value <<= 1;
        range <<= 1;
        if (++bitCount == 8) {
          bitCount = 0;
          value |= next();
        }
      }
      return one;
    }

    boolean flag() {
      return bit(128);
    }

    int literal(int n) {
      int v = 0;
      for (int i = 0; i < n; i++) {
        v = (v << 1) | (flag() ? 1 : 0);
      }
      return v;
    }

    int signed(int n) {
      int v = literal(n);
      return flag() ? -v : v;
    }
  }
}
