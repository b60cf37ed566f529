package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.internal.crypto.EcdsaSignatures;
import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.core.internal.crypto.SignatureCheck;
import dev.candor.core.internal.x509.Pem;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignersTest {
  private static final byte[] TBS = "claim bytes".getBytes(StandardCharsets.UTF_8);
  private static final Map<String, SigningAlgorithm> FIXTURE_ALGS =
      Map.of(
          "es256", SigningAlgorithm.ES256,
          "es384", SigningAlgorithm.ES384,
          "es512", SigningAlgorithm.ES512,
          "ps256", SigningAlgorithm.PS256,
          "ed25519", SigningAlgorithm.ED25519);

  @Test
  void fromPem_eachFixtureKey_infersAlgorithmAndSignaturesVerify() throws Exception {
    Path certs = Fixtures.certs();
    for (String stem : Fixtures.KEY_STEMS) {
      Signer signer = Signers.fromPem(certs.resolve(stem + ".pem"), certs.resolve(stem + ".pub"));
      assertEquals(FIXTURE_ALGS.get(stem), signer.algorithm(), stem);
      assertEquals(2, signer.certificateChain().size(), stem + " chain is leaf + intermediate");
      byte[] sig = signer.sign(TBS);
      assertTrue(sig.length <= signer.algorithm().maxSignatureLength(), stem);
      assertEquals(
          SignatureCheck.VALID,
          RawSignatures.verify(
              signer.algorithm(), signer.certificateChain().get(0).getPublicKey(), TBS, sig),
          stem);
    }
  }

  @Test
  void fromPem_keyOfAnotherCertificate_rejected() throws Exception {
    Path certs = Fixtures.certs();
    ProvenanceException e =
        assertThrows(
            ProvenanceException.class,
            () -> Signers.fromPem(certs.resolve("es384.pem"), certs.resolve("es256.pub")));
    assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    DevelopmentPki other = DevelopmentPki.create();
    String es256Key = Files.readString(certs.resolve("es256.pem"));
    e =
        assertThrows(
            ProvenanceException.class,
            () -> Signers.fromPem(es256Key, Pem.encodeCertificates(other.chain())));
    assertTrue(e.getMessage().contains("does not match"), e.getMessage());
  }

  @Test
  void fromPem_garbage_rejectedWithoutKeyMaterialInMessage() {
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> Signers.fromPem("not pem", "not pem"));
    assertTrue(e.getMessage().contains("no PRIVATE KEY"), e.getMessage());
  }

  @Test
  void fromKey_explicitPs384OnRsa_signsPs384() throws Exception {
    DevelopmentPki pki = DevelopmentPki.create(DevelopmentPki.KeyType.RSA_3072);
    Signer signer = Signers.fromKey(extractKey(pki), pki.chain(), SigningAlgorithm.PS384);
    assertEquals(SigningAlgorithm.PS384, signer.algorithm());
    assertEquals(
        SignatureCheck.VALID,
        RawSignatures.verify(
            SigningAlgorithm.PS384, pki.chain().get(0).getPublicKey(), TBS, signer.sign(TBS)));
  }

  @Test
  void fromKey_pssKeyBoundToSha256_refusesPs384() throws Exception {
    // c2pa-rs's ps256.pem is an RSASSA-PSS key whose parameters pin SHA-256.
    Path certs = Fixtures.certs();
    PrivateKey key = Pem.privateKey(Files.readString(certs.resolve("ps256.pem")));
    List<X509Certificate> chain = Pem.certificates(Files.readString(certs.resolve("ps256.pub")));
    assertThrows(
        IllegalArgumentException.class, () -> Signers.fromKey(key, chain, SigningAlgorithm.PS384));
  }

  @Test
  void fromKey_ecKeyForPs256_rejected() {
    DevelopmentPki pki = DevelopmentPki.create();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Signers.fromKey(extractKey(pki), pki.chain(), SigningAlgorithm.PS256));
    assertTrue(e.getMessage().contains("cannot make PS256"), e.getMessage());
  }

  @Test
  void fromKey_chainEndingInRoot_rootDropped() {
    DevelopmentPki pki = DevelopmentPki.create();
    Signer withRoot =
        Signers.fromKey(
            extractKey(pki), List.of(pki.chain().get(0), pki.root()), SigningAlgorithm.ES256);
    assertEquals(pki.chain(), withRoot.certificateChain());
  }

  @Test
  void signer_toString_hasNoKeyMaterial() throws Exception {
    Path certs = Fixtures.certs();
    Signer signer = Signers.fromPem(certs.resolve("es256.pem"), certs.resolve("es256.pub"));
    String keyBase64 =
        Base64.getEncoder()
            .encodeToString(
                Pem.privateKey(Files.readString(certs.resolve("es256.pem"))).getEncoded());
    String text = signer.toString();
    assertFalse(text.contains(keyBase64.substring(40, 60)), text);
    assertTrue(text.contains("ES256"), text);
  }

  @Test
  void sign_manyThreads_allVerify() throws Exception {
    Signer signer = DevelopmentPki.create().signer();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> signer.sign(TBS)));
      }
      for (Future<byte[]> f : results) {
        assertEquals(
            SignatureCheck.VALID,
            RawSignatures.verify(
                SigningAlgorithm.ES256,
                signer.certificateChain().get(0).getPublicKey(),
                TBS,
                f.get()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void callback_derFromKms_convertedToRawRs() throws Exception {
    Path certs = Fixtures.certs();
    PrivateKey key = Pem.privateKey(Files.readString(certs.resolve("es256.pem")));
    List<X509Certificate> chain = Pem.certificates(Files.readString(certs.resolve("es256.pub")));
    Signer signer =
        Signers.callback(
            SigningAlgorithm.ES256,
            chain,
            tbs -> {
              Signature s = Signature.getInstance("SHA256withECDSA"); // DER, like most KMS
              s.initSign(key);
              s.update(tbs);
              return s.sign();
            });
    byte[] sig = signer.sign(TBS);
    assertEquals(64, sig.length);
    assertFalse(EcdsaSignatures.isDer(sig));
  }

  @Test
  void callback_wrongKey_signThrows() throws Exception {
    DevelopmentPki pki = DevelopmentPki.create();
    Signer wrong = DevelopmentPki.create().signer();
    Signer signer = Signers.callback(SigningAlgorithm.ES256, pki.chain(), wrong::sign);
    assertThrows(SignatureException.class, () -> signer.sign(TBS));
  }

  @Test
  void callback_algorithmTheCertificateCannotMake_rejected() {
    DevelopmentPki pki = DevelopmentPki.create();
    assertThrows(
        IllegalArgumentException.class,
        () -> Signers.callback(SigningAlgorithm.PS256, pki.chain(), tbs -> new byte[0]));
  }

  @Test
  void fromPkcs12_soleKey_signs(@TempDir Path dir) throws Exception {
    DevelopmentPki pki = DevelopmentPki.create(DevelopmentPki.KeyType.EC_P384);
    char[] password = "test-only".toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(
        "signer", extractKey(pki), password, new Certificate[] {pki.chain().get(0), pki.root()});
    Path p12 = dir.resolve("signer.p12");
    try (OutputStream out = Files.newOutputStream(p12)) {
      ks.store(out, password);
    }
    Signer signer = Signers.fromPkcs12(p12, password, null);
    assertEquals(SigningAlgorithm.ES384, signer.algorithm());
    assertEquals(pki.chain(), signer.certificateChain());
    assertThrows(
        ProvenanceException.class, () -> Signers.fromPkcs12(p12, "wrong".toCharArray(), null));
    assertNotEquals(0, signer.sign(TBS).length);
  }

  /** The dev PKI's key, read back the way a user would: from the files it writes. */
  private static PrivateKey extractKey(DevelopmentPki pki) {
    try {
      Path dir = Files.createTempDirectory("candor-key");
      pki.writeTo(dir);
      PrivateKey key = Pem.privateKey(Files.readString(dir.resolve(DevelopmentPki.KEY_FILE)));
      for (String f :
          List.of(DevelopmentPki.ROOT_FILE, DevelopmentPki.CHAIN_FILE, DevelopmentPki.KEY_FILE)) {
        Files.delete(dir.resolve(f));
      }
      Files.delete(dir);
      return key;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
