package dev.candor.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.SigningAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RawSignaturesTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] TBS = "Sig_structure stand-in".getBytes(StandardCharsets.UTF_8);

  // RFC 8032 §7.1, TEST 1: empty message.
  private static final String RFC8032_1_SECRET =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  private static final String RFC8032_1_PUBLIC =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
  private static final String RFC8032_1_SIGNATURE =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
          + "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  private static KeyPair ec(String curve) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(curve));
    return g.generateKeyPair();
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  @Test
  void sign_ed25519Rfc8032Test1_knownSignature() throws Exception {
    PrivateKey key =
        KeyFactory.getInstance("Ed25519")
            .generatePrivate(
                new EdECPrivateKeySpec(NamedParameterSpec.ED25519, HEX.parseHex(RFC8032_1_SECRET)));
    // SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (32 bytes) }
    PublicKey pub =
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new X509EncodedKeySpec(
                    HEX.parseHex("302a300506032b6570032100" + RFC8032_1_PUBLIC)));
    byte[] sig = RawSignatures.sign(SigningAlgorithm.ED25519, key, new byte[0]);
    assertArrayEquals(HEX.parseHex(RFC8032_1_SIGNATURE), sig, "RFC 8032 §7.1 TEST 1 signature");
    assertEquals(
        SignatureCheck.VALID,
        RawSignatures.verify(SigningAlgorithm.ED25519, pub, new byte[0], sig),
        "RFC 8032 §7.1 TEST 1 verifies");
    sig[0] ^= 1;
    assertEquals(
        SignatureCheck.MISMATCH,
        RawSignatures.verify(SigningAlgorithm.ED25519, pub, new byte[0], sig),
        "RFC 8032 §7.1 TEST 1 with a flipped bit");
  }

  @Test
  void sign_ed25519_sameBytesAsTheJdk() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
    for (int i = 0; i < 10; i++) {
      KeyPair k = g.generateKeyPair();
      byte[] message = ("message " + i).repeat(i * 50 + 1).getBytes(StandardCharsets.UTF_8);
      java.security.Signature jdk = java.security.Signature.getInstance("Ed25519", "SunEC");
      jdk.initSign(k.getPrivate());
      jdk.update(message);
      assertArrayEquals(jdk.sign(), RawSignatures.sign(SigningAlgorithm.ED25519, k.getPrivate(), message));
    }
  }

  @Test
  void sign_es256_rawRsOf64Bytes() throws Exception {
    KeyPair k = ec("secp256r1");
    byte[] sig = RawSignatures.sign(SigningAlgorithm.ES256, k.getPrivate(), TBS);
    assertEquals(64, sig.length);
    assertEquals(
        SignatureCheck.VALID,
        RawSignatures.verify(SigningAlgorithm.ES256, k.getPublic(), TBS, sig));
  }

  @Test
  void sign_es512_rawRsOf132Bytes() throws Exception {
    KeyPair k = ec("secp521r1");
    byte[] sig = RawSignatures.sign(SigningAlgorithm.ES512, k.getPrivate(), TBS);
    assertEquals(132, sig.length);
    assertEquals(
        SignatureCheck.VALID,
        RawSignatures.verify(SigningAlgorithm.ES512, k.getPublic(), TBS, sig));
  }

  @Test
  void verify_derEncodedEcdsa_reportedAsDer() throws Exception {
    KeyPair k = ec("secp256r1");
    byte[] raw = RawSignatures.sign(SigningAlgorithm.ES256, k.getPrivate(), TBS);
    byte[] der = EcdsaSignatures.rawToDer(raw);
    SignatureCheck check = RawSignatures.verify(SigningAlgorithm.ES256, k.getPublic(), TBS, der);
    assertEquals(SignatureCheck.DER_ENCODED_ECDSA, check);
    assertEquals("signingCredential.invalid", check.statusCode());
  }

  @Test
  void verify_truncatedEcdsa_malformed() throws Exception {
    KeyPair k = ec("secp256r1");
    byte[] raw = RawSignatures.sign(SigningAlgorithm.ES256, k.getPrivate(), TBS);
    assertEquals(
        SignatureCheck.MALFORMED,
        RawSignatures.verify(
            SigningAlgorithm.ES256, k.getPublic(), TBS, java.util.Arrays.copyOf(raw, 63)));
  }

  @Test
  void verify_es256HeaderWithRsaKey_keyMismatch() throws Exception {
    KeyPair k = rsa();
    assertEquals(
        SignatureCheck.KEY_MISMATCH,
        RawSignatures.verify(SigningAlgorithm.ES256, k.getPublic(), TBS, new byte[64]));
  }

  @Test
  void verify_es256HeaderWithP384Key_keyMismatch() throws Exception {
    KeyPair k = ec("secp384r1");
    byte[] sig = RawSignatures.sign(SigningAlgorithm.ES384, k.getPrivate(), TBS);
    assertEquals(
        SignatureCheck.KEY_MISMATCH,
        RawSignatures.verify(SigningAlgorithm.ES256, k.getPublic(), TBS, sig));
  }

  @Test
  void sign_ps256_verifiesWithPssSha256Salt32() throws Exception {
    KeyPair k = rsa();
    byte[] sig = RawSignatures.sign(SigningAlgorithm.PS256, k.getPrivate(), TBS);
    assertEquals(256, sig.length);
    assertEquals(
        SignatureCheck.VALID,
        RawSignatures.verify(SigningAlgorithm.PS256, k.getPublic(), TBS, sig));
    // Independently: the JDK with explicit RFC 8230 parameters accepts it.
    java.security.Signature s = java.security.Signature.getInstance("RSASSA-PSS");
    s.setParameter(
        new java.security.spec.PSSParameterSpec(
            "SHA-256", "MGF1", java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
    s.initVerify(k.getPublic());
    s.update(TBS);
    assertEquals(true, s.verify(sig));
    // A PS384 reading of the same bytes fails: the hash is part of the algorithm.
    assertEquals(
        SignatureCheck.MISMATCH,
        RawSignatures.verify(SigningAlgorithm.PS384, k.getPublic(), TBS, sig));
  }

  @Test
  void verify_otherMessage_mismatch() throws Exception {
    KeyPair k = rsa();
    byte[] sig = RawSignatures.sign(SigningAlgorithm.PS512, k.getPrivate(), TBS);
    assertEquals(
        SignatureCheck.MISMATCH,
        RawSignatures.verify(
            SigningAlgorithm.PS512, k.getPublic(), "other".getBytes(StandardCharsets.UTF_8), sig));
  }
}
