package dev.candor.core;

import java.util.Objects;

/**
 * How to sign a record: the signer and, optionally, a time-stamp authority. Immutable.
 *
 * @param signer the signer
 * @param timeStamper the time-stamp authority, or {@code null} for no time-stamp
 */
public record SigningOptions(Signer signer, TimeStamper timeStamper) {
  /** Requires a signer. */
  public SigningOptions {
    Objects.requireNonNull(signer, "signer");
  }

  /** Signing without a time-stamp. */
  public static SigningOptions of(Signer signer) {
    return new SigningOptions(signer, null);
  }

  /** The same options with a time-stamp authority. */
  public SigningOptions withTimeStamper(TimeStamper ts) {
    return new SigningOptions(signer, ts);
  }
}
