package dev.candor.core.internal.x509;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a set of files so that each appears whole or not at all: every file is first written to a
 * temporary file in the same directory, then renamed into place. Secret files get mode 0600 where
 * the file system is POSIX, from creation on.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> PUBLIC =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> SECRET =
      PosixFilePermissions.fromString("rw-------");

  private final Path dir;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Set<String> secrets = new java.util.HashSet<>();

  /** A set of files to write into {@code dir}. */
  public AtomicFiles(Path dir) {
    this.dir = dir;
  }

  /** Adds a file readable by others. */
  public AtomicFiles add(String name, byte[] content) {
    files.put(name, content.clone());
    return this;
  }

  /** Adds a file only its owner may read. */
  public AtomicFiles addSecret(String name, byte[] content) {
    secrets.add(name);
    return add(name, content);
  }

  /**
   * Writes every file.
   *
   * @param replaceExisting whether files already there may be replaced
   * @throws FileAlreadyExistsException if one exists and {@code replaceExisting} is false; then
   *     nothing is written
   * @throws IOException if writing fails; temporary files are removed
   */
  public void write(boolean replaceExisting) throws IOException {
    Files.createDirectories(dir);
    if (!replaceExisting) {
      for (String name : files.keySet()) {
        if (Files.exists(dir.resolve(name))) {
          throw new FileAlreadyExistsException(
              dir.resolve(name).toString(), null, "refusing to overwrite an existing file");
        }
      }
    }
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path tmp =
            posix
                ? Files.createTempFile(
                    dir, ".candor-", ".tmp", PosixFilePermissions.asFileAttribute(SECRET))
                : Files.createTempFile(dir, ".candor-", ".tmp");
        temps.add(tmp);
        Files.write(tmp, f.getValue());
        if (posix) {
          Files.setPosixFilePermissions(tmp, secrets.contains(f.getKey()) ? SECRET : PUBLIC);
        }
      }
      int i = 0;
      for (String name : files.keySet()) {
        Files.move(
            temps.get(i++),
            dir.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      for (Path t : temps) {
        Files.deleteIfExists(t);
      }
    }
  }
}
