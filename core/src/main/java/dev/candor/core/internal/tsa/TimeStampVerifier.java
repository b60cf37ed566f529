package dev.candor.core.internal.tsa;

import dev.candor.core.StatusCode;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Checks an RFC 3161 time-stamp on a claim signature (C2PA 2.2 §15.8) and reports C2PA status
 * codes; never throws for bad input. Checks, in c2pa-rs's order, stopping at the first problem:
 *
 * <ol>
 *   <li>parse a token, or a granted TimeStampResp (legacy {@code sigTst}) — else {@code
 *       timeStamp.malformed};
 *   <li>imprint hash is SHA-256/384/512 — else {@code malformed};
 *   <li>TSA certificate found (in the token, or among the anchors) — else {@code untrusted};
 *   <li>CMS signature, signed attributes and signing-certificate binding — else {@code malformed};
 *   <li>genTime inside the TSA certificate's validity — else {@code timeStamp.outsideValidity};
 *   <li>imprint equals the hash of the expected bytes — else {@code timeStamp.mismatch}; all
 *       passed: {@code timeStamp.validated};
 *   <li>TSA certificate has the critical timeStamping EKU and chains to a TSA anchor: {@code
 *       timeStamp.trusted}, else {@code timeStamp.untrusted} (also when no anchors are configured).
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeStampVerifier {
  private final TsaTrust trust;

  private TimeStampVerifier(List<X509Certificate> anchors) {
    this.trust = new TsaTrust(anchors);
  }

  /**
   * A verifier trusting the given TSA roots (may be empty: tokens can still validate, as
   * untrusted).
   */
  public static TimeStampVerifier of(List<X509Certificate> tsaAnchors) {
    Objects.requireNonNull(tsaAnchors, "tsaAnchors");
    return new TimeStampVerifier(tsaAnchors);
  }

  /**
   * Verifies the time-stamp of a claim signature.
   *
   * @param header the unprotected-header label the value came from
   * @param value the {@code val} bytes of the first {@code tstTokens} entry
   * @param protectedHeader the COSE protected-header bytes as stored
   * @param signature the COSE signature bytes
   * @param claim the claim bytes (needed for {@link TimeStampHeader#SIG_TST})
   * @param url the JUMBF URI of the claim signature, put in every status; may be {@code null}
   */
  public TimeStampResult verifyClaimSignature(
      TimeStampHeader header,
      byte[] value,
      byte[] protectedHeader,
      byte[] signature,
      byte[] claim,
      String url) {
    return verify(value, CounterSignatureData.of(header, protectedHeader, signature, claim), url);
  }

  /**
   * Verifies a token (or a TimeStampResp) over {@code timeStamped}, the exact bytes whose hash the
   * imprint should be.
   */
  public TimeStampResult verify(byte[] tokenOrResponse, byte[] timeStamped, String url) {
    Objects.requireNonNull(tokenOrResponse, "tokenOrResponse");
    Objects.requireNonNull(timeStamped, "timeStamped");
    TimeStampResult.Builder result = new TimeStampResult.Builder(url);
    TimeStampToken token;
    try {
      token = TimeStampTokens.parse(tokenOrResponse);
    } catch (TokenException e) {
      return result.add(StatusCode.TIMESTAMP_MALFORMED, e.getMessage()).build();
    }
    try {
      return verifyParsed(token, timeStamped, result);
    } catch (RuntimeException e) {
      // Bouncy Castle decodes the token's parts (signer id, certificates, attributes, signature)
      // lazily and reports a malformed part with one of several unchecked exceptions wherever it
      // is first touched: IllegalArgumentException, ClassCastException, RuntimeOperatorException
      // were all found by fuzzing. Everything here works on the token's bytes, so any of them
      // means a malformed token.
      return new TimeStampResult.Builder(url)
          .add(StatusCode.TIMESTAMP_MALFORMED, "time-stamp token is malformed: " + e.getMessage())
          .build();
    }
  }

  private TimeStampResult verifyParsed(
      TimeStampToken token, byte[] timeStamped, TimeStampResult.Builder result) {
    TimeStampTokenInfo info = token.getTimeStampInfo();
    Instant genTime = info.getGenTime().toInstant();
    result.genTime(genTime);

    Optional<String> imprintAlg = TimeStampTokens.digestName(info.getMessageImprintAlgOID());
    if (imprintAlg.isEmpty()) {
      return result
          .add(
              StatusCode.TIMESTAMP_MALFORMED,
              "imprint hash " + info.getMessageImprintAlgOID() + " is not SHA-256/384/512")
          .build();
    }
    Optional<X509CertificateHolder> tsaHolder =
        TimeStampTokens.signerCertificate(token, trust.anchorCertificates());
    if (tsaHolder.isEmpty()) {
      return result
          .add(StatusCode.TIMESTAMP_UNTRUSTED, "TSA certificate is neither in the token nor known")
          .build();
    }
    X509Certificate tsa;
    try {
      tsa = TimeStampTokens.toX509(tsaHolder.get());
      TimeStampTokens.verifySignature(token, tsaHolder.get());
    } catch (TokenException e) {
      return result.add(StatusCode.TIMESTAMP_MALFORMED, e.getMessage()).build();
    }
    if (genTime.isBefore(tsa.getNotBefore().toInstant())
        || genTime.isAfter(tsa.getNotAfter().toInstant())) {
      return result
          .add(
              StatusCode.TIMESTAMP_OUTSIDE_VALIDITY,
              "genTime " + genTime + " is outside the TSA certificate's validity")
          .build();
    }
    byte[] expected = TimeStampTokens.digest(imprintAlg.get(), timeStamped);
    if (!MessageDigest.isEqual(expected, info.getMessageImprintDigest())) {
      return result
          .add(StatusCode.TIMESTAMP_MISMATCH, "time-stamp imprint does not match the signature")
          .build();
    }
    result.add(StatusCode.TIMESTAMP_VALIDATED, "time-stamp verified, genTime " + genTime);
    Optional<String> untrusted = trustProblem(token, tsaHolder.get(), tsa, genTime);
    if (untrusted.isPresent()) {
      result.add(StatusCode.TIMESTAMP_UNTRUSTED, untrusted.get());
    } else {
      result.add(StatusCode.TIMESTAMP_TRUSTED, "TSA chains to a configured TSA anchor");
    }
    return result.build();
  }

  private Optional<String> trustProblem(
      TimeStampToken token, X509CertificateHolder holder, X509Certificate tsa, Instant genTime) {
    Optional<String> usage = TimeStampTokens.timeStampingUsageProblem(holder);
    if (usage.isPresent()) {
      return usage;
    }
    if (!trust.hasAnchors()) {
      return Optional.of("no TSA trust anchors configured");
    }
    List<X509Certificate> others = new ArrayList<>();
    for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
      try {
        others.add(TimeStampTokens.toX509(h));
      } catch (TokenException e) {
        // an undecodable extra certificate cannot help build a path
      }
    }
    return trust.problem(tsa, others, genTime);
  }
}
