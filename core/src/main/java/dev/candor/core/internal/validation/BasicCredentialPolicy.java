package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import dev.candor.core.internal.tsa.TimeStampResult;
import dev.candor.core.internal.tsa.TimeStampVerifier;

/**
 * Credential checks: signer validity at the signing time, chain to configured anchors, RFC 3161
 * token signature and imprint.
 */
public final class BasicCredentialPolicy implements CredentialPolicy {
  private final List<X509Certificate> anchors;
  private final TimeStampVerifier timeStamps;

  /** A policy trusting the given signer anchors and time-stamp authority anchors (may be empty). */
  public BasicCredentialPolicy(List<X509Certificate> anchors, List<X509Certificate> tsaAnchors) {
    this.anchors = List.copyOf(anchors);
    this.timeStamps = TimeStampVerifier.of(tsaAnchors);
  }

  @Override
  public void checkSigner(List<X509Certificate> chain, Instant at, Findings f, String url) {
    X509Certificate leaf = chain.get(0);
    try {
      leaf.checkValidity(Date.from(at));
      f.success(StatusCode.CLAIM_SIGNATURE_INSIDE_VALIDITY, url, "claim signature valid at " + at);
    } catch (java.security.cert.CertificateException e) {
      f.failure(StatusCode.SIGNING_CREDENTIAL_EXPIRED, url, "signing certificate not valid at " + at);
    }
    if (chainsToAnchor(chain, at)) {
      f.success(StatusCode.SIGNING_CREDENTIAL_TRUSTED, url, "signing certificate trusted");
    } else {
      f.failure(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, url, "signing certificate untrusted");
    }
  }

  private boolean chainsToAnchor(List<X509Certificate> chain, Instant at) {
    for (int i = 0; i < chain.size() - 1; i++) {
      if (!signedBy(chain.get(i), chain.get(i + 1))) {
        return false;
      }
    }
    X509Certificate top = chain.get(chain.size() - 1);
    for (X509Certificate a : anchors) {
      if (a.equals(top) || signedBy(top, a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
    try {
      if (!c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        return false;
      }
      c.verify(issuer.getPublicKey());
      return true;
    } catch (java.security.GeneralSecurityException e) {
      return false;
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
