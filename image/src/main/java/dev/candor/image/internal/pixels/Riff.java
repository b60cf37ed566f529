package dev.candor.image.internal.pixels;

/** WebP files (RFC 9649 §2): the RIFF header around the image chunks. */
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

  /**
   * An extended-format file (RFC 9649 §2.7): {@code VP8X} with the alpha flag and the canvas
   * size, the {@code ALPH} chunk, then the lossy {@code VP8 } chunk.
   */
  static byte[] withAlpha(int w, int h, byte[] alph, byte[] vp8) {
    int alphLen = 8 + alph.length + (alph.length & 1);
    int vp8Len = 8 + vp8.length + (vp8.length & 1);
    byte[] file = new byte[12 + 18 + alphLen + vp8Len];
    put(file, 0, "RIFF");
    putU32(file, 4, file.length - 8);
    put(file, 8, "WEBP");
    put(file, 12, "VP8X");
    putU32(file, 16, 10);
    file[20] = 0x10; // alpha
    putU24(file, 24, w - 1);
    putU24(file, 27, h - 1);
    put(file, 30, "ALPH");
    putU32(file, 34, alph.length);
    System.arraycopy(alph, 0, file, 38, alph.length);
    int at = 30 + alphLen;
    put(file, at, "VP8 ");
    putU32(file, at + 4, vp8.length);
    System.arraycopy(vp8, 0, file, at + 8, vp8.length);
    return file;
  }

  private static void putU24(byte[] b, int at, int v) {
    for (int i = 0; i < 3; i++) {
      b[at + i] = (byte) (v >>> (8 * i));
    }
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
