package dev.candor.core.internal.cbor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deterministic CBOR on write (RFC 8949 §4.2 core rules), bounded reading. */
class CborTest {
  static byte[] hex(String h) {
    return HexFormat.of().parseHex(h);
  }

  @Test
  void encode_protectedHeader_knownBytes() {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put(1L, -7L);
    m.put(33L, new byte[] {1, 2});
    // {1: -7, 33: h'0102'}: definite map(2), shortest integer heads
    assertArrayEquals(hex("a201261821420102"), Cbor.encode(m));
  }

  @Test
  void encode_integersShortest_rfc8949Examples() {
    assertArrayEquals(hex("17"), Cbor.encode(23L));
    assertArrayEquals(hex("1818"), Cbor.encode(24L));
    assertArrayEquals(hex("1903e8"), Cbor.encode(1000L));
    assertArrayEquals(hex("1a000f4240"), Cbor.encode(1000000L));
    assertArrayEquals(hex("1b000000e8d4a51000"), Cbor.encode(1000000000000L));
    assertArrayEquals(hex("3903e7"), Cbor.encode(-1000L));
  }

  @Test
  void encode_definiteLengths_arrayAndMapAndTag() {
    assertArrayEquals(hex("d28340a0f6"), Cbor.encode(new Tagged(18, Arrays.asList(new byte[0], Map.of(), null))));
    assertArrayEquals(hex("826161820102"), Cbor.encode(List.of("a", List.of(1L, 2L))));
  }

  @Test
  void decode_roundTrip_keepsOrderAndTypes() throws Exception {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("z", 1L);
    m.put("a", List.of("x", new byte[] {9}));
    m.put(-5L, Boolean.TRUE);
    Map<?, ?> back = (Map<?, ?>) Cbor.decode(Cbor.encode(m));
    assertEquals(List.of("z", "a", -5L), List.copyOf(back.keySet()));
    assertArrayEquals(new byte[] {9}, (byte[]) ((List<?>) back.get("a")).get(1));
  }

  @Test
  void decode_hugeDeclaredArray_errorQuickly() {
    // array(2^64-1) with one element present
    assertThrows(CborException.class, () -> Cbor.decode(hex("9bffffffffffffffff01")));
  }

  @Test
  void decode_hugeDeclaredByteString_errorWithoutAllocating() {
    // bstr of 2^32 bytes, 3 present
    assertThrows(CborException.class, () -> Cbor.decode(hex("5b0000000100000000010203")));
  }

  @Test
  void decode_nesting1000Deep_errorNotStackOverflow() {
    byte[] deep = new byte[1001];
    Arrays.fill(deep, 0, 1000, (byte) 0x81);
    deep[1000] = 0x01;
    assertThrows(CborException.class, () -> Cbor.decode(deep));
  }

  @Test
  void decode_trailingBytes_error() {
    assertThrows(CborException.class, () -> Cbor.decode(hex("0101")));
  }

  @Test
  void decode_truncatedMap_error() {
    assertThrows(CborException.class, () -> Cbor.decode(hex("a2616101")));
  }
}
