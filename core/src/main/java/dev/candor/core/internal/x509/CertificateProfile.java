package dev.candor.core.internal.x509;

import dev.candor.core.StatusCode;
import dev.candor.core.ValidationStatus;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.TBSCertificate;

/**
 * Checks a claim signer's certificate against the C2PA certificate profile (C2PA 2.2 §14.5.1) the
 * way c2pa-rs does ({@code crypto/cose/certificate_profile.rs}, {@code
 * check_end_entity_certificate_profile}): only the signing certificate is held to the profile;
 * intermediates are judged by the chain check.
 *
 * <p>Every violation becomes a {@code signingCredential.invalid} failure, except validity at the
 * reference instant: outside it is {@code signingCredential.expired} (what c2pa-rs reports), inside
 * it is the success {@code claimSignature.insideValidity}. Failures are listed in c2pa-rs's rule
 * order, so the first one is the one c2pa-rs would report (it stops at the first).
 */
public final class CertificateProfile {

  /**
   * What the profile check found.
   *
   * @param failures every violation, first the one c2pa-rs reports; empty when the certificate
   *     passes
   * @param validity {@code claimSignature.insideValidity} or {@code signingCredential.expired}
   */
  public record Result(List<ValidationStatus> failures, ValidationStatus validity) {
    /** Copies the list. */
    public Result {
      failures = List.copyOf(failures);
    }

    /** Whether the certificate meets the whole profile, validity included. */
    public boolean passed() {
      return failures.isEmpty();
    }

    /** The failure codes, for tests and logs. */
    public List<String> codes() {
      return failures.stream().map(ValidationStatus::code).toList();
    }
  }

  /** Extensions c2pa-rs understands; any other marked critical makes the certificate invalid. */
  private static final Set<String> KNOWN_EXTENSIONS =
      Set.of(
          "2.5.29.35", // authorityKeyIdentifier
          "2.5.29.14", // subjectKeyIdentifier
          "2.5.29.15", // keyUsage
          "2.5.29.32", // certificatePolicies
          "2.5.29.33", // policyMappings
          "2.5.29.17", // subjectAltName
          "2.5.29.19", // basicConstraints
          "2.5.29.30", // nameConstraints
          "2.5.29.36", // policyConstraints
          "2.5.29.37", // extKeyUsage
          "2.5.29.31", // cRLDistributionPoints
          "2.5.29.54", // inhibitAnyPolicy
          "1.3.6.1.5.5.7.1.1", // authorityInfoAccess
          "2.16.840.1.113730.1.1", // netscape-cert-type
          "2.5.29.20", // cRLNumber
          "2.5.29.21", // reasonCode
          "2.5.29.24"); // invalidityDate

  private final Set<String> acceptedEkus;

  private CertificateProfile(Collection<String> acceptedEkus) {
    this.acceptedEkus = Set.copyOf(acceptedEkus);
  }

  /** The profile with c2pa-rs's default EKU list ({@link ExtendedKeyUsages#C2PA_DEFAULT}). */
  public static CertificateProfile c2paDefault() {
    return new CertificateProfile(ExtendedKeyUsages.C2PA_DEFAULT);
  }

  /** The profile accepting signing certificates with at least one of these EKU OIDs. */
  public static CertificateProfile acceptingEkus(Collection<String> ekuOids) {
    return new CertificateProfile(ekuOids);
  }

