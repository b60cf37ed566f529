package dev.candor.core.internal.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.Fixtures;
import dev.candor.core.StatusCode;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateProfileTest {
  private static final CertificateProfile PROFILE = CertificateProfile.c2paDefault();

  private static CertificateProfile.Result check(X509Certificate cert) {
    return PROFILE.check(List.of(cert, TestCertificates.root()), Instant.now());
  }

  private static CertificateProfile.Result checkBroken(Consumer<TestCertificates.Spec> breakIt) {
    TestCertificates.Spec spec = TestCertificates.goodSigner();
    breakIt.accept(spec);
    return check(spec.issue());
  }

  private static void assertInvalid(CertificateProfile.Result r, String mentions) {
    assertEquals(
        List.of(StatusCode.SIGNING_CREDENTIAL_INVALID), r.codes(), r.failures().toString());
    assertTrue(
        r.failures().get(0).explanation().contains(mentions),
        r.failures().get(0).explanation() + " should mention " + mentions);
  }

  @Test
  void check_goodSigner_passesInsideValidity() {
    CertificateProfile.Result r = check(TestCertificates.goodSigner().issue());
    assertTrue(r.passed(), r.failures().toString());
    assertEquals(StatusCode.CLAIM_SIGNATURE_INSIDE_VALIDITY, r.validity().code());
  }

  @Test
  void check_fixtureChains_pass() throws Exception {
    for (String stem : Fixtures.KEY_STEMS) {
      List<X509Certificate> chain =
          Pem.certificates(Files.readString(Fixtures.certs().resolve(stem + ".pub")));
      CertificateProfile.Result r = PROFILE.check(chain, Instant.parse("2026-01-01T00:00:00Z"));
      assertTrue(r.passed(), stem + ": " + r.failures());
    }
  }

  @ParameterizedTest
  @EnumSource(DevelopmentPki.KeyType.class)
  void check_developmentPki_passes(DevelopmentPki.KeyType type) {
    DevelopmentPki pki = DevelopmentPki.create(type);
    CertificateProfile.Result r = PROFILE.check(pki.chain(), Instant.now());
    assertTrue(r.passed(), type + ": " + r.failures());
  }

  @Test
  void check_basicConstraintsCa_isInvalid() {
    assertInvalid(checkBroken(s -> s.ca = true), "is a CA certificate");
  }

  @Test
  void check_keyCertSignOnEndEntity_isInvalid() {
    assertInvalid(
        checkBroken(s -> s.keyUsage = KeyUsage.digitalSignature | KeyUsage.keyCertSign),
        "keyCertSign");
  }

  @Test
  void check_missingEku_isInvalid() {
    assertInvalid(checkBroken(s -> s.ekus = null), "no extended key usage");
  }

  @Test
  void check_anyEku_isInvalid() {
    assertInvalid(checkBroken(s -> s.ekus.add(ExtendedKeyUsages.ANY)), "anyExtendedKeyUsage");
  }

  @Test
  void check_onlyServerAuthEku_isInvalid() {
    assertInvalid(
        checkBroken(s -> s.ekus = List.of(ExtendedKeyUsages.SERVER_AUTH)), "none of the accepted");
  }

  @Test
  void check_timeStampingWithOtherEku_isInvalid() {
    assertInvalid(checkBroken(s -> s.ekus.add(ExtendedKeyUsages.TIME_STAMPING)), "timeStamping");
  }

  @Test
  void check_missingKeyUsage_isInvalid() {
    assertInvalid(checkBroken(s -> s.keyUsage = null), "no key usage");
  }

  @Test
  void check_keyUsageWithoutDigitalSignature_isInvalid() {
    assertInvalid(checkBroken(s -> s.keyUsage = KeyUsage.keyEncipherment), "digitalSignature");
  }

  @Test
  void check_missingAuthorityKeyIdentifier_isInvalid() {
    assertInvalid(checkBroken(s -> s.aki = false), "authority key identifier");
  }

  @Test
  void check_unknownCriticalExtension_isInvalid() {
    assertInvalid(
        checkBroken(s -> s.criticalExtension = "1.3.6.1.4.1.99999.1"), "1.3.6.1.4.1.99999.1");
  }

  @Test
  void check_selfSignedLeaf_isInvalid() {
    assertInvalid(checkBroken(s -> s.selfSigned = true), "self-signed");
  }

  @Test
  void check_rsa1024_isInvalid() {
    assertInvalid(checkBroken(s -> s.keys = TestCertificates.rsa(1024)), "1024 bits");
  }

  @Test
  void check_expired_isSigningCredentialExpired() {
    CertificateProfile.Result r =
        checkBroken(
            s -> {
              s.notBefore = Instant.now().minus(Duration.ofDays(30));
              s.notAfter = Instant.now().minus(Duration.ofDays(1));
            });
    assertEquals(List.of(StatusCode.SIGNING_CREDENTIAL_EXPIRED), r.codes());
    assertEquals(StatusCode.SIGNING_CREDENTIAL_EXPIRED, r.validity().code());
  }

  @Test
  void check_expiredButInsideValidityAtTimeStamp_passes() {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.notBefore = Instant.now().minus(Duration.ofDays(30));
    s.notAfter = Instant.now().minus(Duration.ofDays(1));
    CertificateProfile.Result r =
        PROFILE.check(List.of(s.issue()), Instant.now().minus(Duration.ofDays(10)));
    assertTrue(r.passed(), r.failures().toString());
    assertEquals(StatusCode.CLAIM_SIGNATURE_INSIDE_VALIDITY, r.validity().code());
  }

  @Test
  void check_ekuListWithoutLeafEku_isInvalid() {
    CertificateProfile profile =
        CertificateProfile.acceptingEkus(List.of(ExtendedKeyUsages.DOCUMENT_SIGNING));
    CertificateProfile.Result r =
        profile.check(List.of(TestCertificates.goodSigner().issue()), Instant.now());
    assertEquals(List.of(StatusCode.SIGNING_CREDENTIAL_INVALID), r.codes());
  }
}
