package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TextWatermarkKeyTest {
  private static final byte[] SECRET = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

  @Test
  void keyId_isStableHexAndDiffersPerKey() {
    String id = TextWatermarkKey.of(SECRET).keyId();
    assertTrue(id.matches("[0-9a-f]{16}"), id);
    assertEquals(id, TextWatermarkKey.of(SECRET.clone()).keyId());
    assertNotEquals(id, ToyModel.key(1).keyId());
  }

  @Test
  void toString_showsKeyIdNotSecret() {
    TextWatermarkKey key = TextWatermarkKey.of(SECRET);
    String text = key.toString();
    assertTrue(text.contains(key.keyId()));
    assertFalse(text.contains("00112233"), text);
  }

  @Test
  void of_callerMutatesArray_keyUnchanged() {
    byte[] secret = SECRET.clone();
    TextWatermarkKey key = TextWatermarkKey.of(secret);
    long seed = key.seed("x");
    secret[0] ^= 1;
    assertEquals(seed, key.seed("x"));
  }

  @Test
  void of_shortSecret_rejected() {
    assertThrows(IllegalArgumentException.class, () -> TextWatermarkKey.of(new byte[15]));
  }
}
