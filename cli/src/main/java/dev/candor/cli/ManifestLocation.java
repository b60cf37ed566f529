package dev.candor.cli;

import dev.candor.core.FileManifestRepository;
import dev.candor.core.JdbcManifestRepository;
import dev.candor.core.ManifestRepository;
import dev.candor.core.ManifestRepositoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line keeps manifest records: a folder ({@link FileManifestRepository}), or a
 * database named by a JDBC URL ({@link JdbcManifestRepository}; the command line carries the H2
 * and PostgreSQL drivers), its user and password read from {@value #USER_ENV} and {@value
 * #PASSWORD_ENV}, never from the command line. A database is connected when first read or written
 * and the connection kept for the run. Thread-safe.
 */
final class ManifestLocation {
  static final String USER_ENV = "CANDOR_MANIFESTS_USER";
  static final String PASSWORD_ENV = "CANDOR_MANIFESTS_PASSWORD";

  private final Path folder;
  private final String url;
  private final String user;
  private final char[] password;

  /** The database's repository once connected, or why it could not be (guarded by this). */
  private JdbcManifestRepository connected;

  private IOException failed;

  private ManifestLocation(Path folder, String url, String user, char[] password) {
    this.folder = folder;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static ManifestLocation folder(Path dir) {
    return new ManifestLocation(dir, null, null, null);
  }

  /** A JDBC URL ({@code jdbc:...}) or a folder, credentials for a URL from {@code env}. */
  static ManifestLocation parse(String spec, Map<String, String> env) {
    if (!spec.startsWith("jdbc:")) {
      return folder(Path.of(spec));
    }
    String password = env.get(PASSWORD_ENV);
    return new ManifestLocation(
        null, spec, env.get(USER_ENV), password != null ? password.toCharArray() : null);
  }

  /**
   * The repository: the folder (created if missing), or the database, connected on its first
   * read or write (a run that never looks a record up never connects).
   *
   * @throws IOException when the folder cannot be created
   */
  ManifestRepository open() throws IOException {
    if (folder != null) {
      return FileManifestRepository.open(folder);
    }
    return new ManifestRepository() {
      @Override
      public void put(String id, byte[] store) throws IOException {
        connected().put(id, store);
      }

      @Override
      public Optional<byte[]> get(String id) throws IOException {
        return connected().get(id);
      }
    };
  }

  /**
   * The database's repository, connected now if not yet. A connection that failed is not tried
   * again in this run (every file would wait out the same timeout): its failure is repeated.
   */
  synchronized JdbcManifestRepository connected() throws IOException {
    if (failed != null) {
      throw new ManifestRepositoryException(failed.getMessage(), failed);
    }
    if (connected == null) {
      try {
        connected = JdbcManifestRepository.connect(url, user, password);
      } catch (IOException e) {
        failed = e;
        throw e;
      }
    }
    return connected;
  }

  /** Whether this is a database, not a folder. */
  boolean isDatabase() {
    return url != null;
  }
}
