package dev.candor.core.internal.jumbf;

import java.util.Arrays;

/**
 * A parsed {@code jumd} description box (ISO 19566-5 §A.3):
 *
 * <pre>
 * TYPE     16 bytes  UUID of the superbox's content type
 * TOGGLES   1 byte   0x01 requestable, 0x02 label present, 0x04 ID present, 0x08 signature present,
 *                    0x10 private box present
 * LABEL    UTF-8, NUL-terminated          (if 0x02)
 * ID       u32 BE                         (if 0x04)
 * SIGNATURE 32 bytes SHA-256              (if 0x08)
 * PRIVATE  one box, e.g. c2sh salt        (if 0x10)
 * </pre>
 *
 * @param uuid the 16-byte content type
 * @param toggles the toggle bits
 * @param label the label, or {@code null}
 * @param salt the bytes of a {@code c2sh} private box, or {@code null}
 */
public record Description(byte[] uuid, int toggles, String label, byte[] salt) {
  /** Copies arrays. */
  public Description {
    uuid = uuid.clone();
    salt = salt == null ? null : salt.clone();
  }

  @Override
  public byte[] uuid() {
    return uuid.clone();
  }

  /** The first four bytes of the UUID as a 4CC int (C2PA UUIDs start with an ASCII type). */
  public int uuidPrefix() {
    return ((uuid[0] & 0xFF) << 24) | ((uuid[1] & 0xFF) << 16) | ((uuid[2] & 0xFF) << 8) | (uuid[3] & 0xFF);
  }

  /** Whether the UUID equals {@code other}. */
  public boolean hasUuid(byte[] other) {
    return Arrays.equals(uuid, other);
  }
}
