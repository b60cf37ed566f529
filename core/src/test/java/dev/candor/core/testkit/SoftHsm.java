package dev.candor.core.testkit;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.internal.x509.Pem;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A SoftHSM token (Debian package softhsm2) for PKCS#11 tests: one token per test JVM, in the
 * directory the {@code SOFTHSM2_CONF} file names (Maven's surefire sets that variable to a file
 * under {@code target}, which this class writes before the library is first loaded), holding keys
 * stored through the JDK's SunPKCS11 provider. Absent softhsm2, tests skip, except on CI
 * ({@code CI=true}), where they fail.
 */
public final class SoftHsm {
  /** The user PIN of the test token. */
  public static final String PIN = "1234";

  private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
  private static Path config;

  private SoftHsm() {}

  /** The SunPKCS11 configuration file of the test token, made on first use. */
  public static synchronized Path config() throws Exception {
    String conf = System.getenv("SOFTHSM2_CONF");
    boolean present = Files.isReadable(LIBRARY) && onPath("softhsm2-util") && conf != null;
    String why = "softhsm2 absent (apt-get install softhsm2), or SOFTHSM2_CONF unset (run under Maven)";
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(why + " [CI=true: PKCS#11 tests must not be skipped]");
    }
    Assumptions.assumeTrue(present, why);
    if (config == null) {
      Path confFile = Path.of(conf);
      Path tokens = confFile.resolveSibling("softhsm-tokens");
      Files.createDirectories(tokens);
      try (var old = Files.list(tokens)) {
        for (Path p : (Iterable<Path>) old::iterator) {
          deleteTree(p); // a token left by an earlier run would take the slot index
        }
      }
      Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
          + "log.level = ERROR\n");
      String out = run("softhsm2-util", "--init-token", "--free", "--label", "candor-test",
          "--pin", PIN, "--so-pin", "87654321");
      Matcher m = Pattern.compile("slot (\\d+)").matcher(out);
      Assertions.assertTrue(m.find(), out);
      Path cfg = confFile.resolveSibling("pkcs11.cfg");
      Files.writeString(cfg, "name = candor-test\nlibrary = " + LIBRARY + "\nslot = " + m.group(1) + "\n");
      config = cfg;
    }
    return config;
  }

  /**
   * Stores a fresh development key of {@code type}, with its chain, under {@code alias} on the
   * test token; returns the development PKI (its chain and trust anchors).
   */
  public static DevelopmentPki storeKey(String alias, DevelopmentPki.KeyType type) throws Exception {
    Path cfg = config();
    DevelopmentPki pki = DevelopmentPki.create(type);
    Path dir = Files.createTempDirectory("candor-pki");
    pki.writeTo(dir);
    PrivateKey key =
        Pem.privateKey(Files.readString(dir.resolve(DevelopmentPki.KEY_FILE), StandardCharsets.US_ASCII));
    deleteTree(dir);
    Provider p = Security.getProvider("SunPKCS11").configure(cfg.toString());
    KeyStore store = KeyStore.getInstance("PKCS11", p);
    store.load(null, PIN.toCharArray());
    List<X509Certificate> chain = pki.chain();
    store.setKeyEntry(alias, key, null, chain.toArray(new X509Certificate[0]));
    return pki;
  }

  private static boolean onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assertions.assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
    Assertions.assertEquals(0, p.exitValue(), out);
    return out;
  }

  private static void deleteTree(Path p) throws Exception {
    if (Files.isDirectory(p)) {
      try (var s = Files.list(p)) {
        for (Path c : (Iterable<Path>) s::iterator) {
          deleteTree(c);
        }
      }
    }
    Files.deleteIfExists(p);
  }
}
