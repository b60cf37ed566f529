package dev.candor.core.asset;

import dev.candor.core.ProvenanceException;
import java.util.List;

/**
 * A manifest store whose size is fixed before the asset is hashed (C2PA 2.2 §10.4 multi-pass
 * embedding): the container reserves {@link #length()} bytes, hashes the asset around them, and
 * asks for the signed store, which has exactly that length.
 *
 * <p>Obtained from core's manifest builder; one instance signs one asset.
 */
public interface PreparedStore {

  /** The exact length in bytes of the final store. */
  int length();

  /** The JCA name of the hash the hard binding uses, e.g. {@code SHA-256}. */
  String hashAlgorithm();

  /** A placeholder of {@link #length()} bytes, to reserve the slot while hashing. */
  byte[] placeholder();

  /**
   * Completes the hard binding with the digest of every asset byte outside {@code exclusions},
   * signs the claim, time-stamps it when configured, and returns the store.
   *
   * @param digest the hash, computed with {@link #hashAlgorithm()}, of the asset minus exclusions
   * @param exclusions the byte ranges of the framed store in the output asset, in order
   * @return the signed store, exactly {@link #length()} bytes
   * @throws ProvenanceException when signing or time-stamping fails
   */
  byte[] finish(byte[] digest, List<ByteRange> exclusions) throws ProvenanceException;
}
