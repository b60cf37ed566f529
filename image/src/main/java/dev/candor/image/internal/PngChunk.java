package dev.candor.image.internal;

/**
 * One PNG chunk: {@code length u32 BE | type (4 ASCII letters) | data | CRC-32(type + data)}.
 *
 * @param type the chunk type, e.g. {@code IHDR}, {@code caBX}
 * @param offset offset of the length field
 * @param dataLength bytes of data
 */
public record PngChunk(String type, long offset, long dataLength) {
  /** The offset of the data. */
  public long dataOffset() {
    return offset + 8;
  }

  /** Length including length field, type and CRC. */
  public long length() {
    return dataLength + 12;
  }

  /** The offset just past the CRC. */
  public long end() {
    return offset + length();
  }
}
