package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunningSumTest {

  @Test
  void cells_randomStartsAndSteps_identicalToTheDoubleLoop() {
    SplittableRandom r = new SplittableRandom(31);
    for (int t = 0; t < 20000; t++) {
      // the fold's range (both sides of 2^16), and wider: small, huge, negative starts
      double u =
          t % 4 == 0 ? 65536.5 + (r.nextDouble() - 0.5) * 8000
              : t % 4 == 1 ? r.nextDouble() * 70000 - 100
              : t % 4 == 2 ? Math.scalb(1.0, r.nextInt(0, 33)) + (r.nextDouble() - 0.5) * 4
              : (r.nextDouble() - 0.5) * 1e10;
      double m =
          t % 3 == 0 ? (r.nextDouble() - 0.5) * 6
              : t % 3 == 1 ? (r.nextDouble() - 0.5) * Math.scalb(1.0, -r.nextInt(0, 60))
              : (r.nextDouble() - 0.5) * 5000;
      int n = r.nextInt(0, 1200);
      assertSame(u, m, n);
    }
  }

  @Test
  void cells_edgeCases_identicalToTheDoubleLoop() {
    double q16 = Math.ulp(65536.0); // 2^-36
    double q15 = Math.ulp(32768.0); // 2^-37
    double[][] cases = {
      {65536.5 - 512, 1.0}, // exact steps across 2^16
      {65536.0 + 300, -1.0 - q15}, // downward across 2^16
      {65536.0 + 7, 1 + q16 / 2}, // tie: m/q = 2^36 + 1/2 above 2^16, from an even multiple
      {65536.0 + 7 + q16, 1 + q16 / 2}, // the same tie from an odd multiple of the ulp
      {65536.0 + 9 + q16, -1 - q16 / 2}, // downward
      {40000.0 + q15, 3 + q15 / 2}, // below 2^16, odd
      {65000.25, 1 + q15 / 2}, // tie below 2^16, crossing into a binade where it is not
      {65536.0 - 3 * q15, q15 / 2}, // tie at the smallest step
      {65536.0, -q15 / 4}, // below the half-ulp beneath: rounds down there
      {65536.0 - q15, q15}, // onto the power of two exactly
      {131072.0 - 0.75, 0.5}, // up to 2^17
      {0.25, 0.3}, // below 1
      {3.5, -0.75}, // down through zero into negatives
      {Math.scalb(1.0, 31) - 3, 1.0}, // past the int range
      {70000.0, 0.0},
      {70000.0, -0.0},
      {1e-300, 1e-300},
    };
    for (double[] c : cases) {
      assertSame(c[0], c[1], 1100);
    }
  }

  private static void assertSame(double u, double m, int n) {
    int[] want = new int[n];
    double v = u;
    for (int x = 0; x < n; x++) {
      want[x] = ((int) v) & (TILE - 1);
      v += m;
    }
    int[] got = new int[n];
    RunningSum.cells(u, m, n, got);
    assertArrayEquals(want, got, "u=" + u + " m=" + m + " n=" + n);
  }
}
