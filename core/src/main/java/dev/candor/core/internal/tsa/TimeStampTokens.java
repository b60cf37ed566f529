package dev.candor.core.internal.tsa;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** Parsing and the cryptographic checks shared by the TSA client and the token verifier. */
final class TimeStampTokens {
  /** Largest token or response we parse; real tokens with a full chain are 5-15 KiB. */
  static final int MAX_BYTES = 1 << 20;

  /** Hashes allowed for imprints and token signatures (C2PA 2.2 §13.1), by OID. */
  static final Map<ASN1ObjectIdentifier, String> DIGESTS =
      Map.of(
          NISTObjectIdentifiers.id_sha256, "SHA-256",
          NISTObjectIdentifiers.id_sha384, "SHA-384",
          NISTObjectIdentifiers.id_sha512, "SHA-512");

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private TimeStampTokens() {}

  /**
   * Parses a DER {@code TimeStampToken} (a CMS ContentInfo) or a whole {@code TimeStampResp} whose
   * status is granted, as legacy {@code sigTst} values hold (c2pa-rs reads both the same way).
   */
  static TimeStampToken parse(byte[] tokenOrResponse) throws TokenException {
    if (tokenOrResponse.length > MAX_BYTES) {
      throw new TokenException("time-stamp is larger than " + MAX_BYTES + " bytes");
    }
    try {
      ASN1Primitive outer = ASN1Primitive.fromByteArray(tokenOrResponse);
      ASN1Encodable first = ASN1Sequence.getInstance(outer).getObjectAt(0);
      if (first instanceof ASN1ObjectIdentifier) {
        return new TimeStampToken(ContentInfo.getInstance(outer));
      }
      TimeStampResponse response = new TimeStampResponse(tokenOrResponse);
      TimeStampToken token = response.getTimeStampToken();
      if (!isGranted(response.getStatus()) || token == null) {
        throw new TokenException(
            "time-stamp response was not granted (status " + response.getStatus() + ")");
      }
      return token;
    } catch (IOException | TSPException | RuntimeException e) {
      throw new TokenException("time-stamp cannot be parsed: " + e.getMessage(), e);
    }
  }

  /** RFC 3161 PKIStatus granted (0) or grantedWithMods (1). */
  static boolean isGranted(int status) {
    return status == 0 || status == 1;
  }

  /** The JCA digest name for an allowed OID, or empty. */
  static Optional<String> digestName(ASN1ObjectIdentifier oid) {
    return Optional.ofNullable(DIGESTS.get(oid));
  }

  /** The TSA certificate the token names as signer, looked up in the token then in {@code more}. */
  static Optional<X509CertificateHolder> signerCertificate(
      TimeStampToken token, List<X509Certificate> more) {
    Collection<X509CertificateHolder> inToken = token.getCertificates().getMatches(token.getSID());
    if (!inToken.isEmpty()) {
      return Optional.of(inToken.iterator().next());
    }
    for (X509Certificate c : more) {
      try {
        X509CertificateHolder holder = new JcaX509CertificateHolder(c);
        if (token.getSID().match(holder)) {
          return Optional.of(holder);
        }
      } catch (CertificateException e) {
        // an anchor that cannot be encoded names no signer
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the token's CMS signature with {@code cert}'s key: signed attributes present with the
   * TSTInfo content type and a message digest equal to the TSTInfo's, an allowed digest, and a
   * signing-certificate attribute (ESSCertID or ESSCertIDv2) that names {@code cert}.
   */
  static void verifySignature(TimeStampToken token, X509CertificateHolder cert)
      throws TokenException {
    SignerInformation signer = token.toCMSSignedData().getSignerInfos().get(token.getSID());
    if (signer == null || signer.getSignedAttributes() == null) {
      throw new TokenException("time-stamp token has no signer with signed attributes");
    }
    if (digestName(signer.getDigestAlgorithmID().getAlgorithm()).isEmpty()) {
      throw new TokenException(
          "time-stamp token is signed with digest "
              + signer.getDigestAlgOID()
              + ", not SHA-256/384/512");
    }
    try {
      PublicKey key = toX509(cert).getPublicKey();
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(key))) {
        throw new TokenException("time-stamp token signature does not verify with its TSA key");
      }
    } catch (CMSException | OperatorCreationException e) {
      throw new TokenException("time-stamp token signature does not verify: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      // Bouncy Castle rejects unusable key material (e.g. an RSA modulus with a small prime
      // factor) with unchecked exceptions; from a token that is a malformed token (found by
      // fuzzing).
      throw new TokenException("time-stamp token's TSA key is unusable: " + e.getMessage(), e);
    }
    checkSigningCertificateAttribute(token.getSignedAttributes(), cert);
  }

  private static void checkSigningCertificateAttribute(
      AttributeTable attributes, X509CertificateHolder cert) throws TokenException {
    try {
      byte[] encoded = cert.getEncoded();
      Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
      if (v2 != null) {
        ESSCertIDv2 id =
            SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
        ASN1ObjectIdentifier alg = id.getHashAlgorithm().getAlgorithm();
        requireHash(jcaName(alg), encoded, id.getCertHash());
        return;
      }
      Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
      if (v1 == null) {
        throw new TokenException("time-stamp token has no signing-certificate attribute");
      }
      ESSCertID id =
          SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
      requireHash("SHA-1", encoded, id.getCertHash());
    } catch (IOException | RuntimeException e) {
      throw new TokenException("time-stamp signing-certificate attribute is malformed", e);
    }
  }

  private static String jcaName(ASN1ObjectIdentifier alg) throws TokenException {
    if (OIWObjectIdentifiers.idSHA1.equals(alg)) {
      return "SHA-1"; // only to identify the certificate, as RFC 5035 allows
    }
    return digestName(alg)
        .orElseThrow(() -> new TokenException("signing-certificate hash " + alg + " unsupported"));
  }

  private static void requireHash(String alg, byte[] encoded, byte[] expected)
      throws TokenException {
    if (!Arrays.equals(digest(alg, encoded), expected)) {
      throw new TokenException(
          "time-stamp signing-certificate attribute does not match the TSA certificate");
    }
  }

  /**
   * Why {@code cert} may not sign time-stamps, or empty: RFC 3161 §2.3 wants the extended key usage
   * extension, marked critical, with id-kp-timeStamping as its only purpose.
   */
  static Optional<String> timeStampingUsageProblem(X509CertificateHolder cert) {
    Extension eku = cert.getExtension(Extension.extendedKeyUsage);
    if (eku == null) {
      return Optional.of("TSA certificate has no extended key usage");
    }
    if (!eku.isCritical()) {
      return Optional.of("TSA certificate's extended key usage is not critical");
    }
    KeyPurposeId[] usages = ExtendedKeyUsage.getInstance(eku.getParsedValue()).getUsages();
    if (usages.length != 1 || !KeyPurposeId.id_kp_timeStamping.equals(usages[0])) {
      return Optional.of("TSA certificate's extended key usage is not timeStamping alone");
    }
    return Optional.empty();
  }

  static X509Certificate toX509(X509CertificateHolder holder) throws TokenException {
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (CertificateException e) {
      throw new TokenException("TSA certificate cannot be decoded", e);
    }
  }

  static byte[] digest(String jcaName, byte[] data) {
    try {
      return MessageDigest.getInstance(jcaName).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + jcaName, e);
    }
  }
}
