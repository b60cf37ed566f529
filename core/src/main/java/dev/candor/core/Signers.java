package dev.candor.core;

import dev.candor.core.internal.crypto.CallbackSigner;
import dev.candor.core.internal.crypto.KeyKind;
import dev.candor.core.internal.crypto.PrivateKeySigner;
import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.core.internal.crypto.SignatureCheck;
import dev.candor.core.internal.x509.Certificates;
import dev.candor.core.internal.x509.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes {@link Signer}s from key files, key stores, in-memory keys or a signing callback.
 *
 * <p>Every signer it returns is thread-safe, never prints its key, and has been checked: its key
 * fits its algorithm and matches the signing certificate (a probe is signed and verified). The
 * chain is kept leaf first, with a trailing self-signed root dropped, as C2PA's {@code x5chain}
 * requires.
 *
 * <pre>{@code
 * Signer signer = Signers.fromPem(Path.of("signer.key"), Path.of("chain.pem"));
 * }</pre>
 */
public final class Signers {
  private Signers() {}

  /**
   * A signer from a PEM private key (PKCS#8, or SEC1/PKCS#1) and a PEM chain (signing certificate
   * first); the algorithm follows from the key (see {@link #fromKey(PrivateKey, List)}).
   *
   * @throws IOException if a file cannot be read
   * @throws ProvenanceException if the files hold no usable key or chain, or they do not match
   */
  public static Signer fromPem(Path privateKeyPem, Path chainPem)
      throws IOException, ProvenanceException {
    return fromPem(Files.readAllBytes(privateKeyPem), Files.readAllBytes(chainPem));
  }

  /**
   * A signer from PEM text; see {@link #fromPem(Path, Path)}.
   *
   * @throws ProvenanceException if the text holds no usable key or chain, or they do not match
   */
  public static Signer fromPem(String privateKeyPem, String chainPem) throws ProvenanceException {
    Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    Objects.requireNonNull(chainPem, "chainPem");
    PrivateKey key = Pem.privateKey(privateKeyPem);
    List<X509Certificate> chain = Pem.certificates(chainPem);
    if (chain.isEmpty()) {
      throw new ProvenanceException("the chain PEM holds no CERTIFICATE block");
    }
    try {
      return fromKey(key, chain);
    } catch (IllegalArgumentException e) {
      throw new ProvenanceException(e.getMessage());
    }
  }

  /**
   * A signer from PEM bytes (US-ASCII); see {@link #fromPem(Path, Path)}.
   *
   * @throws ProvenanceException if the bytes hold no usable key or chain, or they do not match
   */
  public static Signer fromPem(byte[] privateKeyPem, byte[] chainPem) throws ProvenanceException {
    return fromPem(
        new String(privateKeyPem, StandardCharsets.US_ASCII),
        new String(chainPem, StandardCharsets.US_ASCII));
  }

  /**
   * A signer from a PKCS#12 file.
   *
   * @param alias the key entry to use, or {@code null} when the store holds exactly one key
   * @throws IOException if the file cannot be read
   * @throws ProvenanceException if the password is wrong, the entry is missing or ambiguous, or the
   *     key does not match its certificate
   */
  public static Signer fromPkcs12(Path file, char[] password, String alias)
      throws IOException, ProvenanceException {
    KeyStore store;
    try (InputStream in = Files.newInputStream(file)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (GeneralSecurityException e) {
      throw new ProvenanceException("cannot open PKCS#12 file " + file.getFileName(), e);
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
        throw new ProvenanceException("wrong password for PKCS#12 file " + file.getFileName());
      }
      throw e;
    }
    try {
      String entry = alias != null ? alias : soleKeyAlias(store);
      Key key = store.getKey(entry, password);
      if (!(key instanceof PrivateKey)) {
        throw new ProvenanceException("PKCS#12 entry '" + entry + "' holds no private key");
      }
      Certificate[] certs = store.getCertificateChain(entry);
      if (certs == null || certs.length == 0) {
        throw new ProvenanceException("PKCS#12 entry '" + entry + "' has no certificate chain");
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : certs) {
        chain.add((X509Certificate) c);
      }
      return fromKey((PrivateKey) key, chain);
    } catch (GeneralSecurityException e) {
      throw new ProvenanceException("cannot read the key from the PKCS#12 file", e);
    } catch (IllegalArgumentException e) {
      throw new ProvenanceException(e.getMessage());
    }
  }

