package dev.candor.core.asset;

import java.util.List;

/**
 * A C2PA manifest store found inside an asset.
 *
 * @param store the JUMBF manifest store bytes, reassembled from the container's framing
 * @param framing the byte ranges of the asset the store and its container framing occupy (for JPEG:
 *     each APP11 segment including marker and length; for PNG: the whole chunk); a valid hard binding
 *     excludes exactly these
 */
public record EmbeddedStore(byte[] store, List<ByteRange> framing) {
  /** Copies the list. */
  public EmbeddedStore {
    framing = List.copyOf(framing);
  }
}
