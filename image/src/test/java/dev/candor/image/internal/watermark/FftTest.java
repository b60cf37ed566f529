package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The FFT against the textbook DFT sum, in one and two dimensions, both directions. */
class FftTest {
  private static final double EPS = 1e-9;

  @Test
  void transform_randomVectors_matchDirectDft() {
    SplittableRandom r = new SplittableRandom(1);
    for (int n : new int[] {1, 2, 4, 8, 32, 128}) {
      for (boolean inverse : new boolean[] {false, true}) {
        double[] re = random(r, n);
        double[] im = random(r, n);
        double[][] want = dft(re, im, inverse);
        // strided, with an offset, as the detector's callers may use it
        double[] sre = new double[3 + 2 * n];
        double[] sim = new double[3 + 2 * n];
        for (int i = 0; i < n; i++) {
          sre[3 + 2 * i] = re[i];
          sim[3 + 2 * i] = im[i];
        }
        Fft.transform(sre, sim, 3, 2, n, inverse);
        for (int k = 0; k < n; k++) {
          assertEquals(want[0][k], sre[3 + 2 * k], EPS * n, "re n=" + n + " k=" + k);
          assertEquals(want[1][k], sim[3 + 2 * k], EPS * n, "im n=" + n + " k=" + k);
        }
      }
    }
  }

  @Test
  void transform2d_randomSquares_matchDirectDft() {
    SplittableRandom r = new SplittableRandom(2);
    for (int n : new int[] {2, 8, 16}) {
      for (boolean inverse : new boolean[] {false, true}) {
        double[] re = random(r, n * n);
        double[] im = random(r, n * n);
        double[] wre = new double[n * n];
        double[] wim = new double[n * n];
        double s = inverse ? 1 : -1;
        for (int ky = 0; ky < n; ky++) {
          for (int kx = 0; kx < n; kx++) {
            for (int y = 0; y < n; y++) {
              for (int x = 0; x < n; x++) {
                double a = s * 2 * Math.PI * ((double) kx * x / n + (double) ky * y / n);
                double c = Math.cos(a);
                double si = Math.sin(a);
                wre[ky * n + kx] += re[y * n + x] * c - im[y * n + x] * si;
                wim[ky * n + kx] += re[y * n + x] * si + im[y * n + x] * c;
              }
            }
          }
        }
        Fft.transform2d(re, im, n, inverse);
        for (int i = 0; i < n * n; i++) {
          assertEquals(wre[i], re[i], EPS * n * n, "re n=" + n + " i=" + i);
          assertEquals(wim[i], im[i], EPS * n * n, "im n=" + n + " i=" + i);
        }
      }
    }
  }

  @Test
  void transforms_fusedStagesAndRowArrays_bitIdenticalToOneStageAtATime() {
    SplittableRandom r = new SplittableRandom(3);
    for (int n : new int[] {1, 2, 4, 8, 32, 64, 128, 256, 512}) {
      for (boolean inverse : new boolean[] {false, true}) {
        double[] re = random(r, n * n);
        double[] im = random(r, n * n);
        double[] wre = re.clone();
        double[] wim = im.clone();
        for (int x = 0; x < n; x++) {
          oneStageAtATime(wre, wim, x * n, 1, n, inverse);
        }
        for (int x = 0; x < n; x++) {
          oneStageAtATime(wre, wim, x, n, n, inverse);
        }
        Fft.transform2d(re, im, n, inverse);
        assertArrayEquals(wre, re, "2-D re n=" + n);
        assertArrayEquals(wim, im, "2-D im n=" + n);
        double[] one = random(r, 3 + 2 * n);
        double[] oneIm = random(r, one.length);
        double[] want = one.clone();
        double[] wantIm = oneIm.clone();
        oneStageAtATime(want, wantIm, 3, 2, n, inverse);
        Fft.transform(one, oneIm, 3, 2, n, inverse);
        assertArrayEquals(want, one, "1-D re n=" + n);
        assertArrayEquals(wantIm, oneIm, "1-D im n=" + n);
      }
    }
  }

  /** The 1-D transform as first written: bit reversal, then radix-2 stages one at a time. */
  private static void oneStageAtATime(
      double[] re, double[] im, int off, int stride, int n, boolean inverse) {
    int bits = Integer.numberOfTrailingZeros(n);
    for (int i = 0; i < n; i++) {
      int j = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
      if (i < j) {
        int a = off + i * stride;
        int b = off + j * stride;
        double tr = re[a];
        re[a] = re[b];
        re[b] = tr;
        double ti = im[a];
        im[a] = im[b];
        im[b] = ti;
      }
    }
    double sign = inverse ? 1 : -1;
    for (int len = 2; len <= n; len <<= 1) {
      int half = len >> 1;
      for (int k = 0; k < half; k++) {
        double cr = Math.cos(2 * Math.PI * (k * (n / len)) / n);
        double ci = sign * Math.sin(2 * Math.PI * (k * (n / len)) / n);
        for (int i = k; i < n; i += len) {
          int a = off + i * stride;
          int b = a + half * stride;
          double xr = re[b] * cr - im[b] * ci;
          double xi = re[b] * ci + im[b] * cr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
  }

  @Test
  void transform_notPowerOfTwo_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Fft.transform(new double[6], new double[6], 0, 1, 6, false));
  }

  private static double[] random(SplittableRandom r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble() * 2 - 1;
    }
    return v;
  }

  private static double[][] dft(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    double[][] out = new double[2][n];
    double s = inverse ? 1 : -1;
    for (int k = 0; k < n; k++) {
      for (int j = 0; j < n; j++) {
        double a = s * 2 * Math.PI * k * j / n;
        out[0][k] += re[j] * Math.cos(a) - im[j] * Math.sin(a);
        out[1][k] += re[j] * Math.sin(a) + im[j] * Math.cos(a);
      }
    }
    return out;
  }
}
