package dev.candor.core.internal.write;

import dev.candor.core.asset.ByteRange;
import dev.candor.core.internal.cbor.Cbor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code c2pa.hash.data} assertion content (C2PA 2.2 §18.5):
 * {@code {? exclusions: [{start, length}], name, alg, hash, pad, ? pad2}}, padded so the placeholder
 * and the final value have the same length (§10.4.4).
 */
final class DataHashBox {
  static final String NAME = "jumbf manifest";
  private static final int PLACEHOLDER_PAD = 40;

  private DataHashBox() {}

  /** The placeholder: zero hash, exclusions as zeros (one per expected range), generous pad. */
  static byte[] placeholder(int exclusionCount) {
    List<ByteRange> zeros = new ArrayList<>();
    for (int i = 0; i < exclusionCount; i++) {
      zeros.add(new ByteRange(0, 0));
    }
    return encode(zeros, new byte[32], PLACEHOLDER_PAD, -1);
  }

  /**
   * The final content, exactly {@code size} bytes. The pad's length is solved for directly (a pad
   * of k bytes costs k plus a 1-byte head below 24, 2 bytes below 256), so this encodes two or
   * three times, not once per candidate length.
   */
  static byte[] finalContent(List<ByteRange> exclusions, byte[] hash, int size) {
    for (int pad2 = -1; pad2 < 4; pad2++) {
      int bare = encode(exclusions, hash, 0, pad2).length; // pad as the 1-byte empty bstr
      int room = size - bare + 1; // bytes available for the pad's head and content
      for (int k : new int[] {room - 1, room - 2, room - 3}) {
        if (k >= 0 && headLength(k) + k == room) {
          byte[] b = encode(exclusions, hash, k, pad2);
          if (b.length == size) {
            return b;
          }
        }
      }
    }
    throw new IllegalStateException("cannot fit the data hash into its reserved " + size + " bytes");
  }

  private static int headLength(int length) {
    return length < 24 ? 1 : length < 256 ? 2 : length < 65536 ? 3 : 5;
  }

  private static byte[] encode(List<ByteRange> exclusions, byte[] hash, int pad, int pad2) {
    Map<Object, Object> m = new LinkedHashMap<>();
    if (!exclusions.isEmpty()) {
      List<Object> ex = new ArrayList<>();
      for (ByteRange r : exclusions) {
        Map<Object, Object> e = new LinkedHashMap<>();
        e.put("start", r.start());
        e.put("length", r.length());
        ex.add(e);
      }
      m.put("exclusions", ex);
    }
    m.put("name", NAME);
    m.put("alg", "sha256");
    m.put("hash", hash);
    m.put("pad", new byte[pad]);
    if (pad2 >= 0) {
      m.put("pad2", new byte[pad2]);
    }
    return Cbor.encode(m);
  }
}
