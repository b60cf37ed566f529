package dev.candor.core;

import java.io.IOException;

/**
 * A manifest repository could not be reached, read or written (its database refused a connection,
 * a query failed, a store was over the limit): a failure of the repository, not of the asset being
 * labelled or verified. Its message names the repository and the operation, never credentials.
 */
public class ManifestRepositoryException extends IOException {
  private static final long serialVersionUID = 1L;

  public ManifestRepositoryException(String message) {
    super(message);
  }

  public ManifestRepositoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
