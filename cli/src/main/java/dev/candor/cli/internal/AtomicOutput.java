package dev.candor.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes every output through a temporary file {@code .NAME.RANDOM.part} beside the target, moved
 * into place atomically once complete, so a target is either absent, as it was, or complete.
 *
 * <p>Temporary files in flight are deleted by a shutdown hook (Ctrl-C, SIGTERM). A SIGKILL leaves
 * them behind; {@link #removeStaleParts} deletes those of a target before it is written again.
 */
public final class AtomicOutput {
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private static final Object LOCK = new Object();
  private static boolean closing;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(AtomicOutput::deleteInFlight, "candor-cleanup"));
  }

  private AtomicOutput() {}

  /** What writes the content of one output. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole output to {@code out}. */
    void writeTo(OutputStream out) throws Exception;
  }

  /**
   * Writes {@code target} atomically: {@code content} goes to a temporary file beside it, which
   * replaces {@code target} only when complete. On any failure no temporary file is left.
   *
   * @throws Exception whatever {@code content} throws, or an {@link IOException} from the files
   */
  public static void write(Path target, Content content) throws Exception {
    write(target, null, content);
  }

  /**
   * As {@link #write(Path, Content)}, the output taking the POSIX permissions of {@code
   * permissionsOf} (usually the input) where the file system has them, else {@code rw-r--r--}.
   */
  public static void write(Path target, Path permissionsOf, Content content) throws Exception {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp;
    synchronized (LOCK) {
      if (closing) {
        throw new IOException("shutting down: " + target + " not written");
      }
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
      IN_FLIGHT.add(tmp);
    }
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      permissions(tmp, permissionsOf);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
      IN_FLIGHT.remove(tmp);
    }
  }

  /**
   * Deletes temporary files a killed run left for {@code target} ({@code .NAME.*.part} beside it),
   * returning how many were removed. Files of runs still in flight in this process are kept.
   */
  public static int removeStaleParts(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    String glob = "." + escape(target.getFileName().toString()) + ".*.part";
    int removed = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, glob)) {
      for (Path p : parts) {
        if (!IN_FLIGHT.contains(p) && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // Cleaning up is best effort; the write that follows reports real problems.
    }
    return removed;
  }

  private static void permissions(Path tmp, Path from) {
    try {
      Set<PosixFilePermission> p =
          from != null && Files.exists(from)
              ? Files.getPosixFilePermissions(from)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, p);
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: the temporary file's defaults stand.
    }
  }

  private static String escape(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      if ("*?[]{}\\".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The shutdown hook: no temporary file is created after it starts; those in flight go. */
  private static void deleteInFlight() {
    synchronized (LOCK) {
      closing = true;
      for (Path p : IN_FLIGHT) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // The JVM is going down; nothing better to do.
        }
      }
    }
  }
}
