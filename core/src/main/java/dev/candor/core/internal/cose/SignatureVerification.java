package dev.candor.core.internal.cose;

import dev.candor.core.SigningAlgorithm;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/** Verifies a COSE claim signature with the JDK; ECDSA signatures must be raw r‖s (not DER). */
public final class SignatureVerification {
  /** The outcome. */
  public enum Result {
    /** The signature verifies. */
    VALID,
    /** The signature does not verify. */
    INVALID,
    /** The key cannot be used with the algorithm (e.g. an RSA key under ES256). */
    KEY_MISMATCH
  }

  private SignatureVerification() {}

  /** Verifies {@code sig} over {@code tbs}. */
  public static Result verify(SigningAlgorithm alg, PublicKey key, byte[] tbs, byte[] sig) {
    if (!fits(alg, key)) {
      return Result.KEY_MISMATCH;
    }
    if (alg.name().startsWith("ES")) {
      int n = (((ECPublicKey) key).getParams().getCurve().getField().getFieldSize() + 7) / 8;
      if (sig.length != 2 * n) {
        return Result.INVALID;
      }
    }
    try {
      Signature s = instance(alg);
      s.initVerify(key);
      s.update(tbs);
      return s.verify(sig) ? Result.VALID : Result.INVALID;
    } catch (GeneralSecurityException | RuntimeException e) {
      return Result.INVALID;
    }
  }

  /** A JDK Signature for the algorithm, parameters set. */
  public static Signature instance(SigningAlgorithm alg) throws GeneralSecurityException {
    Signature s = Signature.getInstance(alg.jcaName());
    if (alg.jcaName().equals("RSASSA-PSS")) {
      int salt = switch (alg) {
        case PS384 -> 48;
        case PS512 -> 64;
        default -> 32;
      };
      s.setParameter(new PSSParameterSpec(alg.digest(), "MGF1", new MGF1ParameterSpec(alg.digest()), salt, 1));
    }
    return s;
  }

  private static boolean fits(SigningAlgorithm alg, PublicKey key) {
    switch (alg) {
      case ES256:
      case ES384:
      case ES512:
        return key instanceof ECPublicKey;
      case PS256:
      case PS384:
      case PS512:
        return key instanceof RSAPublicKey;
      case ED25519:
        return key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA");
      default:
        return false;
    }
  }
}
