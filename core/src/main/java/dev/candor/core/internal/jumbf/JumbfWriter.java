package dev.candor.core.internal.jumbf;

import java.nio.charset.StandardCharsets;

/** Writes JUMBF boxes byte for byte as C2PA lays them out (C2PA 2.2 §11.1). */
public final class JumbfWriter {
  private JumbfWriter() {}

  /** A plain box: LBox u32 BE, TBox, payload. */
  public static byte[] box(int type, byte[] payload) {
    int len = 8 + payload.length;
    byte[] out = new byte[len];
    putU32(out, 0, len);
    putU32(out, 4, type);
    System.arraycopy(payload, 0, out, 8, payload.length);
    return out;
  }

  /**
   * A description box with toggles 0x03 (requestable, labelled), or 0x13 with a {@code c2sh} salt.
   */
  public static byte[] description(byte[] uuid, String label, byte[] salt) {
    byte[] name = label.getBytes(StandardCharsets.UTF_8);
    int saltBox = salt == null ? 0 : 8 + salt.length;
    int len = 8 + uuid.length + 1 + name.length + 1 + saltBox;
    byte[] out = new byte[len];
    putU32(out, 0, len);
    putU32(out, 4, Box.JUMD);
    int at = 8;
    System.arraycopy(uuid, 0, out, at, uuid.length);
    at += uuid.length;
    out[at++] = (byte) (salt == null ? 0x03 : 0x13);
    System.arraycopy(name, 0, out, at, name.length);
    at += name.length + 1; // NUL terminator: already zero
    if (salt != null) {
      putU32(out, at, saltBox);
      putU32(out, at + 4, Box.C2SH);
      System.arraycopy(salt, 0, out, at + 8, salt.length);
    }
    return out;
  }

  /**
   * The length {@link #superbox} gives for children of {@code childrenLength} bytes in all.
   */
  public static long superboxLength(byte[] uuid, String label, byte[] salt, long childrenLength) {
    long description = 8L + uuid.length + 1 + label.getBytes(StandardCharsets.UTF_8).length + 1
        + (salt == null ? 0 : 8 + salt.length);
    return 8 + description + childrenLength;
  }

  /** A superbox: {@code jumb} containing the description then the given children. */
  public static byte[] superbox(byte[] uuid, String label, byte[] salt, byte[]... children) {
    byte[] d = description(uuid, label, salt);
    long len = 8L + d.length;
    for (byte[] c : children) {
      len += c.length;
    }
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("superbox of " + len + " bytes is too large");
    }
    byte[] out = new byte[(int) len];
    putU32(out, 0, len);
    putU32(out, 4, Box.JUMB);
    System.arraycopy(d, 0, out, 8, d.length);
    int at = 8 + d.length;
    for (byte[] c : children) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
  }

  static void putU32(byte[] b, int at, long v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
