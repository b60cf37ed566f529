package dev.candor.core.forgery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.Provenance;
import dev.candor.core.Signer;
import dev.candor.core.Signers;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.StatusCode;
import dev.candor.core.TimeStamper;
import dev.candor.core.TrustAnchors;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.cose.CoseSign1;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.x509.TestCertificates;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.testkit.StoreSurgery;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged and confusing side-car stores, each built so that only the targeted check can fire, and
 * the C2PA status code Candor's validator must raise for it. docs/FORGERY.md tabulates them.
 */
class ForgeryTest {
  static final SigningAlgorithm ES256 = SigningAlgorithm.ES256;
  static KeyPair keys;
  static X509Certificate leaf;
  static Signer signer;
  static VerifyOptions trusting;

  @BeforeAll
  static void credentials() {
    TestCertificates.Spec spec = TestCertificates.goodSigner();
    keys = spec.keys;
    leaf = spec.issue();
    signer = Signers.fromKey(keys.getPrivate(), List.of(leaf));
    trusting =
        VerifyOptions.defaults().withTrust(TrustAnchors.of(List.of(TestCertificates.root())));
  }

  static ValidationReport verify(byte[] store) {
    return Provenance.verifySidecar(store, AssetSource.of(Forge.ASSET), trusting);
  }

  static void assertFails(ValidationReport r, String code) {
    assertEquals(ValidationState.INVALID, r.state(), r.toString());
    assertTrue(ValidationReport.codes(r.failure()).contains(code), code + " expected in " + r);
  }

  @Test
  void genuine_trusted() throws Exception {
    ValidationReport r = verify(Forge.sidecar(signer, null));
    assertEquals(ValidationState.TRUSTED, r.state(), r.toString());
  }

  // --- signature and credentials ---

  @Test
  void signatureByAnotherKey_claimSignatureMismatch() throws Exception {
    // Candor's own writer refuses such a signer, so the attacker signs the claim himself.
    KeyPair other = TestCertificates.goodSigner().keys;
    byte[] store = Forge.signClaim(Forge.sidecar(signer, null), other.getPrivate(), ES256, null);
    assertFails(verify(store), StatusCode.CLAIM_SIGNATURE_MISMATCH);
  }

  @Test
  void headerAlgorithmNotTheKeys_claimSignatureMismatch() throws Exception {
    // Header says PS256 over an EC P-256 certificate; the signature is a valid ES256 one.
    assertFails(verify(es256UnderHeaderAlg(SigningAlgorithm.PS256)), StatusCode.CLAIM_SIGNATURE_MISMATCH);
  }

  @Test
  void headerAlgorithmOtherCurve_claimSignatureMismatch() throws Exception {
    // Header says ES384 (P-384) over a P-256 key.
    assertFails(verify(es256UnderHeaderAlg(SigningAlgorithm.ES384)), StatusCode.CLAIM_SIGNATURE_MISMATCH);
  }

  /** A genuine ES256 claim signature whose protected header names {@code alg} instead. */
  private static byte[] es256UnderHeaderAlg(SigningAlgorithm alg) throws Exception {
    return Forge.signClaim(
        Forge.sidecar(signer, null),
        keys.getPrivate(),
        ES256,
        h -> {
          h.put(CoseSign1.HEADER_ALG, (long) alg.coseId());
          return h;
        });
  }

  /** A genuine store whose x5chain is {@code cert}, signed with {@code cert}'s key. */
  static byte[] signedWith(TestCertificates.Spec spec) throws Exception {
    X509Certificate cert = spec.issue();
    return Forge.signClaim(
        Forge.sidecar(signer, null),
        spec.keys.getPrivate(),
        ES256,
        h -> {
          h.put(CoseSign1.HEADER_X5CHAIN, encoded(cert));
          return h;
        });
  }

  static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void certificateIsCa_signingCredentialInvalid() throws Exception {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.ca = true;
    assertFails(verify(signedWith(s)), StatusCode.SIGNING_CREDENTIAL_INVALID);
  }

