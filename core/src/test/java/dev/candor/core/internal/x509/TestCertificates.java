package dev.candor.core.internal.x509;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds certificates for tests, good and deliberately bad: start from {@link #goodSigner()} and
 * break one rule.
 */
public final class TestCertificates {
  public static final String ROOT_DN = "CN=Test Root CA, O=Candor Tests";
  public static final String SIGNER_DN = "CN=Test Signer, O=Candor Tests";

  private static KeyPair rootKeys;
  private static X509Certificate root;

  /** What to put in a signer certificate. */
  public static final class Spec {
    public KeyPair keys = ec256();
    public String subject = SIGNER_DN;
    public boolean ca = false;
    public Integer keyUsage = KeyUsage.digitalSignature;
    public List<String> ekus =
        new ArrayList<>(
            List.of(ExtendedKeyUsages.C2PA_CLAIM_SIGNING, ExtendedKeyUsages.EMAIL_PROTECTION));
    public boolean aki = true;
    public Instant notBefore = Instant.now().minus(Duration.ofDays(1));
    public Instant notAfter = Instant.now().plus(Duration.ofDays(365));
    public String criticalExtension = null;
    public boolean selfSigned = false;

    /** Issues the certificate: by the shared test root, or by itself if {@link #selfSigned}. */
    public X509Certificate issue() {
      try {
        // The issuer name must be the root's subject byte for byte (RDN order included).
        X500Name issuerName =
            selfSigned
                ? new X500Name(subject)
                : X500Name.getInstance(root().getSubjectX500Principal().getEncoded());
        PrivateKey issuerKey = selfSigned ? keys.getPrivate() : rootKeys().getPrivate();
        JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder b =
            new JcaX509v3CertificateBuilder(
                issuerName,
                BigInteger.valueOf(System.nanoTime()),
                Date.from(notBefore),
                Date.from(notAfter),
                new X500Name(subject),
                keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (keyUsage != null) {
          b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        }
        if (ekus != null) {
          KeyPurposeId[] ids2 =
              ekus.stream()
                  .map(o -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(o)))
                  .toArray(KeyPurposeId[]::new);
          b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(ids2));
        }
        b.addExtension(
            Extension.subjectKeyIdentifier,
            false,
            ids.createSubjectKeyIdentifier(keys.getPublic()));
        if (aki) {
          b.addExtension(
              Extension.authorityKeyIdentifier,
              false,
              selfSigned
                  ? ids.createAuthorityKeyIdentifier(keys.getPublic())
                  : ids.createAuthorityKeyIdentifier(root()));
        }
        if (criticalExtension != null) {
          b.addExtension(
              new ASN1ObjectIdentifier(criticalExtension),
              true,
              new DEROctetString(new byte[] {5}));
        }
        String alg = issuerKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaX509CertificateConverter()
            .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(issuerKey)));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private TestCertificates() {}

  /** A spec for a certificate that meets the C2PA profile. */
  public static Spec goodSigner() {
    return new Spec();
  }

  /** The shared test root, made once. */
  public static synchronized X509Certificate root() {
    if (root == null) {
      try {
        rootKeys = ec256();
        root =
            CertificateIssuer.root(
                rootKeys,
                "SHA256withECDSA",
                new javax.security.auth.x500.X500Principal(ROOT_DN),
                Duration.ofDays(3650));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return root;
  }

  /** The shared test root's keys. */
  public static synchronized KeyPair rootKeys() {
    root();
    return rootKeys;
  }

  /** A fresh EC P-256 key pair. */
  public static KeyPair ec256() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh RSA key pair of {@code bits}. */
  public static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
