package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * Credential checks: signer validity at the signing time, chain to configured anchors, RFC 3161
 * token signature and imprint.
 */
public final class BasicCredentialPolicy implements CredentialPolicy {
  private final List<X509Certificate> anchors;

  /** A policy trusting the given anchors (may be empty). */
  public BasicCredentialPolicy(List<X509Certificate> anchors) {
    this.anchors = List.copyOf(anchors);
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
    TimeStampToken t;
    try {
      t = parse(token);
    } catch (Exception e) {
      f.info(StatusCode.TIMESTAMP_MALFORMED, url, "time-stamp token unreadable");
      return null;
    }
    try {
      String oid = t.getTimeStampInfo().getMessageImprintAlgOID().getId();
      String jca = switch (oid) {
        case "2.16.840.1.101.3.4.2.1" -> "SHA-256";
        case "2.16.840.1.101.3.4.2.2" -> "SHA-384";
        case "2.16.840.1.101.3.4.2.3" -> "SHA-512";
        default -> null;
      };
      if (jca == null) {
        f.info(StatusCode.TIMESTAMP_MALFORMED, url, "time-stamp hash algorithm not allowed");
        return null;
      }
      byte[] expected = MessageDigest.getInstance(jca).digest(data);
      if (!Arrays.equals(expected, t.getTimeStampInfo().getMessageImprintDigest())) {
        f.info(StatusCode.TIMESTAMP_MISMATCH, url, "time-stamp does not cover this signature");
        return null;
      }
      @SuppressWarnings("unchecked")
      Store<X509CertificateHolder> certs = t.getCertificates();
      var matches = certs.getMatches(t.getSID());
      if (matches.isEmpty()) {
        f.info(StatusCode.TIMESTAMP_MALFORMED, url, "time-stamp carries no TSA certificate");
        return null;
      }
      X509CertificateHolder tsa = (X509CertificateHolder) matches.iterator().next();
      t.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
      Instant gen = t.getTimeStampInfo().getGenTime().toInstant();
      f.success(StatusCode.TIMESTAMP_VALIDATED, url, "time-stamp validated at " + gen);
      f.info(StatusCode.TIMESTAMP_UNTRUSTED, url, "time-stamp authority not trusted");
      return gen;
    } catch (Exception e) {
      f.info(StatusCode.TIMESTAMP_MALFORMED, url, "time-stamp does not verify: " + e.getMessage());
      return null;
    }
  }

  private static TimeStampToken parse(byte[] b) throws Exception {
    try {
      return new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(b));
    } catch (Exception e) {
      TimeStampResponse r = new TimeStampResponse(b);
      if (r.getTimeStampToken() == null) {
        throw e;
      }
      return r.getTimeStampToken();
    }
  }
}
