package dev.candor.cli;

import dev.candor.core.FileManifestRepository;
import dev.candor.core.ManifestRepository;
import dev.candor.core.ProvenanceException;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import dev.candor.image.ImageVerification;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkSearch;
import dev.candor.image.watermark.WatermarkStrength;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invisible-watermark layer of the command line: the secret watermark key and the manifest
 * repository that maps watermark ids back to signed records.
 *
 * <p>By default the key is {@code <config>/dev-keys/watermark.key} (32 random bytes, created on the
 * first {@code label --watermark}, owner-only) and the repository {@code <config>/manifests}, where
 * {@code <config>} is {@code $CANDOR_HOME}, else {@code ${XDG_CONFIG_HOME:-~/.config}/candor};
 * {@code --manifests} names another folder or a database ({@link ManifestLocation}).
 * {@code verify} looks for watermarks only when the key exists. Thread-safe.
 */
public final class WatermarkLayer {
  /** No watermark: {@code --watermark} is refused and nothing is detected. */
  public static final WatermarkLayer NONE =
      new WatermarkLayer(null, null, false, WatermarkSearch.FULL);

  private final Path keyFile;
  private final ManifestLocation repository;

  /** Whether a missing key file is created on first embedding (the default key's way). */
  private final boolean creates;

  /** How far {@link #verify} searches a copy's geometry for the mark. */
  private final WatermarkSearch search;

  private WatermarkLayer(
      Path keyFile, ManifestLocation repository, boolean creates, WatermarkSearch search) {
    this.keyFile = keyFile;
    this.repository = repository;
    this.creates = creates;
    this.search = search;
  }

  /** The layer over a key file (created on first embedding if absent) and a repository folder. */
  public static WatermarkLayer of(Path keyFile, Path repositoryDir) {
    return new WatermarkLayer(
        keyFile, ManifestLocation.folder(repositoryDir), true, WatermarkSearch.FULL);
  }

  /** This layer, {@link #verify} searching as far as {@code search} says. */
  public WatermarkLayer searching(WatermarkSearch search) {
    if (search == null) {
      throw new IllegalArgumentException("search must not be null");
    }
    return new WatermarkLayer(keyFile, repository, creates, search);
  }

  /** The default layer for an environment (see the class comment). */
  public static WatermarkLayer fromEnvironment(Map<String, String> env) {
    Path devKeys = dev.candor.cli.internal.DevKeys.defaultDir(env);
    return of(devKeys.resolve("watermark.key"), FileManifestRepository.defaultLocation(env));
  }

  /**
   * This layer with the key file and the manifest repository replaced where given (null keeps
   * this layer's): the repository a folder or a JDBC URL ({@link ManifestLocation}), its
   * credentials from {@code env}. A key named here is never created: it must exist.
   */
  public WatermarkLayer with(Path key, String repository, Map<String, String> env) {
    return new WatermarkLayer(
        key != null ? key : keyFile,
        repository != null ? ManifestLocation.parse(repository, env) : this.repository,
        key == null && creates,
        search);
  }

  /** Whether this layer can embed watermarks. */
  public boolean available() {
    return keyFile != null;
  }

  /**
   * Adds the watermark step to an image labeller, creating the key on first use: at the first of
   * {@code strengths}, or the next where that mark does not read back.
   *
   * @throws UncheckedIOException when the key or repository cannot be created
   */
  public ImageLabeler.Builder embed(
      ImageLabeler.Builder labeler, List<WatermarkStrength> strengths) {
    if (!available()) {
      throw new UnsupportedOperationException("no watermark layer configured");
    }
    try {
      WatermarkKey key = key(true).orElseThrow();
      if (repository.isDatabase()) {
        repository.connected(); // every record must be filed: fail before the first file
      }
      return labeler.watermark(
          key,
          repository(),
          strengths.get(0),
          strengths.subList(1, strengths.size()).toArray(new WatermarkStrength[0]));
    } catch (IOException e) {
      throw new UncheckedIOException("watermark key or repository: " + e.getMessage(), e);
    }
  }

  /**
   * Verifies an image with the watermark layer when a key exists, else without it; the watermark
   * searched as far as {@link #searching} set (by default {@link WatermarkSearch#FULL}).
   *
   * @throws ProvenanceException when the container is unreadable
   * @throws IOException when the image or repository cannot be read
   */
  public ImageVerification verify(AssetSource source, VerifyOptions options)
      throws ProvenanceException, IOException {
    Optional<WatermarkKey> key = available() ? key(false) : Optional.empty();
    if (key.isEmpty()) {
      return ImageLabels.verify(source, options);
    }
    return ImageLabels.verify(source, options, key.get(), repository(), search);
  }

  /**
   * The key, read from its file; created first when {@code create} and absent, unless the key was
   * named explicitly ({@link #with}), which must exist.
   *
   * @throws IOException when it cannot be read or written
   */
  public synchronized Optional<WatermarkKey> key(boolean create) throws IOException {
    if (!Files.isRegularFile(keyFile)) {
      if (!create) {
        return Optional.empty();
      }
      if (!creates) {
        throw new java.nio.file.NoSuchFileException(keyFile.toString(), null, "no such key file");
      }
      writeNewKey(keyFile, false);
    }
    return Optional.of(WatermarkKey.of(Files.readAllBytes(keyFile)));
  }

  /**
   * Writes a new key to {@code file}: 32 bytes from {@link SecureRandom}, owner-only where the file
   * system has POSIX permissions, moved into place whole. An existing file is kept unless {@code
   * replace} (a replaced key no longer finds the marks made with the old one).
   *
   * @return whether a key was written (false: one existed and was kept)
   * @throws IOException when the folder or file cannot be written
   */
  static boolean writeNewKey(Path file, boolean replace) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    if (!replace && Files.exists(file)) {
      return false;
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Path tmp = Files.createTempFile(dir, ".watermark", ".part");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's permissions apply
      }
      Files.write(tmp, secret);
      if (replace) {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        try {
          // A rename would silently replace a key another process made in the meantime, after it
          // had marked images with it; a hard link is created only where no file is.
          Files.createLink(file, tmp);
        } catch (UnsupportedOperationException e) {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      return true;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return false; // another process created it first: theirs stands
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private ManifestRepository repository() throws IOException {
    return repository.open();
  }
}
