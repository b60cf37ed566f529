package dev.candor.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.TrustAnchors;
import dev.candor.core.internal.x509.CertificateProfile;
import dev.candor.core.internal.x509.Certificates;
import dev.candor.core.internal.x509.ChainValidator;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Fuzz target: an {@code x5chain} certificate as the validator handles it. The JDK parses the DER
 * (a {@link CertificateException} is a rejection, as in the COSE check); whatever parses must go
 * through Candor's certificate profile and chain evaluation without an exception.
 */
class X509FuzzTest {
  private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

  @FuzzTest(maxDuration = "10m")
  void signerCertificate(byte[] der) {
    X509Certificate cert;
    try {
      cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      // The validator treats both as an unreadable x5chain (CoseCheck.chain).
      return;
    }
    List<X509Certificate> chain = List.of(cert, Templates.pki().root());
    CertificateProfile.Result r = CertificateProfile.c2paDefault().check(chain, AT);
    r.codes();
    ChainValidator.evaluate(Templates.pki().trustAnchors(), chain, AT);
    ChainValidator.evaluate(TrustAnchors.of(List.of(cert)), List.of(cert), AT);
    Certificates.isSelfSigned(cert);
    Certificates.sha256(cert);
  }
}
