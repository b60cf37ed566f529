package dev.candor.core.internal.tsa;

import java.util.Optional;

/**
 * Where a claim signature keeps its time-stamp: a text label of the COSE_Sign1 unprotected header
 * (C2PA 2.2 §10.3.2.5). Both hold a {@code tstContainer} = {@code {"tstTokens": [{"val": bstr}]}};
 * only the first token counts, and more than one is malformed.
 */
public enum TimeStampHeader {
  /**
   * v1, deprecated, read-only: {@code "sigTst"}. {@code val} is the whole {@code TimeStampResp}
   * (c2pa-rs writes the response; readers also meet bare tokens). The imprint covers the claim.
   */
  SIG_TST("sigTst"),
  /**
   * v2, what we write: {@code "sigTst2"}. {@code val} is the DER {@code TimeStampToken} only. The
   * imprint covers the finished signature ("CTT" model of
   * draft-ietf-cose-tsa-tst-header-parameter).
   */
  SIG_TST2("sigTst2");

  private final String label;

  TimeStampHeader(String label) {
    this.label = label;
  }

  /** The unprotected-header label, e.g. {@code "sigTst2"}. */
  public String label() {
    return label;
  }

  /** The header for a label; c2pa-rs prefers {@code sigTst2} when both are present. */
  public static Optional<TimeStampHeader> fromLabel(String label) {
    for (TimeStampHeader h : values()) {
      if (h.label.equals(label)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
