package dev.candor.cli.internal;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.ProvenanceException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The user's development keys: {@code $CANDOR_HOME/dev-keys}, else {@code
 * ${XDG_CONFIG_HOME:-~/.config}/candor/dev-keys}, holding {@code root.pem}, {@code chain.pem} and
 * {@code signer.key}. Created on first use with a loud warning; the key itself is never printed.
 */
public final class DevKeys {
  /** The warning shown whenever development keys are created. */
  public static final String WARNING =
      String.join(
          "\n",
          "",
          "  ************************************************************************",
          "  *  DEVELOPMENT KEYS: records signed with them verify as VALID, but no  *",
          "  *  one else trusts them. Anyone can make keys like these. Use a real   *",
          "  *  C2PA signing certificate (--key/--chain, --pkcs12 or --pkcs11) in   *",
          "  *  production.                                                         *",
          "  ************************************************************************",
          "");

  private DevKeys() {}

  /** The default development key folder for {@code env}. */
  public static Path defaultDir(Map<String, String> env) {
    String home = env.get("CANDOR_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home).resolve("dev-keys");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path config =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return config.resolve("candor").resolve("dev-keys");
  }

  /** Whether {@code dir} holds the three files. */
  public static boolean exist(Path dir) {
    return Files.isRegularFile(dir.resolve(DevelopmentPki.ROOT_FILE))
        && Files.isRegularFile(dir.resolve(DevelopmentPki.CHAIN_FILE))
        && Files.isRegularFile(dir.resolve(DevelopmentPki.KEY_FILE));
  }

  /**
   * Creates development keys in {@code dir} (replacing existing ones when {@code replace}) and
   * prints the warning on {@code err}.
   *
   * @throws FileAlreadyExistsException when keys exist and {@code replace} is false
   * @throws IOException when the files cannot be written
   */
  public static DevelopmentPki create(Path dir, boolean replace, PrintStream err)
      throws IOException {
    DevelopmentPki pki = DevelopmentPki.create();
    pki.writeTo(dir, replace);
    err.println(WARNING);
    err.println("  Created development keys in " + dir);
    err.println(
        "  To see your own files as TRUSTED: candor verify --trust "
            + dir.resolve(DevelopmentPki.ROOT_FILE)
            + " FILE");
    err.println();
    return pki;
  }

  /**
   * The development keys in {@code dir}, created first if absent (another process creating them at
   * the same moment is fine).
   *
   * @throws IOException when the files cannot be read or written
   * @throws ProvenanceException when the files exist but do not hold a usable PKI
   */
  public static DevelopmentPki loadOrCreate(Path dir, PrintStream err)
      throws IOException, ProvenanceException {
    if (!exist(dir)) {
      try {
        return create(dir, false, err);
      } catch (FileAlreadyExistsException e) {
        // Created concurrently: read them.
      }
    }
    return DevelopmentPki.load(dir);
  }
}
