package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustAnchorsTest {
  @Test
  void fromPem_testRootBundle_readsEveryCertificate() throws Exception {
    TrustAnchors t =
        TrustAnchors.fromPem(Fixtures.certs().resolve("trust/test_cert_root_bundle.pem"));
    assertEquals(8, t.anchors().size());
    assertEquals(TrustAnchors.DEFAULT_EXTENDED_KEY_USAGES, t.extendedKeyUsages());
  }

  @Test
  void withExtendedKeyUsageConfig_storeCfg_sixOidsInOrder() throws Exception {
    String cfg = Files.readString(Fixtures.certs().resolve("trust/store.cfg"));
    TrustAnchors t = TrustAnchors.none().withExtendedKeyUsageConfig(cfg);
    assertEquals(TrustAnchors.DEFAULT_EXTENDED_KEY_USAGES, t.extendedKeyUsages());
  }

  @Test
  void withAllowedListPem_hashLine_allowsThatCertificate() {
    DevelopmentPki pki = DevelopmentPki.create();
    String hash =
        java.util.Base64.getEncoder()
            .encodeToString(dev.candor.core.internal.x509.Certificates.sha256(pki.chain().get(0)));
    TrustAnchors t = assertDoesNotThrowProvenance("# pinned\n" + hash + "\n");
    assertTrue(t.allows(pki.chain().get(0)));
    assertFalse(t.allows(pki.root()));
    assertFalse(t.isEmpty());
  }

  @Test
  void fromKeyStore_trustedCertificateEntries_becomeAnchors() throws Exception {
    DevelopmentPki pki = DevelopmentPki.create();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("dev-root", pki.root());
    assertEquals(List.of(pki.root()), TrustAnchors.fromKeyStore(ks).anchors());
  }

  @Test
  void none_isEmpty() {
    assertTrue(TrustAnchors.none().isEmpty());
  }

  @Test
  void withExtendedKeyUsages_notAnOid_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TrustAnchors.none().withExtendedKeyUsages(List.of("emailProtection")));
    assertThrows(
        IllegalArgumentException.class, () -> TrustAnchors.none().withExtendedKeyUsages(List.of()));
  }

  @Test
  void fromPem_noCertificate_rejected() {
    assertThrows(ProvenanceException.class, () -> TrustAnchors.fromPem("nothing here"));
  }

  private static TrustAnchors assertDoesNotThrowProvenance(String allowedList) {
    try {
      return TrustAnchors.none().withAllowedListPem(allowedList);
    } catch (ProvenanceException e) {
      throw new AssertionError(e);
    }
  }
}
