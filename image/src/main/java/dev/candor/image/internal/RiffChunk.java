package dev.candor.image.internal;

/**
 * One RIFF chunk: {@code FourCC | size u32 LE | data | pad byte when size is odd}.
 *
 * @param fourcc the chunk id, e.g. {@code VP8X}, {@code C2PA}
 * @param offset offset of the FourCC
 * @param dataLength the declared size
 */
public record RiffChunk(String fourcc, long offset, long dataLength) {
  /** The offset of the data. */
  public long dataOffset() {
    return offset + 8;
  }

  /** Header and data, without the pad byte. */
  public long unpaddedLength() {
    return 8 + dataLength;
  }

  /** Header, data and pad byte. */
  public long length() {
    return 8 + dataLength + (dataLength & 1);
  }

  /** A whole chunk: {@code fourcc}, the size, {@code data} and the pad byte when it is odd. */
  public static byte[] encode(String fourcc, byte[] data) {
    byte[] c = new byte[8 + data.length + (data.length & 1)];
    for (int i = 0; i < 4; i++) {
      c[i] = (byte) fourcc.charAt(i);
    }
    WireInts.putU32le(c, 4, data.length);
    System.arraycopy(data, 0, c, 8, data.length);
    return c;
  }

  /** A WebP file (RFC 9649 §2): {@code RIFF size WEBP} and the whole chunks, in order. */
  public static byte[] webpFile(byte[]... chunks) {
    int n = 12;
    for (byte[] c : chunks) {
      n += c.length;
    }
    byte[] file = new byte[n];
    file[0] = 'R';
    file[1] = 'I';
    file[2] = 'F';
    file[3] = 'F';
    WireInts.putU32le(file, 4, n - 8);
    file[8] = 'W';
    file[9] = 'E';
    file[10] = 'B';
    file[11] = 'P';
    int at = 12;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, file, at, c.length);
      at += c.length;
    }
    return file;
  }
}
