package dev.candor.core.internal.tsa;

import dev.candor.core.StatusCode;
import dev.candor.core.ValidationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What checking one claim-signature time-stamp found. Following c2pa-rs and C2PA 2.2 §15.8, a
 * time-stamp never produces a failure: {@link StatusCode#TIMESTAMP_VALIDATED} and {@link
 * StatusCode#TIMESTAMP_TRUSTED} are successes; {@code timeStamp.untrusted}, {@code .malformed},
 * {@code .mismatch} and {@code .outsideValidity} are informational.
 */
public final class TimeStampResult {
  private final Instant genTime;
  private final List<ValidationStatus> success;
  private final List<ValidationStatus> informational;

  private TimeStampResult(
      Instant genTime, List<ValidationStatus> success, List<ValidationStatus> informational) {
    this.genTime = genTime;
    this.success = List.copyOf(success);
    this.informational = List.copyOf(informational);
  }

  /**
   * The TSA's genTime whenever the token parsed, verified or not. Use it as the signing time for
   * the signer certificate's validity only when {@link #validated()}.
   */
  public Optional<Instant> genTime() {
    return Optional.ofNullable(genTime);
  }

  /** Signature, certificate binding, TSA validity at genTime and imprint all hold. */
  public boolean validated() {
    return has(success, StatusCode.TIMESTAMP_VALIDATED);
  }

  /** Validated, and the TSA certificate chains to a configured TSA anchor. */
  public boolean trusted() {
    return has(success, StatusCode.TIMESTAMP_TRUSTED);
  }

  /** Success findings, in the order found. */
  public List<ValidationStatus> success() {
    return success;
  }

  /** Informational findings, in the order found. */
  public List<ValidationStatus> informational() {
    return informational;
  }

  /** Every finding, successes first. */
  public List<ValidationStatus> statuses() {
    List<ValidationStatus> all = new ArrayList<>(success);
    all.addAll(informational);
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "TimeStampResult{genTime=" + genTime + ", statuses=" + statuses() + "}";
  }

  private static boolean has(List<ValidationStatus> list, String code) {
    return list.stream().anyMatch(s -> s.code().equals(code));
  }

  /** Collects findings; the code decides the bucket. */
  static final class Builder {
    private final String url;
    private Instant genTime;
    private final List<ValidationStatus> success = new ArrayList<>();
    private final List<ValidationStatus> informational = new ArrayList<>();

    Builder(String url) {
      this.url = url;
    }

    Builder genTime(Instant genTime) {
      this.genTime = genTime;
      return this;
    }

    Builder add(String code, String explanation) {
      ValidationStatus status = new ValidationStatus(code, url, explanation);
      if (code.equals(StatusCode.TIMESTAMP_VALIDATED)
          || code.equals(StatusCode.TIMESTAMP_TRUSTED)) {
        success.add(status);
      } else {
        informational.add(status);
      }
      return this;
    }

    TimeStampResult build() {
      return new TimeStampResult(genTime, success, informational);
    }
  }
}
