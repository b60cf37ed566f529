package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JdbcManifestRepository} on H2, embedded: in memory and in a file. */
class JdbcManifestRepositoryTest extends JdbcRepositoryContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** One in-memory database per test instance, kept while the JVM runs. */
  private final JdbcDataSource memory = new JdbcDataSource();

  @TempDir Path dir;

  JdbcManifestRepositoryTest() {
    memory.setURL("jdbc:h2:mem:repo" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  DataSource source() {
    return memory;
  }

  @Test
  void open_defaultTable() throws IOException {
    assertEquals(
        JdbcManifestRepository.DEFAULT_TABLE, JdbcManifestRepository.open(memory).table());
  }

  @Test
  void connect_fileDatabase_recordsSurviveClosingAndReopening() throws IOException {
    String url = "jdbc:h2:" + dir.resolve("manifests").toAbsolutePath();
    try (JdbcManifestRepository repo = JdbcManifestRepository.connect(url, null, null)) {
      repo.put("wm:1", bytes("on disk"));
    }
    assertTrue(Files.exists(dir.resolve("manifests.mv.db")), "one file holds the database");
    try (JdbcManifestRepository repo = JdbcManifestRepository.connect(url, null, null)) {
      assertArrayEquals(bytes("on disk"), repo.get("wm:1").orElseThrow());
    }
  }

  @Test
  void closed_operationsFailClearly() throws IOException {
    String url = "jdbc:h2:mem:closed" + DATABASES.incrementAndGet();
    JdbcManifestRepository repo = JdbcManifestRepository.connect(url, null, null);
    repo.close();
    IOException e = assertThrows(ManifestRepositoryException.class, () -> repo.get("id-1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    repo.close(); // twice is harmless
  }

  @Test
  void connect_wrongPassword_failsWithoutNamingUrlOrPassword() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("guarded").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url, "owner", "right-password");
        ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
      assertTrue(rs.next());
    }
    IOException e =
        assertThrows(
            ManifestRepositoryException.class,
            () -> JdbcManifestRepository.connect(url, "owner", "s3cret-WRONG".toCharArray()));
    assertFalse(chain(e).contains("s3cret-WRONG"), chain(e));
    assertTrue(e.getMessage().startsWith("cannot connect to the manifest database (jdbc:h2)"),
        e.getMessage());
    try (JdbcManifestRepository repo =
        JdbcManifestRepository.connect(url, "owner", "right-password".toCharArray())) {
      repo.put("id-1", bytes("guarded"));
    }
  }

  @Test
  void connect_noDriverForTheUrl_failsWithoutRepeatingTheUrl() {
    String url = "jdbc:nosuchdb://db.example/candor?password=hunter2";
    IOException e =
        assertThrows(
            ManifestRepositoryException.class, () -> JdbcManifestRepository.connect(url, null, null));
    assertFalse(chain(e).contains("hunter2"), chain(e));
    assertTrue(e.getMessage().contains("jdbc:nosuchdb"), e.getMessage());
  }

  @Test
  void binaryType_followsTheDatabase() {
    assertEquals("BYTEA", JdbcManifestRepository.binaryType("PostgreSQL"));
    assertEquals("LONGBLOB", JdbcManifestRepository.binaryType("MySQL"));
    assertEquals("LONGBLOB", JdbcManifestRepository.binaryType("MariaDB"));
    assertEquals("VARBINARY(MAX)", JdbcManifestRepository.binaryType("Microsoft SQL Server"));
    assertEquals("BLOB", JdbcManifestRepository.binaryType("H2"));
    assertEquals("BLOB", JdbcManifestRepository.binaryType("SQLite"));
  }
}
