package dev.candor.image.internal.watermark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Key derivation: HMAC-SHA256(secret, label). The pattern seed uses label {@value #PATTERN}. */
public final class PatternSeed {
  public static final String PATTERN = "candor-wm/tile-pattern/v1";
  public static final String KEY_ID = "candor-wm/key-id/v1";

  private PatternSeed() {}

  public static byte[] derive(byte[] secret, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java 17 runtime", e);
    }
  }
}
