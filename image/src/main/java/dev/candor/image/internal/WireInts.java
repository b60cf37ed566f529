package dev.candor.image.internal;

/** Fixed-width integers as containers store them: JPEG and PNG big-endian, RIFF little-endian. */
final class WireInts {
  private WireInts() {}

  static int u16be(byte[] b, int off) {
    return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
  }

  static long u32be(byte[] b, int off) {
    return ((long) u16be(b, off) << 16) | u16be(b, off + 2);
  }

  static long u32le(byte[] b, int off) {
    return (b[off] & 0xffL)
        | (b[off + 1] & 0xffL) << 8
        | (b[off + 2] & 0xffL) << 16
        | (b[off + 3] & 0xffL) << 24;
  }

  static int u16le(byte[] b, int off) {
    return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
  }

  static int u24le(byte[] b, int off) {
    return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16;
  }

  static void putU16be(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 8);
    b[off + 1] = (byte) v;
  }

  static void putU32be(byte[] b, int off, long v) {
    putU16be(b, off, (int) (v >>> 16));
    putU16be(b, off + 2, (int) v);
  }

  static void putU32le(byte[] b, int off, long v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }

  static void putU24le(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
  }

  /** Whether {@code b} holds {@code ascii} at {@code off}. */
  static boolean matches(byte[] b, int off, String ascii) {
    if (off < 0 || off + ascii.length() > b.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[off + i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
