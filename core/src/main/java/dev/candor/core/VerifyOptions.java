package dev.candor.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What verification trusts: the roots a signer must chain to for {@link ValidationState#TRUSTED},
 * and the time taken as "now". Without anchors an intact record is at best
 * {@link ValidationState#VALID}. Immutable.
 *
 * @param trustAnchors root certificates of trusted signers
 * @param timeStampAnchors root certificates of trusted time-stamp authorities
 * @param now the time validity is judged at when there is no time-stamp, or {@code null} for the clock
 */
public record VerifyOptions(
    List<X509Certificate> trustAnchors, List<X509Certificate> timeStampAnchors, Instant now) {
  /** Copies the list. */
  public VerifyOptions {
    trustAnchors = List.copyOf(trustAnchors);
    timeStampAnchors = List.copyOf(timeStampAnchors);
  }

  /** No anchors, the system clock. */
  public static VerifyOptions defaults() {
    return new VerifyOptions(List.of(), List.of(), null);
  }

  /** These options plus anchors. */
  public VerifyOptions withTrustAnchors(List<X509Certificate> anchors) {
    List<X509Certificate> all = new ArrayList<>(trustAnchors);
    all.addAll(anchors);
    return new VerifyOptions(all, timeStampAnchors, now);
  }

  /**
   * These options plus every certificate in a PEM bundle as an anchor.
   *
   * @throws IOException when the file cannot be read or holds no certificate
   */
  public VerifyOptions withTrustAnchorsPem(Path pem) throws IOException {
    try (InputStream in = Files.newInputStream(pem)) {
      List<X509Certificate> certs = new ArrayList<>();
      for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        certs.add((X509Certificate) c);
      }
      if (certs.isEmpty()) {
        throw new IOException(pem + " holds no certificate");
      }
      return withTrustAnchors(certs);
    } catch (CertificateException e) {
      throw new IOException(pem + " is not a PEM certificate bundle: " + e.getMessage(), e);
    }
  }

  /** These options plus trusted time-stamp authority roots. */
  public VerifyOptions withTimeStampAnchors(List<X509Certificate> anchors) {
    List<X509Certificate> all = new ArrayList<>(timeStampAnchors);
    all.addAll(anchors);
    return new VerifyOptions(trustAnchors, all, now);
  }

  /** These options judging validity at a fixed time. */
  public VerifyOptions at(Instant time) {
    return new VerifyOptions(trustAnchors, timeStampAnchors, time);
  }

  /** The time to judge at. */
  public Instant effectiveNow() {
    return now == null ? Instant.now() : now;
  }
}
