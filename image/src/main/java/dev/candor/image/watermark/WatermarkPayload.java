package dev.candor.image.watermark;

import java.util.HexFormat;

/**
 * The 64 bits a watermark carries, for example a record id and a version. Equal values compare
 * equal; {@link #toHex()} and {@link #ofHex(String)} round-trip.
 */
public final class WatermarkPayload {
  private final long bits;

  private WatermarkPayload(long bits) {
    this.bits = bits;
  }

  /** The payload holding exactly {@code bits}. */
  public static WatermarkPayload of(long bits) {
    return new WatermarkPayload(bits);
  }

  /**
   * Parses 16 hex digits, e.g. {@code WatermarkPayload.ofHex("00000000c0ffee01")}.
   *
   * @throws IllegalArgumentException if {@code hex} is not exactly 16 hex digits
   */
  public static WatermarkPayload ofHex(String hex) {
    if (hex == null || hex.length() != 16) {
      throw new IllegalArgumentException("hex must be exactly 16 hex digits");
    }
    try {
      return new WatermarkPayload(HexFormat.fromHexDigitsToLong(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("hex must be exactly 16 hex digits", e);
    }
  }

  /** The 64 bits. */
  public long bits() {
    return bits;
  }

  /** The 64 bits as 8 bytes, big-endian. */
  public byte[] toBytes() {
    return java.nio.ByteBuffer.allocate(8).putLong(bits()).array();
  }

  /** The 8 bytes, big-endian, as C2PA soft-binding values carry them. */
  public static WatermarkPayload ofBytes(byte[] b) {
    if (b == null || b.length != 8) {
      throw new IllegalArgumentException("a payload is 8 bytes");
    }
    return of(java.nio.ByteBuffer.wrap(b).getLong());
  }

  /** 16 lower-case hex digits. */
  public String toHex() {
    return HexFormat.of().toHexDigits(bits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WatermarkPayload && ((WatermarkPayload) o).bits == bits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bits);
  }

  @Override
  public String toString() {
    return "WatermarkPayload[" + toHex() + "]";
  }
}
