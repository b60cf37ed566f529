package dev.candor.core;

import dev.candor.core.internal.x509.Certificates;
import dev.candor.core.internal.x509.ExtendedKeyUsages;
import dev.candor.core.internal.x509.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whom a validator trusts to sign claims (C2PA 2.2 §14.4.1): trust-anchor certificates, an optional
 * allowed list of end-entity certificates trusted outright (§14.4.3), and the extended key usages a
 * signing certificate must carry to be trusted. Immutable; the {@code with…} methods return copies.
 *
 * <pre>{@code
 * TrustAnchors trust = TrustAnchors.fromPem(Path.of("c2pa-trust-list.pem"));
 * }</pre>
 */
public final class TrustAnchors {
  /**
   * c2pa-rs's default accepted EKUs ({@code crypto/cose/valid_eku_oids.cfg}): emailProtection,
   * documentSigning, timeStamping, OCSPSigning, Microsoft C2PA signing, c2pa-kp-claimSigning.
   */
  public static final List<String> DEFAULT_EXTENDED_KEY_USAGES = ExtendedKeyUsages.C2PA_DEFAULT;

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
  private static final Pattern SHA256_BASE64 = Pattern.compile("[A-Za-z0-9+/]{43}=");
  private static final TrustAnchors NONE =
      new TrustAnchors(List.of(), Set.of(), DEFAULT_EXTENDED_KEY_USAGES);

  private final List<X509Certificate> anchors;
  private final Set<String> allowedSha256;
  private final List<String> ekus;

  private TrustAnchors(
      List<X509Certificate> anchors, Set<String> allowedSha256, List<String> ekus) {
    this.anchors = List.copyOf(anchors);
    this.allowedSha256 = Set.copyOf(allowedSha256);
    this.ekus = List.copyOf(ekus);
  }

  /** Trusts no one: every signer is reported {@code signingCredential.untrusted}. */
  public static TrustAnchors none() {
    return NONE;
  }

  /** Trusts certificates that chain to any of {@code anchors}. */
  public static TrustAnchors of(Collection<X509Certificate> anchors) {
    Objects.requireNonNull(anchors, "anchors");
    if (anchors.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("anchors: contains null");
    }
    return new TrustAnchors(new ArrayList<>(anchors), Set.of(), DEFAULT_EXTENDED_KEY_USAGES);
  }

  /**
   * Trusts the CERTIFICATE blocks of a PEM bundle file.
   *
   * @throws IOException if the file cannot be read
   * @throws ProvenanceException if a block is not a certificate or the file holds none
   */
  public static TrustAnchors fromPem(Path bundle) throws IOException, ProvenanceException {
    return fromPem(Files.readString(bundle, StandardCharsets.US_ASCII));
  }

  /**
   * Trusts the CERTIFICATE blocks of PEM text.
   *
   * @throws ProvenanceException if a block is not a certificate or the text holds none
   */
  public static TrustAnchors fromPem(String bundlePem) throws ProvenanceException {
    List<X509Certificate> certs = Pem.certificates(bundlePem);
    if (certs.isEmpty()) {
      throw new ProvenanceException("the trust bundle holds no CERTIFICATE block");
    }
    return of(certs);
  }

