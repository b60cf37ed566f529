package dev.candor.core;

/**
 * Obtains RFC 3161 time-stamp tokens over data, from a time-stamp authority.
 */
public interface TimeStamper {
  /**
   * Returns a DER {@code TimeStampToken} whose message imprint is the hash of {@code data}.
   *
   * @throws ProvenanceException when the authority cannot be reached or its answer does not hold
   */
  byte[] timeStamp(byte[] data) throws ProvenanceException;
}
