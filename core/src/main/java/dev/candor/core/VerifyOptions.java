package dev.candor.core;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What verification trusts: the roots a signer must chain to for {@link ValidationState#TRUSTED},
 * and the time taken as "now". Without anchors an intact record is at best
 * {@link ValidationState#VALID}. Immutable.
 *
 * @param trust trusted signer roots, allowed-list certificates and accepted EKUs
 * @param timeStampAnchors root certificates of trusted time-stamp authorities
 * @param now the time validity is judged at when there is no time-stamp, or {@code null} for the clock
 */
public record VerifyOptions(
    TrustAnchors trust, List<X509Certificate> timeStampAnchors, Instant now) {
  /** Copies the list. */
  public VerifyOptions {
    java.util.Objects.requireNonNull(trust, "trust");
    timeStampAnchors = List.copyOf(timeStampAnchors);
  }

  /** No anchors, the system clock. */
  public static VerifyOptions defaults() {
    return new VerifyOptions(TrustAnchors.none(), List.of(), null);
  }

  /** These options plus anchors. */
  public VerifyOptions withTrustAnchors(List<X509Certificate> anchors) {
    return withTrust(TrustAnchors.of(anchors));
  }

  /** These options plus the given trust configuration. */
  public VerifyOptions withTrust(TrustAnchors more) {
    return new VerifyOptions(trust.isEmpty() ? more : trust.plus(more), timeStampAnchors, now);
  }

  /**
   * These options plus every certificate in a PEM bundle as an anchor.
   *
   * @throws IOException when the file cannot be read or holds no certificate
   */
  public VerifyOptions withTrustAnchorsPem(Path pem) throws IOException {
    try {
      return withTrust(TrustAnchors.fromPem(pem));
    } catch (ProvenanceException e) {
      throw new IOException(pem + ": " + e.getMessage(), e);
    }
  }

  /** These options plus trusted time-stamp authority roots. */
  public VerifyOptions withTimeStampAnchors(List<X509Certificate> anchors) {
    List<X509Certificate> all = new ArrayList<>(timeStampAnchors);
    all.addAll(anchors);
    return new VerifyOptions(trust, all, now);
  }

  /** These options judging validity at a fixed time. */
  public VerifyOptions at(Instant time) {
    return new VerifyOptions(trust, timeStampAnchors, time);
  }

  /** The time to judge at. */
  public Instant effectiveNow() {
    return now == null ? Instant.now() : now;
  }
}
