package dev.candor.text.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class TailProbabilitiesTest {

  @Test
  void logGamma_knownValues_match() {
    assertEquals(Math.log(Math.sqrt(Math.PI)), TailProbabilities.logGamma(0.5), 1e-13);
    assertEquals(0, TailProbabilities.logGamma(1), 1e-13);
    assertEquals(Math.log(3628800), TailProbabilities.logGamma(11), 1e-12);
    // ln 100! = 363.73937555556347 (OEIS-checked value of log factorial)
    assertEquals(363.73937555556347, TailProbabilities.logGamma(101), 1e-10);
  }

  @Test
  void logBinomialUpperTail_againstExactRationalSums_relativeErrorBelow1e9() {
    int[][] cases = {{100, 25}, {100, 40}, {100, 60}, {200, 90}, {200, 150}, {1000, 400}, {50, 50}};
    for (int[] c : cases) {
      int n = c[0];
      int k = c[1];
      double exact = exactTail(n, k, 1, 4);
      double computed = Math.exp(TailProbabilities.logBinomialUpperTail(k, n, 0.25));
      assertEquals(1, computed / exact, 1e-9, "P(X>=" + k + "), n=" + n + ", p=1/4: " + exact);
    }
  }

  @Test
  void logBinomialUpperTail_fairCoin_knownValue() {
    // P(X ≥ 60) for X ~ Bin(100, 1/2) = 0.028443966820490392 (standard tables).
    assertEquals(
        0.028443966820490392,
        Math.exp(TailProbabilities.logBinomialUpperTail(60, 100, 0.5)),
        1e-13);
  }

  @Test
  void logBinomialUpperTail_zeroSuccesses_isOne() {
    assertEquals(0, TailProbabilities.logBinomialUpperTail(0, 10, 0.25), 0);
  }

  @Test
  void logGammaUpperTail_closedForms_match() {
    // n = 1: exponential tail e^-s.
    assertEquals(-3.5, TailProbabilities.logGammaUpperTail(1, 3.5), 1e-12);
    // n = 3: e^-s (1 + s + s²/2); at s = 2 that is 5 e^-2.
    assertEquals(Math.log(5) - 2, TailProbabilities.logGammaUpperTail(3, 2), 1e-12);
    // Far tail keeps its magnitude: n = 200, s = 600 is about 1e-112.
    double log10 = TailProbabilities.logGammaUpperTail(200, 600) / Math.log(10);
    assertEquals(exactGammaTailLog10(200, 600), log10, 1e-9);
  }

  /** P(X ≥ k) for Bin(n, num/den) as an exact rational, then rounded. */
  private static double exactTail(int n, int k, int num, int den) {
    BigInteger sum = BigInteger.ZERO;
    BigInteger choose = BigInteger.ONE;
    BigInteger q = BigInteger.valueOf(den - num);
    for (int i = 0; i <= n; i++) {
      if (i >= k) {
        sum = sum.add(choose.multiply(BigInteger.valueOf(num).pow(i)).multiply(q.pow(n - i)));
      }
      choose = choose.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return new BigDecimal(sum)
        .divide(new BigDecimal(BigInteger.valueOf(den).pow(n)), MathContext.DECIMAL128)
        .doubleValue();
  }

  /** log10 of e^-s Σ_{k<n} s^k/k! with integer s, in exact big-decimal arithmetic. */
  private static double exactGammaTailLog10(int n, int s) {
    MathContext mc = new MathContext(60);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      sum = sum.add(term);
      term = term.multiply(BigDecimal.valueOf(s)).divide(BigDecimal.valueOf(k + 1), mc);
    }
    BigInteger unscaled = sum.unscaledValue();
    int shift = Math.max(0, unscaled.bitLength() - 60);
    double log10Sum =
        Math.log10(unscaled.shiftRight(shift).doubleValue()) + shift * Math.log10(2) - sum.scale();
    return log10Sum - s / Math.log(10);
  }
}
