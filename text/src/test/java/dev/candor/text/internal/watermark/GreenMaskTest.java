package dev.candor.text.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GreenMaskTest {
  private static final int THRESHOLD = KeyedMixer.greenThreshold(0.25);

  private static float[] logits(int n) {
    SplittableRandom random = new SplittableRandom(9);
    float[] logits = new float[n];
    for (int i = 0; i < n; i++) {
      logits[i] = (float) (3 * random.nextGaussian());
    }
    logits[0] = -0.0f;
    logits[1] = Float.NEGATIVE_INFINITY;
    logits[2] = Float.MAX_VALUE;
    return logits;
  }

  private static void assertSameBits(float[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(
          Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), "id " + i);
    }
  }

  @Test
  void addToGreen_fusedAndTwoPass_identicalFloats() {
    float[] twoPass = logits(70_001);
    float[] fused = twoPass.clone();
    GreenMask.addToGreen(twoPass, 0x1234_5678, THRESHOLD, 2f, false);
    GreenMask.addToGreen(fused, 0x1234_5678, THRESHOLD, 2f, true);
    assertSameBits(twoPass, fused);
  }

  @Test
  void addToGreen_eachId_matchesGreenBit() {
    float[] before = logits(5000);
    float[] after = before.clone();
    GreenMask.addToGreen(after, 77, THRESHOLD, 1.5f);
    for (int id = 0; id < before.length; id++) {
      float expected = before[id] + 1.5f * KeyedMixer.greenBit(77, THRESHOLD, id);
      assertEquals(expected, after[id], 0f, "id " + id);
    }
  }

  @Test
  void addToGreenMinSelf_fusedAndTwoPass_identicalAndMatchGreenBit() {
    MinSelfHash hash = new MinSelfHash(42L, THRESHOLD);
    int contextMin = hash.contextMin(new int[] {123}, 1, 1);
    float[] before = logits(20_000);
    float[] twoPass = before.clone();
    float[] fused = before.clone();
    MinSelfHash.Tables tables = hash.tables(before.length);
    int seed = hash.seedOf(contextMin);
    GreenMask.addToGreenMinSelf(twoPass, seed, THRESHOLD, 2f, contextMin, tables, false);
    GreenMask.addToGreenMinSelf(fused, seed, THRESHOLD, 2f, contextMin, tables, true);
    assertSameBits(twoPass, fused);
    for (int id = 0; id < before.length; id++) {
      float expected = before[id] + 2f * hash.greenBit(contextMin, id);
      assertEquals(expected, twoPass[id], 0f, "id " + id);
    }
  }

  @Test
  void addToGreenMinSelf_shortTables_rejected() {
    MinSelfHash hash = new MinSelfHash(1L, THRESHOLD);
    MinSelfHash.Tables tables = hash.tables(10);
    assertThrows(
        IllegalArgumentException.class,
        () -> GreenMask.addToGreenMinSelf(new float[11], 0, THRESHOLD, 2f, 0, tables, false));
  }
}
