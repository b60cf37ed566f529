package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link JdbcManifestRepository} on a real PostgreSQL server: the one named by {@code
 * CANDOR_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}), which {@code .ci/run}
 * starts. Skipped without it, except in CI.
 */
class JdbcManifestRepositoryPostgresTest extends JdbcRepositoryContract {
  private static final String URL = System.getenv("CANDOR_TEST_POSTGRES_URL");
  private static final String USER = System.getenv("CANDOR_TEST_POSTGRES_USER");
  private static final String PASSWORD = System.getenv("CANDOR_TEST_POSTGRES_PASSWORD");

  @Override
  DataSource source() {
    String why = "no PostgreSQL server named (CANDOR_TEST_POSTGRES_URL; .ci/run starts one)";
    if (URL == null && "true".equals(System.getenv("CI"))) {
      Assertions.fail(why + " [CI=true: database tests must not be skipped]");
    }
    Assumptions.assumeTrue(URL != null, why);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(URL);
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  @Test
  void connect_byUrl_storesAsBytea_andAWrongPasswordIsRefusedWithoutBeingNamed()
      throws Exception {
    source();
    try (JdbcManifestRepository repo =
        JdbcManifestRepository.connect(URL, USER, PASSWORD.toCharArray())) {
      repo.put("wm:1", bytes("on the server"));
      assertArrayEquals(bytes("on the server"), repo.get("wm:1").orElseThrow());
    }
    ManifestRepositoryException e =
        assertThrows(
            ManifestRepositoryException.class,
            () -> JdbcManifestRepository.connect(URL, USER, "s3cret-WRONG".toCharArray()));
    assertFalse(chain(e).contains("s3cret-WRONG"), chain(e));
    assertTrue(e.getMessage().startsWith("cannot connect to the manifest database (jdbc:postgresql)"),
        e.getMessage());
  }
}
