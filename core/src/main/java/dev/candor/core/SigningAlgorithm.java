package dev.candor.core;

/**
 * The claim-signature algorithms C2PA allows (C2PA 2.2 §13.2.1), with their COSE identifiers.
 *
 * <p>RSA PKCS#1 v1.5 is deliberately absent: C2PA forbids it for claim signatures.
 */
public enum SigningAlgorithm {
  /** ECDSA on P-256 with SHA-256; signature is raw r‖s (64 bytes). COSE -7. */
  ES256(-7, "SHA256withECDSAinP1363Format", "SHA-256", 64),
  /** ECDSA on P-384 with SHA-384; signature is raw r‖s (96 bytes). COSE -35. */
  ES384(-35, "SHA384withECDSAinP1363Format", "SHA-384", 96),
  /** ECDSA on P-521 with SHA-512; signature is raw r‖s (132 bytes). COSE -36. */
  ES512(-36, "SHA512withECDSAinP1363Format", "SHA-512", 132),
  /** RSASSA-PSS with SHA-256, MGF1-SHA-256, salt 32. COSE -37. */
  PS256(-37, "RSASSA-PSS", "SHA-256", 512),
  /** RSASSA-PSS with SHA-384, MGF1-SHA-384, salt 48. COSE -38. */
  PS384(-38, "RSASSA-PSS", "SHA-384", 512),
  /** RSASSA-PSS with SHA-512, MGF1-SHA-512, salt 64. COSE -39. */
  PS512(-39, "RSASSA-PSS", "SHA-512", 512),
  /** EdDSA on Ed25519 (RFC 8032); 64-byte signature. COSE -8. */
  ED25519(-8, "Ed25519", null, 64);

  private final int coseId;
  private final String jcaName;
  private final String digest;
  private final int maxSignatureLength;

  SigningAlgorithm(int coseId, String jcaName, String digest, int maxSignatureLength) {
    this.coseId = coseId;
    this.jcaName = jcaName;
    this.digest = digest;
    this.maxSignatureLength = maxSignatureLength;
  }

  /** The COSE algorithm identifier (RFC 9053) written in the protected header, label 1. */
  public int coseId() {
    return coseId;
  }

  /** The JCA signature algorithm name; for PSS, parameters come from {@link #digest()}. */
  public String jcaName() {
    return jcaName;
  }

  /** The JCA digest name the signature uses, or {@code null} for Ed25519 (no pre-hash). */
  public String digest() {
    return digest;
  }

  /** An upper bound on the signature length in bytes (RSA: for keys up to 4096 bits). */
  public int maxSignatureLength() {
    return maxSignatureLength;
  }

  /** The algorithm for a COSE identifier. */
  public static java.util.Optional<SigningAlgorithm> fromCoseId(long id) {
    for (SigningAlgorithm a : values()) {
      if (a.coseId == id) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }
}
