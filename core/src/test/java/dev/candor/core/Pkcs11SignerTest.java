package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.SoftHsm;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signing with a key that stays in a PKCS#11 token (SoftHSM), through SunPKCS11. The wrong PIN is
 * tried first: a PKCS#11 login holds for the whole process, so once a test has logged in, any PIN
 * opens the token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11SignerTest {
  @Test
  @Order(1)
  void wrongPin_refused() throws Exception {
    // The token is set up (or the test skipped, where SoftHSM is absent) before the refusal is
    // awaited, so a missing SoftHSM skips instead of counting as the wrong exception.
    Path cfg = SoftHsm.config();
    ProvenanceException pin = assertThrows(ProvenanceException.class,
        () -> Signers.fromPkcs11(cfg, "0000".toCharArray(), "only"));
    assertTrue(pin.getMessage().contains("refused the PIN"), pin.getMessage());
  }

  @ParameterizedTest
  @Order(2)
  @EnumSource(value = DevelopmentPki.KeyType.class, names = {"EC_P256", "EC_P384", "RSA_3072"})
  void keyInToken_signsRecordsThatVerifyAndChainToTheRoot(DevelopmentPki.KeyType type)
      throws Exception {
    DevelopmentPki pki = SoftHsm.storeKey("signer-" + type, type);
    Signer signer = Signers.fromPkcs11(SoftHsm.config(), SoftHsm.PIN.toCharArray(), "signer-" + type);
    assertEquals(pki.signer().algorithm(), signer.algorithm());
    assertEquals(pki.chain(), signer.certificateChain());
    byte[] asset = new byte[20_000];
    new Random(3).nextBytes(asset);
    byte[] store = Provenance.sidecar(SidecarInteropTest.generated(), SigningOptions.of(signer),
        AssetSource.of(asset));
    ValidationReport r = Provenance.verifySidecar(store, AssetSource.of(asset),
        VerifyOptions.defaults().withTrust(pki.trustAnchors()));
    assertEquals(ValidationState.TRUSTED, r.state(), r.toString());
    assertTrue(r.has(StatusCode.CLAIM_SIGNATURE_VALIDATED), r.toString());
  }

  @Test
  @Order(3)
  void missingKey_wrongChain_noConfig_refusedWithTheReason() throws Exception {
    SoftHsm.storeKey("only", DevelopmentPki.KeyType.EC_P256);
    Path cfg = SoftHsm.config();
    ProvenanceException missing = assertThrows(ProvenanceException.class,
        () -> Signers.fromPkcs11(cfg, SoftHsm.PIN.toCharArray(), "nobody"));
    assertTrue(missing.getMessage().contains("no key 'nobody'") && missing.getMessage().contains("only"),
        missing.getMessage());
    DevelopmentPki other = DevelopmentPki.create();
    ProvenanceException chain = assertThrows(ProvenanceException.class,
        () -> Signers.fromPkcs11(cfg, SoftHsm.PIN.toCharArray(), "only", other.chain()));
    assertTrue(chain.getMessage().contains("does not sign for the signing certificate"),
        chain.getMessage());
    ProvenanceException noConfig = assertThrows(ProvenanceException.class,
        () -> Signers.fromPkcs11(cfg.resolveSibling("absent.cfg"), SoftHsm.PIN.toCharArray(), null));
    assertTrue(noConfig.getMessage().contains("no readable configuration"), noConfig.getMessage());
  }
}
