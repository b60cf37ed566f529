package dev.candor.image.internal.pixels;

/**
 * The 4×4 transforms of VP8. The inverse ones are the decoder's (RFC 6386 §14.3, §14.4), integer
 * for integer, since the encoder must reconstruct exactly what every decoder will, to predict
 * from it. The forward ones are ours: the inverse DCT gives back half the orthonormal inverse, so
 * the forward DCT is twice the orthonormal one; the inverse Walsh–Hadamard transform is H·X·H/8
 * with H the ±1 matrix, so the forward one is H·D·H/2.
 */
final class Vp8Transforms {
  /** Row-major orthonormal DCT-II basis, times √2 (so a 2D product carries the factor 2). */
  private static final double[] BASIS = new double[16];

  static {
    for (int k = 0; k < 4; k++) {
      double s = k == 0 ? Math.sqrt(0.25) : Math.sqrt(0.5);
      for (int n = 0; n < 4; n++) {
        BASIS[k * 4 + n] = Math.sqrt(2) * s * Math.cos(Math.PI * (2 * n + 1) * k / 8);
      }
    }
  }

  /** The 4×4 ±1 Walsh–Hadamard matrix of §14.3 (symmetric). */
  private static final int[] H = {1, 1, 1, 1, 1, 1, -1, -1, 1, -1, -1, 1, 1, -1, 1, -1};

  private Vp8Transforms() {}

  /** √2·cos(π/8)/√2·… : the odd basis weights of the 4-point DCT, times √2 (see {@link #BASIS}). */
  private static final double C1 = BASIS[4 * 1 + 0];

  private static final double C3 = BASIS[4 * 1 + 1];
  private static final double C0 = BASIS[0];

  /** Forward DCT of the residual {@code r} (16 values, row-major) into {@code out} (raster). */
  static void fdct(int[] r, double[] out) {
    // Separable butterflies: the same products as the basis sums, fewer of them.
    double[] t = out;
    for (int y = 0; y < 4; y++) {
      int o = y * 4;
      double s0 = r[o] + r[o + 3];
      double s1 = r[o + 1] + r[o + 2];
      double d0 = r[o] - r[o + 3];
      double d1 = r[o + 1] - r[o + 2];
      t[o] = C0 * (s0 + s1);
      t[o + 2] = C0 * (s0 - s1);
      t[o + 1] = C1 * d0 + C3 * d1;
      t[o + 3] = C3 * d0 - C1 * d1;
    }
    for (int k = 0; k < 4; k++) {
      double s0 = t[k] + t[12 + k];
      double s1 = t[4 + k] + t[8 + k];
      double d0 = t[k] - t[12 + k];
      double d1 = t[4 + k] - t[8 + k];
      out[k] = C0 * (s0 + s1);
      out[8 + k] = C0 * (s0 - s1);
      out[4 + k] = C1 * d0 + C3 * d1;
      out[12 + k] = C3 * d0 - C1 * d1;
    }
  }

  /** Forward Walsh–Hadamard transform of the 16 luma DC values (block raster) into {@code out}. */
  static void fwht(double[] dc, double[] out) {
    double[] t = new double[16];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double s = 0;
        for (int k = 0; k < 4; k++) {
          s += H[i * 4 + k] * dc[k * 4 + j];
        }
        t[i * 4 + j] = s;
      }
    }
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double s = 0;
        for (int k = 0; k < 4; k++) {
          s += t[i * 4 + k] * H[k * 4 + j];
        }
        out[i * 4 + j] = s / 2;
      }
    }
  }

  /** §14.3: the 16 dequantised Y2 coefficients back to the luma blocks' DC values. */
  static void iwht(int[] in, int[] dc) {
    int[] tmp = new int[16];
    for (int i = 0; i < 4; i++) {
      int a0 = in[i] + in[12 + i];
      int a1 = in[4 + i] + in[8 + i];
      int a2 = in[4 + i] - in[8 + i];
      int a3 = in[i] - in[12 + i];
      tmp[i] = a0 + a1;
      tmp[8 + i] = a0 - a1;
      tmp[4 + i] = a3 + a2;
      tmp[12 + i] = a3 - a2;
    }
    for (int i = 0; i < 4; i++) {
      int d = tmp[i * 4] + 3;
      int a0 = d + tmp[3 + i * 4];
      int a1 = tmp[1 + i * 4] + tmp[2 + i * 4];
      int a2 = tmp[1 + i * 4] - tmp[2 + i * 4];
      int a3 = d - tmp[3 + i * 4];
      dc[i * 4] = (a0 + a1) >> 3;
      dc[i * 4 + 1] = (a3 + a2) >> 3;
      dc[i * 4 + 2] = (a0 - a1) >> 3;
      dc[i * 4 + 3] = (a3 - a2) >> 3;
    }
  }

  private static int mul1(int a) {
    return ((a * 20091) >> 16) + a;
  }

  private static int mul2(int a) {
    return (a * 35468) >> 16;
  }

  /**
   * §14.4: adds the inverse DCT of {@code in} (raster) to the 4×4 block at {@code at} of {@code
   * plane} (row stride {@code stride}), clamped to 0..255.
   */
  static void idctAdd(int[] in, int[] plane, int at, int stride) {
    int[] tmp = new int[16];
    for (int i = 0; i < 4; i++) {
      int a = in[i] + in[8 + i];
      int b = in[i] - in[8 + i];
      int c = mul2(in[4 + i]) - mul1(in[12 + i]);
      int d = mul1(in[4 + i]) + mul2(in[12 + i]);
      tmp[i * 4] = a + d;
      tmp[i * 4 + 1] = b + c;
      tmp[i * 4 + 2] = b - c;
      tmp[i * 4 + 3] = a - d;
    }
    for (int i = 0; i < 4; i++) {
      int dc = tmp[i] + 4;
      int a = dc + tmp[8 + i];
      int b = dc - tmp[8 + i];
      int c = mul2(tmp[4 + i]) - mul1(tmp[12 + i]);
      int d = mul1(tmp[4 + i]) + mul2(tmp[12 + i]);
      int row = at + i * stride;
      plane[row] = clip(plane[row] + ((a + d) >> 3));
      plane[row + 1] = clip(plane[row + 1] + ((b + c) >> 3));
      plane[row + 2] = clip(plane[row + 2] + ((b - c) >> 3));
      plane[row + 3] = clip(plane[row + 3] + ((a - d) >> 3));
    }
  }

  static int clip(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
