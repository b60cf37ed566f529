package dev.candor.benchmarks;

import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.core.internal.crypto.SignatureCheck;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.SplittableRandom;

/**
 * One claim-sized message signed by a signer, and the check of that signature with the same code
 * Candor's verifier uses (so the baseline is as fast as a verification gets here): the cost of one
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

  boolean verify() {
    if (RawSignatures.verify(algorithm, key, message, signature) != SignatureCheck.VALID) {
      throw new IllegalStateException("the fixture's signature does not verify");
    }
    return true;
  }
}
