package dev.candor.core.asset;

import dev.candor.core.ProvenanceException;
import java.io.IOException;
import java.util.List;

/**
 * A container format that can carry a C2PA manifest store. A new format is one implementation; core
 * does the hashing, signing and validation.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface AssetFormat {

  /** The media type, e.g. {@code image/jpeg}. */
  String mediaType();

  /** Whether the first bytes of an asset (up to 64) identify this format. */
  boolean recognizes(byte[] head);

  /**
   * Every C2PA manifest store embedded in the asset, in file order. More than one means the asset
   * is invalid (C2PA 2.2 §15.5.2.1); the caller decides.
   *
   * @throws ProvenanceException when the container itself is unreadable (truncated, lying lengths)
   * @throws IOException when the bytes cannot be read
   */
  List<EmbeddedStore> findStores(AssetSource source) throws ProvenanceException, IOException;

  /**
   * Plans an output that is the input with any existing stores removed and one slot for the new
   * store.
   *
   * @throws ProvenanceException when the container is unreadable
   * @throws IOException when the bytes cannot be read
   */
  EmbedPlan planEmbedding(AssetSource source) throws ProvenanceException, IOException;

  /**
   * The digest a {@code c2pa.hash.data} hard binding compares: by default every asset byte outside
   * {@code exclusions}, in order. Formats whose binding is defined over a normalised form (plain
   * text: NFC) override this.
   *
   * @param exclusions sorted, non-overlapping ranges inside the asset
   * @param jcaHash the JCA digest name, e.g. {@code SHA-256}
   * @throws IOException when the bytes cannot be read
   */
  default byte[] bindingDigest(AssetSource source, java.util.List<ByteRange> exclusions, String jcaHash)
      throws IOException {
    return AssetDigests.excluding(source, exclusions, jcaHash);
  }
}
