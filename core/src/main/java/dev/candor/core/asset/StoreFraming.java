package dev.candor.core.asset;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How a container wraps a manifest store of a given size: APP11 segments, a PNG chunk, a RIFF chunk,
 * a text wrapper. The framed length depends on the store length only, so the hard-binding exclusion
 * is known before the store is final.
 */
public interface StoreFraming {

  /** The number of bytes {@link #write} produces for a store of {@code storeLength} bytes. */
  long framedLength(int storeLength);

  /** Writes the store with its framing, exactly {@link #framedLength} bytes. */
  void write(byte[] store, OutputStream out) throws IOException;
}
