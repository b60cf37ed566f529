package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.LatticeEstimator.W;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatticeEstimatorTest {

  @Test
  void power_windowsPairedInOneTransform_matchTheSumOfSeparateSpectra() {
    SplittableRandom r = new SplittableRandom(21);
    // one window (small and exact sizes), two windows along one axis, four windows
    int[][] sizes = {{300, 200}, {512, 512}, {1024, 400}, {700, 1024}, {1024, 1024}};
    for (int[] size : sizes) {
      int w = size[0];
      int h = size[1];
      float[] wh = new float[w * h];
      for (int i = 0; i < wh.length; i++) {
        wh[i] = (float) r.nextGaussian();
      }
      double[] want = separate(wh, w, h);
      double[] got = LatticeEstimator.power(wh, w, h);
      double max = 0;
      for (double v : want) {
        max = Math.max(max, v);
      }
      for (int i = 0; i < want.length; i++) {
        assertEquals(want[i], got[i], 1e-9 * max, w + "x" + h + " at " + i);
      }
    }
  }

  /** The power spectrum as first written: each window transformed alone, spectra summed. */
  private static double[] separate(float[] wh, int w, int h) {
    double[] power = new double[W * W];
    int nx = w > W ? 2 : 1;
    int ny = h > W ? 2 : 1;
    double[] re = new double[W * W];
    double[] im = new double[W * W];
    for (int wy = 0; wy < ny; wy++) {
      for (int wx = 0; wx < nx; wx++) {
        int ox = nx == 1 ? (w - W) / 2 : wx * (w - W);
        int oy = ny == 1 ? (h - W) / 2 : wy * (h - W);
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        for (int row = 0; row < W; row++) {
          int sy = oy + row;
          if (sy < 0 || sy >= h) {
            continue;
          }
          for (int c = 0; c < W; c++) {
            int sx = ox + c;
            if (sx >= 0 && sx < w) {
              re[row * W + c] = wh[sy * w + sx];
            }
          }
        }
        Fft.transform2d(re, im, W, false);
        for (int i = 0; i < power.length; i++) {
          power[i] += re[i] * re[i] + im[i] * im[i];
        }
      }
    }
    return power;
  }

  @Test
  void periodicBox_rowStreamedColumnSums_bitIdenticalToColumnByColumn() {
    SplittableRandom r = new SplittableRandom(22);
    double[] a = new double[W * W];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble() * 100;
    }
    for (int rad : new int[] {0, 3, 5}) {
      double[] want = columnByColumn(a, rad);
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          want, LatticeEstimator.periodicBox(a, rad), "r=" + rad);
    }
  }

  /** The periodic box mean as first written: rows, then each column on its own. */
  private static double[] columnByColumn(double[] a, int r) {
    double[] tmp = new double[a.length];
    double[] out = new double[a.length];
    for (int y = 0; y < W; y++) {
      double s = 0;
      for (int k = -r; k <= r; k++) {
        s += a[y * W + Math.floorMod(k, W)];
      }
      for (int x = 0; x < W; x++) {
        tmp[y * W + x] = s;
        s += a[y * W + ((x + r + 1) & (W - 1))] - a[y * W + ((x - r) & (W - 1))];
      }
    }
    double norm = 1.0 / ((2 * r + 1) * (2 * r + 1));
    for (int x = 0; x < W; x++) {
      double s = 0;
      for (int k = -r; k <= r; k++) {
        s += tmp[Math.floorMod(k, W) * W + x];
      }
      for (int y = 0; y < W; y++) {
        out[y * W + x] = s * norm;
        s += tmp[((y + r + 1) & (W - 1)) * W + x] - tmp[((y - r) & (W - 1)) * W + x];
      }
    }
    return out;
  }

  @Test
  void estimate_cleanTileRepeatedAtHalfSize_thePeriodItselfIsAmongTheLattices() {
    // A keyed tile shown at half size (period 64 px) and nothing else: its whitened spectrum is a
    // comb whose autocorrelation peaks as high at (128, 128) or (128, 64) as at (64, 0), and the
    // lattices of those multiples filled the list before each was followed by the finest lattice
    // under it that the autocorrelation shows.
    int w = 600;
    int h = 500;
    for (long seed = 1; seed <= 6; seed++) {
      java.util.Random rnd = new java.util.Random(seed);
      float[] tile = new float[64 * 64];
      for (int i = 0; i < tile.length; i++) {
        tile[i] = (float) rnd.nextGaussian();
      }
      float[] y = new float[w * h];
      for (int r = 0; r < h; r++) {
        for (int x = 0; x < w; x++) {
          y[r * w + x] = 128 + 3 * tile[(r % 64) * 64 + x % 64] + (float) (2 * rnd.nextGaussian());
        }
      }
      java.util.List<double[]> found = LatticeEstimator.estimate(y, w, h);
      assertTrue(
          found.stream().anyMatch(b -> Math.abs(Math.hypot(b[0], b[1]) - 64) < 1.5
              && Math.abs(b[1]) < 1.5),
          "seed " + seed + ": " + found.stream().map(java.util.Arrays::toString).toList());
      assertTrue(found.size() <= LatticeEstimator.MAX_LATTICES);
    }
  }
}
