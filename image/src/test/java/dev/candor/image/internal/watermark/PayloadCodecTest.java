package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
  @Test
  void decode_softValuesWithTwentyFlips_recoversPayloadAndCountsFlips() {
    long payload = 0x0123456789abcdefL;
    boolean[] coded = PayloadCodec.encode(payload, 0x5a5a5a);
    float[] soft = new float[coded.length];
    for (int i = 0; i < coded.length; i++) {
      soft[i] = coded[i] ? -1 : 1;
    }
    for (int i = 0; i < 20; i++) {
      soft[i * 13] = -soft[i * 13];
    }
    PayloadCodec.Decoded d = PayloadCodec.decode(soft, 0x5a5a5a);
    assertTrue(d.crcOk());
    assertEquals(payload, d.payload());
    assertEquals(20, d.corrected());
  }

  @Test
  void decode_wrongCrcMask_rejected() {
    boolean[] coded = PayloadCodec.encode(42, 0x111111);
    float[] soft = new float[coded.length];
    for (int i = 0; i < coded.length; i++) {
      soft[i] = coded[i] ? -1 : 1;
    }
    assertFalse(PayloadCodec.decode(soft, 0x222222).crcOk());
  }

  @Test
  void decode_pureNoise_crcFailsInAllTrials() {
    Random rnd = new Random(7);
    int accepted = 0;
    for (int t = 0; t < 2000; t++) {
      float[] soft = new float[PayloadCodec.CODED_BITS];
      for (int i = 0; i < soft.length; i++) {
        soft[i] = (float) rnd.nextGaussian();
      }
      if (PayloadCodec.decode(soft, 0x123456).crcOk()) {
        accepted++;
      }
    }
    assertEquals(0, accepted, "CRC-24 accepts noise with probability 2^-24 per trial");
  }

  @Test
  void crc24_asciiDigits_matchesOpenPgpCrc() {
    // CRC-24/OPENPGP (RFC 4880 section 6.1) of the eight ASCII bytes "12345678".
    assertEquals(0x51953c, Crc24.of(0x3132333435363738L));
  }
}
