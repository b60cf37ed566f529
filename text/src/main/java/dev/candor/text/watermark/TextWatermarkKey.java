package dev.candor.text.watermark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret of a text watermark: whoever holds it can both embed and detect (and so also forge or
 * scrub) the mark. The bytes are copied in and never leave; {@link #toString()} shows only the
 * public {@link #keyId()}.
 *
 * <p>All keyed material is derived with HMAC-SHA256 under a purpose label, so the key id, the
 * green-list seed and the Gumbel seed are independent of each other.
 */
public final class TextWatermarkKey {
  /** Fewest key bytes accepted: 128 bits. */
  public static final int MIN_LENGTH = 16;

  private final byte[] secret;
  private final String keyId;

  private TextWatermarkKey(byte[] secret) {
    this.secret = secret;
    this.keyId = HexFormat.of().formatHex(hmac("candor.textwm.key-id.v1"), 0, 8);
  }

  /**
   * Wraps a copy of {@code secret}, which must hold at least {@value #MIN_LENGTH} random bytes.
   *
   * @throws IllegalArgumentException if {@code secret} is shorter than {@value #MIN_LENGTH} bytes
   */
  public static TextWatermarkKey of(byte[] secret) {
    if (secret == null || secret.length < MIN_LENGTH) {
      throw new IllegalArgumentException("secret must hold at least " + MIN_LENGTH + " bytes");
    }
    return new TextWatermarkKey(secret.clone());
  }

  /**
   * A non-secret 16-hex-digit identifier (first 64 bits of HMAC-SHA256(key,
   * "candor.textwm.key-id.v1")): stable for a key, safe to publish in a manifest, and useless for
   * detection without the key.
   */
  public String keyId() {
    return keyId;
  }

  /** 64-bit seed for one purpose (e.g. one scheme), derived by HMAC-SHA256. */
  long seed(String purpose) {
    return ByteBuffer.wrap(hmac(purpose)).getLong();
  }

  private byte[] hmac(String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      SecretKeySpec spec = new SecretKeySpec(secret, "HmacSHA256");
      mac.init(spec);
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required on every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "TextWatermarkKey[keyId=" + keyId + "]";
  }
}
