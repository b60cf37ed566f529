package dev.candor.core.internal.cbor;

/** Bytes that are not well-formed CBOR, or that exceed the reader's limits. */
public final class CborException extends Exception {
  private static final long serialVersionUID = 1L;

  CborException(String message, Throwable cause) {
    super(message, cause);
  }

  CborException(String message) {
    super(message);
  }
}
