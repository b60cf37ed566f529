package dev.candor.image.internal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Serializes PNG chunks. */
final class PngChunks {
  private PngChunks() {}

  /** {@code length | type | data | CRC-32(type + data)}. */
  static byte[] chunk(String type, byte[] data) {
    byte[] out = new byte[12 + data.length];
    WireInts.putU32be(out, 0, data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(t, 0, out, 4, 4);
    System.arraycopy(data, 0, out, 8, data.length);
    CRC32 crc = new CRC32();
    crc.update(out, 4, 4 + data.length);
    WireInts.putU32be(out, 8 + data.length, crc.getValue());
    return out;
  }
}
