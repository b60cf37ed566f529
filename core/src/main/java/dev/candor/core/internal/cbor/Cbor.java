package dev.candor.core.internal.cbor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CBOR on a plain value model, read through Jackson and written by {@link CborWriter}: {@code Map} (insertion-ordered; keys {@code String}
 * or {@code Long}), {@code List}, {@code byte[]}, {@code String}, {@code Long}/{@code BigInteger},
 * {@code Double}, {@code Boolean}, {@code null} and {@link Tagged}.
 *
 * <p>Writing is deterministic: definite lengths, shortest integer heads, map entries in insertion
 * order. Reading is bounded: nesting is capped and nothing is allocated beyond what the input holds.
 * Hashes and signatures are never computed over re-encoded values: callers keep the stored bytes.
 */
public final class Cbor {
  /** Maximum nesting depth accepted when reading. */
  public static final int MAX_DEPTH = 64;

  private static final CBORFactory FACTORY =
      CBORFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(64 * 1024 * 1024)
                  .build())
          .build();

  private Cbor() {}

  /**
   * Encodes a value deterministically (see {@link CborWriter}).
   *
   * @throws IllegalArgumentException for a value outside the model, or text with a lone surrogate
   */
  public static byte[] encode(Object value) {
    return CborWriter.encode(value);
  }

  /**
   * Decodes exactly one CBOR item filling {@code bytes}.
   *
   * @throws CborException when the bytes are malformed, truncated, too deep, or have trailing data
   */
  public static Object decode(byte[] bytes) throws CborException {
    try (CBORParser p = (CBORParser) FACTORY.createParser(bytes)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new CborException("empty CBOR");
      }
      Object v = read(p, t);
      if (p.nextToken() != null) {
        throw new CborException("trailing bytes after the CBOR item");
      }
      return v;
    } catch (CborException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CborException("malformed CBOR: " + firstLine(e.getMessage()), e);
    }
  }

  private static Object read(CBORParser p, JsonToken t) throws IOException, CborException {
    int tag = p.getCurrentTag();
    Object v = readUntagged(p, t);
    return tag >= 0 ? new Tagged(tag, v) : v;
  }

  private static Object readUntagged(CBORParser p, JsonToken t) throws IOException, CborException {
    switch (t) {
      case START_OBJECT: {
        Map<Object, Object> m = new LinkedHashMap<>();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = wellFormed(p.currentName());
          Object key = name;
          if (isIntegerKey(name)) {
            key = Long.parseLong(name);
          }
          JsonToken vt = p.nextToken();
          if (vt == null) {
            throw new CborException("truncated CBOR map");
          }
          m.put(key, read(p, vt));
        }
        if (k != JsonToken.END_OBJECT) {
          throw new CborException("truncated CBOR map");
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          if (e == null) {
            throw new CborException("truncated CBOR array");
          }
          l.add(read(p, e));
        }
        return l;
      }
      case VALUE_STRING:
        return wellFormed(p.getText());
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? p.getBigIntegerValue()
            : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_EMBEDDED_OBJECT: {
        Object o = p.getEmbeddedObject();
        if (o instanceof byte[]) {
          return o;
        }
        return o == null ? null : o.toString();
      }
      default:
        throw new CborException("unexpected CBOR token " + t);
    }
  }

  /**
   * Rejects a text string holding an unpaired surrogate. CBOR text must be UTF-8 (RFC 8949 §3.1),
   * but Jackson decodes the 3-byte encoding of a surrogate (CESU-8 style) into a lone UTF-16
   * surrogate instead of failing; such a string cannot be encoded again and is not text.
   */
  private static String wellFormed(String s) throws CborException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new CborException("CBOR text string is not valid UTF-8 (unpaired surrogate)");
      }
    }
    return s;
  }

  // Jackson reports integer map keys as their decimal text; COSE headers use integer keys.
  private static boolean isIntegerKey(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !(s.length() > 1 && s.charAt(0) == '0');
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "unreadable";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
