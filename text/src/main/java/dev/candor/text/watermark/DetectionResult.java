package dev.candor.text.watermark;

import java.util.Locale;

/**
 * The outcome of one watermark test, immutable. The p-value is exact for the scheme's null
 * hypothesis (text written without the key): binomial for KGW, Gamma for Gumbel, computed in log
 * space so that it keeps its magnitude below {@code Double.MIN_VALUE} ({@link #log10PValue()}).
 *
 * @param scheme the scheme tested for
 * @param scoredTokens distinct (context, token) pairs scored; repeats and the first h tokens are
 *     not scored
 * @param score green-token count (KGW) or Σ −ln(1 − r) (Gumbel)
 * @param zScore (g − γT)/√(Tγ(1−γ)) for KGW, (S − T)/√T for Gumbel; 0 when nothing was scored
 * @param log10PValue log₁₀ of the one-sided p-value, ≤ 0
 * @param falsePositiveRate the rate the verdict is taken at
 */
public record DetectionResult(
    WatermarkScheme scheme,
    int scoredTokens,
    double score,
    double zScore,
    double log10PValue,
    double falsePositiveRate) {

  /** The one-sided p-value; may underflow to 0 where {@link #log10PValue()} does not. */
  public double pValue() {
    return Math.pow(10, log10PValue);
  }

  /** True iff the p-value is at most the false-positive rate, i.e. the text carries the mark. */
  public boolean watermarked() {
    return scoredTokens > 0 && log10PValue <= Math.log10(falsePositiveRate);
  }

  @Override
  public String toString() {
    String detail =
        scheme == WatermarkScheme.KGW
            ? String.format(Locale.ROOT, "green=%d/%d", (long) score, scoredTokens)
            : String.format(Locale.ROOT, "score=%.2f over %d", score, scoredTokens);
    return String.format(
        Locale.ROOT,
        "DetectionResult[%s %s, z=%.2f, p=%s, %s at FPR %.0e]",
        scheme.algorithm(),
        detail,
        zScore,
        formatP(),
        watermarked() ? "WATERMARKED" : "not watermarked",
        falsePositiveRate);
  }

  private String formatP() {
    if (log10PValue > -300) {
      return String.format(Locale.ROOT, "%.3g", pValue());
    }
    double exponent = Math.floor(log10PValue);
    return String.format(
        Locale.ROOT, "%.2fe%d", Math.pow(10, log10PValue - exponent), (long) exponent);
  }
}
