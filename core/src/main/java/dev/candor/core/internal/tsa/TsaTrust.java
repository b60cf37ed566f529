package dev.candor.core.internal.tsa;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a TSA certificate chains to a configured TSA anchor (RFC 5280 §6 path validation at the
 * token's genTime, intermediates taken from the token, no revocation check). TSA anchors are a list
 * of their own, separate from claim-signer anchors (C2PA 2.2 §14.4).
 */
final class TsaTrust {
  private final Set<TrustAnchor> anchors;
  private final List<X509Certificate> anchorCertificates;

  TsaTrust(List<X509Certificate> anchors) {
    this.anchorCertificates = List.copyOf(anchors);
    this.anchors =
        anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toUnmodifiableSet());
  }

  boolean hasAnchors() {
    return !anchors.isEmpty();
  }

  List<X509Certificate> anchorCertificates() {
    return anchorCertificates;
  }

  /** Why {@code tsa} does not chain to an anchor at {@code time}, or empty when it does. */
  Optional<String> problem(X509Certificate tsa, List<X509Certificate> intermediates, Instant time) {
    if (anchorCertificates.contains(tsa)) {
      return Optional.empty();
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(tsa);
      PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(time));
      List<X509Certificate> pool = new ArrayList<>(intermediates);
      pool.add(tsa);
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
      CertPathBuilder.getInstance("PKIX").build(params);
      return Optional.empty();
    } catch (CertPathBuilderException e) {
      return Optional.of("TSA certificate does not chain to a TSA trust anchor: " + e.getMessage());
    } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("PKIX path building unavailable", e);
    }
  }
}
