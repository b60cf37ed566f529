package dev.candor.image.internal;

import dev.candor.core.asset.StoreFraming;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Frames a store as consecutive APP11 segments, as c2pa-rs writes them: En {@code 0x0211}, Z from
 * 1, at most {@value #CHUNK} store bytes per segment, continuation segments repeating the store's
 * LBox and TBox. Segment bytes: {@code FF EB | Lp u16 | "JP" | En u16 | Z u32 | [LBox TBox] |
 * chunk}, so Lp is 10 + chunk for Z=1 and 18 + chunk after.
 */
public final class JpegStoreFraming implements StoreFraming {
  /** Store bytes per segment (c2pa-rs {@code MAX_JPEG_MARKER_SIZE}). */
  public static final int CHUNK = 64_000;

  /** The box instance number c2pa-rs writes. */
  public static final int EN = 0x0211;

  /** Number of segments for a store: at least one. */
  static int segmentCount(int storeLength) {
    return Math.max(1, (storeLength + CHUNK - 1) / CHUNK);
  }

  @Override
  public long framedLength(int storeLength) {
    int n = segmentCount(storeLength);
    // every segment: marker (2) + Lp (2) + CI/En/Z (8); all but the first: LBox+TBox (8)
    return (long) storeLength + 12L * n + 8L * (n - 1);
  }

  @Override
  public void write(byte[] store, OutputStream out) throws IOException {
    int n = segmentCount(store.length);
    if (n > 1 && (store.length < 8 || WireInts.u32be(store, 0) == 1)) {
      throw new IllegalArgumentException(
          "a store split over APP11 segments needs a plain 8-byte LBox/TBox header");
    }
    for (int z = 1; z <= n; z++) {
      int from = (z - 1) * CHUNK;
      int len = Math.min(CHUNK, store.length - from);
      int repeat = z > 1 ? 8 : 0;
      byte[] head = new byte[12 + repeat];
      head[0] = (byte) 0xFF;
      head[1] = (byte) JpegSegment.APP11;
      WireInts.putU16be(head, 2, 2 + 8 + repeat + len);
      head[4] = 'J';
      head[5] = 'P';
      WireInts.putU16be(head, 6, EN);
      WireInts.putU32be(head, 8, z);
      if (repeat > 0) {
        System.arraycopy(store, 0, head, 12, 8);
      }
      out.write(head);
      out.write(store, from, len);
    }
  }
}
