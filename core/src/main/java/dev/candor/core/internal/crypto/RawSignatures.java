package dev.candor.core.internal.crypto;

import dev.candor.core.SigningAlgorithm;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Makes and checks the raw signature bytes of a COSE_Sign1 claim signature with the JDK's
 * providers: ECDSA as raw r‖s ({@code SHA*withECDSAinP1363Format}), RSASSA-PSS with MGF1 over the
 * same hash and a salt as long as the hash (RFC 8230 §2), pure Ed25519 (RFC 8032).
 */
public final class RawSignatures {
  // ECDSA through Bouncy Castle: about twice as fast to sign and four times to verify as the JDK
  // 17 pure-Java code on the same keys (benchmarks/RESULTS.md); same r‖s output. Not registered
  // globally, so the application's provider list is left alone.
  private static final java.security.Provider BC =
      new org.bouncycastle.jce.provider.BouncyCastleProvider();

  private RawSignatures() {}

  private static Signature instance(SigningAlgorithm alg) throws GeneralSecurityException {
    switch (alg) {
      case ES256:
        return Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
      case ES384:
        return Signature.getInstance("SHA384withPLAIN-ECDSA", BC);
      case ES512:
        return Signature.getInstance("SHA512withPLAIN-ECDSA", BC);
      default:
        return Signature.getInstance(alg.jcaName());
    }
  }

  /**
   * Signs {@code toBeSigned} with {@code key}.
   *
   * @throws GeneralSecurityException if the key cannot make {@code alg} signatures
   */
  public static byte[] sign(SigningAlgorithm alg, PrivateKey key, byte[] toBeSigned)
      throws GeneralSecurityException {
    if (isEcdsa(alg) && key instanceof ECPrivateKey ec) {
      Optional<byte[]> raw = Ecdsa.sign(alg.digest(), ec, toBeSigned);
      if (raw.isPresent()) {
        return raw.get();
      }
    }
    if (alg == SigningAlgorithm.ED25519 && key instanceof EdECPrivateKey ed) {
      Optional<byte[]> seed = ed.getBytes();
      if (seed.isPresent() && seed.get().length == 32) {
        // Pure Ed25519 is deterministic (RFC 8032 §5.1.6): Bouncy Castle's code gives the JDK's
        // signature bytes about ten times faster. Verification stays with the JDK.
        Ed25519Signer bc = new Ed25519Signer();
        bc.init(true, new Ed25519PrivateKeyParameters(seed.get()));
        bc.update(toBeSigned, 0, toBeSigned.length);
        return bc.generateSignature();
      }
    }
    Signature s = instance(alg);
    s.initSign(key);
    configure(s, alg);
    s.update(toBeSigned);
    return s.sign();
  }

  /**
   * Checks a raw signature. Never throws for bad input: every problem is a {@link SignatureCheck}.
   *
   * @param alg the algorithm the COSE header names
   * @param key the signing certificate's public key
   * @param toBeSigned the COSE Sig_structure bytes
   * @param signature the COSE signature bytes
   */
  public static SignatureCheck verify(
      SigningAlgorithm alg, PublicKey key, byte[] toBeSigned, byte[] signature) {
    Optional<KeyKind> kind = KeyKind.of(key);
    if (kind.isEmpty() || !kind.get().fits(alg)) {
      return SignatureCheck.KEY_MISMATCH;
    }
    SignatureCheck shape = checkShape(kind.get(), key, signature);
    if (shape != null) {
      return shape;
    }
    try {
      if (isEcdsa(alg) && key instanceof ECPublicKey ec) {
        Optional<Boolean> ok = Ecdsa.verify(alg.digest(), ec, toBeSigned, signature);
        if (ok.isPresent()) {
          return ok.get() ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
        }
      }
      Signature s = instance(alg);
      s.initVerify(key);
      configure(s, alg);
      s.update(toBeSigned);
      return s.verify(signature) ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
    } catch (InvalidKeyException | java.security.InvalidAlgorithmParameterException e) {
      // An RSASSA-PSS key restricted to other PSS parameters than the header's algorithm cannot
      // check this signature (found by fuzzing: it escaped as IllegalStateException).
      return SignatureCheck.KEY_MISMATCH;
    } catch (IllegalArgumentException e) {
      // Bouncy Castle rejects an EC point off its curve this way (found by fuzzing)
      return SignatureCheck.KEY_MISMATCH;
    } catch (SignatureException e) {
      return SignatureCheck.MISMATCH;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot verify " + alg, e);
    }
  }

  /**
   * Checks an ECDSA certificate signature (DER {@code ECDSA-Sig-Value}) on the fast path.
   *
   * @param hash the JDK digest name the signature algorithm names
   * @return the verdict, or empty when the key is not on one of our curves or the signature is not
   *     strict DER (the caller then asks the JCA, which gives the final word)
   */
  public static Optional<Boolean> verifyEcdsaDer(
      String hash, PublicKey key, byte[] message, byte[] der) {
    if (!(key instanceof ECPublicKey ec)) {
      return Optional.empty();
    }
    Optional<EcCurve> curve = EcCurve.of(ec.getParams());
    if (curve.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> raw = EcdsaSignatures.derToRaw(der, curve.get().fieldBytes());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Ecdsa.verify(hash, ec, message, raw.get());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isEcdsa(SigningAlgorithm alg) {
    return alg == SigningAlgorithm.ES256
        || alg == SigningAlgorithm.ES384
        || alg == SigningAlgorithm.ES512;
  }

  /** The salt length RFC 8230 requires for PSS: the hash length. */
  static int pssSaltLength(SigningAlgorithm alg) {
    switch (alg) {
      case PS256:
        return 32;
      case PS384:
        return 48;
      case PS512:
        return 64;
      default:
        throw new IllegalArgumentException(alg + " is not PSS");
    }
  }

  static void configure(Signature s, SigningAlgorithm alg) throws GeneralSecurityException {
    if (alg.jcaName().equals("RSASSA-PSS")) {
      s.setParameter(
          new PSSParameterSpec(
              alg.digest(),
              "MGF1",
              new MGF1ParameterSpec(alg.digest()),
              pssSaltLength(alg),
              PSSParameterSpec.TRAILER_FIELD_BC));
    }
  }

  /** A verdict when the length alone rules the signature out, else null. */
  private static SignatureCheck checkShape(KeyKind kind, PublicKey key, byte[] signature) {
    switch (kind.family()) {
      case EC:
        if (EcdsaSignatures.isDer(signature)) {
          return SignatureCheck.DER_ENCODED_ECDSA;
        }
        return signature.length == 2 * kind.curve().fieldBytes() ? null : SignatureCheck.MALFORMED;
      case RSA:
        int modulusBytes = (((RSAKey) key).getModulus().bitLength() + 7) / 8;
        return signature.length == modulusBytes ? null : SignatureCheck.MALFORMED;
      default:
        return signature.length == 64 ? null : SignatureCheck.MALFORMED;
    }
  }
}
