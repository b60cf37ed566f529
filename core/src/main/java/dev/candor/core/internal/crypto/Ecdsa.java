package dev.candor.core.internal.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA over the C2PA curves with Bouncy Castle's curve-specific arithmetic and domain parameters
 * made once per process. Keeping one generator point per curve is what makes this fast: Bouncy
 * Castle caches its fixed-point tables on that point object, and the JCA path converts every key
 * to fresh parameters, so it rebuilt those tables for every signature (about half the time of a
 * P-256 signature). Nonces are derived deterministically (RFC 6979), so a weak random source cannot
 * leak the key. Messages are hashed with the JDK's (intrinsic) SHA-2.
 */
final class Ecdsa {
  private static final Map<EcCurve, ECDomainParameters> DOMAINS = new EnumMap<>(EcCurve.class);

  static {
    for (EcCurve c : EcCurve.values()) {
      X9ECParameters x = CustomNamedCurves.getByName(c.jdkName());
      DOMAINS.put(c, new ECDomainParameters(x.getCurve(), x.getG(), x.getN(), x.getH()));
    }
  }

  private Ecdsa() {}

  /**
   * Signs with a key whose scalar can be read; empty when it cannot (a hardware key), so the
   * caller falls back to the key's own provider.
   *
   * @param hash the JDK digest name of the algorithm (SHA-256, SHA-384, SHA-512)
   * @return r‖s, each as long as the curve's field
   */
  static Optional<byte[]> sign(String hash, ECPrivateKey key, byte[] message)
      throws GeneralSecurityException {
    Optional<EcCurve> curve = EcCurve.of(key.getParams());
    BigInteger s = key.getS();
    if (curve.isEmpty() || s == null) {
      return Optional.empty();
    }
    ECDomainParameters domain = DOMAINS.get(curve.get());
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(digest(hash)));
    signer.init(true, new ECPrivateKeyParameters(s, domain));
    BigInteger[] rs = signer.generateSignature(Digests.newDigest(hash).digest(message));
    int n = curve.get().fieldBytes();
    byte[] out = new byte[2 * n];
    put(rs[0], out, 0, n);
    put(rs[1], out, n, n);
    return Optional.of(out);
  }

  /**
   * Checks r‖s. Throws {@link IllegalArgumentException} when the public point is not on the curve.
   *
   * @return empty when the key is on none of our curves (the caller falls back to the JCA)
   */
  static Optional<Boolean> verify(String hash, ECPublicKey key, byte[] message, byte[] raw)
      throws GeneralSecurityException {
    Optional<EcCurve> curve = EcCurve.of(key.getParams());
    if (curve.isEmpty()) {
      return Optional.empty();
    }
    int n = curve.get().fieldBytes();
    if (raw.length != 2 * n) {
      return Optional.of(false);
    }
    BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, n));
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, n, 2 * n));
    return Optional.of(verify(hash, curve.get(), key, message, r, s));
  }

  /** Checks (r, s) as found in an X.509 signature. */
  static boolean verify(
      String hash, EcCurve curve, ECPublicKey key, byte[] message, BigInteger r, BigInteger s)
      throws GeneralSecurityException {
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, publicKey(curve, key));
    return verifier.verifySignature(Digests.newDigest(hash).digest(message), r, s);
  }

  // Bouncy Castle keeps a point's multiplication tables on the point object: the same public key
  // verified again (one signer, many assets) reuses them. Bounded; keyed by the point itself.
  private static final int MAX_KEYS = 256;
  private static final Map<java.security.spec.ECPoint, ECPublicKeyParameters> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static ECPublicKeyParameters publicKey(EcCurve curve, ECPublicKey key) {
    java.security.spec.ECPoint w = key.getW();
    ECPublicKeyParameters known = KEYS.get(w);
    if (known != null && known.getParameters() == DOMAINS.get(curve)) {
      return known;
    }
    ECDomainParameters domain = DOMAINS.get(curve);
    ECPoint q = domain.getCurve().validatePoint(w.getAffineX(), w.getAffineY());
    ECPublicKeyParameters p = new ECPublicKeyParameters(q, domain);
    if (KEYS.size() >= MAX_KEYS) {
      KEYS.clear();
    }
    KEYS.put(w, p);
    return p;
  }

  private static Digest digest(String hash) {
    switch (hash) {
      case "SHA-256":
        return new SHA256Digest();
      case "SHA-384":
        return new SHA384Digest();
      case "SHA-512":
        return new SHA512Digest();
      default:
        throw new IllegalArgumentException("not an ECDSA hash: " + hash);
    }
  }

  private static void put(BigInteger v, byte[] out, int off, int len) {
    byte[] b = v.toByteArray();
    int skip = b.length > len ? b.length - len : 0; // a leading sign byte
    System.arraycopy(b, skip, out, off + len - (b.length - skip), b.length - skip);
  }
}
