package dev.candor.core.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.SigningAlgorithm;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.junit.jupiter.api.Test;

/** Signature checks with keys an attacker chose: a finding, never an exception. */
class RawSignaturesHostileKeyTest {

  @Test
  void verify_pssKeyRestrictedToSha384_underPs256Header_keyMismatch() throws Exception {
    // An RSASSA-PSS key whose parameters allow only SHA-384: the JDK refuses PS256 parameters with
    // InvalidAlgorithmParameterException, which escaped as IllegalStateException (found by
    // fuzzing the JPEG container from a fixture seed).
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSASSA-PSS");
    g.initialize(
        new RSAKeyGenParameterSpec(
            2048,
            RSAKeyGenParameterSpec.F4,
            new PSSParameterSpec("SHA-384", "MGF1", MGF1ParameterSpec.SHA384, 48, 1)));
    KeyPair k = g.generateKeyPair();
    SignatureCheck r =
        RawSignatures.verify(SigningAlgorithm.PS256, k.getPublic(), new byte[32], new byte[256]);
    assertEquals(SignatureCheck.KEY_MISMATCH, r);
  }
}
