package dev.candor.core.asset;

import dev.candor.core.internal.crypto.Digests;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;

/** Digests over asset bytes. */
public final class AssetDigests {
  private AssetDigests() {}

  /**
   * The digest of every byte of {@code source} outside {@code exclusions}.
   *
   * @param exclusions sorted, non-overlapping ranges inside the asset
   * @throws IllegalArgumentException when the ranges are unsorted, overlap or run past the end
   * @throws IOException when the bytes cannot be read
   */
  public static byte[] excluding(AssetSource source, List<ByteRange> exclusions, String jcaHash)
      throws IOException {
    MessageDigest md = Digests.newDigest(jcaHash);
    long size = source.size();
    long pos = 0;
    for (ByteRange r : exclusions) {
      if (r.start() < pos || r.end() > size) {
        throw new IllegalArgumentException("exclusion " + r + " is out of order or past the end");
      }
      source.digest(md, pos, r.start() - pos);
      pos = r.end();
    }
    source.digest(md, pos, size - pos);
    return md.digest();
  }
}
