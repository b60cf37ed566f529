package dev.candor.core.internal.crypto;

import dev.candor.core.SigningAlgorithm;
import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.util.Optional;

/**
 * What a key can sign with: its family, and for EC its curve. Works for public and private keys,
 * from the JDK or from Bouncy Castle.
 *
 * @param family the key family
 * @param curve the EC curve, or {@code null} unless {@code family == EC}
 * @param rsaBits the RSA modulus size, or 0 unless {@code family == RSA}
 */
public record KeyKind(Family family, EcCurve curve, int rsaBits) {

  /** The key families C2PA claim signatures use. */
  public enum Family {
    EC,
    RSA,
    ED25519
  }

  /** The kind of {@code key}, or empty when C2PA cannot sign with it (Ed448, DSA, other curves). */
  public static Optional<KeyKind> of(Key key) {
    if (key instanceof ECKey) {
      return EcCurve.of(((ECKey) key).getParams()).map(c -> new KeyKind(Family.EC, c, 0));
    }
    if (key instanceof RSAKey) {
      return Optional.of(new KeyKind(Family.RSA, null, ((RSAKey) key).getModulus().bitLength()));
    }
    if (key instanceof EdECKey) {
      String name = ((EdECKey) key).getParams().getName();
      return "Ed25519".equalsIgnoreCase(name)
          ? Optional.of(new KeyKind(Family.ED25519, null, 0))
          : Optional.empty();
    }
    if ("Ed25519".equalsIgnoreCase(key.getAlgorithm())) {
      return Optional.of(new KeyKind(Family.ED25519, null, 0));
    }
    return Optional.empty();
  }

  /**
   * The algorithm a signer uses for this key when none is named: P-256→ES256, P-384→ES384,
   * P-521→ES512, RSA→PS256, Ed25519→ED25519.
   */
  public SigningAlgorithm defaultAlgorithm() {
    switch (family) {
      case EC:
        return curve == EcCurve.P_256
            ? SigningAlgorithm.ES256
            : curve == EcCurve.P_384 ? SigningAlgorithm.ES384 : SigningAlgorithm.ES512;
      case RSA:
        return SigningAlgorithm.PS256;
      default:
        return SigningAlgorithm.ED25519;
    }
  }

  /**
   * Whether this key makes {@code alg} signatures: ECDSA needs the algorithm's own curve (so r‖s
   * has the length the algorithm promises), PSS needs RSA, EdDSA needs Ed25519.
   */
  public boolean fits(SigningAlgorithm alg) {
    switch (alg) {
      case ES256:
      case ES384:
      case ES512:
        return family == Family.EC && defaultAlgorithm() == alg;
      case PS256:
      case PS384:
      case PS512:
        return family == Family.RSA;
      case ED25519:
        return family == Family.ED25519;
      default:
        return false;
    }
  }
}
