package dev.candor.image.internal;

import dev.candor.core.asset.StoreFraming;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Frames a store as one RIFF chunk {@code "C2PA" | size u32 LE | store} (C2PA 2.2 §A.3.4; the
 * FourCC c2pa-rs {@code riff_io.rs} uses). The pad byte an odd store needs is not part of the
 * framing: c2pa-rs excludes header and data only, so the plan writes the pad after the slot.
 */
public final class WebpStoreFraming implements StoreFraming {
  /** The chunk FourCC. */
  public static final String FOURCC = "C2PA";

  @Override
  public long framedLength(int storeLength) {
    return storeLength + 8L;
  }

  @Override
  public void write(byte[] store, OutputStream out) throws IOException {
    byte[] head = {'C', '2', 'P', 'A', 0, 0, 0, 0};
    WireInts.putU32le(head, 4, store.length);
    out.write(head);
    out.write(store);
  }
}
