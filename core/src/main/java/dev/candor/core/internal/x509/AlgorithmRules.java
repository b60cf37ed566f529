package dev.candor.core.internal.x509;

import dev.candor.core.internal.crypto.EcCurve;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The C2PA certificate-profile rules about algorithms (C2PA §14.5.1, as c2pa-rs {@code
 * certificate_profile.rs} enforces them): how the certificate is signed, and what key it holds.
 * Each rule returns a sentence describing the violation, or empty.
 */
final class AlgorithmRules {
  private static final String RSA = "1.2.840.113549.1.1.1";
  private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
  private static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";
  private static final String ED25519 = "1.3.101.112";

  /** sha{256,384,512}WithRSAEncryption, ecdsa-with-SHA{256,384,512}, RSASSA-PSS, Ed25519. */
  private static final Set<String> CERT_SIGNATURE_ALGORITHMS =
      Set.of(
          "1.2.840.113549.1.1.11",
          "1.2.840.113549.1.1.12",
          "1.2.840.113549.1.1.13",
          "1.2.840.10045.4.3.2",
          "1.2.840.10045.4.3.3",
          "1.2.840.10045.4.3.4",
          RSASSA_PSS,
          ED25519);

  /** SHA-256, SHA-384, SHA-512. */
  private static final Set<String> SHA2 =
      Set.of("2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3");

  private static final String MGF1 = "1.2.840.113549.1.1.8";

  private AlgorithmRules() {}

  /** The certificate's own signature algorithm must be one C2PA lists, with sane parameters. */
  static Optional<String> signatureAlgorithm(AlgorithmIdentifier alg) {
    String oid = alg.getAlgorithm().getId();
    if (!CERT_SIGNATURE_ALGORITHMS.contains(oid)) {
      return Optional.of(
          "the certificate is signed with algorithm " + oid + ", which C2PA does not allow");
    }
    if (oid.equals(ED25519) && alg.getParameters() != null) {
      return Optional.of("the Ed25519 signature algorithm has parameters; RFC 8410 requires none");
    }
    if (oid.equals(RSASSA_PSS)) {
      return pssParameters(alg.getParameters());
    }
    return Optional.empty();
  }

  /** The subject key: EC on P-256/384/521 by name, RSA of 2048 bits or more, plain Ed25519. */
  static Optional<String> subjectPublicKey(SubjectPublicKeyInfo spki) {
    AlgorithmIdentifier alg = spki.getAlgorithm();
    String oid = alg.getAlgorithm().getId();
    ASN1Encodable params = alg.getParameters();
    switch (oid) {
      case EC_PUBLIC_KEY:
        if (!(params instanceof ASN1ObjectIdentifier)) {
          return Optional.of("the EC key does not name its curve; C2PA requires a named curve");
        }
        String curve = ((ASN1ObjectIdentifier) params).getId();
        return EcCurve.ofOid(curve).isPresent()
            ? Optional.empty()
            : Optional.of("the EC key is on curve " + curve + "; C2PA allows P-256, P-384, P-521");
      case ED25519:
        return params == null
            ? Optional.empty()
            : Optional.of("the Ed25519 key has parameters; RFC 8410 requires none");
      case RSA:
      case RSASSA_PSS:
        return rsaKey(spki);
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> rsaKey(SubjectPublicKeyInfo spki) {
    RSAPublicKey key;
    try {
      key = RSAPublicKey.getInstance(spki.parsePublicKey());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("the RSA public key is malformed");
    }
    int bits = key.getModulus().bitLength();
    if (bits < 2048) {
      return Optional.of("the RSA key has " + bits + " bits; C2PA requires at least 2048");
    }
    BigInteger e = key.getPublicExponent();
    if (e.compareTo(BigInteger.valueOf(3)) < 0 || !e.testBit(0)) {
      return Optional.of("the RSA public exponent is not an odd number of at least 3");
    }
    return Optional.empty();
  }

  private static Optional<String> pssParameters(ASN1Encodable params) {
    if (params == null || params instanceof DERNull) {
      return Optional.of("the RSASSA-PSS signature algorithm has no parameters");
    }
    RSASSAPSSparams pss;
    try {
      pss = RSASSAPSSparams.getInstance(params);
    } catch (IllegalArgumentException e) {
      return Optional.of("the RSASSA-PSS parameters are malformed");
    }
    String hash = pss.getHashAlgorithm().getAlgorithm().getId();
    AlgorithmIdentifier mgf = pss.getMaskGenAlgorithm();
    String mgfHash = null;
    if (mgf.getAlgorithm().getId().equals(MGF1) && mgf.getParameters() != null) {
      try {
        mgfHash = AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm().getId();
      } catch (IllegalArgumentException e) {
        return Optional.of("the RSASSA-PSS mask generation parameters are malformed");
      }
    }
    if (!hash.equals(mgfHash)) {
      return Optional.of("the RSASSA-PSS hash and MGF1 hash differ");
    }
    return SHA2.contains(hash)
        ? Optional.empty()
        : Optional.of("the RSASSA-PSS hash " + hash + " is not SHA-256, SHA-384 or SHA-512");
  }
}
