package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkStrengthTest {
  private static final int W = 256;
  private static final int H = 256;

  @Test
  void budgetFor_interferenceUpToTheMark_staysAtBase() {
    assertEquals(MarkStrength.RMS_BUDGET, MarkStrength.budgetFor(0), 1e-6);
    assertEquals(MarkStrength.RMS_BUDGET, MarkStrength.budgetFor(1), 1e-6);
  }

  @Test
  void budgetFor_strongInterference_risesWithItButNeverBelow40dB() {
    assertEquals(MarkStrength.RMS_BUDGET * 1.2, MarkStrength.budgetFor(1.2), 1e-6);
    double capped = MarkStrength.budgetFor(10);
    assertEquals(MarkStrength.MAX_RMS_BUDGET, capped, 1e-6);
    // PSNR including the rounding of the marked pixels to integers.
    assertTrue(20 * Math.log10(255 / Math.sqrt(capped * capped + 1.0 / 12)) >= 40);
  }

  @Test
  void delta_raisedOnHalfFlatHalfTexture_flatHalfUnchangedTextureStronger() {
    float[] y = new float[W * H];
    Random rnd = new Random(7);
    for (int r = 0; r < H; r++) {
      for (int x = 0; x < W; x++) {
        y[r * W + x] = x < W / 2 ? 128 : (float) (128 + 40 * rnd.nextGaussian());
      }
    }
    MarkStrength base = new MarkStrength(y, W, H);
    MarkStrength raised = base.withInterference(3);
    float[] tile = tile(1);
    float[] before = base.delta(tile, 0, 0, W, H);
    float[] after = raised.delta(tile, 0, 0, W, H);
    double flatBefore = 0;
    double flatAfter = 0;
    double busyBefore = 0;
    double busyAfter = 0;
    for (int r = 0; r < H; r++) {
      for (int x = 0; x < W; x++) {
        int i = r * W + x;
        if (x < W / 2 - 4) {
          flatBefore += before[i] * before[i];
          flatAfter += after[i] * after[i];
          assertEquals(before[i], after[i], 1e-6, "flat pixel " + i);
        } else if (x > W / 2 + 4) {
          busyBefore += before[i] * before[i];
          busyAfter += after[i] * after[i];
        }
      }
    }
    assertEquals(flatBefore, flatAfter, 1e-6);
    assertTrue(busyAfter > 1.1 * busyBefore, busyAfter + " vs " + busyBefore);
    assertTrue(rms(after) <= MarkStrength.MAX_RMS_BUDGET + 1e-3);
  }

  @Test
  void delta_busyTextureRaised_moreRmsButWithinTheCap() {
    float[] y = new float[W * H];
    Random rnd = new Random(3);
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) (128 + 40 * rnd.nextGaussian());
    }
    MarkStrength base = new MarkStrength(y, W, H);
    float[] tile = tile(2);
    double before = rms(base.delta(tile, 0, 0, W, H));
    double after = rms(base.withInterference(5).delta(tile, 0, 0, W, H));
    assertEquals(MarkStrength.RMS_BUDGET, before, 0.01);
    assertEquals(MarkStrength.MAX_RMS_BUDGET, after, 0.01);
  }

  @Test
  void withInterference_flatImage_unchanged() {
    float[] y = new float[W * H];
    Arrays.fill(y, 90);
    MarkStrength base = new MarkStrength(y, W, H);
    float[] tile = tile(3);
    float[] raised = base.withInterference(5).delta(tile, 0, 0, W, H);
    assertArrayEquals(base.delta(tile, 0, 0, W, H), raised);
  }

  @Test
  void withInterference_atMostTheMark_sameStrength() {
    MarkStrength base = new MarkStrength(new float[W * H], W, H);
    assertSame(base, base.withInterference(0.9));
  }

  private static float[] tile(long seed) {
    Random rnd = new Random(seed);
    float[] t = new float[TILE * TILE];
    for (int i = 0; i < t.length; i++) {
      t[i] = rnd.nextBoolean() ? 1 : -1;
    }
    return t;
  }

  private static double rms(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s / v.length);
  }
}
