package dev.candor.core.internal.x509;

import dev.candor.core.internal.crypto.RawSignatures;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Small facts about certificates that several checks need. */
public final class Certificates {
  private Certificates() {}

  /** Whether {@code cert} names itself as issuer and its own key verifies its signature. */
  public static boolean isSelfSigned(X509Certificate cert) {
    if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
      return false;
    }
    return isIssuedBy(cert, cert);
  }

  /**
   * Whether {@code issuer} names and signed {@code cert}. Verdicts are remembered (a bounded cache
   * keyed by both certificates' full DER, so nothing but identical bytes can hit it): a server that
   * verifies many assets from one signer checks that signer's certificate signature once.
   */
  public static boolean isIssuedBy(X509Certificate cert, X509Certificate issuer) {
    if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    List<X509Certificate> key = List.of(cert, issuer);
    Boolean known = ISSUED.get(key);
    if (known != null) {
      return known;
    }
    boolean verdict = checkSignature(cert, issuer);
    if (ISSUED.size() >= MAX_REMEMBERED) {
      ISSUED.clear();
    }
    ISSUED.put(key, verdict);
    return verdict;
  }

  private static final int MAX_REMEMBERED = 1024;
  private static final Map<List<X509Certificate>, Boolean> ISSUED = new ConcurrentHashMap<>();

  private static boolean checkSignature(X509Certificate cert, X509Certificate issuer) {
    String hash = ECDSA_HASHES.get(cert.getSigAlgOID());
    if (hash != null) {
      try {
        Optional<Boolean> fast =
            RawSignatures.verifyEcdsaDer(
                hash, issuer.getPublicKey(), cert.getTBSCertificate(), cert.getSignature());
        if (fast.isPresent()) {
          return fast.get();
        }
      } catch (CertificateEncodingException e) {
        return false;
      }
    }
    try {
      try {
        // Bouncy Castle verifies ECDSA about four times faster than JDK 17
        cert.verify(issuer.getPublicKey(), BC);
      } catch (java.security.InvalidKeyException | java.security.NoSuchAlgorithmException e) {
        cert.verify(issuer.getPublicKey());
      }
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static final Map<String, String> ECDSA_HASHES =
      Map.of(
          "1.2.840.10045.4.3.2", "SHA-256",
          "1.2.840.10045.4.3.3", "SHA-384",
          "1.2.840.10045.4.3.4", "SHA-512");

  private static final java.security.Provider BC =
      new org.bouncycastle.jce.provider.BouncyCastleProvider();

  /**
   * The chain as a C2PA {@code x5chain} carries it: a trailing self-signed root is dropped (C2PA
   * §14.5 says the root shall not be included). A lone certificate is kept as it is.
   */
  public static List<X509Certificate> withoutRoot(List<X509Certificate> chain) {
    List<X509Certificate> out = new ArrayList<>(chain);
    while (out.size() > 1 && isSelfSigned(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return List.copyOf(out);
  }

  /** SHA-256 of the certificate's DER. */
  public static byte[] sha256(X509Certificate cert) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** The DER bytes, for callers that cannot fail on a certificate the JDK already parsed. */
  public static byte[] encoded(X509Certificate cert) {
    try {
      return cert.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("certificate cannot be re-encoded", e);
    }
  }
}
