package dev.candor.image.internal.watermark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Deterministic pseudo-random stream: HMAC-SHA256(seed, label || counter) blocks, in order. */
final class KeyStream {
  private final Mac mac;
  private final byte[] label;
  private final byte[] block = new byte[32];
  private int counter;
  private int pos = 32;

  KeyStream(byte[] seed, String label) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(seed, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java 17 runtime", e);
    }
    this.label = label.getBytes(StandardCharsets.US_ASCII);
  }

  int nextByte() {
    if (pos == 32) {
      mac.update(label);
      mac.update(new byte[] {0, (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
      try {
        mac.doFinal(block, 0);
      } catch (javax.crypto.ShortBufferException e) {
        throw new IllegalStateException(e);
      }
      counter++;
      pos = 0;
    }
    return block[pos++] & 0xff;
  }

  int nextInt32() {
    return (nextByte() << 24) | (nextByte() << 16) | (nextByte() << 8) | nextByte();
  }

  /** Uniform in [0, bound) by rejection. */
  int nextInt(int bound) {
    long limit = (0x1_0000_0000L / bound) * bound;
    while (true) {
      long v = nextInt32() & 0xffff_ffffL;
      if (v < limit) {
        return (int) (v % bound);
      }
    }
  }

  boolean nextBit() {
    return (nextByte() & 1) == 1;
  }
}
