package dev.candor.core.internal.tsa;

/** A time-stamp token or response that cannot be used; the message says why, for people. */
final class TokenException extends Exception {
  private static final long serialVersionUID = 1L;

  TokenException(String message) {
    super(message);
  }

  TokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
