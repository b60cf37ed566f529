package dev.candor.image.internal.watermark;

/** In-place radix-2 complex FFT, one- and two-dimensional (row-major, power-of-two sizes). */
final class Fft {
  private Fft() {}

  static void transform(double[] re, double[] im, int off, int stride, int n, boolean inverse) {
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        int a = off + i * stride;
        int b = off + j * stride;
        double t = re[a];
        re[a] = re[b];
        re[b] = t;
        t = im[a];
        im[a] = im[b];
        im[b] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      double ang = 2 * Math.PI / len * (inverse ? 1 : -1);
      double wr = Math.cos(ang);
      double wi = Math.sin(ang);
      int half = len >> 1;
      for (int i = 0; i < n; i += len) {
        double cr = 1;
        double ci = 0;
        for (int k = 0; k < half; k++) {
          int a = off + (i + k) * stride;
          int b = off + (i + k + half) * stride;
          double xr = re[b] * cr - im[b] * ci;
          double xi = re[b] * ci + im[b] * cr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
          double ncr = cr * wr - ci * wi;
          ci = cr * wi + ci * wr;
          cr = ncr;
        }
      }
    }
  }

  /** 2-D transform of an n×n array; the inverse is unnormalised. */
  static void transform2d(double[] re, double[] im, int n, boolean inverse) {
    for (int y = 0; y < n; y++) {
      transform(re, im, y * n, 1, n, inverse);
    }
    double[] cr = new double[n];
    double[] ci = new double[n];
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        cr[y] = re[y * n + x];
        ci[y] = im[y * n + x];
      }
      transform(cr, ci, 0, 1, n, inverse);
      for (int y = 0; y < n; y++) {
        re[y * n + x] = cr[y];
        im[y * n + x] = ci[y];
      }
    }
  }
}
