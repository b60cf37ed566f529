package dev.candor.text.internal.watermark;

/**
 * Exact one-sided tail probabilities in log space, so p-values far below {@code 1e-300} keep their
 * magnitude.
 */
public final class TailProbabilities {
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private TailProbabilities() {}

  /**
   * Natural log of Γ(x) for x &gt; 0: argument shifted to ≥ 15, then Stirling's series to the x⁻⁹
   * term (absolute error below 1e-13).
   */
  public static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    double shift = 0;
    while (x < 15) {
      shift += Math.log(x);
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series =
        inv
            * (1.0 / 12
                - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
  }

  /** ln C(n, k). */
  public static double logChoose(int n, int k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  /**
   * ln P(X ≥ successes) for X ~ Binomial(trials, p), summed term by term from the exact probability
   * mass function (no normal approximation).
   */
  public static double logBinomialUpperTail(int successes, int trials, double p) {
    if (trials < 0 || successes > trials || !(p > 0 && p < 1)) {
      throw new IllegalArgumentException(
          "bad binomial tail: successes=" + successes + " trials=" + trials + " p=" + p);
    }
    if (successes <= 0) {
      return 0;
    }
    double logP = Math.log(p);
    double logQ = Math.log1p(-p);
    double[] terms = new double[trials - successes + 1];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = successes; k <= trials; k++) {
      double term = logChoose(trials, k) + k * logP + (trials - k) * logQ;
      terms[k - successes] = term;
      max = Math.max(max, term);
    }
    return Math.min(0, max + Math.log(sumExp(terms, max)));
  }

  /**
   * ln P(S ≥ s) for S ~ Gamma(shape n, scale 1) with integer n, the sum of n unit exponentials: the
   * Poisson identity P(S ≥ s) = e^(−s) Σ_{k&lt;n} s^k / k!.
   */
  public static double logGammaUpperTail(int n, double s) {
    if (n < 0 || Double.isNaN(s)) {
      throw new IllegalArgumentException("bad gamma tail: n=" + n + " s=" + s);
    }
    if (n == 0) {
      return s > 0 ? Double.NEGATIVE_INFINITY : 0;
    }
    if (s <= 0) {
      return 0;
    }
    double logS = Math.log(s);
    double[] terms = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double term = -s + k * logS - logGamma(k + 1.0);
      terms[k] = term;
      max = Math.max(max, term);
    }
    return Math.min(0, max + Math.log(sumExp(terms, max)));
  }

  private static double sumExp(double[] terms, double max) {
    double sum = 0;
    for (double t : terms) {
      sum += Math.exp(t - max);
    }
    return sum;
  }
}