  @Test
  void certificateExpired_signingCredentialExpired() throws Exception {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.notBefore = Instant.now().minus(Duration.ofDays(400));
    s.notAfter = Instant.now().minus(Duration.ofDays(1));
    assertFails(verify(signedWith(s)), StatusCode.SIGNING_CREDENTIAL_EXPIRED);
  }

  @Test
  void certificateWithoutEku_signingCredentialInvalid() throws Exception {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.ekus = null;
    assertFails(verify(signedWith(s)), StatusCode.SIGNING_CREDENTIAL_INVALID);
  }

  @Test
  void certificateWithoutKeyUsage_signingCredentialInvalid() throws Exception {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.keyUsage = null;
    assertFails(verify(signedWith(s)), StatusCode.SIGNING_CREDENTIAL_INVALID);
  }

  @Test
  void certificateWithUnknownCriticalExtension_signingCredentialInvalid() throws Exception {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.criticalExtension = "1.3.6.1.4.1.99999.1";
    assertFails(verify(signedWith(s)), StatusCode.SIGNING_CREDENTIAL_INVALID);
  }

  // --- hashed URIs and the assertion store ---

  static byte[] editFirstReference(byte[] store, String url) throws Exception {
    return Forge.resign(
        store,
        keys.getPrivate(),
        ES256,
        claim -> {
          Map<Object, Object> ref =
              CborValues.map(CborValues.list(claim, "created_assertions").get(0));
          ref.put("url", url);
          return claim;
        });
  }

  @Test
  void hashedUriToAnotherManifest_assertionOutsideManifest() throws Exception {
    byte[] store = Forge.sidecar(signer, null);
    String first = firstAssertionLabel(store);
    byte[] forged =
        editFirstReference(
            store,
            "self#jumbf=/c2pa/urn:c2pa:00000000-0000-4000-8000-000000000000/c2pa.assertions/"
                + first);
    assertFails(verify(forged), StatusCode.ASSERTION_OUTSIDE_MANIFEST);
  }

  @Test
  void hashedUriToMissingLabel_assertionMissing() throws Exception {
    byte[] forged =
        editFirstReference(
            Forge.sidecar(signer, null), "self#jumbf=c2pa.assertions/c2pa.not.there");
    assertFails(verify(forged), StatusCode.ASSERTION_MISSING);
  }

  @Test
  void hashedUriToDuplicatedLabel_assertionMissing() throws Exception {
    // A second assertion box with the same label as a listed one: the URI does not name one box
    // (c2pa-rs refuses the store with AssertionMissing).
    byte[] store = Forge.sidecar(signer, null);
    String first = firstAssertionLabel(store);
    List<Box> p = Forge.path(store, "c2pa.assertions", first);
    byte[] copy = p.get(p.size() - 1).bytes();
    byte[] forged = StoreSurgery.append(store, p.subList(0, p.size() - 1), copy);
    assertFails(verify(forged), StatusCode.ASSERTION_MISSING);
  }

  @Test
  void assertionTheClaimDoesNotList_assertionUndeclared() throws Exception {
    assertFails(verify(undeclared(Forge.sidecar(signer, null))), StatusCode.ASSERTION_UNDECLARED);
  }

  /** {@code store} plus a copy of its first assertion under another label, not in the claim. */
  static byte[] undeclared(byte[] store) throws Exception {
    String first = firstAssertionLabel(store);
    List<Box> p = Forge.path(store, "c2pa.assertions", first);
    byte[] extra = p.get(p.size() - 1).bytes();
    byte[] from = first.getBytes(StandardCharsets.UTF_8);
    byte[] to = from.clone();
    to[to.length - 1] = (byte) (to[to.length - 1] == 'x' ? 'y' : 'x');
    int at = indexOf(extra, from);
    System.arraycopy(to, 0, extra, at, to.length);
    return StoreSurgery.append(store, p.subList(0, p.size() - 1), extra);
  }

