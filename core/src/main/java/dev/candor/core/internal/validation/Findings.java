package dev.candor.core.internal.validation;

import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationStatus;
import java.util.ArrayList;
import java.util.List;

/** Status codes collected while validating one manifest. */
public final class Findings {
  final List<ValidationStatus> success = new ArrayList<>();
  final List<ValidationStatus> informational = new ArrayList<>();
  final List<ValidationStatus> failure = new ArrayList<>();

  /** Records a success. */
  public void success(String code, String url, String explanation) {
    success.add(new ValidationStatus(code, url, explanation));
  }

  /** Records an informational finding. */
  public void info(String code, String url, String explanation) {
    informational.add(new ValidationStatus(code, url, explanation));
  }

  /** Records a failure. */
  public void failure(String code, String url, String explanation) {
    failure.add(new ValidationStatus(code, url, explanation));
  }

  /** Whether a failure with this code was recorded. */
  public boolean failed(String code) {
    return failure.stream().anyMatch(s -> s.code().equals(code));
  }

  /** Whether any failure was recorded. */
  public boolean anyFailure() {
    return !failure.isEmpty();
  }

  void into(ValidationReport.Builder b) {
    success.forEach(b::success);
    informational.forEach(b::informational);
    failure.forEach(b::failure);
  }
}
