package dev.candor.image.internal;

import dev.candor.core.asset.StoreFraming;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Frames a store as one {@code caBX} chunk (C2PA 2.2 §A.3.2): {@code length u32 BE | "caBX" | store
 * | CRC-32("caBX" + store)}, 12 bytes more than the store.
 */
public final class PngStoreFraming implements StoreFraming {
  /** The chunk type: ancillary, private, safe to copy. */
  public static final String TYPE = "caBX";

  @Override
  public long framedLength(int storeLength) {
    return storeLength + 12L;
  }

  @Override
  public void write(byte[] store, OutputStream out) throws IOException {
    out.write(PngChunks.chunk(TYPE, store));
  }
}
