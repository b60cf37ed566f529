package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GreenListProcessorTest {
  private static final TextWatermarkKey KEY = ToyModel.key(1);

  @Test
  void isGreen_manyContexts_fractionIsGamma() {
    GreenListProcessor processor =
        GreenListProcessor.of(KEY, TextWatermarkParameters.kgw(0.25, 2, 1));
    long green = 0;
    int contexts = 2000;
    int vocabulary = 1000;
    for (int c = 0; c < contexts; c++) {
      int[] context = {c * 7919};
      for (int id = 0; id < vocabulary; id++) {
        green += processor.isGreen(context, 1, id) ? 1 : 0;
      }
    }
    double fraction = green / (double) (contexts * vocabulary);
    // Standard error is sqrt(0.1875 / 2e6) ≈ 3e-4; allow 10 of them.
    assertEquals(0.25, fraction, 0.003);
  }

  @Test
  void isGreen_differentContexts_differentGreenLists() {
    GreenListProcessor processor = GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_DEFAULT);
    int agree = 0;
    for (int id = 0; id < 10_000; id++) {
      agree +=
          processor.isGreen(new int[] {1}, 1, id) == processor.isGreen(new int[] {2}, 1, id)
              ? 1
              : 0;
    }
    // Independent lists agree on 0.25² + 0.75² = 62.5% of ids.
    assertEquals(0.625, agree / 10_000.0, 0.03);
  }

  @Test
  void apply_fullVocabulary_addsDeltaExactlyToGreenIds() {
    GreenListProcessor processor =
        GreenListProcessor.of(KEY, TextWatermarkParameters.kgw(0.5, 3, 2));
    int[] context = {42, 4711, 99};
    float[] logits = new float[50_000];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < logits.length; i++) {
      logits[i] = (float) random.nextGaussian();
    }
    float[] before = logits.clone();
    processor.apply(context, 3, logits);
    int green = 0;
    for (int id = 0; id < logits.length; id++) {
      boolean isGreen = processor.isGreen(context, 3, id);
      green += isGreen ? 1 : 0;
      assertEquals(before[id] + (isGreen ? 3f : 0f), logits[id], 0f, "id " + id);
    }
    assertTrue(green > 24_000 && green < 26_000, "green count " + green);
  }

  @Test
  void apply_topK_agreesWithFullVocabulary() {
    GreenListProcessor processor = GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_DEFAULT);
    int[] context = {5, 6};
    float[] full = new float[1000];
    processor.apply(context, 2, full);
    int[] ids = {999, 3, 500, 17, 0};
    float[] topK = new float[ids.length];
    processor.apply(context, 2, ids, topK);
    for (int i = 0; i < ids.length; i++) {
      assertEquals(full[ids[i]], topK[i], 0f, "candidate " + ids[i]);
    }
  }

  @Test
  void apply_mismatchedCandidateArrays_rejected() {
    GreenListProcessor processor = GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_DEFAULT);
    assertThrows(
        IllegalArgumentException.class,
        () -> processor.apply(new int[] {1}, 1, new int[2], new float[3]));
  }

  @Test
  void of_gumbelParameters_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> GreenListProcessor.of(KEY, TextWatermarkParameters.GUMBEL_DEFAULT));
  }

  @Test
  void apply_minSelfFullVocabulary_matchesIsGreenAndTopK() {
    GreenListProcessor processor =
        GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_MIN_SELF_HASH);
    int[] context = {42, 4711};
    float[] logits = new float[30_000];
    processor.apply(context, 2, logits);
    int green = 0;
    for (int id = 0; id < logits.length; id++) {
      boolean isGreen = processor.isGreen(context, 2, id);
      green += isGreen ? 1 : 0;
      assertEquals(isGreen ? 2f : 0f, logits[id], 0f, "id " + id);
    }
    assertTrue(green > 6_500 && green < 8_500, "green count " + green);
    int[] ids = {29_999, 3, 500, 17, 0};
    float[] topK = new float[ids.length];
    processor.apply(context, 2, ids, topK);
    for (int i = 0; i < ids.length; i++) {
      assertEquals(logits[ids[i]], topK[i], 0f, "candidate " + ids[i]);
    }
  }

  @Test
  void isGreen_minSelf_previousTokenReplaced_keepsMostDecisions() {
    GreenListProcessor left = GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_DEFAULT);
    GreenListProcessor minSelf =
        GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_MIN_SELF_HASH);
    int leftSame = 0;
    int minSelfSame = 0;
    int trials = 0;
    for (int prev = 0; prev < 200; prev++) {
      for (int id = 0; id < 200; id++) {
        int[] before = {prev};
        int[] after = {prev + 5000};
        leftSame += left.isGreen(before, 1, id) == left.isGreen(after, 1, id) ? 1 : 0;
        minSelfSame += minSelf.isGreen(before, 1, id) == minSelf.isGreen(after, 1, id) ? 1 : 0;
        trials++;
      }
    }
    // LeftHash: independent lists agree on 62.5%. Min-SelfHash keeps the bit wherever the token
    // outranks both contexts (about 1/3 of cases), so agreement is about 1/3 + 2/3 · 0.625 = 75%.
    assertEquals(0.625, leftSame / (double) trials, 0.02);
    assertEquals(0.75, minSelfSame / (double) trials, 0.03);
  }

  @Test
  void apply_contextWidthZero_sameGreenListEverywhere() {
    GreenListProcessor processor =
        GreenListProcessor.of(KEY, TextWatermarkParameters.kgw(0.25, 2, 0));
    float[] a = new float[1000];
    float[] b = new float[1000];
    processor.apply(new int[] {1, 2, 3}, 3, a);
    processor.apply(new int[] {9}, 1, b);
    assertArrayEquals(a, b);
  }
}
