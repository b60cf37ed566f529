package dev.candor.text.watermark;

import java.util.SplittableRandom;

/** A toy language model: per-step logits drawn from a seeded generator, for tests. */
final class ToyModel {
  static final int VOCABULARY = 1000;

  private ToyModel() {}

  /** Logits for the step after {@code tokens[0, length)}: Gaussian, spread 2 (moderate entropy). */
  static float[] logits(int[] tokens, int length) {
    long seed = length == 0 ? 17 : 31L * tokens[length - 1] + length;
    SplittableRandom random = new SplittableRandom(seed);
    float[] logits = new float[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      logits[i] = (float) (2 * random.nextGaussian());
    }
    return logits;
  }

  /** Plain multinomial draw from softmax(logits). */
  static int sample(float[] logits, SplittableRandom random) {
    double max = Double.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double[] weights = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      weights[i] = Math.exp(logits[i] - max);
      sum += weights[i];
    }
    double u = random.nextDouble() * sum;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** {@code length} tokens, KGW-marked with {@code processor} when it is not null. */
  static int[] generate(GreenListProcessor processor, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] tokens = new int[length];
    tokens[0] = random.nextInt(VOCABULARY);
    for (int n = 1; n < length; n++) {
      float[] logits = logits(tokens, n);
      if (processor != null) {
        processor.apply(tokens, n, logits);
      }
      tokens[n] = sample(logits, random);
    }
    return tokens;
  }

  /** {@code length} tokens drawn with the Gumbel sampler. */
  static int[] generate(GumbelSampler sampler, int length, long seed) {
    int[] tokens = new int[length];
    tokens[0] = new SplittableRandom(seed).nextInt(VOCABULARY);
    for (int n = 1; n < length; n++) {
      tokens[n] = sampler.sampleLogits(tokens, n, logits(tokens, n), 1.0);
    }
    return tokens;
  }

  static TextWatermarkKey key(int fill) {
    byte[] secret = new byte[32];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) (fill + 7 * i);
    }
    return TextWatermarkKey.of(secret);
  }
}
