package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.core.internal.crypto.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DevelopmentPkiTest {
  private static final byte[] TBS = "claim".getBytes(StandardCharsets.UTF_8);
  private static final Map<DevelopmentPki.KeyType, SigningAlgorithm> ALGS =
      Map.of(
          DevelopmentPki.KeyType.EC_P256, SigningAlgorithm.ES256,
          DevelopmentPki.KeyType.EC_P384, SigningAlgorithm.ES384,
          DevelopmentPki.KeyType.EC_P521, SigningAlgorithm.ES512,
          DevelopmentPki.KeyType.RSA_3072, SigningAlgorithm.PS256,
          DevelopmentPki.KeyType.ED25519, SigningAlgorithm.ED25519);

  @ParameterizedTest
  @EnumSource(DevelopmentPki.KeyType.class)
  void create_eachKeyType_signerChainsToRootAndSigns(DevelopmentPki.KeyType type) throws Exception {
    DevelopmentPki pki = DevelopmentPki.create(type);
    X509Certificate leaf = pki.chain().get(0);
    assertEquals(1, pki.chain().size());
    assertEquals(ALGS.get(type), pki.signer().algorithm());
    leaf.verify(pki.root().getPublicKey());
    pki.root().verify(pki.root().getPublicKey());
    assertTrue(leaf.getSubjectX500Principal().getName().contains("NOT TRUSTED"));
    assertTrue(pki.root().getSubjectX500Principal().getName().contains("NOT TRUSTED"));
    assertEquals(-1, leaf.getBasicConstraints(), "signer is not a CA");
    assertTrue(pki.root().getBasicConstraints() >= 0, "root is a CA");
    assertEquals(List.of("1.3.6.1.4.1.62558.2.1", "1.3.6.1.5.5.7.3.4"), leaf.getExtendedKeyUsage());
    assertTrue(leaf.getCriticalExtensionOIDs().contains("2.5.29.15"), "keyUsage is critical");
    byte[] sig = pki.signer().sign(TBS);
    assertEquals(
        SignatureCheck.VALID, RawSignatures.verify(ALGS.get(type), leaf.getPublicKey(), TBS, sig));
  }

  @Test
  void writeTo_thenLoad_sameCertificatesAndWorkingKey(@TempDir Path dir) throws Exception {
    DevelopmentPki pki = DevelopmentPki.create(DevelopmentPki.KeyType.ED25519);
    pki.writeTo(dir);
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("chain.pem", "root.pem", "signer.key"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("signer.key"))));
    }
    assertTrue(
        Files.readString(dir.resolve("signer.key")).startsWith("-----BEGIN PRIVATE KEY-----"));
    DevelopmentPki loaded = DevelopmentPki.load(dir);
    assertEquals(pki.root(), loaded.root());
    assertEquals(pki.chain(), loaded.chain());
    assertEquals(DevelopmentPki.KeyType.ED25519, loaded.keyType());
    byte[] sig = loaded.signer().sign(TBS);
    assertEquals(
        SignatureCheck.VALID,
        RawSignatures.verify(
            SigningAlgorithm.ED25519, pki.chain().get(0).getPublicKey(), TBS, sig));
  }

  @Test
  void writeTo_existingSet_refusedUnlessReplacing(@TempDir Path dir) throws Exception {
    DevelopmentPki first = DevelopmentPki.create();
    first.writeTo(dir);
    DevelopmentPki second = DevelopmentPki.create();
    assertThrows(FileAlreadyExistsException.class, () -> second.writeTo(dir));
    assertEquals(first.root(), DevelopmentPki.load(dir).root(), "refusal left the first set");
    second.writeTo(dir, true);
    assertEquals(second.root(), DevelopmentPki.load(dir).root());
    try (var files = Files.list(dir)) {
      assertEquals(3, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void load_rootOfAnotherPki_rejected(@TempDir Path dir) throws Exception {
    DevelopmentPki.create().writeTo(dir);
    Files.writeString(
        dir.resolve(DevelopmentPki.ROOT_FILE),
        dev.candor.core.internal.x509.Pem.encodeCertificates(
            List.of(DevelopmentPki.create().root())));
    assertThrows(ProvenanceException.class, () -> DevelopmentPki.load(dir));
  }

  @Test
  void toString_hasNoKey() {
    DevelopmentPki pki = DevelopmentPki.create();
    assertFalse(pki.toString().contains("PRIVATE"));
    assertTrue(pki.toString().contains("EC_P256"));
  }
}
