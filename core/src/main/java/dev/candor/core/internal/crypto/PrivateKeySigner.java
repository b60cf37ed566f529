package dev.candor.core.internal.crypto;

import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer over a private key held in memory. Immutable and thread-safe: each call makes its own
 * {@link java.security.Signature}. Has no {@code equals} and a {@code toString} without the key.
 */
public final class PrivateKeySigner implements Signer {
  private final PrivateKey key;
  private final SigningAlgorithm algorithm;
  private final List<X509Certificate> chain;

  /** The caller has checked that the key fits the algorithm and the leaf certificate. */
  public PrivateKeySigner(PrivateKey key, SigningAlgorithm algorithm, List<X509Certificate> chain) {
    this.key = key;
    this.algorithm = algorithm;
    this.chain = List.copyOf(chain);
  }

  @Override
  public byte[] sign(byte[] toBeSigned) throws GeneralSecurityException {
    return RawSignatures.sign(algorithm, key, toBeSigned);
  }

  @Override
  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public List<X509Certificate> certificateChain() {
    return chain;
  }

  @Override
  public String toString() {
    return "PrivateKeySigner[" + algorithm + ", " + chain.get(0).getSubjectX500Principal() + "]";
  }
}
