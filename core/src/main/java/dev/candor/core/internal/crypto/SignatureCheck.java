package dev.candor.core.internal.crypto;

import dev.candor.core.StatusCode;

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

  /**
   * The C2PA status code a validator reports for this outcome: {@code claimSignature.validated},
   * {@code signingCredential.invalid} for DER ECDSA (as c2pa-rs {@code verifier.rs} does), else
   * {@code claimSignature.mismatch}.
   */
  public String statusCode() {
    switch (this) {
      case VALID:
        return StatusCode.CLAIM_SIGNATURE_VALIDATED;
      case DER_ENCODED_ECDSA:
        return StatusCode.SIGNING_CREDENTIAL_INVALID;
      default:
        return StatusCode.CLAIM_SIGNATURE_MISMATCH;
    }
  }

  /** Whether this is {@link #VALID}. */
  public boolean isValid() {
    return this == VALID;
  }
}
