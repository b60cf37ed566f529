package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import dev.candor.core.TrustAnchors;
import dev.candor.core.ValidationStatus;
import dev.candor.core.internal.x509.CertificateProfile;
import dev.candor.core.internal.x509.ChainValidator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import dev.candor.core.internal.tsa.TimeStampResult;
import dev.candor.core.internal.tsa.TimeStampVerifier;

/**
 * Credential checks as c2pa-rs makes them: the C2PA certificate profile (C2PA 2.2 §14.5.1) and
 * validity at the signing time, the chain to configured anchors with an accepted EKU, and the RFC
 * 3161 time-stamp.
 */
public final class BasicCredentialPolicy implements CredentialPolicy {
  private final TrustAnchors trust;
  private final CertificateProfile profile;
  private final TimeStampVerifier timeStamps;

  /** A policy trusting the given signer anchors and time-stamp authority anchors (may be empty). */
  public BasicCredentialPolicy(TrustAnchors trust, List<X509Certificate> tsaAnchors) {
    this.trust = trust;
    this.profile = CertificateProfile.acceptingEkus(trust.extendedKeyUsages());
    this.timeStamps = TimeStampVerifier.of(tsaAnchors);
  }

  @Override
  public void checkSigner(List<X509Certificate> chain, Instant at, Findings f, String url) {
    CertificateProfile.Result r = profile.check(chain, at);
    for (ValidationStatus s : r.failures()) {
      f.failure(s.code(), url, s.explanation());
    }
    ValidationStatus v = r.validity();
    if (v != null) {
      if (v.code().equals(StatusCode.CLAIM_SIGNATURE_INSIDE_VALIDITY)) {
        f.success(v.code(), url, v.explanation());
      } else if (!r.failures().contains(v)) {
        // The profile's failures already hold an expired validity; report it once, as c2pa-rs.
        f.failure(v.code(), url, v.explanation());
      }
    }
    ValidationStatus t = ChainValidator.evaluate(trust, chain, at);
    if (t.code().equals(StatusCode.SIGNING_CREDENTIAL_TRUSTED)) {
      f.success(t.code(), url, t.explanation());
    } else {
      f.failure(t.code(), url, t.explanation());
    }
  }

  @Override
  public Instant checkTimeStamp(byte[] token, byte[] data, Findings f, String url) {
    TimeStampResult r = timeStamps.verify(token, data, url);
    r.success().forEach(st -> f.success(st.code(), st.url(), st.explanation()));
    r.informational().forEach(st -> f.info(st.code(), st.url(), st.explanation()));
    return r.validated() ? r.genTime().orElse(null) : null;
  }
}
