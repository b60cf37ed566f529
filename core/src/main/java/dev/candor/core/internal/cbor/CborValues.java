package dev.candor.core.internal.cbor;

import java.util.List;
import java.util.Map;

/** Typed access to decoded CBOR values, returning {@code null} for absent or mistyped fields. */
public final class CborValues {
  private CborValues() {}

  /** The map, or {@code null}. */
  @SuppressWarnings("unchecked")
  public static Map<Object, Object> map(Object v) {
    return v instanceof Map ? (Map<Object, Object>) v : null;
  }

  /** The list, or {@code null}. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object v) {
    return v instanceof List ? (List<Object>) v : null;
  }

  /** A text field, or {@code null}. */
  public static String text(Map<Object, Object> m, Object key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof String s ? s : null;
  }

  /** A byte-string field, or {@code null}. */
  public static byte[] bytes(Map<Object, Object> m, Object key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof byte[] b ? b : null;
  }

  /** A map field, or {@code null}. */
  public static Map<Object, Object> map(Map<Object, Object> m, Object key) {
    return m == null ? null : map(m.get(key));
  }

  /** A list field, or {@code null}. */
  public static List<Object> list(Map<Object, Object> m, Object key) {
    return m == null ? null : list(m.get(key));
  }

  /** An integer field, or {@code null}. */
  public static Long integer(Map<Object, Object> m, Object key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Long l ? l : null;
  }
}
