package dev.candor.core.internal.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.Fixtures;
import dev.candor.core.StatusCode;
import dev.candor.core.TrustAnchors;
import dev.candor.core.ValidationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainValidatorTest {
  private static final Instant IN_2026 = Instant.parse("2026-06-01T00:00:00Z");

  private static List<X509Certificate> fixtureChain(String stem) throws Exception {
    return Pem.certificates(Files.readString(Fixtures.certs().resolve(stem + ".pub")));
  }

  private static TrustAnchors fixtureAnchors() throws Exception {
    return TrustAnchors.fromPem(Fixtures.certs().resolve("trust/test_cert_root_bundle.pem"));
  }

  @Test
  void evaluate_fixtureChainsAgainstTestRootBundle_trusted() throws Exception {
    TrustAnchors trust = fixtureAnchors();
    for (String stem : Fixtures.KEY_STEMS) {
      ValidationStatus s = ChainValidator.evaluate(trust, fixtureChain(stem), IN_2026);
      assertEquals(StatusCode.SIGNING_CREDENTIAL_TRUSTED, s.code(), stem + ": " + s.explanation());
    }
  }

  @Test
  void evaluate_fixtureChainWithStoreCfgEkus_trusted() throws Exception {
    Path cfg = Fixtures.certs().resolve("trust/store.cfg");
    TrustAnchors trust = fixtureAnchors().withExtendedKeyUsageConfig(Files.readString(cfg));
    assertEquals(
        StatusCode.SIGNING_CREDENTIAL_TRUSTED,
        ChainValidator.evaluate(trust, fixtureChain("es256"), IN_2026).code());
  }

  @Test
  void evaluate_noAnchors_untrusted() throws Exception {
    ValidationStatus s =
        ChainValidator.evaluate(TrustAnchors.none(), fixtureChain("es256"), IN_2026);
    assertEquals(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, s.code());
  }

  @Test
  void evaluate_leafEkuNotAccepted_untrusted() throws Exception {
    TrustAnchors trust =
        fixtureAnchors().withExtendedKeyUsages(List.of(ExtendedKeyUsages.C2PA_CLAIM_SIGNING));
    ValidationStatus s = ChainValidator.evaluate(trust, fixtureChain("es256"), IN_2026);
    assertEquals(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, s.code(), s.explanation());
  }

  @Test
  void evaluate_afterIntermediateExpiry_untrusted() throws Exception {
    List<X509Certificate> chain = fixtureChain("es256");
    Instant after = chain.get(1).getNotAfter().toInstant().plus(Duration.ofDays(1));
    ValidationStatus s = ChainValidator.evaluate(fixtureAnchors(), chain, after);
    assertEquals(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, s.code());
  }

  @Test
  void evaluate_allowedListFixture_trustedWithoutAnchors() throws Exception {
    String allowed = Files.readString(Fixtures.certs().resolve("trust/allowed_list.pem"));
    TrustAnchors trust = TrustAnchors.none().withAllowedListPem(allowed);
    List<X509Certificate> allowedCerts = Pem.certificates(allowed);
    ValidationStatus s = ChainValidator.evaluate(trust, List.of(allowedCerts.get(0)), IN_2026);
    assertEquals(StatusCode.SIGNING_CREDENTIAL_TRUSTED, s.code(), s.explanation());
  }

  @Test
  void evaluate_developmentPkiWithItsRoot_trusted() {
    for (DevelopmentPki.KeyType type : DevelopmentPki.KeyType.values()) {
      DevelopmentPki pki = DevelopmentPki.create(type);
      ValidationStatus s = ChainValidator.evaluate(pki.trustAnchors(), pki.chain(), Instant.now());
      assertEquals(StatusCode.SIGNING_CREDENTIAL_TRUSTED, s.code(), type + ": " + s.explanation());
    }
  }

  @Test
  void evaluate_developmentPkiWithOtherRoot_untrusted() {
    DevelopmentPki pki = DevelopmentPki.create();
    DevelopmentPki other = DevelopmentPki.create();
    ValidationStatus s = ChainValidator.evaluate(other.trustAnchors(), pki.chain(), Instant.now());
    assertEquals(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, s.code());
  }

  @Test
  void evaluate_chainOutOfOrder_untrusted() throws Exception {
    List<X509Certificate> chain = fixtureChain("es256");
    List<X509Certificate> swapped = List.of(chain.get(0), chain.get(0), chain.get(1));
    ValidationStatus s = ChainValidator.evaluate(fixtureAnchors(), swapped, IN_2026);
    assertEquals(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, s.code());
  }

  @Test
  void evaluate_testSignerUnderTestRoot_trusted() {
    ValidationStatus s =
        ChainValidator.evaluate(
            TrustAnchors.of(List.of(TestCertificates.root())),
            List.of(TestCertificates.goodSigner().issue()),
            Instant.now());
    assertEquals(StatusCode.SIGNING_CREDENTIAL_TRUSTED, s.code(), s.explanation());
  }

  @Test
  void evaluate_issuerNameInOtherRdnOrder_untrusted() throws Exception {
    // Same RDNs as the root's subject, reversed: names compare as encoded, so no match.
    TestCertificates.Spec spec = TestCertificates.goodSigner();
    X509Certificate leaf = spec.issue();
    X509Certificate root = TestCertificates.root();
    X509Certificate other =
        CertificateIssuer.root(
            TestCertificates.rootKeys(),
            "SHA256withECDSA",
            new javax.security.auth.x500.X500Principal("O=Candor Tests, CN=Test Root CA"),
            Duration.ofDays(10));
    assertEquals(
        StatusCode.SIGNING_CREDENTIAL_TRUSTED,
        ChainValidator.evaluate(TrustAnchors.of(List.of(root)), List.of(leaf), Instant.now())
            .code());
    assertEquals(
        StatusCode.SIGNING_CREDENTIAL_UNTRUSTED,
        ChainValidator.evaluate(TrustAnchors.of(List.of(other)), List.of(leaf), Instant.now())
            .code());
  }
}
