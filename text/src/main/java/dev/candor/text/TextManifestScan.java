package dev.candor.text;

import dev.candor.core.StatusCode;
import dev.candor.core.ValidationStatus;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbeddedStore;
import java.util.List;
import java.util.Optional;

/**
 * Everything a text carries that looks like a C2PA text wrapper, classified.
 *
 * @param stores the valid wrappers' stores, each with the UTF-8 byte range of its wrapper
 * @param corrupted wrappers with the C2PA magic and an invalid frame
 * @param foreignRuns U+FEFF followed by variation selectors that are not a wrapper (left alone)
 */
public record TextManifestScan(
    List<EmbeddedStore> stores, List<ByteRange> corrupted, List<ByteRange> foreignRuns) {

  /** Copies the lists. */
  public TextManifestScan {
    stores = List.copyOf(stores);
    corrupted = List.copyOf(corrupted);
    foreignRuns = List.copyOf(foreignRuns);
  }

  /**
   * The failure a validator reports for this text, if any: {@value
   * StatusCode#MANIFEST_TEXT_CORRUPTED_WRAPPER} when any wrapper is corrupted, else {@value
   * StatusCode#MANIFEST_TEXT_MULTIPLE_WRAPPERS} when more than one is valid. Empty when the text
   * has exactly one valid wrapper or none (no manifest).
   */
  public Optional<ValidationStatus> failure() {
    if (!corrupted.isEmpty()) {
      ByteRange r = corrupted.get(0);
      return Optional.of(
          new ValidationStatus(
              StatusCode.MANIFEST_TEXT_CORRUPTED_WRAPPER,
              null,
              "C2PA text wrapper at UTF-8 bytes "
                  + r.start()
                  + "+"
                  + r.length()
                  + " has an invalid frame"));
    }
    if (stores.size() > 1) {
      return Optional.of(
          new ValidationStatus(
              StatusCode.MANIFEST_TEXT_MULTIPLE_WRAPPERS,
              null,
              "the text carries " + stores.size() + " C2PA text wrappers; at most one is allowed"));
    }
    return Optional.empty();
  }

  /** Whether the text has no wrapper at all, valid or corrupted: it simply carries no manifest. */
  public boolean noManifest() {
    return stores.isEmpty() && corrupted.isEmpty();
  }
}