  @Test
  void claimListsAnAssertionTwice_claimMalformed() throws Exception {
    byte[] forged =
        Forge.resign(
            Forge.sidecar(signer, null),
            keys.getPrivate(),
            ES256,
            claim -> {
              List<Object> refs = CborValues.list(claim, "created_assertions");
              refs.add(Forge.deepCopy(refs.get(0)));
              return claim;
            });
    assertFails(verify(forged), StatusCode.CLAIM_MALFORMED);
  }

  // --- exclusion ranges ---

  static byte[] withExclusions(long[][] ranges) throws Exception {
    return Forge.editAssertion(
        Forge.sidecar(signer, null),
        "c2pa.hash.data",
        keys.getPrivate(),
        ES256,
        dh -> {
          List<Object> ex = new ArrayList<>();
          for (long[] r : ranges) {
            Map<Object, Object> e = new LinkedHashMap<>();
            e.put("start", r[0]);
            e.put("length", r[1]);
            ex.add(e);
          }
          dh.put("exclusions", ex);
          return dh;
        });
  }

  @Test
  void exclusionsOverlap_dataHashMismatch() throws Exception {
    assertFails(
        verify(withExclusions(new long[][] {{100, 50}, {120, 50}})),
        StatusCode.ASSERTION_DATAHASH_MISMATCH);
  }

  @Test
  void exclusionPastTheFile_dataHashMismatch() throws Exception {
    assertFails(
        verify(withExclusions(new long[][] {{4000, 200}})), StatusCode.ASSERTION_DATAHASH_MISMATCH);
  }

  // --- time-stamps ---

