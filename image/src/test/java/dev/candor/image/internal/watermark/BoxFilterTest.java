package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
      float[] src = randomPlane(rnd, w, h);
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

  @Test
  void mean_anySizeAndRadius_bitIdenticalToOneRowAtATimeRunningSums() {
    SplittableRandom rnd = new SplittableRandom(5);
    int[][] sizes = {
      {1, 1}, {2, 3}, {5, 4}, {3, 7}, {9, 5}, {13, 8}, {70, 11}, {131, 17}, {1031, 37}
    };
    for (int[] wh : sizes) {
      int w = wh[0];
      int h = wh[1];
      float[] src = randomPlane(rnd, w, h);
      for (int r = 0; r <= 6; r++) {
        float[] want = reference(src, w, h, r);
        assertArrayEquals(want, BoxFilter.mean(src, w, h, r), w + "x" + h + " r=" + r);
        float[] inPlace = src.clone();
        BoxFilter.Rows rows = new BoxFilter.Rows(inPlace, w, h, r);
        for (int y = 0; y < h; y++) {
          rows.next(inPlace, y * w);
        }
        assertArrayEquals(want, inPlace, w + "x" + h + " r=" + r + " in place");
      }
    }
  }

  /**
   * The running-sum box mean as first written: each row's horizontal sums one after another, then
   * the vertical sums per column, each a double sum of float differences in the same order.
   */
  static float[] reference(float[] src, int w, int h, int r) {
    float norm = 1f / (2 * r + 1);
    float[] hor = new float[w * h];
    for (int y = 0; y < h; y++) {
      double s = 0;
      for (int k = -r; k <= r; k++) {
        s += src[y * w + clamp(k, w)];
      }
      for (int x = 0; x < w; x++) {
        hor[y * w + x] = (float) (s * norm);
        s += src[y * w + clamp(x + r + 1, w)] - src[y * w + clamp(x - r, w)];
      }
    }
    if (r == 0) {
      return src.clone();
    }
    double[] col = new double[w];
    for (int k = -r; k <= r; k++) {
      for (int x = 0; x < w; x++) {
        col[x] += hor[clamp(k, h) * w + x];
      }
    }
    float[] out = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = (float) (col[x] * norm);
        col[x] += hor[clamp(y + r + 1, h) * w + x] - hor[clamp(y - r, h) * w + x];
      }
    }
    return out;
  }

  /** Uniform values in [0, 255). */
  private static float[] randomPlane(SplittableRandom rnd, int w, int h) {
    float[] p = new float[w * h];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) (rnd.nextDouble() * 255);
    }
    return p;
  }

  private static int clamp(int i, int n) {
    return i < 0 ? 0 : (i >= n ? n - 1 : i);
  }
}
