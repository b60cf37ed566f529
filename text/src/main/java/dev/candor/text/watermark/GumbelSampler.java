package dev.candor.text.watermark;

import dev.candor.text.internal.watermark.KeyedMixer;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Distortion-free watermarked sampling (Aaronson 2022, exponential-minimum / Gumbel-max form): for
 * keyed uniforms r_i = U(seed(context), i) it returns the token minimising −ln(r_i) / p_i, which is
 * exactly a draw from p when the context has not occurred before. The sampler replaces the
 * backend's random draw; it is deterministic for a given key, context and distribution.
 *
 * <p>Because the choice depends only on the last h tokens, a context that recurs with a similar
 * distribution yields the same token again, and a low-entropy model falls into loops. The overloads
 * taking a {@link RandomGenerator} prevent that with <em>repeated-context masking</em>: when the
 * current h-token context already occurred earlier in the sequence, they draw an ordinary sample
 * from {@code random} instead of the keyed choice, so the text as a whole stays a sample of the
 * model (Fernandez et al. 2023, "Three Bricks to Consolidate Watermarks for LLMs"). Use them unless
 * the backend handles repetition itself. The detector scores each distinct (context, token) pair
 * once either way.
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
   * Like {@link #sample(int[], int, float[])}, but with repeated-context masking: if the last h
   * tokens already occurred as a context earlier in {@code tokens[0, length)}, draws from {@code
   * probs} with {@code random} instead.
   *
   * @throws IllegalArgumentException if no weight is positive
   */
  public int sample(int[] tokens, int length, float[] probs, RandomGenerator random) {
    if (!repeatsContext(tokens, length)) {
      return sample(tokens, length, probs);
    }
    double total = 0;
    for (float p : probs) {
      total += p > 0 ? p : 0;
    }
    double x = random.nextDouble() * total;
    int last = -1;
    for (int id = 0; id < probs.length; id++) {
      if (probs[id] > 0) {
        last = id;
        x -= probs[id];
        if (x < 0) {
          return id;
        }
      }
    }
    return checked(last);
  }

  /**
   * Whether the context of the next token (the last h of {@code tokens[0, length)}) already
   * preceded an earlier token of the sequence. Costs O(length · h).
   */
  public boolean repeatsContext(int[] tokens, int length) {
    if (length < width || length > tokens.length) {
      return false;
    }
    for (int end = width; end < length; end++) {
      if (Arrays.equals(tokens, end - width, end, tokens, length - width, length)) {
        return true;
      }
    }
    return false;
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
  public int sampleLogits(
      int[] tokens, int length, int[] tokenIds, float[] logits, double temperature) {
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
