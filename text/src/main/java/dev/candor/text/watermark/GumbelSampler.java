package dev.candor.text.watermark;

import dev.candor.text.internal.watermark.KeyedMixer;

/**
 * Distortion-free watermarked sampling (Aaronson 2022, exponential-minimum / Gumbel-max form): for
 * keyed uniforms r_i = U(seed(context), i) it returns the token minimising −ln(r_i) / p_i, which is
 * exactly a draw from p when the context has not occurred before. The sampler replaces the
 * backend's random draw; it is deterministic for a given key, context and distribution.
 *
 * <p>Because the choice depends only on the last h tokens, a context that recurs with the same
 * distribution yields the same token again: low-entropy models repeat themselves more under this
 * scheme than under plain sampling. The detector scores each distinct (context, token) pair once.
 *
 * <p>Weights need not be normalised: the arg-min is invariant to scaling p. Tokens with weight 0
 * are never chosen. All methods are thread-safe and allocate nothing.
 */
public final class GumbelSampler {
  private final long keySeed;
  private final int width;

  private GumbelSampler(TextWatermarkKey key, TextWatermarkParameters parameters) {
    this.keySeed = key.seed(parameters.scheme().seedLabel());
    this.width = parameters.contextWidth();
  }

  /**
   * A sampler for {@code key} and Gumbel {@code parameters}.
   *
   * @throws IllegalArgumentException if {@code parameters} is not a Gumbel scheme
   */
  public static GumbelSampler of(TextWatermarkKey key, TextWatermarkParameters parameters) {
    if (key == null || parameters == null || parameters.scheme() != WatermarkScheme.GUMBEL) {
      throw new IllegalArgumentException("need a key and Gumbel parameters, got " + parameters);
    }
    return new GumbelSampler(key, parameters);
  }

  /**
   * Samples a token id from {@code probs} over the whole vocabulary (index = token id), after the
   * context {@code tokens[0, length)}.
   *
   * @throws IllegalArgumentException if no weight is positive
   */
  public int sample(int[] tokens, int length, float[] probs) {
    long seed = stepSeed(tokens, length);
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int id = 0; id < probs.length; id++) {
      float p = probs[id];
      if (!(p > 0)) {
        continue;
      }
      double r = KeyedMixer.uniform(seed, id);
      // −ln r ≥ 1 − r, so a token whose cheap lower bound already loses needs no logarithm.
      if ((1 - r) / p >= bestScore) {
        continue;
      }
      double score = -Math.log(r) / p;
      if (score < bestScore) {
        bestScore = score;
        best = id;
      }
    }
    return checked(best);
  }

  /**
   * Samples from softmax({@code logits} / {@code temperature}) over the whole vocabulary.
   *
   * @throws IllegalArgumentException if {@code temperature} is not positive and finite
   */
  public int sampleLogits(int[] tokens, int length, float[] logits, double temperature) {
    checkTemperature(temperature);
    long seed = stepSeed(tokens, length);
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int id = 0; id < logits.length; id++) {
      double score = gumbelScore(seed, id, logits[id], temperature);
      if (score < bestScore) {
        bestScore = score;
        best = id;
      }
    }
    return checked(best);
  }

  /**
   * Samples one of the candidates {@code tokenIds} with weights {@code probs} (top-k path) and
   * returns the chosen token id.
   *
   * @throws IllegalArgumentException if the arrays differ in length or no weight is positive
   */
  public int sample(int[] tokens, int length, int[] tokenIds, float[] probs) {
    checkSameLength(tokenIds, probs);
    long seed = stepSeed(tokens, length);
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int i = 0; i < tokenIds.length; i++) {
      float p = probs[i];
      if (p > 0) {
        double score = -Math.log(KeyedMixer.uniform(seed, tokenIds[i])) / p;
        if (score < bestScore) {
          bestScore = score;
          best = tokenIds[i];
        }
      }
    }
    return checked(best);
  }

  /**
   * Samples one of the candidates {@code tokenIds} from softmax({@code logits} / {@code
   * temperature}) and returns the chosen token id.
   *
   * @throws IllegalArgumentException if the arrays differ in length or the temperature is bad
   */
  public int sampleLogits(int[] tokens, int length, int[] tokenIds, float[] logits, double temperature) {
    checkSameLength(tokenIds, logits);
    checkTemperature(temperature);
    long seed = stepSeed(tokens, length);
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int i = 0; i < tokenIds.length; i++) {
      double score = gumbelScore(seed, tokenIds[i], logits[i], temperature);
      if (score < bestScore) {
        bestScore = score;
        best = tokenIds[i];
      }
    }
    return checked(best);
  }

  /** ln(−ln r) − l/T: the log of −ln(r)/p up to a constant, so the arg-min is the same. */
  private static double gumbelScore(long seed, int id, float logit, double temperature) {
    if (logit == Float.NEGATIVE_INFINITY || Float.isNaN(logit)) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.log(-Math.log(KeyedMixer.uniform(seed, id))) - logit / temperature;
  }

  private long stepSeed(int[] tokens, int length) {
    if (length < 0 || length > tokens.length) {
      throw new IllegalArgumentException(
          "length " + length + " outside tokens of size " + tokens.length);
    }
    return KeyedMixer.contextSeed(keySeed, tokens, length, width);
  }

  private static int checked(int best) {
    if (best < 0) {
      throw new IllegalArgumentException("no candidate has positive probability");
    }
    return best;
  }

  private static void checkTemperature(double temperature) {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be positive, got " + temperature);
    }
  }

  private static void checkSameLength(int[] tokenIds, float[] values) {
    if (tokenIds.length != values.length) {
      throw new IllegalArgumentException(
          "tokenIds and weights differ in length: " + tokenIds.length + " vs " + values.length);
    }
  }
}
