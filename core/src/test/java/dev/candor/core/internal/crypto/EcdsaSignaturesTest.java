package dev.candor.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EcdsaSignaturesTest {
  private static final HexFormat HEX = HexFormat.of();

  /** P-256 r‖s for r = 1, s = 2: each left-padded to 32 bytes. */
  private static final String RAW_1_2 =
      "0000000000000000000000000000000000000000000000000000000000000001"
          + "0000000000000000000000000000000000000000000000000000000000000002";

  /** r with its top bit set: DER needs a 0x00 pad byte to keep it positive. */
  private static final String RAW_HIGH_R =
      "8000000000000000000000000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000003";

  @Test
  void derToRaw_smallIntegers_padsToField() {
    byte[] der =
        HEX.parseHex(
            "3006" // SEQUENCE, 6 bytes
                + "020101" // INTEGER r = 1
                + "020102"); // INTEGER s = 2
    assertArrayEquals(HEX.parseHex(RAW_1_2), EcdsaSignatures.derToRaw(der, 32).orElseThrow());
  }

  @Test
  void rawToDer_smallIntegers_minimalIntegers() {
    assertArrayEquals(
        HEX.parseHex("3006020101020102"), EcdsaSignatures.rawToDer(HEX.parseHex(RAW_1_2)));
  }

  @Test
  void rawToDer_highBitR_addsZeroPad() {
    byte[] der = EcdsaSignatures.rawToDer(HEX.parseHex(RAW_HIGH_R));
    String expected =
        "3026" // SEQUENCE, 38 bytes
            + "022100"
            + "80"
            + "00".repeat(31) // INTEGER r, 33 bytes with pad
            + "020103"; // INTEGER s = 3
    assertArrayEquals(HEX.parseHex(expected), der);
    assertArrayEquals(HEX.parseHex(RAW_HIGH_R), EcdsaSignatures.derToRaw(der, 32).orElseThrow());
  }

  @Test
  void derToRaw_p521LongForm_roundTrips() {
    byte[] raw = new byte[132];
    raw[0] = 0x01; // P-521 r uses 521 bits, so its first byte is 0x00 or 0x01
    raw[65] = 0x7f;
    raw[66] = 0x01;
    raw[131] = 0x09;
    byte[] der = EcdsaSignatures.rawToDer(raw);
    assertTrue(der[1] == (byte) 0x81, "P-521 DER needs the long length form");
    assertArrayEquals(raw, EcdsaSignatures.derToRaw(der, 66).orElseThrow());
  }

  @Test
  void derToRaw_nonMinimalInteger_rejected() {
    assertTrue(EcdsaSignatures.derToRaw(HEX.parseHex("30070202000102010002"), 32).isEmpty());
  }

  @Test
  void derToRaw_negativeInteger_rejected() {
    assertTrue(EcdsaSignatures.derToRaw(HEX.parseHex("3006020181020102"), 32).isEmpty());
  }

  @Test
  void derToRaw_trailingBytes_rejected() {
    assertTrue(EcdsaSignatures.derToRaw(HEX.parseHex("300602010102010200"), 32).isEmpty());
  }

  @Test
  void derToRaw_declaredLengthBeyondInput_rejected() {
    assertTrue(EcdsaSignatures.derToRaw(HEX.parseHex("3046020101"), 32).isEmpty());
  }

  @Test
  void derToRaw_integerWiderThanField_rejected() {
    byte[] raw = new byte[96];
    raw[0] = 0x7f;
    raw[95] = 1;
    assertTrue(EcdsaSignatures.derToRaw(EcdsaSignatures.rawToDer(raw), 32).isEmpty());
  }

  @Test
  void isDer_rawSignature_false() {
    assertFalse(EcdsaSignatures.isDer(HEX.parseHex(RAW_1_2)));
  }

  @Test
  void rawToDer_oddLength_throws() {
    assertThrows(IllegalArgumentException.class, () -> EcdsaSignatures.rawToDer(new byte[63]));
  }
}
