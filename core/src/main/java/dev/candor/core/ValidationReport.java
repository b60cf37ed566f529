package dev.candor.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What validating an asset's provenance found: the overall {@link ValidationState}, the C2PA status
 * codes split into success, informational and failure (C2PA 2.2 §15.2), and a summary of the active
 * manifest. Validation never throws for a bad record: every problem is a status here.
 *
 * <p>{@link #hasManifest()} is false when no manifest store was found at all; then the state is
 * {@link ValidationState#INVALID} and {@link #failure()} names why (e.g. several stores).
 */
public final class ValidationReport {
  private final boolean hasManifest;
  private final ValidationState state;
  private final List<ValidationStatus> success;
  private final List<ValidationStatus> informational;
  private final List<ValidationStatus> failure;
  private final ManifestSummary activeManifest;
  private final List<ManifestSummary> manifests;

  private ValidationReport(Builder b) {
    this.hasManifest = b.hasManifest;
    this.success = List.copyOf(b.success);
    this.informational = List.copyOf(b.informational);
    this.failure = List.copyOf(b.failure);
    this.activeManifest = b.activeManifest;
    this.manifests = List.copyOf(b.manifests);
    this.state = decide();
  }

  private ValidationState decide() {
    if (!hasManifest) {
      return ValidationState.INVALID;
    }
    for (ValidationStatus s : failure) {
      if (!s.code().equals(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED) && !s.code().startsWith("cawg.")) {
        return ValidationState.INVALID;
      }
    }
    if (!has(StatusCode.CLAIM_SIGNATURE_VALIDATED)) {
      return ValidationState.INVALID;
    }
    return has(StatusCode.SIGNING_CREDENTIAL_TRUSTED) ? ValidationState.TRUSTED : ValidationState.VALID;
  }

  /** A report for an asset without any manifest store. */
  public static ValidationReport noManifest() {
    return builder().hasManifest(false).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything this report holds, to add or drop findings. */
  public Builder toBuilder() {
    Builder b = builder().hasManifest(hasManifest).activeManifest(activeManifest);
    success.forEach(b::success);
    informational.forEach(b::informational);
    failure.forEach(b::failure);
    manifests.forEach(b::manifest);
    return b;
  }

  /** Whether a manifest store was found. */
  public boolean hasManifest() {
    return hasManifest;
  }

  /** The verdict. */
  public ValidationState state() {
    return state;
  }

  /** Success codes of the active manifest. */
  public List<ValidationStatus> success() {
    return success;
  }

  /** Informational codes. */
  public List<ValidationStatus> informational() {
    return informational;
  }

  /** Failure codes. */
  public List<ValidationStatus> failure() {
    return failure;
  }

  /** Whether any list holds {@code code}. */
  public boolean has(String code) {
    return codes(success).contains(code) || codes(informational).contains(code) || codes(failure).contains(code);
  }

  /** The codes of a list, in order. */
  public static List<String> codes(List<ValidationStatus> l) {
    List<String> out = new ArrayList<>(l.size());
    for (ValidationStatus s : l) {
      out.add(s.code());
    }
    return out;
  }

  /** The active manifest, when one could be read. */
  public Optional<ManifestSummary> activeManifest() {
    return Optional.ofNullable(activeManifest);
  }

  /** Every manifest in the store, in store order (the active one last). */
  public List<ManifestSummary> manifests() {
    return manifests;
  }

  @Override
  public String toString() {
    return state + " success=" + codes(success) + " informational=" + codes(informational)
        + " failure=" + codes(failure);
  }

  /** Collects findings. */
  public static final class Builder {
    private boolean hasManifest = true;
    private final List<ValidationStatus> success = new ArrayList<>();
    private final List<ValidationStatus> informational = new ArrayList<>();
    private final List<ValidationStatus> failure = new ArrayList<>();
    private final List<ManifestSummary> manifests = new ArrayList<>();
    private ManifestSummary activeManifest;

    private Builder() {}

    /** Sets whether a store was found. */
    public Builder hasManifest(boolean h) {
      this.hasManifest = h;
      return this;
    }

    /** Adds a success status. */
    public Builder success(ValidationStatus s) {
      success.add(Objects.requireNonNull(s));
      return this;
    }

    /** Adds an informational status. */
    public Builder informational(ValidationStatus s) {
      informational.add(Objects.requireNonNull(s));
      return this;
    }

    /** Adds a failure status. */
    public Builder failure(ValidationStatus s) {
      failure.add(Objects.requireNonNull(s));
      return this;
    }

    /** Sets the active manifest summary. */
    public Builder activeManifest(ManifestSummary m) {
      this.activeManifest = m;
      return this;
    }

    /** Adds a manifest summary. */
    public Builder manifest(ManifestSummary m) {
      manifests.add(m);
      return this;
    }

    /** Drops every failure with this code (e.g. a hard binding that cannot match a copy). */
    public Builder withoutFailure(String code) {
      failure.removeIf(s -> s.code().equals(code));
      return this;
    }

    /** Whether a failure with this code was recorded. */
    public boolean hasFailure(String code) {
      return codes(failure).contains(code);
    }

    /** The report. */
    public ValidationReport build() {
      return new ValidationReport(this);
    }
  }
}
