package dev.candor.core.internal.x509;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the two certificates of a development PKI with Bouncy Castle: a root CA and a claim
 * signing certificate that meets the C2PA profile (C2PA 2.2 §14.5.1) and OpenSSL's {@code
 * X509_STRICT} checks, which c2pa-rs's OpenSSL trust path applies.
 */
public final class CertificateIssuer {
  /** Backdating absorbs clock skew between the signing and the validating machine. */
  private static final Duration BACKDATE = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateIssuer() {}

  /**
   * A self-signed root: basicConstraints CA:true (critical), keyUsage keyCertSign+cRLSign
   * (critical), subject key identifier.
   */
  public static X509Certificate root(
      KeyPair keys, String signatureAlgorithm, X500Principal subject, Duration validity)
      throws GeneralSecurityException {
    Instant now = Instant.now();
    JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b = builder(subject, subject, keys.getPublic(), now, validity);
    try {
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      b.addExtension(
          Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()));
    } catch (CertIOException e) {
      throw new IllegalStateException("cannot encode root extensions", e);
    }
    return sign(b, signatureAlgorithm, keys.getPrivate());
  }

  /**
   * An end-entity claim-signing certificate issued by {@code issuer}: basicConstraints CA:false
   * (critical), keyUsage digitalSignature (critical), extKeyUsage {@code ekuOids}, subject and
   * authority key identifiers.
   */
  public static X509Certificate claimSigner(
      PublicKey subjectKey,
      X500Principal subject,
      List<String> ekuOids,
      X509Certificate issuer,
      PrivateKey issuerKey,
      String signatureAlgorithm,
      Duration validity)
      throws GeneralSecurityException {
    Instant now = Instant.now();
    JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b =
        builder(issuer.getSubjectX500Principal(), subject, subjectKey, now, validity);
    KeyPurposeId[] purposes =
        ekuOids.stream()
            .map(o -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(o)))
            .toArray(KeyPurposeId[]::new);
    try {
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
      b.addExtension(
          Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(subjectKey));
      b.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyId(issuer, ids));
    } catch (CertIOException e) {
      throw new IllegalStateException("cannot encode signer extensions", e);
    }
    X509Certificate cert = sign(b, signatureAlgorithm, issuerKey);
    cert.verify(issuer.getPublicKey());
    return cert;
  }

  /** keyIdentifier only: the issuer's own subject key identifier when it has one. */
  private static AuthorityKeyIdentifier authorityKeyId(
      X509Certificate issuer, JcaX509ExtensionUtils ids) {
    byte[] ski = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    if (ski == null) {
      return ids.createAuthorityKeyIdentifier(issuer.getPublicKey());
    }
    byte[] keyId =
        SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(ski).getOctets())
            .getKeyIdentifier();
    return new AuthorityKeyIdentifier(keyId);
  }

  private static X509v3CertificateBuilder builder(
      X500Principal issuer, X500Principal subject, PublicKey key, Instant now, Duration validity) {
    // Positive, at most 16 bytes, never zero (RFC 5280 §4.1.2.2).
    BigInteger serial = new BigInteger(126, RANDOM).add(BigInteger.ONE);
    return new JcaX509v3CertificateBuilder(
        issuer,
        serial,
        Date.from(now.minus(BACKDATE)),
        Date.from(now.plus(validity)),
        subject,
        key);
  }

  private static X509Certificate sign(
      X509v3CertificateBuilder b, String signatureAlgorithm, PrivateKey key)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder(signatureAlgorithm).build(key)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign certificate with " + signatureAlgorithm, e);
    }
  }
}
