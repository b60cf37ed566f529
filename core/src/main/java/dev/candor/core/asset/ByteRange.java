package dev.candor.core.asset;

/**
 * A range of bytes in an asset: {@code start} inclusive, {@code length} bytes.
 *
 * @param start offset of the first byte
 * @param length number of bytes
 */
public record ByteRange(long start, long length) {
  /** Rejects negative values. */
  public ByteRange {
    if (start < 0 || length < 0) {
      throw new IllegalArgumentException("range must not be negative: " + start + "+" + length);
    }
  }

  /** The offset just past the range. */
  public long end() {
    return start + length;
  }
}
