package dev.candor.cli;

import dev.candor.cli.internal.DevKeys;
import dev.candor.core.ProvenanceException;
import dev.candor.core.Signer;
import dev.candor.core.Signers;
import dev.candor.core.SigningOptions;
import dev.candor.core.TimeStamper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The signing options of {@code candor label}: a key and chain, a PKCS#12 file, a key in a PKCS#11
 * token, or development keys.
 */
final class Signing {
  @Option(
      names = "--key",
      paramLabel = "PEM",
      description = "Signing key, PEM (PKCS#8, SEC1 or PKCS#1). Needs --chain.")
  Path key;

  @Option(
      names = "--chain",
      paramLabel = "PEM",
      description = "Certificate chain, PEM: the signing certificate first, then its issuers.")
  Path chain;

  @Option(
      names = "--pkcs12",
      paramLabel = "FILE",
      description = "Signing key and chain from a PKCS#12 file (instead of --key/--chain).")
  Path pkcs12;

  @Option(
      names = "--pkcs12-password-env",
      paramLabel = "VAR",
      defaultValue = "CANDOR_PKCS12_PASSWORD",
      description =
          "Environment variable holding the PKCS#12 password (default: ${DEFAULT-VALUE};"
              + " passwords are never taken on the command line).")
  String passwordEnv;

  @Option(
      names = "--pkcs11",
      paramLabel = "CONFIG",
      description =
          "Sign with a key in a PKCS#11 token (HSM, smart card, SoftHSM): a SunPKCS11 configuration"
              + " file (name, library, slot). The chain is the one stored with the key, or --chain.")
  Path pkcs11;

  @Option(
      names = "--pkcs11-pin-env",
      paramLabel = "VAR",
      defaultValue = "CANDOR_PKCS11_PIN",
      description =
          "Environment variable holding the token's PIN (default: ${DEFAULT-VALUE}; PINs are never"
              + " taken on the command line).")
  String pinEnv;

  @Option(
      names = "--alias",
      paramLabel = "NAME",
      description = "The key entry in the PKCS#12 file or the PKCS#11 token, when it holds more"
          + " than one.")
  String alias;

  @Option(
      names = "--tsa",
      paramLabel = "URL",
      description = "RFC 3161 time-stamp authority to time-stamp every signature.")
  URI tsa;

  /** Checks the combination; returns a usage problem or {@code null}. */
  String problem() {
    if (key != null && chain == null) {
      return "--key and --chain go together";
    }
    if (chain != null && key == null && pkcs11 == null) {
      return "--chain goes with --key (or --pkcs11)";
    }
    int sources = (key != null ? 1 : 0) + (pkcs12 != null ? 1 : 0) + (pkcs11 != null ? 1 : 0);
    if (sources > 1) {
      return "use one of --key/--chain, --pkcs12 and --pkcs11";
    }
    if (tsa != null && !"http".equals(tsa.getScheme()) && !"https".equals(tsa.getScheme())) {
      return "--tsa needs an http or https URL";
    }
    return null;
  }

  /**
   * The signing options these settings name; development keys (created on first use) when none.
   *
   * @throws IOException when a key file cannot be read
   * @throws ProvenanceException when the files hold no usable key and chain
   */
  SigningOptions resolve(Map<String, String> env, PrintStream err)
      throws IOException, ProvenanceException {
    Signer signer;
    if (key != null) {
      signer = Signers.fromPem(key, chain);
    } else if (pkcs11 != null) {
      String var = pinEnv == null ? "CANDOR_PKCS11_PIN" : pinEnv;
      String pin = env.get(var);
      if (pin == null) {
        throw new ProvenanceException("--pkcs11: set the token's PIN in $" + var);
      }
      signer = chain == null
          ? Signers.fromPkcs11(pkcs11, pin.toCharArray(), alias)
          : Signers.fromPkcs11(pkcs11, pin.toCharArray(), alias, chain);
    } else if (pkcs12 != null) {
      String pw =
          env.getOrDefault(passwordEnv == null ? "CANDOR_PKCS12_PASSWORD" : passwordEnv, "");
      signer = Signers.fromPkcs12(pkcs12, pw.toCharArray(), alias);
    } else {
      Path dir = DevKeys.defaultDir(env);
      signer = DevKeys.loadOrCreate(dir, err).signer();
      err.println(
          "candor: signing with development keys from "
              + dir
              + " (valid, but trusted by no one else)");
    }
    SigningOptions options = SigningOptions.of(signer);
    return tsa == null ? options : options.withTimeStamper(TimeStamper.http(tsa));
  }
}
