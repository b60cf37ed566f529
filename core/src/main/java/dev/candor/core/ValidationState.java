package dev.candor.core;

/** The overall verdict of a validation, as C2PA 2.2 §14.3 and c2pa-rs name it. */
public enum ValidationState {
  /** Some check failed: the record cannot be relied on. */
  INVALID,
  /** Well-formed, signature and bindings verified, but the signer does not chain to a trust anchor. */
  VALID,
  /** Valid, and the signer chains to a configured trust anchor. */
  TRUSTED
}
