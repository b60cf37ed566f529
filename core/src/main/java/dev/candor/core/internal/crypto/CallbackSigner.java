package dev.candor.core.internal.crypto;

import dev.candor.core.SignFunction;
import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import java.security.GeneralSecurityException;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A signer whose key lives elsewhere (a KMS, an HSM, a remote service). Every signature the
 * callback returns is checked against the signing certificate before it is used, so a misconfigured
 * key fails here rather than in every validator. DER ECDSA (what most KMS return) is converted to
 * r‖s.
 */
public final class CallbackSigner implements Signer {
  private final SigningAlgorithm algorithm;
  private final List<X509Certificate> chain;
  private final SignFunction function;

  /** The caller has checked the chain is non-empty and the leaf key fits the algorithm. */
  public CallbackSigner(
      SigningAlgorithm algorithm, List<X509Certificate> chain, SignFunction function) {
    this.algorithm = algorithm;
    this.chain = List.copyOf(chain);
    this.function = function;
  }

  @Override
  public byte[] sign(byte[] toBeSigned) throws GeneralSecurityException {
    byte[] sig = function.sign(toBeSigned.clone());
    if (sig == null) {
      throw new SignatureException("the signing callback returned null");
    }
    sig = toRaw(sig);
    SignatureCheck check =
        RawSignatures.verify(algorithm, chain.get(0).getPublicKey(), toBeSigned, sig);
    if (!check.isValid()) {
      throw new SignatureException(
          "the signing callback's "
              + algorithm
              + " signature does not verify against the signing"
              + " certificate ("
              + check
              + ")");
    }
    return sig;
  }

  private byte[] toRaw(byte[] sig) {
    Optional<KeyKind> kind = KeyKind.of(chain.get(0).getPublicKey());
    if (kind.isPresent() && kind.get().family() == KeyKind.Family.EC) {
      int field = kind.get().curve().fieldBytes();
      if (sig.length != 2 * field) {
        return EcdsaSignatures.derToRaw(sig, field).orElse(sig);
      }
    }
    return sig;
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
    return "CallbackSigner[" + algorithm + ", " + chain.get(0).getSubjectX500Principal() + "]";
  }
}