  /**
   * As {@link #fromPkcs11(Path, char[], String, List)}, with the chain stored with the key on the
   * token.
   *
   * @throws ProvenanceException as the canonical method, or when no chain is stored with the key
   */
  public static Signer fromPkcs11(Path config, char[] pin, String alias)
      throws ProvenanceException {
    return pkcs11(config, pin, alias, null);
  }

  /**
   * As {@link #fromPkcs11(Path, char[], String, List)}, with the chain read from a PEM file.
   *
   * @throws IOException if the chain file cannot be read
   * @throws ProvenanceException as the canonical method, or when the file holds no certificate
   */
  public static Signer fromPkcs11(Path config, char[] pin, String alias, Path chainPem)
      throws IOException, ProvenanceException {
    Objects.requireNonNull(chainPem, "chainPem");
    return fromPkcs11(config, pin, alias,
        Pem.certificates(Files.readString(chainPem, StandardCharsets.US_ASCII)));
  }

  /**
   * A signer over a key in a PKCS#11 token (an HSM, a smart card, SoftHSM), reached through the
   * JDK's SunPKCS11 provider: the key never leaves the token. The algorithm follows the signing
   * certificate's key (EC P-256→ES256, P-384→ES384, P-521→ES512, RSA→PS256), and every signature
   * is verified against that certificate before use. Each call configures a provider and logs in:
   * make the signer once and share it (it is thread-safe).
   *
   * <pre>{@code
   * Signer signer = Signers.fromPkcs11(Path.of("hsm.cfg"), pin, "c2pa-signer", chain);
   * }</pre>
   *
   * @param config a SunPKCS11 configuration file ({@code name}, {@code library}, and {@code slot}
   *     or {@code slotListIndex})
   * @param pin the token's user PIN
   * @param alias the key's label on the token, or {@code null} when it holds one key
   * @param chain the chain, signing certificate first (see {@link #fromPkcs11(Path, char[],
   *     String)} for the one stored on the token)
   * @throws ProvenanceException when the token cannot be opened or logged into, the key is missing
   *     or ambiguous, or the token's key does not sign for the certificate
   */
  public static Signer fromPkcs11(
      Path config, char[] pin, String alias, List<X509Certificate> chain)
      throws ProvenanceException {
    Objects.requireNonNull(chain, "chain");
    return pkcs11(config, pin, alias, chain);
  }

