package dev.candor.image.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WatermarkPayloadTest {
  @Test
  void ofHex_roundTrip_keepsAllBits() {
    WatermarkPayload p = WatermarkPayload.ofHex("ffeeddccbbaa9988");
    assertEquals(0xffeeddccbbaa9988L, p.bits());
    assertEquals("ffeeddccbbaa9988", p.toHex());
  }

  @Test
  void ofHex_wrongLengthOrDigits_rejected() {
    assertThrows(IllegalArgumentException.class, () -> WatermarkPayload.ofHex("abc"));
    assertThrows(IllegalArgumentException.class, () -> WatermarkPayload.ofHex("zzzzzzzzzzzzzzzz"));
  }
}
