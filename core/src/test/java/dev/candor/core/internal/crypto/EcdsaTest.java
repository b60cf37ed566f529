package dev.candor.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.SigningAlgorithm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fast ECDSA path against RFC 6979's vectors and against the JDK's own, independent code. */
class EcdsaTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] SAMPLE = "sample".getBytes(StandardCharsets.US_ASCII);

  private static final Map<SigningAlgorithm, String> CURVE =
      Map.of(
          SigningAlgorithm.ES256, "secp256r1",
          SigningAlgorithm.ES384, "secp384r1",
          SigningAlgorithm.ES512, "secp521r1");

  // RFC 6979 §A.2.5: P-256, private key x, message "sample", SHA-256.
  private static final String X =
      "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721";
  private static final String UX =
      "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6";
  private static final String UY =
      "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299";
  private static final String R =
      "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716";
  private static final String S =
      "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8";

  @Test
  void sign_rfc6979P256Sample_knownSignature() throws Exception {
    ECPrivateKey key = (ECPrivateKey) p256Factory().generatePrivate(
        new ECPrivateKeySpec(new BigInteger(X, 16), EcCurve.P_256.spec()));
    byte[] sig = Ecdsa.sign("SHA-256", key, SAMPLE).orElseThrow();
    assertArrayEquals(HEX.parseHex(R + S), sig, "RFC 6979 §A.2.5 P-256/SHA-256 \"sample\"");
    ECPublicKey pub = (ECPublicKey) p256Factory().generatePublic(
        new ECPublicKeySpec(
            new ECPoint(new BigInteger(UX, 16), new BigInteger(UY, 16)), EcCurve.P_256.spec()));
    assertTrue(Ecdsa.verify("SHA-256", pub, SAMPLE, sig).orElseThrow());
    sig[63] ^= 1;
    assertFalse(Ecdsa.verify("SHA-256", pub, SAMPLE, sig).orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(names = {"ES256", "ES384", "ES512"})
  void sign_eachCurve_jdkVerifiesAndFastPathVerifiesJdk(SigningAlgorithm alg) throws Exception {
    KeyPair k = keyPair(CURVE.get(alg));
    String jdkName = alg.jcaName();
    for (int i = 0; i < 20; i++) {
      byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
      byte[] ours = RawSignatures.sign(alg, k.getPrivate(), message);
      Signature jdk = Signature.getInstance(jdkName, "SunEC");
      jdk.initVerify(k.getPublic());
      jdk.update(message);
      assertTrue(jdk.verify(ours), "SunEC accepts our " + alg + " signature " + i);

      jdk.initSign(k.getPrivate());
      jdk.update(message);
      byte[] theirs = jdk.sign();
      assertEquals(
          SignatureCheck.VALID,
          RawSignatures.verify(alg, k.getPublic(), message, theirs),
          "we accept SunEC's " + alg + " signature " + i);
      theirs[theirs.length / 4] ^= 0x40;
      assertEquals(
          SignatureCheck.MISMATCH, RawSignatures.verify(alg, k.getPublic(), message, theirs));
    }
  }

  @Test
  void sign_sameMessageTwice_sameSignature() throws Exception {
    KeyPair k = keyPair("secp256r1");
    assertArrayEquals(
        RawSignatures.sign(SigningAlgorithm.ES256, k.getPrivate(), SAMPLE),
        RawSignatures.sign(SigningAlgorithm.ES256, k.getPrivate(), SAMPLE),
        "RFC 6979 nonces: deterministic");
  }

  @Test
  void verify_zeroSignature_false() throws Exception {
    KeyPair k = keyPair("secp256r1");
    assertEquals(
        SignatureCheck.MISMATCH,
        RawSignatures.verify(SigningAlgorithm.ES256, k.getPublic(), SAMPLE, new byte[64]));
  }

  private static KeyPair keyPair(String curve) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(curve));
    return g.generateKeyPair();
  }

  private static KeyFactory p256Factory() throws Exception {
    return KeyFactory.getInstance("EC");
  }
}
