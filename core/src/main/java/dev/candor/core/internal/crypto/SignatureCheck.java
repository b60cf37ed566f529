package dev.candor.core.internal.crypto;

/** The outcome of checking one raw claim signature against a public key. */
public enum SignatureCheck {
  /** The signature verifies. */
  VALID,
  /** Well-formed for the algorithm, but it does not verify: the signed bytes or key differ. */
  MISMATCH,
  /**
   * An ECDSA signature in DER ({@code SEQUENCE {r, s}}) instead of COSE's raw r‖s. c2pa-rs rejects
   * these before verifying and reports {@code signingCredential.invalid}.
   */
  DER_ENCODED_ECDSA,
  /** The signature has an impossible length or shape for the algorithm and key. */
  MALFORMED,
  /**
   * The key cannot make this algorithm's signatures: e.g. the header says ES256 but the certificate
   * holds an RSA key or a P-384 key.
   */
  KEY_MISMATCH;

  /** Whether this is {@link #VALID}. */
  public boolean isValid() {
    return this == VALID;
  }
}
