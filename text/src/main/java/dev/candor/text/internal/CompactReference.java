package dev.candor.text.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Candor's compact text marker: a signed reference to a record kept in a manifest repository,
 * carried like the C2PA text wrapper (U+FEFF then one variation selector per byte) but far shorter
 * (about 350 UTF-8 bytes with ES256).
 *
 * <pre>
 * magic     8 bytes  "CNDRREF\0"
 * version   u8       1
 * id        16 bytes UUID of the record in the repository
 * alg       u8       minus the COSE algorithm id (7 = ES256, 8 = EdDSA, 37 = PS256, ...)
 * sigLength u16 BE   length of the signature
 * signature          over "candor.text.ref.v1" || id || SHA-256(NFC text without the marker)
 * </pre>
 *
 * @param id the record id
 * @param coseAlg the COSE algorithm id of the signature
 * @param signature the signature bytes
 */
public record CompactReference(UUID id, int coseAlg, byte[] signature) {
  private static final byte[] MAGIC = "CNDRREF\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONTEXT = "candor.text.ref.v1".getBytes(StandardCharsets.US_ASCII);
  /** Largest signature accepted (RSA-4096). */
  public static final int MAX_SIGNATURE = 512;

  /** The bytes the signature covers. */
  public static byte[] toBeSigned(UUID id, byte[] textDigest) {
    ByteBuffer b = ByteBuffer.allocate(CONTEXT.length + 16 + textDigest.length);
    b.put(CONTEXT).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put(textDigest);
    return b.array();
  }

  /** The marker text: U+FEFF and the encoded frame. */
  public String encode() {
    ByteBuffer b = ByteBuffer.allocate(8 + 1 + 16 + 1 + 2 + signature.length);
    b.put(MAGIC).put((byte) 1).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
        .put((byte) -coseAlg).putShort((short) signature.length).put(signature);
    StringBuilder sb = new StringBuilder().append('\uFEFF');
    for (byte x : b.array()) {
      VariationSelectors.append(x & 0xFF, sb);
    }
    return sb.toString();
  }

  /** A located marker: where it starts in the text (a char index) and what it says. */
  public record Found(int start, int end, CompactReference reference) {}

  /** Finds the last compact marker in a text, if any; malformed frames are ignored. */
  public static Optional<Found> find(String text) {
    Found found = null;
    int i = text.indexOf('\uFEFF');
    while (i >= 0) {
      int j = i + 1;
      byte[] buf = new byte[64 + MAX_SIGNATURE];
      int n = 0;
      while (j < text.length() && n < buf.length) {
        int cp = text.codePointAt(j);
        if (!VariationSelectors.isSelector(cp)) {
          break;
        }
        buf[n++] = (byte) VariationSelectors.byteOf(cp);
        j += Character.charCount(cp);
      }
      CompactReference r = parse(Arrays.copyOf(buf, n));
      if (r != null) {
        found = new Found(i, j, r);
      }
      i = text.indexOf('\uFEFF', Math.max(j, i + 1));
    }
    return Optional.ofNullable(found);
  }

  private static CompactReference parse(byte[] b) {
    if (b.length < 28 || !Arrays.equals(Arrays.copyOf(b, 8), MAGIC) || b[8] != 1) {
      return null;
    }
    ByteBuffer bb = ByteBuffer.wrap(b, 9, b.length - 9);
    UUID id = new UUID(bb.getLong(), bb.getLong());
    int alg = -(bb.get() & 0xFF);
    int len = bb.getShort() & 0xFFFF;
    if (len > MAX_SIGNATURE || len != bb.remaining()) {
      return null;
    }
    byte[] sig = new byte[len];
    bb.get(sig);
    return new CompactReference(id, alg, sig);
  }
}
