package dev.candor.core;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Produces claim signatures without exposing its key: a PEM key, a PKCS#12 store, a PKCS#11 token or
 * a remote KMS can all stand behind it.
 *
 * <p>Implementations must be thread-safe: one signer is shared by every labelling thread.
 */
public interface Signer {

  /**
   * Signs the COSE {@code Sig_structure} bytes.
   *
   * @param toBeSigned the exact bytes to sign
   * @return the signature in COSE form: raw r‖s for ECDSA, plain bytes for PSS and Ed25519
   * @throws GeneralSecurityException when the key cannot sign
   */
  byte[] sign(byte[] toBeSigned) throws GeneralSecurityException;

  /** The algorithm {@link #sign} uses. */
  SigningAlgorithm algorithm();

  /** The certificate chain, signing certificate first, then intermediates; never the root. */
  List<X509Certificate> certificateChain();

  /**
   * The bytes reserved for the COSE signature, not counting a time-stamp token (the writer adds
   * {@link #TIME_STAMP_RESERVE} when a time-stamp authority is configured). The default covers the
   * signature, the chain and 1 KiB of headroom.
   */
  default int reserveSize() {
    int certs = 0;
    for (X509Certificate c : certificateChain()) {
      try {
        certs += c.getEncoded().length + 8;
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException("certificate cannot be encoded", e);
      }
    }
    return algorithm().maxSignatureLength() + certs + 1024;
  }

  /** Bytes added to the reserve for an RFC 3161 token (c2pa-rs reserves the same). */
  int TIME_STAMP_RESERVE = 10_000;
}
