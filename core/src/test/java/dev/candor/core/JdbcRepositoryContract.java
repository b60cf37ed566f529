package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcManifestRepository} promises on any database, run against each one a subclass
 * gives ({@link #source}); every test works in tables of its own.
 */
abstract class JdbcRepositoryContract {
  /** The database under test: a connection of its own on every call. */
  abstract DataSource source() throws Exception;

  /** Tables this test made, dropped after it (a server database outlives the run). */
  private final List<String> tables = new ArrayList<>();

  /** A table name no other test uses. */
  String freshTable() {
    String table = "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    tables.add(table);
    return table;
  }

  @AfterEach
  void dropTables() throws Exception {
    if (tables.isEmpty()) {
      return;
    }
    try (Connection c = source().getConnection(); Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
    }
  }

  JdbcManifestRepository fresh() throws Exception {
    return JdbcManifestRepository.open(source(), freshTable());
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void putThenGet_returnsTheStore_andNothingForAnotherId() throws Exception {
    JdbcManifestRepository repo = fresh();
    byte[] store = new byte[70_000]; // past MySQL's BLOB and a page
    ThreadLocalRandom.current().nextBytes(store);
    repo.put("wm:00c0ffee00000001", store);
    assertArrayEquals(store, repo.get("wm:00c0ffee00000001").orElseThrow());
    assertEquals(Optional.empty(), repo.get("wm:00c0ffee00000002"));
  }

  @Test
  void put_sameIdAgain_replacesTheStore() throws Exception {
    JdbcManifestRepository repo = fresh();
    repo.put("id-1", bytes("old"));
    repo.put("id-1", bytes("new"));
    assertArrayEquals(bytes("new"), repo.get("id-1").orElseThrow());
  }

  @Test
  void open_existingTable_keepsItsRecords_andNamedTablesAreSeparate() throws Exception {
    String table = freshTable();
    JdbcManifestRepository.open(source(), table).put("id-1", bytes("kept"));
    assertArrayEquals(
        bytes("kept"), JdbcManifestRepository.open(source(), table).get("id-1").orElseThrow());
    JdbcManifestRepository other = fresh();
    assertEquals(Optional.empty(), other.get("id-1"));
  }

  @Test
  void invalidIdOrTable_rejectedBeforeTheDatabaseIsAsked() throws Exception {
    JdbcManifestRepository repo = fresh();
    assertThrows(IllegalArgumentException.class, () -> repo.put("x'; DROP TABLE t; --", bytes("")));
    assertThrows(IllegalArgumentException.class, () -> repo.get("../etc/passwd"));
    assertThrows(
        IllegalArgumentException.class,
        () -> JdbcManifestRepository.open(source(), "records; DROP TABLE x"));
    assertThrows(IllegalArgumentException.class, () -> JdbcManifestRepository.open(source(), ""));
  }

  @Test
  void put_storeOverTheLimit_refusedAndNothingWritten() throws Exception {
    JdbcManifestRepository repo = fresh();
    byte[] huge = new byte[(int) ManifestRepository.MAX_STORE_BYTES + 1];
    IOException e = assertThrows(ManifestRepositoryException.class, () -> repo.put("big", huge));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
    assertEquals(Optional.empty(), repo.get("big"));
  }

  @Test
  void get_rowOverTheLimit_refused() throws Exception {
    JdbcManifestRepository repo = fresh();
    // Written behind the repository's back, as a corrupted or hostile table could hold it.
    long size = ManifestRepository.MAX_STORE_BYTES + 1;
    try (Connection c = source().getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO " + repo.table() + " (id, store) VALUES (?, ?)")) {
      s.setString(1, "big");
      s.setBinaryStream(2, new Zeros(size), size);
      s.executeUpdate();
    }
    IOException e = assertThrows(ManifestRepositoryException.class, () -> repo.get("big"));
    assertTrue(e.getMessage().contains("over the repository's limit"), e.getMessage());
  }

  @Test
  void concurrentWriters_sameIds_everyReadIsOneWholeStore() throws Exception {
    // Each operation on a connection of its own: two writers can both find no row and insert.
    JdbcManifestRepository repo = fresh();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int writer = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 40; i++) {
            repo.put("id-" + (i % 5), bytes("writer " + writer + " round " + i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int k = 0; k < 5; k++) {
      String s = new String(repo.get("id-" + k).orElseThrow(), StandardCharsets.UTF_8);
      assertTrue(s.matches("writer [0-7] round \\d+"), s);
      assertEquals(k, Integer.parseInt(s.replaceAll(".* round ", "")) % 5);
    }
  }

  /** Every message in {@code t}'s cause chain, and its stack trace's text. */
  static String chain(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }

  /** {@code n} zero bytes, made as they are read. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long n) {
      left = n;
    }

    @Override
    public int read() {
      return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
