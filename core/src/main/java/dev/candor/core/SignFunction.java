package dev.candor.core;

import java.security.GeneralSecurityException;

/**
 * Signs bytes with a key Candor never sees: a KMS, an HSM, a remote signing service. Used with
 * {@link Signers#callback}.
 *
 * <p>Must be thread-safe. For ECDSA it may return DER or raw r‖s; Candor converts DER to r‖s.
 */
@FunctionalInterface
public interface SignFunction {

  /**
   * Signs {@code toBeSigned} with the algorithm given to {@link Signers#callback}.
   *
   * @throws GeneralSecurityException when the key or service cannot sign
   */
  byte[] sign(byte[] toBeSigned) throws GeneralSecurityException;
}
