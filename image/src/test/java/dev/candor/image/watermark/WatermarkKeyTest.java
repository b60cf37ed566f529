package dev.candor.image.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WatermarkKeyTest {
  @Test
  void keyId_sameSecret_sameShortId() {
    byte[] s = "0123456789abcdef0123".getBytes();
    assertEquals(WatermarkKey.of(s).keyId(), WatermarkKey.of(s.clone()).keyId());
    assertEquals(16, WatermarkKey.of(s).keyId().length());
    assertNotEquals(
        WatermarkKey.of(s).keyId(), WatermarkKey.of("0123456789abcdef0124".getBytes()).keyId());
  }

  @Test
  void toString_anyKey_doesNotContainSecret() {
    String secret = "super-secret-bytes-xyz";
    assertFalse(WatermarkKey.of(secret.getBytes()).toString().contains("secret"));
  }

  @Test
  void of_shortSecret_rejected() {
    assertThrows(IllegalArgumentException.class, () -> WatermarkKey.of(new byte[15]));
  }
}
