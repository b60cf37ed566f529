package dev.candor.core.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.junit.jupiter.api.Test;

class TimeStampTokensTest {

  @Test
  void timeStampingUsageProblem_criticalTimeStampingAlone_none() throws Exception {
    X509CertificateHolder cert =
        selfSigned(new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping), true);

    assertEquals(Optional.empty(), TimeStampTokens.timeStampingUsageProblem(cert));
  }

  @Test
  void timeStampingUsageProblem_ekuNotCritical_reportsIt() throws Exception {
    X509CertificateHolder cert =
        selfSigned(new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping), false);

    assertEquals(
        Optional.of("TSA certificate's extended key usage is not critical"),
        TimeStampTokens.timeStampingUsageProblem(cert));
  }

  @Test
  void timeStampingUsageProblem_extraPurpose_reportsIt() throws Exception {
    X509CertificateHolder cert =
        selfSigned(
            new ExtendedKeyUsage(
                new KeyPurposeId[] {
                  KeyPurposeId.id_kp_timeStamping, KeyPurposeId.id_kp_OCSPSigning
                }),
            true);

    assertEquals(
        Optional.of("TSA certificate's extended key usage is not timeStamping alone"),
        TimeStampTokens.timeStampingUsageProblem(cert));
  }

  @Test
  void timeStampingUsageProblem_noEku_reportsIt() throws Exception {
    assertEquals(
        Optional.of("TSA certificate has no extended key usage"),
        TimeStampTokens.timeStampingUsageProblem(selfSigned(null, true)));
  }

  @Test
  void parse_rejectedResponse_throws() throws Exception {
    byte[] rejected =
        new TimeStampResponseGenerator(null, null)
            .generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badAlg, "no")
            .getEncoded();

    TokenException e = assertThrows(TokenException.class, () -> TimeStampTokens.parse(rejected));

    assertTrue(e.getMessage().contains("not granted"), e.getMessage());
  }

  @Test
  void parse_overLimit_throwsBeforeParsing() {
    TokenException e =
        assertThrows(
            TokenException.class,
            () -> TimeStampTokens.parse(new byte[TimeStampTokens.MAX_BYTES + 1]));

    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
  }

  @Test
  void parse_declaredLengthBeyondInput_throws() {
    // SEQUENCE claiming 0x7fffffff content bytes, followed by almost nothing.
    byte[] lying = {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x06, 0x01};

    assertThrows(TokenException.class, () -> TimeStampTokens.parse(lying));
  }

  private static X509CertificateHolder selfSigned(ExtendedKeyUsage eku, boolean critical)
      throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = g.generateKeyPair();
    X500Name name = new X500Name("CN=EKU test");
    Instant now = Instant.now();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.TEN,
            Date.from(now),
            Date.from(now.plus(Duration.ofDays(1))),
            name,
            keys.getPublic());
    if (eku != null) {
      b.addExtension(Extension.extendedKeyUsage, critical, eku);
    }
    return b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
  }
}
