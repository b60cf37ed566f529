package dev.candor.core.internal.cbor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written encoder against Jackson's CBOR generator (the encoder Candor used before) on
 * thousands of random values of the model, and against RFC 8949 for what Jackson gets wrong.
 */
class CborWriterTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final CBORFactory JACKSON =
      CBORFactory.builder().enable(CBORGenerator.Feature.WRITE_MINIMAL_INTS).build();

  @Test
  void encode_randomValues_sameBytesAsJackson() throws IOException {
    SplittableRandom r = new SplittableRandom(20261129);
    for (int i = 0; i < 5000; i++) {
      Object v = value(r, 0);
      assertArrayEquals(jackson(v), CborWriter.encode(v), () -> "value " + v);
    }
  }

  @Test
  void encode_integerBoundaries_shortestHeads() {
    long[] values = {0, 23, 24, 255, 256, 65535, 65536, 0xFFFFFFFFL, 0x100000000L,
        Long.MAX_VALUE, -1, -24, -25, -256, -257, -65536, -65537, Long.MIN_VALUE};
    String[] expected = {"00", "17", "1818", "18ff", "190100", "19ffff", "1a00010000",
        "1affffffff", "1b0000000100000000", "1b7fffffffffffffff", "20", "37", "3818", "38ff",
        "390100", "39ffff", "3a00010000", "3b7fffffffffffffff"};
    for (int i = 0; i < values.length; i++) {
      assertEquals(expected[i], HEX.formatHex(CborWriter.encode(values[i])), "" + values[i]);
    }
  }

  @Test
  void encode_bignums_rfc8949Examples() {
    // RFC 8949 Appendix A: 18446744073709551615 (fits major 0), 2^64 (tag 2), -2^64 (major 1),
    // -18446744073709551617 (tag 3: -1 - n = 2^64).
    assertEquals("1bffffffffffffffff", hex(new BigInteger("18446744073709551615")));
    assertEquals("c249010000000000000000", hex(new BigInteger("18446744073709551616")));
    assertEquals("3bffffffffffffffff", hex(new BigInteger("-18446744073709551616")));
    assertEquals("c349010000000000000000", hex(new BigInteger("-18446744073709551617")));
    assertEquals("187b", hex(BigInteger.valueOf(123)));
  }

  @Test
  void encode_loneSurrogate_refused() {
    assertThrows(IllegalArgumentException.class, () -> CborWriter.encode("a\uD800b"));
    assertThrows(IllegalArgumentException.class, () -> CborWriter.encode("\uDC00"));
    assertEquals("6578f09f9880", hex("x\uD83D\uDE00"));
  }

  @Test
  void encode_unknownType_refused() {
    assertThrows(IllegalArgumentException.class, () -> CborWriter.encode(new Object()));
  }

  private static String hex(Object v) {
    return HEX.formatHex(CborWriter.encode(v));
  }

  private static Object value(SplittableRandom r, int depth) {
    int kind = r.nextInt(depth > 4 ? 7 : 10);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return r.nextBoolean();
      case 2:
        return longValue(r);
      case 3:
        return r.nextInt(3) == 0 ? (double) r.nextInt(1000) / 7 : r.nextDouble() * 1e300;
      case 4:
        return text(r);
      case 5:
        byte[] b = new byte[r.nextInt(50) == 0 ? r.nextInt(70000) : r.nextInt(40)];
        r.nextBytes(b);
        return b;
      case 6:
        return (int) longValue(r);
      case 7: {
        List<Object> l = new ArrayList<>();
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
          l.add(value(r, depth + 1));
        }
        return l;
      }
      case 8: {
        Map<Object, Object> m = new LinkedHashMap<>();
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
          Object k = r.nextBoolean() ? (Object) longValue(r) : text(r);
          m.put(k, value(r, depth + 1));
        }
        return m;
      }
      default:
        return new Tagged(r.nextInt(3) == 0 ? r.nextInt(100000) : r.nextInt(30), value(r, depth + 1));
    }
  }

  private static long longValue(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return r.nextInt(30) - 15;
      case 1:
        return r.nextInt(200000) - 100000;
      case 2:
        return r.nextLong();
      default:
        return r.nextBoolean() ? Long.MAX_VALUE - r.nextInt(3) : Long.MIN_VALUE + r.nextInt(3);
    }
  }

  private static String text(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(4) == 0 ? r.nextInt(400) : r.nextInt(30);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(4)) {
        case 0:
          sb.append((char) (0x20 + r.nextInt(0x5F)));
          break;
        case 1:
          sb.append((char) (0xA0 + r.nextInt(0x700)));
          break;
        case 2:
          sb.append((char) (0x3000 + r.nextInt(0x5000)));
          break;
        default:
          sb.appendCodePoint(0x10000 + r.nextInt(0xFFFFF));
      }
    }
    return sb.toString();
  }

  private static byte[] jackson(Object v) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CBORGenerator g = JACKSON.createGenerator(out)) {
      write(g, v);
    }
    return out.toByteArray();
  }

  private static void write(CBORGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject(m, m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getKey() instanceof Number n) {
          g.writeFieldId(n.longValue());
        } else {
          g.writeFieldName((String) e.getKey());
        }
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray(l, l.size());
      for (Object o : l) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof byte[] b) {
      g.writeBinary(b);
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer || v instanceof Long) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Tagged t) {
      g.writeTag((int) t.tag());
      write(g, t.value());
    } else {
      throw new IllegalArgumentException(v.getClass().getName());
    }
  }
}