  /**
   * Checks the signing certificate, {@code chain.get(0)}.
   *
   * @param chain the signer chain from {@code x5chain}, signing certificate first
   * @param at the time-stamp's genTime when a trusted one is present, else the validation time
   */
  public Result check(List<X509Certificate> chain, Instant at) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("chain: empty");
    }
    X509Certificate leaf = chain.get(0);
    List<ValidationStatus> failures = new ArrayList<>();
    String who = "signing certificate " + leaf.getSubjectX500Principal().getName() + ": ";
    TBSCertificate tbs;
    try {
      tbs = Certificate.getInstance(Certificates.encoded(leaf)).getTBSCertificate();
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      // The JDK accepted the DER, Bouncy Castle's stricter structure does not; BC reports that
      // with unchecked exceptions (a ClassCastException was found by fuzzing).
      failures.add(invalid(who + "cannot be parsed"));
      return new Result(failures, failures.get(0));
    }
    if (leaf.getVersion() != 3) {
      failures.add(invalid(who + "is X.509 v" + leaf.getVersion() + "; C2PA requires v3"));
    }
    ValidationStatus validity = validity(leaf, at, who);
    if (!validity.code().equals(StatusCode.CLAIM_SIGNATURE_INSIDE_VALIDITY)) {
      failures.add(validity);
    }
    AlgorithmRules.signatureAlgorithm(tbs.getSignature())
        .ifPresent(m -> failures.add(invalid(who + m)));
    AlgorithmRules.subjectPublicKey(tbs.getSubjectPublicKeyInfo())
        .ifPresent(m -> failures.add(invalid(who + m)));
    if (leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())) {
      failures.add(invalid(who + "is self-signed; C2PA signers must be issued by a CA"));
    }
    if (tbs.getIssuerUniqueId() != null || tbs.getSubjectUniqueId() != null) {
      failures.add(invalid(who + "has issuer or subject unique IDs, which C2PA forbids"));
    }
    Extensions ext = tbs.getExtensions();
    try {
      extensionRules(ext, who, failures);
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      failures.add(invalid(who + "has a malformed extension (" + e.getMessage() + ")"));
    }
    return new Result(failures, validity);
  }

  private void extensionRules(Extensions ext, String who, List<ValidationStatus> failures) {
    BasicConstraints bc = ext == null ? null : BasicConstraints.fromExtensions(ext);
    boolean ca = bc != null && bc.isCA();
    ekuRule(ext, ca).ifPresent(m -> failures.add(invalid(who + m)));
    if (ext == null || ext.getExtension(Extension.authorityKeyIdentifier) == null) {
      failures.add(invalid(who + "has no authority key identifier"));
    }
    keyUsageRule(ext, ca).ifPresent(m -> failures.add(invalid(who + m)));
    if (ext != null) {
      for (ASN1ObjectIdentifier oid : ext.getCriticalExtensionOIDs()) {
        if (!KNOWN_EXTENSIONS.contains(oid.getId())) {
          failures.add(invalid(who + "has unknown critical extension " + oid.getId()));
        }
      }
    }
    if (ca) {
      failures.add(invalid(who + "is a CA certificate; claims must be signed by an end entity"));
    }
  }

  /**
   * EKU present and non-empty, not anyExtendedKeyUsage, one of the accepted OIDs, and timeStamping
   * / OCSPSigning only alone.
   */
  private Optional<String> ekuRule(Extensions ext, boolean ca) {
    Extension e = ext == null ? null : ext.getExtension(Extension.extendedKeyUsage);
    if (e == null) {
      return ca ? Optional.empty() : Optional.of("has no extended key usage extension");
    }
    KeyPurposeId[] usages = ExtendedKeyUsage.getInstance(e.getParsedValue()).getUsages();
    if (usages.length == 0) {
      return Optional.of("has an empty extended key usage extension");
    }
    List<String> oids = new ArrayList<>();
    for (KeyPurposeId k : usages) {
      oids.add(k.getId());
    }
    if (oids.contains(ExtendedKeyUsages.ANY)) {
      return Optional.of("has anyExtendedKeyUsage, which C2PA forbids");
    }
    if (oids.stream().noneMatch(acceptedEkus::contains)) {
      return Optional.of("has none of the accepted extended key usages " + acceptedEkus);
    }
    boolean ts = oids.contains(ExtendedKeyUsages.TIME_STAMPING);
    boolean ocsp = oids.contains(ExtendedKeyUsages.OCSP_SIGNING);
    if ((ts || ocsp) && oids.size() > 1) {
      return Optional.of("combines timeStamping or OCSPSigning with other extended key usages");
    }
    return Optional.empty();
  }

  /** Key usage present; digitalSignature set; keyCertSign only on a CA. */
  private static Optional<String> keyUsageRule(Extensions ext, boolean ca) {
    KeyUsage ku = ext == null ? null : KeyUsage.fromExtensions(ext);
    if (ku == null) {
      return Optional.of("has no key usage extension");
    }
    if (!ku.hasUsages(KeyUsage.digitalSignature)) {
      return Optional.of("key usage lacks digitalSignature");
    }
    if (ku.hasUsages(KeyUsage.keyCertSign) && !ca) {
      return Optional.of("key usage has keyCertSign but the certificate is not a CA");
    }
    return Optional.empty();
  }

  private static ValidationStatus validity(X509Certificate leaf, Instant at, String who) {
    Instant from = leaf.getNotBefore().toInstant();
    Instant to = leaf.getNotAfter().toInstant();
    if (at.isBefore(from) || at.isAfter(to)) {
      return new ValidationStatus(
          StatusCode.SIGNING_CREDENTIAL_EXPIRED,
          null,
          who + "not valid at " + at + " (valid from " + from + " to " + to + ")");
    }
    return new ValidationStatus(
        StatusCode.CLAIM_SIGNATURE_INSIDE_VALIDITY,
        null,
        who + "valid at " + at + " (valid from " + from + " to " + to + ")");
  }

  private static ValidationStatus invalid(String explanation) {
    return new ValidationStatus(StatusCode.SIGNING_CREDENTIAL_INVALID, null, explanation);
  }
}
