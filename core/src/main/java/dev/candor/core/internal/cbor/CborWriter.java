package dev.candor.core.internal.cbor;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Deterministic CBOR encoding of the plain value model (RFC 8949 §4.2.1 core deterministic
 * encoding, except that map entries keep insertion order as C2PA's writers do): definite lengths,
 * shortest argument heads, 64-bit floats, integers that fit 64 bits as major type 0/1 and larger
 * ones as bignums (tags 2/3). Written by hand rather than through Jackson's generator because the
 * bytes must be exact and this is on every label's path: it is several times faster.
 */
final class CborWriter {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  // One writer per thread, its buffer kept between encodings (a store takes a dozen of them, the
  // larger ones several kilobytes); a buffer grown past 64 KiB is dropped, so idle threads hold
  // little.
  private static final ThreadLocal<CborWriter> WRITERS = ThreadLocal.withInitial(CborWriter::new);
  private static final int KEEP = 1 << 16;

  private byte[] buf = new byte[4096];
  private int n;

  static byte[] encode(Object value) {
    CborWriter w = WRITERS.get();
    w.n = 0;
    try {
      w.write(value);
      return Arrays.copyOf(w.buf, w.n);
    } finally {
      if (w.buf.length > KEEP) {
        w.buf = new byte[4096];
      }
    }
  }

  private void write(Object v) {
    // Final classes first: an instanceof against them is one compare, against Map or List an
    // interface scan.
    if (v instanceof byte[] b) {
      head(2, b.length);
      put(b, 0, b.length);
    } else if (v instanceof String s) {
      text(s);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      integer(((Number) v).longValue());
    } else if (v == null) {
      put(0xF6);
    } else if (v instanceof Boolean b) {
      put(b ? 0xF5 : 0xF4);
    } else if (v instanceof Tagged t) {
      head(6, t.tag());
      write(t.value());
    } else if (v instanceof Map<?, ?> m) {
      head(5, m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = e.getKey();
        if (k instanceof String ks) {
          text(ks);
        } else {
          integer(((Number) k).longValue());
        }
        write(e.getValue());
      }
    } else if (v instanceof List<?> l) {
      head(4, l.size());
      for (int i = 0, n = l.size(); i < n; i++) {
        write(l.get(i));
      }
    } else if (v instanceof BigInteger bi) {
      bignum(bi);
    } else if (v instanceof Double || v instanceof Float) {
      put(0xFB);
      long bits = Double.doubleToLongBits(((Number) v).doubleValue());
      for (int shift = 56; shift >= 0; shift -= 8) {
        put((int) (bits >>> shift));
      }
    } else {
      throw new IllegalArgumentException("no CBOR form for " + v.getClass().getName());
    }
  }

  private void integer(long v) {
    if (v >= 0) {
      head(0, v);
    } else {
      head(1, -1 - v);
    }
  }

  private void bignum(BigInteger v) {
    if (v.signum() >= 0 && v.compareTo(TWO_64) < 0) {
      head(0, v.longValue()); // unsigned: longValue keeps the low 64 bits
    } else if (v.signum() < 0 && v.compareTo(TWO_64.negate()) >= 0) {
      head(1, BigInteger.ONE.negate().subtract(v).longValue());
    } else {
      BigInteger magnitude = v.signum() >= 0 ? v : BigInteger.ONE.negate().subtract(v);
      byte[] b = magnitude.toByteArray();
      int skip = b[0] == 0 ? 1 : 0;
      head(6, v.signum() >= 0 ? 2 : 3);
      head(2, b.length - skip);
      put(b, skip, b.length - skip);
    }
  }

  /** Text as UTF-8; a lone surrogate has no UTF-8 form and is refused. */
  private void text(String s) {
    int len = s.length();
    boolean ascii = true;
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      head(3, len);
      ensure(len);
      for (int i = 0; i < len; i++) {
        buf[n++] = (byte) s.charAt(i);
      }
      return;
    }
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("text with a lone surrogate at index " + i);
      }
    }
    byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    head(3, utf8.length);
    put(utf8, 0, utf8.length);
  }

  /** A head with the shortest argument (RFC 8949 §4.2.1); {@code arg} is unsigned. */
  private void head(int major, long arg) {
    int m = major << 5;
    if (arg >= 0 && arg < 24) {
      put(m | (int) arg);
    } else if (arg >= 0 && arg < 0x100) {
      put(m | 24);
      put((int) arg);
    } else if (arg >= 0 && arg < 0x10000) {
      put(m | 25);
      put((int) (arg >>> 8));
      put((int) arg);
    } else if (arg >= 0 && arg < 0x100000000L) {
      put(m | 26);
      for (int shift = 24; shift >= 0; shift -= 8) {
        put((int) (arg >>> shift));
      }
    } else {
      put(m | 27);
      for (int shift = 56; shift >= 0; shift -= 8) {
        put((int) (arg >>> shift));
      }
    }
  }

  private void put(int b) {
    ensure(1);
    buf[n++] = (byte) b;
  }

  private void put(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, n, len);
    n += len;
  }

  private void ensure(int more) {
    if (buf.length - n < more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }
  }
}
