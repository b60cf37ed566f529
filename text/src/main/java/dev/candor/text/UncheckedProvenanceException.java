package dev.candor.text;

import dev.candor.core.ProvenanceException;
import java.util.Objects;

/**
 * Wraps a {@link ProvenanceException} where the API shape allows no checked exception: thrown by a
 * labelling {@link java.util.Iterator} when the store cannot be prepared or signed.
 */
public final class UncheckedProvenanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause}, keeping its message. */
  public UncheckedProvenanceException(ProvenanceException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
  }

  /** The wrapped exception. */
  @Override
  public synchronized ProvenanceException getCause() {
    return (ProvenanceException) super.getCause();
  }
}
