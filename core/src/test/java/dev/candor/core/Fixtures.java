package dev.candor.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared c2pa-rs test keys, read in place; tests using them skip when they are absent. */
public final class Fixtures {
  /** The algorithms c2pa-rs ships test keys for, as file stems. */
  public static final String[] KEY_STEMS = {"es256", "es384", "es512", "ps256", "ed25519"};

  private Fixtures() {}

  /** {@code <candor.fixtures>/c2pa-rs/certs}, or the test is skipped. */
  public static Path certs() {
    String root = System.getProperty("candor.fixtures");
    assumeTrue(root != null, "candor.fixtures is not set");
    Path dir = Path.of(root, "c2pa-rs", "certs");
    assumeTrue(Files.isDirectory(dir), "fixtures absent: " + dir);
    return dir;
  }
}
