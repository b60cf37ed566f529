package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GumbelSamplerTest {
  private static final float[] P = {0.5f, 0.2f, 0.15f, 0.1f, 0.05f};

  /** χ² critical value, 4 degrees of freedom, α = 0.001. */
  private static final double CHI2_4_001 = 18.47;

  @Test
  void sample_manyKeysAndContexts_matchesDistribution() {
    int draws = 20_000;
    int[] counts = new int[P.length];
    for (int k = 0; k < 20; k++) {
      GumbelSampler sampler = GumbelSampler.of(ToyModel.key(k), TextWatermarkParameters.gumbel(1));
      for (int c = 0; c < draws / 20; c++) {
        counts[sampler.sample(new int[] {c}, 1, P)]++;
      }
    }
    assertTrue(chiSquare(counts, draws) < CHI2_4_001, "chi2 " + chiSquare(counts, draws));
  }

  @Test
  void sampleLogits_temperatureOne_matchesSoftmax() {
    float[] logits = new float[P.length];
    for (int i = 0; i < P.length; i++) {
      logits[i] = (float) Math.log(P[i]) + 3; // a shift must not matter
    }
    GumbelSampler sampler = GumbelSampler.of(ToyModel.key(9), TextWatermarkParameters.gumbel(2));
    int draws = 20_000;
    int[] counts = new int[P.length];
    for (int c = 0; c < draws; c++) {
      counts[sampler.sampleLogits(new int[] {c, c >> 3}, 2, logits, 1.0)]++;
    }
    assertTrue(chiSquare(counts, draws) < CHI2_4_001, "chi2 " + chiSquare(counts, draws));
  }

  @Test
  void sample_topK_returnsCandidateIdAndAgreesWithFullVocabulary() {
    GumbelSampler sampler =
        GumbelSampler.of(ToyModel.key(2), TextWatermarkParameters.GUMBEL_DEFAULT);
    int[] ids = {40, 7, 900, 3, 55};
    float[] full = new float[1000];
    for (int i = 0; i < ids.length; i++) {
      full[ids[i]] = P[i];
    }
    for (int c = 0; c < 200; c++) {
      int[] context = {c};
      assertEquals(
          sampler.sample(context, 1, full), sampler.sample(context, 1, ids, P), "ctx " + c);
    }
  }

  @Test
  void sample_zeroProbability_neverChosen() {
    GumbelSampler sampler =
        GumbelSampler.of(ToyModel.key(3), TextWatermarkParameters.GUMBEL_DEFAULT);
    float[] p = {0f, 1f, 0f};
    for (int c = 0; c < 100; c++) {
      assertEquals(1, sampler.sample(new int[] {c}, 1, p));
    }
    assertThrows(IllegalArgumentException.class, () -> sampler.sample(new int[0], 0, new float[3]));
  }

  @Test
  void repeatsContext_onlyWhenWindowOccurredBefore() {
    GumbelSampler sampler = GumbelSampler.of(ToyModel.key(1), TextWatermarkParameters.gumbel(2));
    int[] tokens = {1, 2, 3, 1, 2};
    assertTrue(sampler.repeatsContext(tokens, 5)); // (1, 2) preceded token 3
    assertFalse(sampler.repeatsContext(tokens, 4)); // (3, 1) is new
    assertFalse(sampler.repeatsContext(tokens, 1)); // shorter than h
  }

  @Test
  void sampleWithMasking_repeatedContext_drawsFromRandomStillInDistribution() {
    GumbelSampler sampler = GumbelSampler.of(ToyModel.key(5), TextWatermarkParameters.gumbel(1));
    int[] tokens = {7, 9, 7};
    SplittableRandom random = new SplittableRandom(11);
    int draws = 20_000;
    int[] counts = new int[P.length];
    for (int i = 0; i < draws; i++) {
      counts[sampler.sample(tokens, 3, P, random)]++;
    }
    // Without masking every draw would be the same keyed choice.
    assertTrue(chiSquare(counts, draws) < CHI2_4_001, "chi2 " + chiSquare(counts, draws));
  }

  @Test
  void sampleWithMasking_newContext_isTheKeyedChoice() {
    GumbelSampler sampler = GumbelSampler.of(ToyModel.key(5), TextWatermarkParameters.gumbel(1));
    int[] tokens = {7, 9, 8};
    assertEquals(
        sampler.sample(tokens, 3, P), sampler.sample(tokens, 3, P, new SplittableRandom(1)));
  }

  private static double chiSquare(int[] counts, int draws) {
    double chi2 = 0;
    for (int i = 0; i < counts.length; i++) {
      double expected = draws * P[i];
      chi2 += (counts[i] - expected) * (counts[i] - expected) / expected;
    }
    return chi2;
  }
}
