package dev.candor.core.internal.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Judges the signer's certificate chain and the claim signature's time-stamp: the certificate
 * profile, trust, validity, and the RFC 3161 token.
 */
public interface CredentialPolicy {

  /**
   * Checks the signing chain (leaf first) at {@code at} and records profile, validity and trust
   * findings.
   */
  void checkSigner(List<X509Certificate> chain, Instant at, Findings f, String url);

  /**
   * Checks a time-stamp over {@code data}; records findings and returns the time-stamp's time when
   * its signature and imprint hold, else {@code null}.
   *
   * @param token a DER TimeStampToken, or (legacy) a TimeStampResp
   */
  Instant checkTimeStamp(byte[] token, byte[] data, Findings f, String url);
}
