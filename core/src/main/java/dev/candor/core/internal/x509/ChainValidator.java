package dev.candor.core.internal.x509;

import dev.candor.core.StatusCode;
import dev.candor.core.TrustAnchors;
import dev.candor.core.ValidationStatus;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Decides {@code signingCredential.trusted} or {@code signingCredential.untrusted} for a claim
 * signer (C2PA 2.2 §14.4, RFC 5280 §6 in the subset c2pa-rs applies), without revocation checks.
 *
 * <p>Trusted when the signing certificate is on the allowed list; or when it carries one of the
 * accepted EKUs, each certificate of {@code x5chain} is signed by the next, every issuer in it is a
 * CA, all are valid at the reference instant, and some certificate of the chain is an anchor or is
 * signed by a valid anchor. The chain is searched from its end, as c2pa-rs does, so an anchor may
 * be an intermediate. JDK PKIX is not used: it would apply its own EKU, policy and algorithm
 * constraints, which are not C2PA's.
 */
public final class ChainValidator {
  private ChainValidator() {}

  /**
   * Judges the signer chain against the anchors.
   *
   * @param chain the {@code x5chain}, signing certificate first
   * @param at the trusted time-stamp's genTime, else the validation time
   */
  public static ValidationStatus evaluate(
      TrustAnchors trust, List<X509Certificate> chain, Instant at) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("chain: empty");
    }
    X509Certificate leaf = chain.get(0);
    if (trust.allows(leaf)) {
      return trusted("the signing certificate is on the allowed list");
    }
    if (trust.anchors().isEmpty()) {
      return untrusted("no trust anchors are configured");
    }
    String eku = acceptedEku(leaf, trust.extendedKeyUsages());
    if (eku == null) {
      return untrusted(
          "the signing certificate has none of the accepted extended key usages "
              + trust.extendedKeyUsages());
    }
    for (int i = 0; i < chain.size(); i++) {
      X509Certificate c = chain.get(i);
      if (!validAt(c, at)) {
        return untrusted(name(c) + " is not valid at " + at);
      }
      if (i > 0 && c.getBasicConstraints() < 0) {
        return untrusted(name(c) + " issues a certificate in the chain but is not a CA");
      }
      if (i + 1 < chain.size() && !Certificates.isIssuedBy(c, chain.get(i + 1))) {
        return untrusted(name(c) + " is not signed by the next certificate in the chain");
      }
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      X509Certificate c = chain.get(i);
      for (X509Certificate anchor : trust.anchors()) {
        if (anchor.equals(c)) {
          return trusted(name(c) + " is a trust anchor (accepted EKU " + eku + ")");
        }
        if (validAt(anchor, at) && Certificates.isIssuedBy(c, anchor)) {
          return trusted("chains to trust anchor " + name(anchor) + " (accepted EKU " + eku + ")");
        }
      }
    }
    return untrusted("the chain does not lead to a configured trust anchor valid at " + at);
  }

  private static String acceptedEku(X509Certificate leaf, List<String> accepted) {
    List<String> ekus;
    try {
      ekus = leaf.getExtendedKeyUsage();
    } catch (CertificateParsingException e) {
      return null;
    }
    if (ekus == null) {
      return null;
    }
    for (String oid : accepted) {
      if (ekus.contains(oid)) {
        return oid;
      }
    }
    return null;
  }

  private static boolean validAt(X509Certificate c, Instant at) {
    return !at.isBefore(c.getNotBefore().toInstant()) && !at.isAfter(c.getNotAfter().toInstant());
  }

  private static String name(X509Certificate c) {
    return "certificate " + c.getSubjectX500Principal().getName();
  }

  private static ValidationStatus trusted(String why) {
    return new ValidationStatus(StatusCode.SIGNING_CREDENTIAL_TRUSTED, null, why);
  }

  private static ValidationStatus untrusted(String why) {
    return new ValidationStatus(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED, null, why);
  }
}