  /**
   * Trusts the certificates of a key store's trusted-certificate entries (as in a Java {@code
   * cacerts} or a PKCS#12 trust store).
   *
   * @throws KeyStoreException if the store is not loaded
   */
  public static TrustAnchors fromKeyStore(KeyStore store) throws KeyStoreException {
    List<X509Certificate> certs = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      Certificate c = store.isCertificateEntry(alias) ? store.getCertificate(alias) : null;
      if (c instanceof X509Certificate) {
        certs.add((X509Certificate) c);
      }
    }
    return of(certs);
  }

  /** These anchors plus {@code other}'s anchors and allowed list; this one's EKU list. */
  public TrustAnchors plus(TrustAnchors other) {
    List<X509Certificate> all = new ArrayList<>(new LinkedHashSet<>(anchors));
    for (X509Certificate c : other.anchors) {
      if (!all.contains(c)) {
        all.add(c);
      }
    }
    Set<String> allowed = new HashSet<>(allowedSha256);
    allowed.addAll(other.allowedSha256);
    return new TrustAnchors(all, allowed, ekus);
  }

  /** A copy that also trusts exactly these end-entity certificates, whoever issued them. */
  public TrustAnchors withAllowedList(Collection<X509Certificate> endEntities) {
    Set<String> allowed = new HashSet<>(allowedSha256);
    for (X509Certificate c : endEntities) {
      allowed.add(Base64.getEncoder().encodeToString(Certificates.sha256(c)));
    }
    return new TrustAnchors(anchors, allowed, ekus);
  }

  /**
   * A copy that also trusts the end-entity certificates of an allowed-list file in c2pa-rs's
   * format: CERTIFICATE blocks, and lines outside them holding the base64 SHA-256 of a
   * certificate's DER.
   *
   * @throws ProvenanceException if a certificate block cannot be decoded
   */
  public TrustAnchors withAllowedListPem(String allowedListPem) throws ProvenanceException {
    Set<String> allowed = new HashSet<>(allowedSha256);
    boolean inBlock = false;
    for (String line : allowedListPem.split("\r?\n")) {
      String t = line.trim();
      inBlock = t.startsWith("-----BEGIN") || (inBlock && !t.startsWith("-----END"));
      if (!inBlock && SHA256_BASE64.matcher(t).matches()) {
        allowed.add(t);
      }
    }
    for (X509Certificate c : Pem.certificates(allowedListPem)) {
      allowed.add(Base64.getEncoder().encodeToString(Certificates.sha256(c)));
    }
    return new TrustAnchors(anchors, allowed, ekus);
  }

  /**
   * A copy whose signing certificates must carry at least one of these EKU OIDs to be trusted.
   *
   * @throws IllegalArgumentException if the list is empty or an entry is not a dotted OID
   */
  public TrustAnchors withExtendedKeyUsages(Collection<String> ekuOids) {
    List<String> list = new ArrayList<>(new LinkedHashSet<>(ekuOids));
    if (list.isEmpty()) {
      throw new IllegalArgumentException("ekuOids: empty, so nothing could be trusted");
    }
    for (String oid : list) {
      if (oid == null || !OID.matcher(oid).matches()) {
        throw new IllegalArgumentException("ekuOids: not a dotted OID: " + oid);
      }
    }
    return new TrustAnchors(anchors, allowedSha256, list);
  }

  /**
   * A copy whose EKU list comes from a c2pa-rs {@code store.cfg}: one OID per line; other lines
   * (such as {@code //} comments) are skipped.
   *
   * @throws IllegalArgumentException if the text holds no OID
   */
  public TrustAnchors withExtendedKeyUsageConfig(String storeCfg) {
    List<String> oids = new ArrayList<>();
    for (String line : storeCfg.split("\r?\n")) {
      String t = line.trim();
      if (OID.matcher(t).matches()) {
        oids.add(t);
      }
    }
    return withExtendedKeyUsages(oids);
  }

  /** The trust-anchor certificates, in the order given. */
  public List<X509Certificate> anchors() {
    return anchors;
  }

  /** The EKU OIDs a signing certificate must carry one of. */
  public List<String> extendedKeyUsages() {
    return ekus;
  }

  /** Whether {@code endEntity} is on the allowed list (compared by the SHA-256 of its DER). */
  public boolean allows(X509Certificate endEntity) {
    return allowedSha256.contains(
        Base64.getEncoder().encodeToString(Certificates.sha256(endEntity)));
  }

  /** Whether nothing at all is trusted. */
  public boolean isEmpty() {
    return anchors.isEmpty() && allowedSha256.isEmpty();
  }

  @Override
  public String toString() {
    return "TrustAnchors["
        + anchors.size()
        + " anchors, "
        + allowedSha256.size()
        + " allowed, "
        + ekus.size()
        + " EKUs]";
  }
}
