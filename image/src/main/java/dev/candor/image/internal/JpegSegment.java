package dev.candor.image.internal;

/**
 * One marker segment of a JPEG file header.
 *
 * @param marker the marker code, e.g. {@code 0xEB} for APP11
 * @param offset offset of the {@code FF} byte that precedes the marker code
 * @param length bytes from {@code offset}: 2 for a standalone marker, else {@code 2 + Lp}
 */
public record JpegSegment(int marker, long offset, long length) {
  /** APP0 (JFIF, JFXX). */
  public static final int APP0 = 0xE0;

  /** APP1 (Exif, XMP, extended XMP). */
  public static final int APP1 = 0xE1;

  /** APP11 (JPEG XT boxes: JUMBF, C2PA). */
  public static final int APP11 = 0xEB;

  /** Start of scan: the entropy-coded data follows its header. */
  public static final int SOS = 0xDA;

  /** End of image. */
  public static final int EOI = 0xD9;

  /** The offset of the segment payload, just past the 2-byte length field. */
  public long contentOffset() {
    return offset + 4;
  }

  /** The payload length, {@code Lp - 2}. */
  public int contentLength() {
    return (int) Math.max(0, length - 4);
  }

  /** The offset just past the segment. */
  public long end() {
    return offset + length;
  }

  /** Whether the marker is one of APP0..APP15. */
  public boolean isApp() {
    return marker >= 0xE0 && marker <= 0xEF;
  }
}
