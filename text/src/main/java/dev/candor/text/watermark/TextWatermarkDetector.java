package dev.candor.text.watermark;

import dev.candor.text.internal.watermark.KeyedMixer;
import dev.candor.text.internal.watermark.MinSelfHash;
import dev.candor.text.internal.watermark.TailProbabilities;
import java.util.HashSet;
import java.util.Set;

/**
 * Tests token sequences for a text watermark made with a given key and parameters. Immutable and
 * thread-safe; detection never throws on content, it returns a {@link DetectionResult}.
 *
 * <p>Each token after the first h is scored with the context the text itself gives it. A (context
 * window, token) pair that occurs again is scored only once, so text that repeats a phrase cannot
 * pile up evidence it does not have; with {@link ContextHash#MIN_SELF} the pair is (smallest rank,
 * token), since that is all the green bit depends on, and with h = 0 each distinct token counts
 * once. Every scored bit is then a fresh keyed coin flip for text written without the key, which is
 * what makes the binomial p-value exact. Detection on text needs the exact tokenizer the generator
 * used: a different segmentation scores unrelated pairs and finds nothing.
 *
 * <pre>{@code
 * DetectionResult r = TextWatermarkDetector.of(key, TextWatermarkParameters.KGW_DEFAULT)
 *     .detect(text, tokenizer);
 * if (r.watermarked()) { ... }
 * }</pre>
 */
public final class TextWatermarkDetector {
  /** Default false-positive rate of the verdict: one in a million unmarked texts. */
  public static final double DEFAULT_FALSE_POSITIVE_RATE = 1e-6;

  private static final double LN_10 = Math.log(10);

  private final TextWatermarkParameters parameters;
  private final long keySeed;
  private final double falsePositiveRate;

  private TextWatermarkDetector(
      TextWatermarkParameters parameters, long keySeed, double falsePositiveRate) {
    this.parameters = parameters;
    this.keySeed = keySeed;
    this.falsePositiveRate = falsePositiveRate;
  }

  /** A detector at the {@linkplain #DEFAULT_FALSE_POSITIVE_RATE default false-positive rate}. */
  public static TextWatermarkDetector of(TextWatermarkKey key, TextWatermarkParameters parameters) {
    if (key == null || parameters == null) {
      throw new IllegalArgumentException("key and parameters must not be null");
    }
    return new TextWatermarkDetector(
        parameters, key.seed(parameters.scheme().seedLabel()), DEFAULT_FALSE_POSITIVE_RATE);
  }

  /**
   * This detector with verdicts taken at {@code rate}.
   *
   * @throws IllegalArgumentException if {@code rate} is not in (0, 1)
   */
  public TextWatermarkDetector withFalsePositiveRate(double rate) {
    if (!(rate > 0 && rate < 1)) {
      throw new IllegalArgumentException("false-positive rate must be in (0, 1), got " + rate);
    }
    return new TextWatermarkDetector(parameters, keySeed, rate);
  }

  /** Tests {@code text} as split by {@code tokenizer}, which must be the generator's. */
  public DetectionResult detect(String text, Tokenizer tokenizer) {
    return detect(tokenizer.encode(text));
  }

  /** Tests a sequence of token ids. */
  public DetectionResult detect(int[] tokens) {
    int width = parameters.contextWidth();
    Set<Long> seen = new HashSet<>();
    int scored = 0;
    double score = 0;
    int threshold = KeyedMixer.greenThreshold(parameters.gamma());
    boolean kgw = parameters.scheme() == WatermarkScheme.KGW;
    if (kgw && parameters.contextHash() == ContextHash.MIN_SELF) {
      return detectMinSelf(tokens, width, threshold);
    }
    for (int t = width; t < tokens.length; t++) {
      if (!seen.add(KeyedMixer.pairId(tokens, t, width))) {
        continue;
      }
      long seed = KeyedMixer.contextSeed(keySeed, tokens, t, width);
      scored++;
      if (kgw) {
        score += KeyedMixer.greenBit(KeyedMixer.fold(seed), threshold, tokens[t]);
      } else {
        score += -Math.log1p(-KeyedMixer.uniform(seed, tokens[t]));
      }
    }
    return kgw ? kgwResult(scored, (int) score) : gumbelResult(scored, score);
  }

  /**
   * Min-SelfHash: a position's green bit depends only on (min rank, token), so that pair is what
   * must be distinct: two positions sharing it would repeat one coin flip, not add evidence.
   */
  private DetectionResult detectMinSelf(int[] tokens, int width, int threshold) {
    MinSelfHash hash = new MinSelfHash(keySeed, threshold);
    Set<Long> seen = new HashSet<>();
    int green = 0;
    for (int t = width; t < tokens.length; t++) {
      int min = Math.min(hash.contextMin(tokens, t, width), hash.rank(tokens[t]));
      if (seen.add(((long) min << 32) | (tokens[t] & 0xFFFF_FFFFL))) {
        green += KeyedMixer.greenBit(hash.seedOf(min), threshold, tokens[t]);
      }
    }
    return kgwResult(seen.size(), green);
  }

  private DetectionResult kgwResult(int scored, int green) {
    double gamma = parameters.gamma();
    if (scored == 0) {
      return new DetectionResult(WatermarkScheme.KGW, 0, 0, 0, 0, falsePositiveRate);
    }
    double z = (green - gamma * scored) / Math.sqrt(scored * gamma * (1 - gamma));
    double lnP = TailProbabilities.logBinomialUpperTail(green, scored, gamma);
    return new DetectionResult(
        WatermarkScheme.KGW, scored, green, z, lnP / LN_10, falsePositiveRate);
  }

  private DetectionResult gumbelResult(int scored, double sum) {
    if (scored == 0) {
      return new DetectionResult(WatermarkScheme.GUMBEL, 0, 0, 0, 0, falsePositiveRate);
    }
    double z = (sum - scored) / Math.sqrt(scored);
    double lnP = TailProbabilities.logGammaUpperTail(scored, sum);
    return new DetectionResult(
        WatermarkScheme.GUMBEL, scored, sum, z, lnP / LN_10, falsePositiveRate);
  }
}
