package dev.candor.core.internal.cose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers for the COSE structures C2PA signs and time-stamps (RFC 9052 §4.4). */
class CoseSign1Test {
  static final HexFormat HEX = HexFormat.of();

  @Test
  void sigStructure_knownAnswer() {
    byte[] prot = HEX.parseHex("a10126"); // {1: -7}
    byte[] payload = HEX.parseHex("a0"); // {}
    // ["Signature1", h'a10126', h'', h'a0']
    assertEquals("846a5369676e61747572653143a101264041a0",
        HEX.formatHex(CoseSign1.sigStructure(prot, payload)));
  }

  @Test
  void timeStampDataV2_wrapsTheSignatureBstrTwice() {
    byte[] prot = HEX.parseHex("a10126");
    byte[] sig = HEX.parseHex("0102");
    // ["CounterSignature", h'a10126', h'', h'420102'] — payload is the CBOR of bstr(sig)
    assertEquals("8470436f756e7465725369676e617475726543a101264043420102",
        HEX.formatHex(dev.candor.core.internal.tsa.CounterSignatureData.of(
            dev.candor.core.internal.tsa.TimeStampHeader.SIG_TST2, prot, sig, null)));
  }

  @Test
  void protectedHeader_oneCertIsBstr_manyIsArray() {
    assertEquals("a201261821420102", HEX.formatHex(CoseSign1.protectedHeader(-7, List.of(new byte[] {1, 2}))));
    assertEquals("a20126182182410141 02".replace(" ", ""),
        HEX.formatHex(CoseSign1.protectedHeader(-7, List.of(new byte[] {1}, new byte[] {2}))));
  }

  @Test
  void encodePadded_hitsEveryExactSize() {
    byte[] prot = HEX.parseHex("a10126");
    byte[] sig = new byte[64];
    for (int size = 90; size < 400; size++) {
      byte[] b = CoseSign1.encodePadded(prot, new LinkedHashMap<>(), sig, size);
      assertEquals(size, b.length, "size " + size);
      assertEquals((byte) 0xD2, b[0], "tag 18");
    }
  }

  @Test
  void encodePadded_reserveTooSmall_error() {
    assertThrows(IllegalStateException.class,
        () -> CoseSign1.encodePadded(new byte[3], new LinkedHashMap<>(), new byte[64], 50));
  }
}
