package dev.candor.benchmarks;

import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.SplittableRandom;

/**
 * One claim-sized message signed by a signer, and the JCA check of that signature: the cost of one
 * signature verification, nothing else.
 */
final class SignatureFixture {
  /**
   * About the size of a COSE Sig_structure: protected header with a two-certificate chain + claim.
   */
  static final int MESSAGE_BYTES = 2048;

  private final byte[] message;
  private final byte[] signature;
  private final PublicKey key;
  private final SigningAlgorithm algorithm;

  SignatureFixture(Signer signer) throws GeneralSecurityException {
    this.message = new byte[MESSAGE_BYTES];
    new SplittableRandom(7).nextBytes(message);
    this.signature = signer.sign(message);
    this.key = signer.certificateChain().get(0).getPublicKey();
    this.algorithm = signer.algorithm();
  }

  byte[] message() {
    return message;
  }

  boolean verify() throws GeneralSecurityException {
    Signature s = Signature.getInstance(algorithm.jcaName());
    if (algorithm == SigningAlgorithm.PS256) {
      s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
    }
    s.initVerify(key);
    s.update(message);
    if (!s.verify(signature)) {
      throw new IllegalStateException("the fixture's signature does not verify");
    }
    return true;
  }
}
