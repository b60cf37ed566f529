package dev.candor.core;

/**
 * A provenance record cannot be read or written at all: the container is unreadable, the signer
 * refused, a time-stamp authority did not answer. The message says which, and never carries a secret.
 *
 * <p>Validation problems are not exceptions: they are statuses in a {@link ValidationReport}.
 */
public class ProvenanceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with a specific message. */
  public ProvenanceException(String message) {
    super(message);
  }

  /** An exception with a specific message and its cause. */
  public ProvenanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
