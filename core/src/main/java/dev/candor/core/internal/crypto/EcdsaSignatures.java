package dev.candor.core.internal.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Converts ECDSA signatures between DER and COSE's raw form.
 *
 * <p>DER (X9.62, what JCA's {@code SHA256withECDSA} makes): {@code 30 len 02 len r 02 len s}, each
 * integer minimal and positive. Raw (IEEE P1363, RFC 9053 §2.1, what COSE and C2PA require): r then
 * s, each unsigned big-endian left-padded to the curve's field size: 64 bytes for P-256, 96 for
 * P-384, 132 for P-521.
 */
public final class EcdsaSignatures {
  private static final int SEQUENCE = 0x30;
  private static final int INTEGER = 0x02;

  private EcdsaSignatures() {}

  /**
   * Raw r‖s from a DER signature.
   *
   * @param der a DER {@code ECDSA-Sig-Value}
   * @param fieldBytes the curve's coordinate size (32, 48, 66)
   * @return r‖s, {@code 2 * fieldBytes} long, or empty when {@code der} is not strict DER or r or s
   *     do not fit the field
   */
  public static Optional<byte[]> derToRaw(byte[] der, int fieldBytes) {
    Optional<BigInteger[]> rs = parseDer(der);
    if (rs.isEmpty()) {
      return Optional.empty();
    }
    byte[] out = new byte[2 * fieldBytes];
    for (int i = 0; i < 2; i++) {
      byte[] v = unsigned(rs.get()[i]);
      if (v.length > fieldBytes) {
        return Optional.empty();
      }
      System.arraycopy(v, 0, out, (i + 1) * fieldBytes - v.length, v.length);
    }
    return Optional.of(out);
  }

  /**
   * The DER form of a raw r‖s signature.
   *
   * @throws IllegalArgumentException if {@code raw} is empty or of odd length
   */
  public static byte[] rawToDer(byte[] raw) {
    if (raw.length == 0 || raw.length % 2 != 0) {
      throw new IllegalArgumentException("raw signature length must be even, was " + raw.length);
    }
    int half = raw.length / 2;
    byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, half)).toByteArray();
    byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeTlv(body, INTEGER, r);
    writeTlv(body, INTEGER, s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTlv(out, SEQUENCE, body.toByteArray());
    return out.toByteArray();
  }

  /** Whether {@code sig} is a strict DER {@code ECDSA-Sig-Value} with nothing after it. */
  public static boolean isDer(byte[] sig) {
    return parseDer(sig).isPresent();
  }

  private static Optional<BigInteger[]> parseDer(byte[] der) {
    Reader in = new Reader(der);
    int bodyLength = in.header(SEQUENCE);
    if (bodyLength < 0 || bodyLength != in.remaining()) {
      return Optional.empty();
    }
    BigInteger r = in.positiveInteger();
    BigInteger s = r == null ? null : in.positiveInteger();
    if (s == null || in.remaining() != 0) {
      return Optional.empty();
    }
    return Optional.of(new BigInteger[] {r, s});
  }

  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b[0] == 0 && b.length > 1 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  private static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
    out.write(tag);
    int n = value.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    }
    out.write(value, 0, n);
  }

  /** A bounds-checked DER cursor: every length is checked against the bytes really left. */
  private static final class Reader {
    private final byte[] buf;
    private int pos;

    Reader(byte[] buf) {
      this.buf = buf;
    }

    int remaining() {
      return buf.length - pos;
    }

    /** Reads a tag and a minimal definite length; -1 if malformed or longer than what is left. */
    int header(int tag) {
      if (remaining() < 2 || (buf[pos++] & 0xff) != tag) {
        return -1;
      }
      int first = buf[pos++] & 0xff;
      int length;
      if (first < 0x80) {
        length = first;
      } else if (first == 0x81 && remaining() >= 1) {
        length = buf[pos++] & 0xff;
        if (length < 0x80) {
          return -1; // not minimal
        }
      } else {
        return -1; // an ECDSA signature is never 256 bytes or longer
      }
      return length <= remaining() ? length : -1;
    }

    /** A minimal, positive INTEGER, or null. */
    BigInteger positiveInteger() {
      int n = header(INTEGER);
      if (n <= 0) {
        return null;
      }
      byte[] v = Arrays.copyOfRange(buf, pos, pos + n);
      pos += n;
      boolean negative = (v[0] & 0x80) != 0;
      boolean padded = n > 1 && v[0] == 0 && (v[1] & 0x80) == 0;
      if (negative || padded) {
        return null;
      }
      BigInteger value = new BigInteger(1, v);
      return value.signum() > 0 ? value : null;
    }
  }
}
