package dev.candor.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A manifest repository in a folder: one {@code <id>.c2pa} file per record, written to a temporary
 * file and moved into place, so readers never see a partial store and a crash loses nothing.
 * The default location is {@code ~/.config/candor/manifests} (see {@link #defaultLocation()}).
 */
public final class FileManifestRepository implements ManifestRepository {
  /** Largest store accepted on read: {@link ManifestRepository#MAX_STORE_BYTES}. */
  public static final long MAX_STORE_BYTES = ManifestRepository.MAX_STORE_BYTES;

  private final Path dir;

  private FileManifestRepository(Path dir) {
    this.dir = dir;
  }

  /**
   * A repository in {@code dir}, created if missing.
   *
   * @throws IOException when the folder cannot be created
   */
  public static FileManifestRepository open(Path dir) throws IOException {
    Files.createDirectories(Objects.requireNonNull(dir, "dir"));
    return new FileManifestRepository(dir);
  }

  /**
   * {@code $CANDOR_HOME/manifests} when {@code CANDOR_HOME} is set, else
   * {@code $XDG_CONFIG_HOME/candor/manifests}, else {@code ~/.config/candor/manifests}.
   */
  public static Path defaultLocation() {
    return defaultLocation(System.getenv());
  }

  /** {@link #defaultLocation()} for a given environment (tests, embedding). */
  public static Path defaultLocation(java.util.Map<String, String> env) {
    String home = env.get("CANDOR_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "manifests");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg)
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return base.resolve("candor").resolve("manifests");
  }

  /** The folder. */
  public Path directory() {
    return dir;
  }

  @Override
  public void put(String id, byte[] store) throws IOException {
    Path target = dir.resolve(ManifestRepository.checkId(id) + ".c2pa");
    if (store.length > MAX_STORE_BYTES) {
      throw new ManifestRepositoryException(
          "manifest store of " + store.length + " bytes is over the repository's limit of "
              + MAX_STORE_BYTES);
    }
    Path tmp = Files.createTempFile(dir, "." + id + ".", ".part");
    try {
      Files.write(tmp, store);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public Optional<byte[]> get(String id) throws IOException {
    Path f = dir.resolve(ManifestRepository.checkId(id) + ".c2pa");
    try {
      if (Files.size(f) > MAX_STORE_BYTES) {
        throw new ManifestRepositoryException(
            f + " is larger than " + MAX_STORE_BYTES + " bytes");
      }
      return Optional.of(Files.readAllBytes(f));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
