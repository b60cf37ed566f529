package dev.candor.core;

import java.io.IOException;
import java.util.Optional;

/**
 * Keeps signed manifest stores so a record can be found again when the asset no longer carries it
 * (metadata stripped by a platform, a compact text reference, an image watermark that carries only
 * an id). C2PA calls this soft-binding resolution (C2PA 2.2 §18.10, Decoupled manifests).
 *
 * <p>Implementations are thread-safe. Candor ships {@link FileManifestRepository} (a folder, one
 * file per record) and {@link JdbcManifestRepository} (a table in any JDBC database: an embedded
 * one in a single file, or a server shared by every machine that labels or verifies).
 */
public interface ManifestRepository {
  /**
   * Largest store a repository keeps or gives back (a guard against a corrupted or hostile store;
   * a C2PA manifest store is kilobytes, a few megabytes with thumbnails).
   */
  long MAX_STORE_BYTES = 64L << 20;

  /**
   * Stores a signed manifest store under {@code id}, replacing any earlier one.
   *
   * @param id a short identifier: letters, digits, {@code -}, {@code _}, {@code .}, {@code :}
   * @throws IOException when the store cannot be written
   */
  void put(String id, byte[] store) throws IOException;

  /**
   * The store kept under {@code id}, if any.
   *
   * @throws IOException when the repository cannot be read
   */
  Optional<byte[]> get(String id) throws IOException;

  /** Checks an identifier's syntax, throwing {@link IllegalArgumentException} naming it. */
  static String checkId(String id) {
    if (id == null || id.isEmpty() || id.length() > 200 || !id.matches("[A-Za-z0-9._:\\-]+")
        || id.startsWith(".")) {
      throw new IllegalArgumentException("not a valid manifest id: " + id);
    }
    return id;
  }
}
