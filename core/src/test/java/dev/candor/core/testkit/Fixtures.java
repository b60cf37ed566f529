package dev.candor.core.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared C2PA fixtures, read in place; tests skip when they are absent. */
public final class Fixtures {
  private Fixtures() {}

  /** The fixtures folder (may not exist). */
  public static Path root() {
    String p = System.getProperty("candor.fixtures");
    if (p == null) {
      p = "../../shared/c2pa-fixtures";
    }
    return Path.of(p);
  }

  /** A fixture file, or skips the test when the fixtures are absent. */
  public static Path file(String relative) {
    Path f = root().resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(f), "fixture not present: " + f);
    return f;
  }
}
