package dev.candor.benchmarks.eval;

import dev.candor.text.watermark.GreenListProcessor;
import dev.candor.text.watermark.GumbelSampler;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generates word sequences from a {@link TrigramModel} at temperature 1: plain, with the KGW logits
 * processor, or with the Gumbel sampler. Each text starts from a two-word prompt taken from the
 * training corpus; the prompt is kept so perplexity and watermark context can use it.
 */
final class Generator {
  static final int PROMPT = 2;

  private final TrigramModel model;
  private final int[] promptSource;
  private final double[] distribution;
  private final float[] floats;

  Generator(TrigramModel model, int[] promptSource) {
    this.model = model;
    this.promptSource = promptSource;
    this.distribution = new double[model.vocabulary()];
    this.floats = new float[model.vocabulary()];
  }

  /** Prompt plus {@code length} unmarked words, drawn level by level. */
  int[] plain(int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] tokens = prompt(length, random);
    for (int n = PROMPT; n < tokens.length; n++) {
      tokens[n] = model.sample(tokens[n - 2], tokens[n - 1], random);
    }
    return tokens;
  }

  /** Prompt plus {@code length} words with the KGW bias applied to the full logits vector. */
  int[] kgw(GreenListProcessor processor, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] tokens = prompt(length, random);
    for (int n = PROMPT; n < tokens.length; n++) {
      model.distribution(tokens[n - 2], tokens[n - 1], distribution);
      for (int w = 0; w < floats.length; w++) {
        floats[w] = (float) Math.log(distribution[w]);
      }
      processor.apply(tokens, n, floats);
      tokens[n] = softmaxSample(floats, random);
    }
    return tokens;
  }

  /**
   * Prompt plus {@code length} words chosen by the Gumbel sampler from the model's probabilities,
   * with repeated-context masking (a plain draw where the context already occurred).
   */
  int[] gumbel(GumbelSampler sampler, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] tokens = prompt(length, random);
    for (int n = PROMPT; n < tokens.length; n++) {
      model.distribution(tokens[n - 2], tokens[n - 1], distribution);
      for (int w = 0; w < floats.length; w++) {
        floats[w] = (float) distribution[w];
      }
      tokens[n] = sampler.sample(tokens, n, floats, random);
    }
    return tokens;
  }

  /** Perplexity of the words after the prompt, under the model. */
  double logLikelihood(int[] tokens) {
    double sum = 0;
    for (int n = PROMPT; n < tokens.length; n++) {
      sum += Math.log(model.probability(tokens[n - 2], tokens[n - 1], tokens[n]));
    }
    return sum;
  }

  static int[] withoutPrompt(int[] tokens) {
    return Arrays.copyOfRange(tokens, PROMPT, tokens.length);
  }

  private int[] prompt(int length, SplittableRandom random) {
    int[] tokens = new int[PROMPT + length];
    int at = random.nextInt(promptSource.length - PROMPT);
    System.arraycopy(promptSource, at, tokens, 0, PROMPT);
    return tokens;
  }

  private static int softmaxSample(float[] logits, SplittableRandom random) {
    float max = Float.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double[] weights = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      weights[i] = Math.exp(logits[i] - max);
      sum += weights[i];
    }
    double x = random.nextDouble() * sum;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