  @Test
  void timeStampOverOtherBytes_timeStampMismatch() throws Exception {
    // A genuine token from a trusted TSA, but over other bytes than this signature (Candor's
    // writer refuses such a reply, so the attacker assembles the COSE himself).
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      byte[] store =
          Forge.signClaim(
              Forge.sidecar(signer, null),
              keys.getPrivate(),
              ES256,
              null,
              data -> tsa.issueToken("some other signature".getBytes(StandardCharsets.UTF_8)));
      ValidationReport r =
          Provenance.verifySidecar(
              store,
              AssetSource.of(Forge.ASSET),
              trusting.withTimeStampAnchors(List.of(tsa.rootCertificate())));
      assertTrue(r.has(StatusCode.TIMESTAMP_MISMATCH), r.toString());
      assertTrue(!r.has(StatusCode.TIMESTAMP_VALIDATED), r.toString());
    }
  }

  @Test
  void timeStampFromUntrustedTsa_timeStampUntrusted() throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      byte[] store = Forge.sidecar(signer, TimeStamper.http(tsa.url()));
      ValidationReport r = verify(store);
      assertTrue(r.has(StatusCode.TIMESTAMP_UNTRUSTED), r.toString());
      ValidationReport anchored =
          Provenance.verifySidecar(
              store,
              AssetSource.of(Forge.ASSET),
              trusting.withTimeStampAnchors(List.of(tsa.rootCertificate())));
      assertTrue(anchored.has(StatusCode.TIMESTAMP_TRUSTED), anchored.toString());
    }
  }

  @Test
  void signingTimeAfterCertificateExpiry_signingCredentialExpired() throws Exception {
    // The certificate expired yesterday; the (genuine, trusted) time-stamp says "now".
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.notBefore = Instant.now().minus(Duration.ofDays(400));
    s.notAfter = Instant.now().minus(Duration.ofDays(1));
    assertSigningTimeOutside(s);
  }

  @Test
  void signingTimeBeforeCertificateValidity_signingCredentialExpired() throws Exception {
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.notBefore = Instant.now().plus(Duration.ofDays(1));
    s.notAfter = Instant.now().plus(Duration.ofDays(400));
    assertSigningTimeOutside(s);
  }

  private static void assertSigningTimeOutside(TestCertificates.Spec s) throws Exception {
    X509Certificate cert = s.issue();
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      byte[] store =
          Forge.signClaim(
              Forge.sidecar(signer, null),
              s.keys.getPrivate(),
              ES256,
              h -> {
                h.put(CoseSign1.HEADER_X5CHAIN, encoded(cert));
                return h;
              },
              tsa::issueToken);
      ValidationReport r =
          Provenance.verifySidecar(
              store,
              AssetSource.of(Forge.ASSET),
              trusting.withTimeStampAnchors(List.of(tsa.rootCertificate())));
      assertTrue(r.has(StatusCode.TIMESTAMP_TRUSTED), r.toString());
      assertFails(r, StatusCode.SIGNING_CREDENTIAL_EXPIRED);
    }
  }

  /**
   * c2pa-rs (c2pa-node) judges the same forged side-car stores: its state and failure codes, or the
   * error it refuses the store with. Where it differs from Candor, docs/FORGERY.md says why.
   */
  @Test
  void c2paRs_judgesTheSameForgeries() throws Exception {
    dev.candor.core.testkit.C2paReaders.assumeAvailable();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("genuine", "TRUSTED []");
    expected.put("wrongKey", "INVALID [claimSignature.mismatch]");
    expected.put("algPs256", "INVALID [claimSignature.mismatch]");
    expected.put("algEs384", "INVALID [claimSignature.mismatch]");
    expected.put("ca", "INVALID [signingCredential.invalid]");
    expected.put("expired", "INVALID [signingCredential.expired]");
    expected.put("noEku", "INVALID [signingCredential.invalid, signingCredential.untrusted]");
    expected.put("noKeyUsage", "INVALID [signingCredential.invalid]");
    expected.put("criticalExt", "INVALID [signingCredential.invalid]");
    expected.put("uriOutside", "INVALID [assertion.outsideManifest, claim.missing]");
    expected.put("uriMissing", "ERROR AssertionMissing");
    expected.put("dupLabel", "ERROR AssertionMissing");
    expected.put("undeclared", "ERROR AssertionMissing");
    expected.put("listedTwice", "TRUSTED []");
    expected.put("overlap", "INVALID [assertion.dataHash.mismatch]");
    expected.put("pastEnd", "INVALID [assertion.dataHash.mismatch]");
    expected.put("tsOtherBytes", "TRUSTED [] timeStamp.mismatch");
    expected.put("tsUntrusted", "TRUSTED [] timeStamp.untrusted");
    expected.put("tsAfterExpiry", "INVALID [signingCredential.expired]");
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("forgery");
    try {
      java.nio.file.Path asset = java.nio.file.Files.write(dir.resolve("asset.bin"), Forge.ASSET);
      java.nio.file.Path root = dir.resolve("root.pem");
      java.nio.file.Files.writeString(
          root,
          "-----BEGIN CERTIFICATE-----\n"
              + java.util.Base64.getMimeEncoder()
                  .encodeToString(TestCertificates.root().getEncoded())
              + "\n-----END CERTIFICATE-----\n");
      for (Map.Entry<String, byte[]> e : sidecarCases().entrySet()) {
        java.nio.file.Path store =
            java.nio.file.Files.write(dir.resolve(e.getKey() + ".c2pa"), e.getValue());
        dev.candor.core.testkit.ReaderVerdict v =
            dev.candor.core.testkit.C2paReaders.verifySidecar(
                store, asset, "application/octet-stream", root);
        String want = expected.get(e.getKey());
        if (want.startsWith("ERROR ")) {
          assertEquals(
              dev.candor.core.testkit.ReaderVerdict.State.ERROR, v.state(), e.getKey() + v);
          assertTrue(v.error().contains(want.substring(6)), e.getKey() + " " + v);
        } else {
          String got = v.state() + " " + v.failure();
          assertTrue(want.startsWith(got), e.getKey() + ": c2pa-rs said " + got + " " + v);
          if (want.length() > got.length()) {
            assertTrue(
                v.informational().contains(want.substring(got.length() + 1)), e.getKey() + v);
          }
        }
      }
    } finally {
      try (var files = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path f : files.toList()) {
          java.nio.file.Files.delete(f);
        }
      }
      java.nio.file.Files.delete(dir);
    }
  }

  /** Every side-car forgery above, by name, for comparison with c2pa-rs. */
  static java.util.Map<String, byte[]> sidecarCases() throws Exception {
    java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    byte[] g = Forge.sidecar(signer, null);
    m.put("genuine", g);
    m.put(
        "wrongKey",
        Forge.signClaim(g, TestCertificates.goodSigner().keys.getPrivate(), ES256, null));
    m.put(
        "algPs256",
        Forge.signClaim(
            g,
            keys.getPrivate(),
            ES256,
            h -> {
              h.put(CoseSign1.HEADER_ALG, (long) SigningAlgorithm.PS256.coseId());
              return h;
            }));
    m.put(
        "algEs384",
        Forge.signClaim(
            g,
            keys.getPrivate(),
            ES256,
            h -> {
              h.put(CoseSign1.HEADER_ALG, (long) SigningAlgorithm.ES384.coseId());
              return h;
            }));
    TestCertificates.Spec s = TestCertificates.goodSigner();
    s.ca = true;
    m.put("ca", signedWith(s));
    s = TestCertificates.goodSigner();
    s.notBefore = Instant.now().minus(Duration.ofDays(400));
    s.notAfter = Instant.now().minus(Duration.ofDays(1));
    m.put("expired", signedWith(s));
    s = TestCertificates.goodSigner();
    s.ekus = null;
    m.put("noEku", signedWith(s));
    s = TestCertificates.goodSigner();
    s.keyUsage = null;
    m.put("noKeyUsage", signedWith(s));
    s = TestCertificates.goodSigner();
    s.criticalExtension = "1.3.6.1.4.1.99999.1";
    m.put("criticalExt", signedWith(s));
    String first = firstAssertionLabel(g);
    m.put(
        "uriOutside",
        editFirstReference(
            g,
            "self#jumbf=/c2pa/urn:c2pa:00000000-0000-4000-8000-000000000000/c2pa.assertions/"
                + first));
    m.put("uriMissing", editFirstReference(g, "self#jumbf=c2pa.assertions/c2pa.not.there"));
    List<Box> p = Forge.path(g, "c2pa.assertions", first);
    m.put(
        "dupLabel",
        StoreSurgery.append(g, p.subList(0, p.size() - 1), p.get(p.size() - 1).bytes()));
    m.put("undeclared", undeclared(g));
    m.put(
        "listedTwice",
        Forge.resign(
            g,
            keys.getPrivate(),
            ES256,
            claim -> {
              List<Object> refs = CborValues.list(claim, "created_assertions");
              refs.add(Forge.deepCopy(refs.get(0)));
              return claim;
            }));
    m.put("overlap", withExclusions(new long[][] {{100, 50}, {120, 50}}));
    m.put("pastEnd", withExclusions(new long[][] {{4000, 200}}));
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      m.put(
          "tsOtherBytes",
          Forge.signClaim(
              g,
              keys.getPrivate(),
              ES256,
              null,
              data -> tsa.issueToken("some other signature".getBytes(StandardCharsets.UTF_8))));
      m.put("tsUntrusted", Forge.sidecar(signer, TimeStamper.http(tsa.url())));
      TestCertificates.Spec late = TestCertificates.goodSigner();
      late.notBefore = Instant.now().minus(Duration.ofDays(400));
      late.notAfter = Instant.now().minus(Duration.ofDays(1));
      X509Certificate cert = late.issue();
      m.put(
          "tsAfterExpiry",
          Forge.signClaim(
              g,
              late.keys.getPrivate(),
              ES256,
              h -> {
                h.put(CoseSign1.HEADER_X5CHAIN, encoded(cert));
                return h;
              },
              tsa::issueToken));
    }
    return m;
  }

  static String firstAssertionLabel(byte[] store) throws Exception {
    String url =
        CborValues.text(
            CborValues.map(CborValues.list(Forge.claim(store), "created_assertions").get(0)),
            "url");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("not found");
  }
}
