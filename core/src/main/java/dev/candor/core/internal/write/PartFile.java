package dev.candor.core.internal.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A hidden temporary file beside an output ({@code .NAME.RANDOM.part}), moved over the output once
 * complete. It is created with the process's default permissions (the umask), not the owner-only
 * mode of {@link Files#createTempFile}, so a labelled image is as readable as any file the program
 * writes; replacing an existing file keeps that file's POSIX permissions.
 */
public final class PartFile {
  private PartFile() {}

  /** Creates the empty temporary file beside {@code target}. */
  public static Path createBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    for (int attempt = 0; ; attempt++) {
      String name = "." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part";
      try {
        Files.newByteChannel(dir.resolve(name), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE).close();
        return dir.resolve(name);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }

  /** Moves {@code tmp} over {@code target}, atomically where the file system can. */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (old != null && Files.exists(target)) {
      Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
