package dev.candor.core.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.candor.core.StatusCode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;
import org.junit.jupiter.api.Test;

/**
 * Hostile RFC 3161 tokens found by fuzzing, rebuilt here from scratch (no fixture bytes): each must
 * give a status, never an exception.
 */
class HostileTokenTest {
  static final byte[] DATA = "candor fuzz time-stamped data".getBytes(StandardCharsets.UTF_8);

  /**
   * A token whose TSA certificate carries an RSA key with a small prime factor. Bouncy Castle
   * refuses such a key with an IllegalArgumentException, which escaped the validator.
   */
  static byte[] tokenWithWeakRsaTsaKey() throws Exception {
    // An RSA-signed token, as the fuzzer's input had (BC builds the RSA key only then).
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair tsaKeys = rsa.generateKeyPair();
    X500Name name = new X500Name("CN=Weak TSA");
    BigInteger serial = BigInteger.valueOf(77);
    Date from = new Date();
    Date to = new Date(System.currentTimeMillis() + 86_400_000L);
    X509CertificateHolder real =
        new JcaX509v3CertificateBuilder(name, serial, from, to, name, tsaKeys.getPublic())
            .addExtension(
                Extension.extendedKeyUsage,
                true,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(tsaKeys.getPrivate()));
    TimeStampTokenGenerator gen =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build(
                    "SHA256withRSA",
                    tsaKeys.getPrivate(),
                    new JcaX509CertificateConverter().getCertificate(real)),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.2"));
    TimeStampRequestGenerator rg = new TimeStampRequestGenerator();
    rg.setCertReq(true);
    TimeStampRequest req =
        rg.generate(TSPAlgorithms.SHA256, MessageDigest.getInstance("SHA-256").digest(DATA));
    TimeStampToken token = gen.generate(req, BigInteger.ONE, from);
    // The same issuer and serial (so the token's signer id still names it), but an RSA modulus
    // divisible by 3.
    BigInteger weak =
        BigInteger.valueOf(3).multiply(BigInteger.ONE.shiftLeft(2046).add(BigInteger.ONE));
    SubjectPublicKeyInfo spki =
        new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
            new RSAPublicKey(weak, BigInteger.valueOf(65537)));
    X509CertificateHolder bogus =
        new X509v3CertificateBuilder(name, serial, from, to, name, spki)
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(tsaKeys.getPrivate()));
    CMSSignedData swapped =
        CMSSignedData.replaceCertificatesAndCRLs(
            token.toCMSSignedData(), new CollectionStore<>(List.of(bogus)), null, null);
    return swapped.getEncoded();
  }

  @Test
  void verify_tsaKeyWithSmallPrimeFactor_malformedNotException() throws Exception {
    byte[] token = tokenWithWeakRsaTsaKey();
    assertMalformedNotValidated(token, "tsa_rsa_modulus_small_factor");
  }

  /**
   * A token whose signer identifier names its issuer with a SET where the Name SEQUENCE belongs.
   * The fuzzer's input (a mutated fixture, not committed) made BC throw "unknown object in
   * getInstance: DLSet" from the signer-certificate lookup; this simpler token is refused earlier,
   * at parsing, so it guards the outcome (malformed, no exception) rather than that code path.
   */
  static byte[] tokenWithSetAsSignerIssuer() throws Exception {
    try (dev.candor.core.testkit.LoopbackTsa tsa = dev.candor.core.testkit.LoopbackTsa.start()) {
      org.bouncycastle.asn1.cms.ContentInfo ci =
          org.bouncycastle.asn1.cms.ContentInfo.getInstance(
              org.bouncycastle.asn1.ASN1Primitive.fromByteArray(tsa.issueToken(DATA)));
      org.bouncycastle.asn1.ASN1Sequence sd =
          org.bouncycastle.asn1.ASN1Sequence.getInstance(ci.getContent());
      org.bouncycastle.asn1.ASN1EncodableVector v = new org.bouncycastle.asn1.ASN1EncodableVector();
      for (int i = 0; i < sd.size(); i++) {
        org.bouncycastle.asn1.ASN1Encodable e = sd.getObjectAt(i);
        v.add(i == sd.size() - 1 ? signerInfosWithSetIssuer(e) : e);
      }
      return new org.bouncycastle.asn1.cms.ContentInfo(
              ci.getContentType(), new org.bouncycastle.asn1.DERSequence(v))
          .getEncoded("DER");
    }
  }

  private static org.bouncycastle.asn1.ASN1Encodable signerInfosWithSetIssuer(
      org.bouncycastle.asn1.ASN1Encodable signerInfos) {
    org.bouncycastle.asn1.ASN1Sequence si =
        org.bouncycastle.asn1.ASN1Sequence.getInstance(
            org.bouncycastle.asn1.ASN1Set.getInstance(signerInfos).getObjectAt(0));
    org.bouncycastle.asn1.ASN1Sequence sid =
        org.bouncycastle.asn1.ASN1Sequence.getInstance(si.getObjectAt(1));
    org.bouncycastle.asn1.ASN1Sequence issuer =
        org.bouncycastle.asn1.ASN1Sequence.getInstance(sid.getObjectAt(0));
    org.bouncycastle.asn1.ASN1EncodableVector names =
        new org.bouncycastle.asn1.ASN1EncodableVector();
    issuer.forEach(names::add);
    org.bouncycastle.asn1.ASN1EncodableVector newSid =
        new org.bouncycastle.asn1.ASN1EncodableVector();
    newSid.add(new org.bouncycastle.asn1.DERSet(names));
    newSid.add(sid.getObjectAt(1));
    org.bouncycastle.asn1.ASN1EncodableVector newSi =
        new org.bouncycastle.asn1.ASN1EncodableVector();
    for (int i = 0; i < si.size(); i++) {
      newSi.add(i == 1 ? new org.bouncycastle.asn1.DERSequence(newSid) : si.getObjectAt(i));
    }
    return new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.DERSequence(newSi));
  }

  @Test
  void verify_setAsSignerIssuer_malformedNotException() throws Exception {
    byte[] token = tokenWithSetAsSignerIssuer();
    assertMalformedNotValidated(token, "signer_issuer_is_a_set");
  }

  /**
   * The token is reported malformed (informational, not validated) rather than throwing; with
   * {@code -Dcandor.seeds.dir} it is also written there as a fuzzing seed named {@code seed}.
   */
  private static void assertMalformedNotValidated(byte[] token, String seed) throws Exception {
    String seeds = System.getProperty("candor.seeds.dir");
    if (seeds != null) {
      Files.write(Path.of(seeds, seed), token);
    }
    TimeStampResult r = TimeStampVerifier.of(List.of()).verify(token, DATA, "u");
    assertFalse(r.validated());
    assertEquals(
        List.of(StatusCode.TIMESTAMP_MALFORMED),
        r.informational().stream().map(s -> s.code()).toList(),
        r.informational().toString());
  }
}
