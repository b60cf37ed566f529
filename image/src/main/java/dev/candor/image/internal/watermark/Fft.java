package dev.candor.image.internal.watermark;

/**
 * In-place radix-2 complex FFT, one- and two-dimensional (row-major, power-of-two sizes up to
 * 2^16), with twiddle factors and bit-reversal tables made once per size. The column pass of a 2-D
 * transform runs each butterfly across whole rows, so it streams through memory instead of
 * striding down columns. Inverses are unnormalised.
 */
final class Fft {
  private static final int MAX_LOG = 16;
  private static final Tables[] TABLES = new Tables[MAX_LOG + 1];

  private Fft() {}

  /** Bit-reversal permutation and cos/sin of 2πj/n for j < n/2. */
  private static final class Tables {
    final int[] rev;
    final double[] cos;
    final double[] sin;

    Tables(int n) {
      rev = new int[n];
      int bits = Integer.numberOfTrailingZeros(n);
      for (int i = 0; i < n; i++) {
        rev[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
      }
      cos = new double[Math.max(1, n / 2)];
      sin = new double[cos.length];
      for (int j = 0; j < n / 2; j++) {
        double a = 2 * Math.PI * j / n;
        cos[j] = Math.cos(a);
        sin[j] = Math.sin(a);
      }
    }
  }

  private static Tables tables(int n) {
    if (n < 1 || Integer.bitCount(n) != 1 || n > (1 << MAX_LOG)) {
      throw new IllegalArgumentException("FFT size must be a power of two up to 2^16, was " + n);
    }
    int log = Integer.numberOfTrailingZeros(n);
    Tables t = TABLES[log];
    if (t == null) {
      t = new Tables(n); // a race makes an identical table twice; harmless
      TABLES[log] = t;
    }
    return t;
  }

  static void transform(double[] re, double[] im, int off, int stride, int n, boolean inverse) {
    Tables t = tables(n);
    for (int i = 0; i < n; i++) {
      int j = t.rev[i];
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
      int step = n / len;
      for (int k = 0; k < half; k++) {
        double cr = t.cos[k * step];
        double ci = sign * t.sin[k * step];
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

  /** 2-D transform of an n×n array; the inverse is unnormalised. */
  static void transform2d(double[] re, double[] im, int n, boolean inverse) {
    for (int y = 0; y < n; y++) {
      transform(re, im, y * n, 1, n, inverse);
    }
    Tables t = tables(n);
    for (int i = 0; i < n; i++) {
      int j = t.rev[i];
      if (i < j) {
        swapRows(re, i * n, j * n, n);
        swapRows(im, i * n, j * n, n);
      }
    }
    double sign = inverse ? 1 : -1;
    for (int len = 2; len <= n; len <<= 1) {
      int half = len >> 1;
      int step = n / len;
      for (int k = 0; k < half; k++) {
        double cr = t.cos[k * step];
        double ci = sign * t.sin[k * step];
        for (int i = k; i < n; i += len) {
          int a = i * n;
          int b = (i + half) * n;
          for (int x = 0; x < n; x++) {
            double br = re[b + x];
            double bi = im[b + x];
            double xr = br * cr - bi * ci;
            double xi = br * ci + bi * cr;
            double ar = re[a + x];
            double ai = im[a + x];
            re[b + x] = ar - xr;
            im[b + x] = ai - xi;
            re[a + x] = ar + xr;
            im[a + x] = ai + xi;
          }
        }
      }
    }
  }

  private static void swapRows(double[] v, int a, int b, int n) {
    for (int x = 0; x < n; x++) {
      double t = v[a + x];
      v[a + x] = v[b + x];
      v[b + x] = t;
    }
  }
}
