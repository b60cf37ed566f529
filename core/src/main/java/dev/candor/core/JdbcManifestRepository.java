package dev.candor.core;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A manifest repository in a relational database, through JDBC: one row per record, in a table of
 * two columns, {@code id} (the primary key, up to 200 characters) and {@code store} (the signed
 * manifest store's bytes). Any database with a JDBC driver will do: an embedded one in a single
 * file (H2: {@code jdbc:h2:/var/lib/candor/manifests}), or a server shared by every machine that
 * labels or verifies (PostgreSQL, MySQL, MariaDB, SQL Server, ...), so that a record filed by one
 * is found by all.
 *
 * <p>The table ({@value #DEFAULT_TABLE} unless named) is created when missing, with the binary type
 * the database calls for (PostgreSQL {@code BYTEA}, MySQL and MariaDB {@code LONGBLOB}, others
 * {@code BLOB}); an existing table with these two columns is used as it is. A record is stored in
 * one transaction (replacing any earlier one under its id, also when two writers race), so a
 * reader sees the old store or the new one, never a part. A store read back is checked against
 * {@link ManifestRepository#MAX_STORE_BYTES} as it is read, before more is held.
 *
 * <p>Thread-safe. Over a {@link DataSource} each operation borrows a connection of its own (a pool
 * such as HikariCP makes that cheap), and {@link #close} leaves the source to its owner. Over a
 * JDBC URL ({@link #connect}) one connection is held, operations take turns on it, and {@link
 * #close} closes it. Failures are {@link IOException}s that name the table and the operation; they
 * never carry the URL or the credentials; those of the database are {@link
 * ManifestRepositoryException}s.
 */
public final class JdbcManifestRepository implements ManifestRepository, AutoCloseable {
  /** The table used unless another is named. */
  public static final String DEFAULT_TABLE = "candor_manifests";

  private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private final Connections connections;
  private final String table;
  private final String update;
  private final String insert;
  private final String select;

  private JdbcManifestRepository(Connections connections, String table) {
    this.connections = connections;
    this.table = table;
    this.update = "UPDATE " + table + " SET store = ? WHERE id = ?";
    this.insert = "INSERT INTO " + table + " (store, id) VALUES (?, ?)";
    this.select = "SELECT store FROM " + table + " WHERE id = ?";
  }

  /**
   * A repository in table {@value #DEFAULT_TABLE} of {@code source}, created if missing.
   *
   * @throws IOException when the database cannot be reached or the table cannot be created
   */
  public static JdbcManifestRepository open(DataSource source) throws IOException {
    return open(source, DEFAULT_TABLE);
  }

  /**
   * A repository in table {@code table} of {@code source}, created if missing.
   *
   * @param table an unquoted SQL identifier: a letter or {@code _}, then letters, digits or {@code
   *     _}, up to 63 in all
   * @throws IllegalArgumentException when {@code table} is not such an identifier
   * @throws IOException when the database cannot be reached or the table cannot be created
   */
  public static JdbcManifestRepository open(DataSource source, String table) throws IOException {
    Objects.requireNonNull(source, "source");
    return start(new Pooled(source), checkTable(table));
  }

  /**
   * A repository in table {@value #DEFAULT_TABLE} over one connection to {@code url}, held until
   * {@link #close}. The driver must be on the class path (the command line carries H2 and
   * PostgreSQL's).
   *
   * @param user the database user, or null for none (or one the URL names)
   * @param password the password, or null; the array is not kept
   * @throws IOException when no driver accepts the URL, the database refuses the connection, or
   *     the table cannot be created; the message names neither the URL nor the credentials
   */
  public static JdbcManifestRepository connect(String url, String user, char[] password)
      throws IOException {
    Objects.requireNonNull(url, "url");
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", new String(password));
    }
    Connection c;
    try {
      c = DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      // DriverManager names the URL ("No suitable driver found for ..."), which can hold a password:
      // such a message is given without it, and without the exception that carries it.
      String driver = String.valueOf(e.getMessage());
      boolean named = driver.contains(url);
      throw new ManifestRepositoryException(
          "cannot connect to the manifest database (" + scheme(url) + "): "
              + driver.replace(url, scheme(url) + ":...") + sqlState(e),
          named ? null : e);
    }
    return start(new Held(c), DEFAULT_TABLE);
  }

  private static JdbcManifestRepository start(Connections connections, String table)
      throws IOException {
    JdbcManifestRepository repo = new JdbcManifestRepository(connections, table);
    try {
      repo.createTable();
    } catch (IOException e) {
      repo.close();
      throw e;
    }
    return repo;
  }

  /** The table this repository keeps its records in. */
  public String table() {
    return table;
  }

  @Override
  public void put(String id, byte[] store) throws IOException {
    ManifestRepository.checkId(id);
    Objects.requireNonNull(store, "store");
    if (store.length > MAX_STORE_BYTES) {
      throw new ManifestRepositoryException(
          "manifest store of " + store.length + " bytes is over the repository's limit of "
              + MAX_STORE_BYTES);
    }
    run("store record " + id + " in", c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        // Update first; insert where there was nothing to update. A writer that inserted the same
        // id in between makes the insert fail on the key: the update then replaces its row.
        if (write(c, update, id, store) == 0) {
          try {
            write(c, insert, id, store);
          } catch (SQLException e) {
            if (!isKeyConflict(e)) {
              throw e;
            }
            c.rollback();
            if (write(c, update, id, store) == 0) {
              throw e;
            }
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
      return null;
    });
  }

  @Override
  public Optional<byte[]> get(String id) throws IOException {
    ManifestRepository.checkId(id);
    return run("read record " + id + " from", c -> {
      try (PreparedStatement s = c.prepareStatement(select)) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          try (InputStream in = rs.getBinaryStream(1)) {
            return in == null ? Optional.empty() : Optional.of(bounded(in, id));
          }
        }
      }
    });
  }

  /**
   * Closes the connection held by a repository made with {@link #connect}; a repository over a
   * {@link DataSource} holds none. Operations after this fail.
   */
  @Override
  public void close() throws IOException {
    try {
      connections.close();
    } catch (SQLException e) {
      throw failure("cannot close the manifest database", e);
    }
  }

  private void createTable() throws IOException {
    run("create", c -> {
      String binary = binaryType(c.getMetaData().getDatabaseProductName());
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS " + table
                + " (id VARCHAR(200) NOT NULL PRIMARY KEY, store " + binary + " NOT NULL)");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
      return null;
    });
  }

  /** The column type for stores of up to {@link #MAX_STORE_BYTES} in a database of this name. */
  static String binaryType(String product) {
    String p = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
    if (p.contains("postgres")) {
      return "BYTEA";
    }
    if (p.contains("mysql") || p.contains("mariadb")) {
      return "LONGBLOB"; // BLOB holds 64 KiB there
    }
    if (p.contains("microsoft")) {
      return "VARBINARY(MAX)";
    }
    return "BLOB";
  }

  /** Runs {@link #update} or {@link #insert} (both take the store, then the id): rows changed. */
  private static int write(Connection c, String sql, String id, byte[] store)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBytes(1, store);
      s.setString(2, id);
      return s.executeUpdate();
    }
  }

  /** An integrity-constraint violation (SQLSTATE class 23): here, the id inserted meanwhile. */
  private static boolean isKeyConflict(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /** At most {@link #MAX_STORE_BYTES} from {@code in}, read in steps; more is an error. */
  private static byte[] bounded(InputStream in, String id) throws IOException {
    byte[] store = in.readNBytes((int) MAX_STORE_BYTES);
    if (in.read() >= 0) {
      throw new ManifestRepositoryException(
          "manifest store for " + id + " is over the repository's limit of " + MAX_STORE_BYTES
              + " bytes");
    }
    return store;
  }

  private interface Work<T> {
    T on(Connection c) throws SQLException, IOException;
  }

  private <T> T run(String what, Work<T> work) throws IOException {
    try {
      return connections.with(work);
    } catch (SQLException e) {
      throw failure("cannot " + what + " manifest table " + table, e);
    }
  }

  /**
   * An IOException for {@code e}, named by {@code what}, with the SQL state and the driver's
   * message, the cause kept. A driver's message speaks of the server, not of the credentials.
   */
  private static ManifestRepositoryException failure(String what, SQLException e) {
    return new ManifestRepositoryException(what + ": " + e.getMessage() + sqlState(e), e);
  }

  private static String sqlState(SQLException e) {
    return e.getSQLState() != null ? " [SQLSTATE " + e.getSQLState() + "]" : "";
  }

  /** The URL's scheme ({@code jdbc:h2}, {@code jdbc:postgresql}), all of it a message names. */
  private static String scheme(String url) {
    int second = url.indexOf(':', url.indexOf(':') + 1);
    return second > 0 ? url.substring(0, second) : "not a JDBC URL";
  }

  private static String checkTable(String table) {
    if (table == null || !TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a valid table name: " + table);
    }
    return table;
  }

  /** Where operations get their connection. */
  private interface Connections {
    <T> T with(Work<T> work) throws SQLException, IOException;

    void close() throws SQLException;
  }

  /** A connection of its own per operation, from the caller's source. */
  private record Pooled(DataSource source) implements Connections {
    @Override
    public <T> T with(Work<T> work) throws SQLException, IOException {
      try (Connection c = source.getConnection()) {
        return work.on(c);
      }
    }

    @Override
    public void close() {}
  }

  /** One connection, held, operations taking turns on it. */
  private static final class Held implements Connections {
    private final Connection connection;
    private boolean closed;

    Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public synchronized <T> T with(Work<T> work) throws SQLException, IOException {
      if (closed) {
        throw new ManifestRepositoryException("the manifest database connection is closed");
      }
      return work.on(connection);
    }

    @Override
    public synchronized void close() throws SQLException {
      if (!closed) {
        closed = true;
        connection.close();
      }
    }
  }
}
