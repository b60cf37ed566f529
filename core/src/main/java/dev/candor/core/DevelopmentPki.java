package dev.candor.core;

import dev.candor.core.internal.crypto.EcCurve;
import dev.candor.core.internal.crypto.KeyKind;
import dev.candor.core.internal.x509.AtomicFiles;
import dev.candor.core.internal.x509.CertificateIssuer;
import dev.candor.core.internal.x509.Certificates;
import dev.candor.core.internal.x509.ExtendedKeyUsages;
import dev.candor.core.internal.x509.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * A throw-away PKI for development and tests: a root CA and one claim-signing certificate it
 * issued, which meets the C2PA certificate profile (C2PA 2.2 §14.5.1). Records signed with it are
 * Valid for C2PA validators, and Trusted only where {@link #root()} is configured as a trust
 * anchor. Both names say "NOT TRUSTED": never use it in production.
 *
 * <p>The root's private key is discarded once the signing certificate is issued. Immutable and
 * thread-safe; {@code toString} never shows the key.
 *
 * <pre>{@code
 * DevelopmentPki pki = DevelopmentPki.create();
 * pki.writeTo(Path.of("dev-pki"));   // root.pem, chain.pem, signer.key
 * Signer signer = pki.signer();
 * }</pre>
 */
public final class DevelopmentPki {
  /** The file with the root CA certificate, PEM. */
  public static final String ROOT_FILE = "root.pem";

  /** The file with the chain, signing certificate first, PEM; no root. */
  public static final String CHAIN_FILE = "chain.pem";

  /** The file with the signing key, PKCS#8 PEM, mode 0600 where POSIX. */
  public static final String KEY_FILE = "signer.key";

  private static final Duration ROOT_VALIDITY = Duration.ofDays(3653);
  private static final Duration SIGNER_VALIDITY = Duration.ofDays(731);
  private static final X500Principal ROOT_NAME =
      new X500Principal(
          "CN=Candor Development Root CA (NOT TRUSTED), O=Candor Development (NOT TRUSTED)");
  private static final X500Principal SIGNER_NAME =
      new X500Principal(
          "CN=Candor Development Signer (NOT TRUSTED), O=Candor Development (NOT TRUSTED)");

  /** The key types a development PKI can use, each with the signing algorithm it implies. */
  public enum KeyType {
    /** EC P-256, signing ES256. The default. */
    EC_P256("SHA256withECDSA"),
    /** EC P-384, signing ES384. */
    EC_P384("SHA384withECDSA"),
    /** EC P-521, signing ES512. */
    EC_P521("SHA512withECDSA"),
    /** RSA 3072 bits, signing PS256; certificates are signed with SHA-256 RSA PKCS#1. */
    RSA_3072("SHA256withRSA"),
    /** Ed25519, signing ED25519. */
    ED25519("Ed25519");

    private final String certificateSignature;

    KeyType(String certificateSignature) {
      this.certificateSignature = certificateSignature;
    }

    KeyPair generate() throws GeneralSecurityException {
      KeyPairGenerator g;
      switch (this) {
        case RSA_3072:
          g = KeyPairGenerator.getInstance("RSA");
          g.initialize(3072);
          break;
        case ED25519:
          g = KeyPairGenerator.getInstance("Ed25519");
          break;
        default:
          g = KeyPairGenerator.getInstance("EC");
          EcCurve curve =
              this == EC_P256 ? EcCurve.P_256 : this == EC_P384 ? EcCurve.P_384 : EcCurve.P_521;
          g.initialize(new ECGenParameterSpec(curve.jdkName()));
      }
      return g.generateKeyPair();
    }

    static KeyType of(KeyKind kind) {
      switch (kind.family()) {
        case EC:
          return kind.curve() == EcCurve.P_256
              ? EC_P256
              : kind.curve() == EcCurve.P_384 ? EC_P384 : EC_P521;
        case RSA:
          return RSA_3072;
        default:
          return ED25519;
      }
    }
  }

  private final KeyType keyType;
  private final X509Certificate root;
  private final Signer signer;
  private final PrivateKey signerKey;

  private DevelopmentPki(KeyType keyType, X509Certificate root, Signer signer, PrivateKey key) {
    this.keyType = keyType;
    this.root = root;
    this.signer = signer;
    this.signerKey = key;
  }

  /** A new EC P-256 development PKI. */
  public static DevelopmentPki create() {
    return create(KeyType.EC_P256);
  }

  /** A new development PKI with fresh keys of {@code keyType}: root valid 10 years, signer 2. */
  public static DevelopmentPki create(KeyType keyType) {
    try {
      KeyPair rootKeys = keyType.generate();
      X509Certificate root =
          CertificateIssuer.root(rootKeys, keyType.certificateSignature, ROOT_NAME, ROOT_VALIDITY);
      KeyPair signerKeys = keyType.generate();
      X509Certificate leaf =
          CertificateIssuer.claimSigner(
              signerKeys.getPublic(),
              SIGNER_NAME,
              List.of(ExtendedKeyUsages.C2PA_CLAIM_SIGNING, ExtendedKeyUsages.EMAIL_PROTECTION),
              root,
              rootKeys.getPrivate(),
              keyType.certificateSignature,
              SIGNER_VALIDITY);
      Signer signer = Signers.fromKey(signerKeys.getPrivate(), List.of(leaf));
      return new DevelopmentPki(keyType, root, signer, signerKeys.getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the JDK cannot make " + keyType + " keys or certificates", e);
    }
  }

  /**
   * Reads a development PKI written by {@link #writeTo(Path)}.
   *
   * @throws IOException if a file cannot be read
   * @throws ProvenanceException if the files are malformed, the key does not match the signing
   *     certificate, or the root did not issue it
   */
  public static DevelopmentPki load(Path dir) throws IOException, ProvenanceException {
    List<X509Certificate> roots = Pem.certificates(read(dir.resolve(ROOT_FILE)));
    if (roots.size() != 1) {
      throw new ProvenanceException(ROOT_FILE + " must hold exactly one certificate");
    }
    List<X509Certificate> chain = Pem.certificates(read(dir.resolve(CHAIN_FILE)));
    if (chain.isEmpty()) {
      throw new ProvenanceException(CHAIN_FILE + " holds no certificate");
    }
    if (!Certificates.isIssuedBy(chain.get(chain.size() - 1), roots.get(0))) {
      throw new ProvenanceException("the root in " + ROOT_FILE + " did not issue " + CHAIN_FILE);
    }
    PrivateKey key = Pem.privateKey(read(dir.resolve(KEY_FILE)));
    Signer signer;
    try {
      signer = Signers.fromKey(key, chain);
    } catch (IllegalArgumentException e) {
      throw new ProvenanceException(KEY_FILE + ": " + e.getMessage());
    }
    KeyType type = KeyType.of(KeyKind.of(key).orElseThrow());
    return new DevelopmentPki(type, roots.get(0), signer, key);
  }

  /**
   * Writes {@value #ROOT_FILE}, {@value #CHAIN_FILE} and {@value #KEY_FILE} into {@code dir}
   * (created if needed), each atomically; refuses if any of them exists.
   *
   * @throws java.nio.file.FileAlreadyExistsException if one of the files exists
   * @throws IOException if writing fails
   */
  public void writeTo(Path dir) throws IOException {
    writeTo(dir, false);
  }

  /**
   * Writes the three files as {@link #writeTo(Path)} does, replacing existing ones when {@code
   * replaceExisting}.
   *
   * @throws IOException if writing fails, or a file exists and {@code replaceExisting} is false
   */
  public void writeTo(Path dir, boolean replaceExisting) throws IOException {
    new AtomicFiles(dir)
        .add(ROOT_FILE, ascii(Pem.encodeCertificates(List.of(root))))
        .add(CHAIN_FILE, ascii(Pem.encodeCertificates(chain())))
        .addSecret(KEY_FILE, ascii(Pem.encode("PRIVATE KEY", signerKey.getEncoded())))
        .write(replaceExisting);
  }

  /** The root CA certificate: configure it as a trust anchor to have records reported Trusted. */
  public X509Certificate root() {
    return root;
  }

  /** The chain a signer carries: the signing certificate, then issuers; never the root. */
  public List<X509Certificate> chain() {
    return signer.certificateChain();
  }

  /** A signer with the signing key. */
  public Signer signer() {
    return signer;
  }

  /** The key type of both keys. */
  public KeyType keyType() {
    return keyType;
  }

  /** Trust anchors holding just {@link #root()}. */
  public TrustAnchors trustAnchors() {
    return TrustAnchors.of(List.of(root));
  }

  @Override
  public String toString() {
    return "DevelopmentPki[" + keyType + ", " + chain().get(0).getSubjectX500Principal() + "]";
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
