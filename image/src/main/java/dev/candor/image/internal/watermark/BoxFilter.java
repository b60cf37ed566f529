package dev.candor.image.internal.watermark;

/** Separable running-sum box mean over a (2r+1)² window, edges clamped. O(1) per pixel. */
final class BoxFilter {
  private BoxFilter() {}

  static float[] mean(float[] src, int w, int h, int r) {
    if (r <= 0) {
      return src.clone();
    }
    float[] tmp = new float[w * h];
    float[] out = new float[w * h];
    float norm = 1f / (2 * r + 1);
    for (int y = 0; y < h; y++) {
      int row = y * w;
      double s = 0;
      for (int k = -r; k <= r; k++) {
        s += src[row + clamp(k, w)];
      }
      // Edges clamp; the interior (both window ends inside the row) needs no index checks.
      int lo = Math.min(w, r);
      int hi = Math.max(lo, w - r - 1);
      for (int x = 0; x < lo; x++) {
        tmp[row + x] = (float) (s * norm);
        s += src[row + clamp(x + r + 1, w)] - src[row + clamp(x - r, w)];
      }
      for (int x = lo; x < hi; x++) {
        tmp[row + x] = (float) (s * norm);
        s += src[row + x + r + 1] - src[row + x - r];
      }
      for (int x = hi; x < w; x++) {
        tmp[row + x] = (float) (s * norm);
        s += src[row + clamp(x + r + 1, w)] - src[row + clamp(x - r, w)];
      }
    }
    double[] col = new double[w];
    for (int k = -r; k <= r; k++) {
      int row = clamp(k, h) * w;
      for (int x = 0; x < w; x++) {
        col[x] += tmp[row + x];
      }
    }
    for (int y = 0; y < h; y++) {
      int row = y * w;
      int add = clamp(y + r + 1, h) * w;
      int sub = clamp(y - r, h) * w;
      for (int x = 0; x < w; x++) {
        out[row + x] = (float) (col[x] * norm);
        col[x] += tmp[add + x] - tmp[sub + x];
      }
    }
    return out;
  }

  private static int clamp(int i, int n) {
    return i < 0 ? 0 : (i >= n ? n - 1 : i);
  }
}
