package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The box mean against the direct sum over each clamped window, for rows narrower than a window,
 * as wide as one and wider, and planes shorter than the row ring.
 */
class BoxFilterTest {
  @Test
  void mean_anySizeAndRadius_matchesDirectWindowAverage() {
    SplittableRandom rnd = new SplittableRandom(3);
    int[][] sizes = {{1, 1}, {2, 3}, {3, 7}, {9, 4}, {11, 2}, {70, 5}, {131, 9}, {300, 13}};
    for (int[] wh : sizes) {
      int w = wh[0];
      int h = wh[1];
      float[] src = new float[w * h];
      for (int i = 0; i < src.length; i++) {
        src[i] = (float) (rnd.nextDouble() * 255);
      }
      for (int r = 1; r <= 6; r++) {
        float[] got = BoxFilter.mean(src, w, h, r);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            double s = 0;
            for (int dy = -r; dy <= r; dy++) {
              for (int dx = -r; dx <= r; dx++) {
                s += src[clamp(y + dy, h) * w + clamp(x + dx, w)];
              }
            }
            double want = s / ((2 * r + 1) * (2 * r + 1));
            assertEquals(want, got[y * w + x], 1e-3, w + "x" + h + " r=" + r + " at " + x + "," + y);
          }
        }
      }
    }
  }

  private static int clamp(int i, int n) {
    return i < 0 ? 0 : (i >= n ? n - 1 : i);
  }
}
