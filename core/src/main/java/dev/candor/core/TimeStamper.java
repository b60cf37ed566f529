package dev.candor.core;

import dev.candor.core.internal.tsa.HttpTimeStamper;
import java.net.URI;
import java.time.Duration;

/**
 * Obtains RFC 3161 time-stamp tokens, which prove that a claim signature existed at a given time.
 *
 * <p>Implementations must be thread-safe: one time-stamper is shared by every labelling thread.
 *
 * <pre>{@code
 * TimeStamper tsa = TimeStamper.http(URI.create("http://timestamp.digicert.com"));
 * byte[] token = tsa.timeStamp(bytesToTimeStamp);
 * }</pre>
 */
public interface TimeStamper {

  /**
   * Time-stamps a hash of {@code data}.
   *
   * @param data the bytes to time-stamp; only their hash leaves the process
   * @return a DER {@code TimeStampToken} (RFC 3161 §2.4.2) whose message imprint is the hash of
   *     {@code data} and whose signature verifies with the TSA certificate it carries
   * @throws ProvenanceException when the authority is unreachable, refuses, or answers with
   *     anything but a matching, correctly signed token; the message says which
   */
  byte[] timeStamp(byte[] data) throws ProvenanceException;

  /**
   * A time-stamper that asks the RFC 3161 authority at {@code url} over HTTP(S), hashing with
   * SHA-256 and waiting at most 10 seconds to connect and 30 seconds for the answer.
   *
   * @param url the authority's endpoint, {@code http} or {@code https}
   */
  static TimeStamper http(URI url) {
    return new HttpTimeStamper(url, Duration.ofSeconds(10), Duration.ofSeconds(30), "SHA-256");
  }

  /**
   * A time-stamper that asks the RFC 3161 authority at {@code url} over HTTP(S).
   *
   * @param url the authority's endpoint, {@code http} or {@code https}
   * @param timeout the longest wait to connect, and again for each read of the answer
   * @param digestAlgorithm {@code "SHA-256"}, {@code "SHA-384"} or {@code "SHA-512"} (C2PA §13.1)
   * @throws IllegalArgumentException for another scheme, a non-positive timeout or another digest
   */
  static TimeStamper http(URI url, Duration timeout, String digestAlgorithm) {
    return new HttpTimeStamper(url, timeout, timeout, digestAlgorithm);
  }
}
