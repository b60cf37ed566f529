package dev.candor.core;

import java.util.Objects;

/**
 * One finding of a validation: a C2PA status code, the JUMBF URI of what it concerns (may be
 * {@code null}) and a human explanation.
 *
 * @param code a C2PA status code such as {@link StatusCode#ASSERTION_DATAHASH_MISMATCH}
 * @param url the JUMBF URI the finding is about, or {@code null}
 * @param explanation a sentence for people; never a secret
 */
public record ValidationStatus(String code, String url, String explanation) {
  /** Requires a code. */
  public ValidationStatus {
    Objects.requireNonNull(code, "code");
  }

  /** A status without an explanation. */
  public static ValidationStatus of(String code, String url) {
    return new ValidationStatus(code, url, null);
  }
}
