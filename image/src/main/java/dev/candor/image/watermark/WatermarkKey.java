package dev.candor.image.watermark;

import dev.candor.image.internal.watermark.PatternSeed;
import java.util.HexFormat;

/**
 * The secret that selects the watermark pattern: only its holder can embed a mark that detection
 * with the same key accepts. It has no {@code toString}, {@code equals} or accessor that reveals
 * the secret; {@link #keyId()} is a short non-secret fingerprint for logs and manifests.
 */
public final class WatermarkKey {
  /** Fewest secret bytes accepted: 128 bits. */
  public static final int MIN_LENGTH = 16;

  private final byte[] secret;
  private final String keyId;

  private WatermarkKey(byte[] secret) {
    this.secret = secret;
    this.keyId = HexFormat.of().formatHex(PatternSeed.derive(secret, PatternSeed.KEY_ID), 0, 8);
  }

  /**
   * Wraps a copy of {@code secret}.
   *
   * @throws IllegalArgumentException if {@code secret} is shorter than {@link #MIN_LENGTH} bytes
   */
  public static WatermarkKey of(byte[] secret) {
    if (secret == null || secret.length < MIN_LENGTH) {
      throw new IllegalArgumentException("secret must hold at least " + MIN_LENGTH + " bytes");
    }
    return new WatermarkKey(secret.clone());
  }

  /**
   * A 16-hex-digit fingerprint of the key (HMAC-SHA256 of a fixed label); reveals no secret bits.
   */
  public String keyId() {
    return keyId;
  }

  /** Derived seed for the pattern generator; the secret itself never leaves this class. */
  byte[] patternSeed() {
    return PatternSeed.derive(secret, PatternSeed.PATTERN);
  }

  @Override
  public String toString() {
    return "WatermarkKey[" + keyId + "]";
  }
}
