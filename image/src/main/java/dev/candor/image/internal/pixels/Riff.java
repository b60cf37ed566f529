package dev.candor.image.internal.pixels;

/** A simple-format WebP file (RFC 9649 §2.5, §2.6): the RIFF header and one image chunk. */
final class Riff {
  private Riff() {}

  /** {@code RIFF size WEBP} then the chunk {@code fourcc} holding {@code data}, padded to even. */
  static byte[] simple(String fourcc, byte[] data) {
    int pad = data.length & 1;
    byte[] file = new byte[20 + data.length + pad];
    put(file, 0, "RIFF");
    putU32(file, 4, file.length - 8);
    put(file, 8, "WEBP");
    put(file, 12, fourcc);
    putU32(file, 16, data.length);
    System.arraycopy(data, 0, file, 20, data.length);
    return file;
  }

  private static void put(byte[] b, int at, String fourcc) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) fourcc.charAt(i);
    }
  }

  private static void putU32(byte[] b, int at, int v) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (v >>> (8 * i));
    }
  }
}
