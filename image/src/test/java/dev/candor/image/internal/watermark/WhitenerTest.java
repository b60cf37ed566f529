package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WhitenerTest {

  @Test
  void whiten_rowByRow_bitIdenticalToThePlanePathWithoutEdgeTest() {
    SplittableRandom rnd = new SplittableRandom(8);
    int[][] sizes = {{1, 1}, {5, 3}, {64, 40}, {301, 127}};
    for (int[] size : sizes) {
      int w = size[0];
      int h = size[1];
      float[] y = new float[w * h];
      for (int i = 0; i < y.length; i++) {
        y[i] = (float) (rnd.nextDouble() * 255);
      }
      for (int[] radii : new int[][] {{0, 3}, {0, 2}, {1, 4}, {1, 3}, {1, 6}}) {
        assertArrayEquals(
            Whitener.whiten(y, w, h, radii[0], radii[1], Float.POSITIVE_INFINITY),
            Whitener.whiten(y, w, h, radii[0], radii[1]),
            w + "x" + h + " radii " + radii[0] + "/" + radii[1]);
      }
    }
    float[] flat = new float[50 * 30]; // zero activity everywhere: nothing divides by zero
    assertArrayEquals(
        Whitener.whiten(flat, 50, 30, 1, 4, Float.POSITIVE_INFINITY),
        Whitener.whiten(flat, 50, 30, 1, 4));
  }

  @Test
  void whiten_anySizeAndRadii_bitIdenticalToPlaneByPlaneReference() {
    SplittableRandom rnd = new SplittableRandom(21);
    int[][] sizes = {{1, 1}, {2, 9}, {7, 3}, {64, 40}, {301, 127}, {1030, 12}};
    for (int[] size : sizes) {
      int w = size[0];
      int h = size[1];
      float[] y = new float[w * h];
      for (int i = 0; i < y.length; i++) {
        // Luma-like values, and flat runs where the band-pass is zero.
        y[i] = i % 97 < 30 ? 77.5f : 0.299f * rnd.nextInt(256) + 0.587f * rnd.nextInt(256);
      }
      for (int[] radii : new int[][] {{0, 3}, {0, 2}, {1, 4}, {1, 3}, {1, 6}}) {
        float[] reference = reference(y, w, h, radii[0], radii[1]);
        String at = w + "x" + h + " radii " + radii[0] + "/" + radii[1];
        assertArrayEquals(reference, Whitener.whiten(y, w, h, radii[0], radii[1]), at);
        float[] a = new float[w * h];
        float[] scratch = new float[w * h];
        Whitener.whiten(y, w, h, radii[0], radii[1], a, scratch);
        Whitener.whiten(y, w, h, radii[0], radii[1], a, scratch); // reused buffers
        assertArrayEquals(reference, a, at + " into buffers");
      }
    }
  }

  /**
   * The whitener as first written (whole planes of box means, Math.max/min for the clip), with the
   * down-weighting of busy pixels added since.
   */
  private static float[] reference(float[] y, int w, int h, int r1, int r2) {
    float[] fine = BoxFilterTest.reference(y, w, h, r1);
    float[] coarse = BoxFilterTest.reference(y, w, h, r2);
    float[] band = new float[w * h];
    float[] mag = new float[w * h];
    for (int i = 0; i < band.length; i++) {
      band[i] = fine[i] - coarse[i];
      mag[i] = Math.abs(band[i]);
    }
    float[] act = BoxFilterTest.reference(mag, w, h, 3);
    for (int i = 0; i < band.length; i++) {
      float d = act[i] + 1.0f;
      float v = band[i] / d;
      if (d > 5f) {
        v *= 5f / d; // busy pixels weigh less (Whitener.BUSY)
      }
      band[i] = Math.max(-2.5f, Math.min(2.5f, v));
    }
    return band;
  }

  @Test
  void whitenPeriodic_anyRadii_bitIdenticalToTapByTapReference() {
    SplittableRandom rnd = new SplittableRandom(12);
    for (int n : new int[] {1, 3, 8, 128}) {
      float[] t = new float[n * n];
      for (int i = 0; i < t.length; i++) {
        t[i] = (float) (rnd.nextGaussian() * 3);
      }
      for (int[] radii : new int[][] {{1, 4}, {0, 2}, {1, 3}, {2, 6}}) {
        float[] want = periodicMean(t, n, radii[0]);
        float[] coarse = periodicMean(t, n, radii[1]);
        for (int i = 0; i < want.length; i++) {
          want[i] -= coarse[i];
        }
        assertArrayEquals(want, Whitener.whitenPeriodic(t, n, radii[0], radii[1]), "n " + n);
      }
    }
  }

  /** The periodic box mean as first written: per value, its window's taps summed in order. */
  private static float[] periodicMean(float[] t, int n, int r) {
    float[] tmp = new float[n * n];
    float[] out = new float[n * n];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        float s = 0;
        for (int k = -r; k <= r; k++) {
          s += t[y * n + Math.floorMod(x + k, n)];
        }
        tmp[y * n + x] = s / (2 * r + 1);
      }
    }
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        float s = 0;
        for (int k = -r; k <= r; k++) {
          s += tmp[Math.floorMod(y + k, n) * n + x];
        }
        out[y * n + x] = s / (2 * r + 1);
      }
    }
    return out;
  }
}
