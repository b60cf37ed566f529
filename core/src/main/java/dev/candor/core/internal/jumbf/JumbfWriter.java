package dev.candor.core.internal.jumbf;

import java.io.ByteArrayOutputStream;
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
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.writeBytes(uuid);
    p.write(salt == null ? 0x03 : 0x13);
    p.writeBytes(label.getBytes(StandardCharsets.UTF_8));
    p.write(0);
    if (salt != null) {
      p.writeBytes(box(Box.C2SH, salt));
    }
    return box(Box.JUMD, p.toByteArray());
  }

  /** A superbox: {@code jumb} containing the description then the given children. */
  public static byte[] superbox(byte[] uuid, String label, byte[] salt, byte[]... children) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.writeBytes(description(uuid, label, salt));
    for (byte[] c : children) {
      p.writeBytes(c);
    }
    return box(Box.JUMB, p.toByteArray());
  }

  static void putU32(byte[] b, int at, long v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
