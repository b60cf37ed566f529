package dev.candor.text;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.PreparedStore;

/**
 * Supplies the fixed-size manifest store that signs one labelled text, typically from core's
 * manifest builder: {@code () -> provenance.prepare(manifest, TextFormat.MEDIA_TYPE)}.
 *
 * <p>Called once per text, before the first character is emitted (the digest algorithm must be
 * known before hashing starts, and a signer that cannot work fails before anything is shown).
 */
@FunctionalInterface
public interface StoreSupplier {

  /**
   * A new store for one text.
   *
   * @throws ProvenanceException when the manifest cannot be prepared
   */
  PreparedStore get() throws ProvenanceException;
}
