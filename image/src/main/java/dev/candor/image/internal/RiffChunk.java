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
}