  private static Signer pkcs11(Path config, char[] pin, String alias, List<X509Certificate> chain)
      throws ProvenanceException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(pin, "pin");
    dev.candor.core.internal.crypto.Pkcs11Token token =
        dev.candor.core.internal.crypto.Pkcs11Token.open(config, pin, alias);
    List<X509Certificate> certs = chain != null ? chain : token.chain();
    if (certs.isEmpty()) {
      throw new ProvenanceException(
          "PKCS#11: no certificate chain is stored with the key; give one");
    }
    Optional<KeyKind> kind = KeyKind.of(certs.get(0).getPublicKey());
    if (kind.isEmpty() || kind.get().family() == KeyKind.Family.ED25519) {
      throw new ProvenanceException("PKCS#11: the signing certificate's key cannot sign C2PA"
          + " claims through SunPKCS11 (EC P-256/384/521 or RSA)");
    }
    SigningAlgorithm algorithm = kind.get().defaultAlgorithm();
    Signer signer;
    try {
      signer = callback(algorithm, certs, token.signing(algorithm));
      signer.sign(new byte[32]); // a probe: the key signs, and for this certificate
    } catch (IllegalArgumentException e) {
      throw new ProvenanceException("PKCS#11: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new ProvenanceException("PKCS#11: the token's key does not sign for the signing"
          + " certificate " + certs.get(0).getSubjectX500Principal() + " (" + e.getMessage() + ")");
    }
    return signer;
  }

  /**
   * A signer over an in-memory key, with the algorithm the key implies: EC P-256→ES256,
   * P-384→ES384, P-521→ES512, RSA→PS256, Ed25519→ED25519.
   *
   * @param chain signing certificate first, then intermediates
   * @throws IllegalArgumentException if the key is of another kind or does not match the chain's
   *     first certificate
   */
  public static Signer fromKey(PrivateKey key, List<X509Certificate> chain) {
    Objects.requireNonNull(key, "key");
    return fromKey(key, chain, kindOf(key).defaultAlgorithm());
  }

  /**
   * A signer over an in-memory key with a named algorithm (e.g. PS384 for an RSA key).
   *
   * @param chain signing certificate first, then intermediates
   * @throws IllegalArgumentException if the key cannot make {@code algorithm} signatures or does
   *     not match the chain's first certificate
   */
  public static Signer fromKey(
      PrivateKey key, List<X509Certificate> chain, SigningAlgorithm algorithm) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(algorithm, "algorithm");
    List<X509Certificate> x5chain = checkChain(chain);
    KeyKind kind = kindOf(key);
    if (!kind.fits(algorithm)) {
      throw new IllegalArgumentException(
          "key: " + describe(kind) + " cannot make " + algorithm + " signatures");
    }
    if (kind.family() == KeyKind.Family.RSA && kind.rsaBits() < 2048) {
      throw new IllegalArgumentException(
          "key: RSA key has " + kind.rsaBits() + " bits; C2PA requires at least 2048");
    }
    byte[] probe = new byte[32];
    new SecureRandom().nextBytes(probe);
    SignatureCheck check;
    try {
      byte[] sig = RawSignatures.sign(algorithm, key, probe);
      check = RawSignatures.verify(algorithm, x5chain.get(0).getPublicKey(), probe, sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("key: cannot sign with it (" + e.getMessage() + ")");
    }
    if (!check.isValid()) {
      throw new IllegalArgumentException(
          "key: the private key does not match the public key of the signing certificate "
              + x5chain.get(0).getSubjectX500Principal());
    }
    return new PrivateKeySigner(key, algorithm, x5chain);
  }

  /**
   * A signer whose key is held elsewhere: {@code function} is called for each signature. Each
   * signature it returns is verified against the signing certificate before use; a failing one
   * makes {@link Signer#sign} throw.
   *
   * <pre>{@code
   * Signer signer = Signers.callback(SigningAlgorithm.ES256, chain, tbs -> kms.sign(keyId, tbs));
   * }</pre>
   *
   * @param chain signing certificate first, then intermediates
   * @throws IllegalArgumentException if the signing certificate's key cannot make {@code algorithm}
   *     signatures
   */
  public static Signer callback(
      SigningAlgorithm algorithm, List<X509Certificate> chain, SignFunction function) {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(function, "function");
    List<X509Certificate> x5chain = checkChain(chain);
    Optional<KeyKind> kind = KeyKind.of(x5chain.get(0).getPublicKey());
    if (kind.isEmpty() || !kind.get().fits(algorithm)) {
      throw new IllegalArgumentException(
          "chain: the signing certificate's key cannot make " + algorithm + " signatures");
    }
    return new CallbackSigner(algorithm, x5chain, function);
  }

  private static List<X509Certificate> checkChain(List<X509Certificate> chain) {
    Objects.requireNonNull(chain, "chain");
    if (chain.isEmpty() || chain.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("chain: needs the signing certificate first, no nulls");
    }
    return Certificates.withoutRoot(chain);
  }

  private static KeyKind kindOf(PrivateKey key) {
    return KeyKind.of(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "key: "
                        + key.getAlgorithm()
                        + " keys cannot sign C2PA claims (use EC P-256/384/521, RSA or Ed25519)"));
  }

  private static String describe(KeyKind kind) {
    switch (kind.family()) {
      case EC:
        return "an EC " + kind.curve().name().replace('_', '-') + " key";
      case RSA:
        return "an RSA key";
      default:
        return "an Ed25519 key";
    }
  }

  private static String soleKeyAlias(KeyStore store)
      throws GeneralSecurityException, ProvenanceException {
    List<String> keys = dev.candor.core.internal.crypto.Pkcs11Token.keys(store);
    if (keys.size() != 1) {
      throw new ProvenanceException(
          "the PKCS#12 file holds " + keys.size() + " keys; name the alias to use");
    }
    return keys.get(0);
  }
}
