package dev.candor.image.internal.watermark;

/** CRC-24 with the OpenPGP polynomial 0x864CFB (RFC 4880 §6.1), init 0xB704CE, MSB first. */
final class Crc24 {
  private Crc24() {}

  static int of(long value) {
    int crc = 0xB704CE;
    for (int i = 7; i >= 0; i--) {
      crc ^= (int) ((value >>> (8 * i)) & 0xff) << 16;
      for (int b = 0; b < 8; b++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= 0x1864CFB;
        }
      }
    }
    return crc & 0xffffff;
  }
}
