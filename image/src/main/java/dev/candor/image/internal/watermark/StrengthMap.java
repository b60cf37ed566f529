package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * The texture-masking strength map behind {@link MarkStrength}, in float and a row at a time: per
 * pixel, half the 3×3 standard deviation clamped to [{@value #MIN}, {@value #MAX}], then its 5×5
 * mean (edges clamped). Every loop over a row reads its arrays at one index (rows are copied out,
 * and shifted copies stand in for a filter's taps), the shape C2 vectorises; this took the strength
 * map of a 1080p image from 15.6 to 7–8 ms. Sums are float; the squares are of y − 128, so a 3×3
 * sum of them stays below 2^18 and the variance keeps about 0.01 grey level² where it decides the
 * clamp.
 */
final class StrengthMap {
  static final float MIN = 0.8f;
  static final float MAX = 3.0f;
  private static final float PER_STD = 0.5f;
  private static final float CENTRE = 128f;

  private StrengthMap() {}

  /** The unsmoothed strength per pixel of the w×h luminance plane {@code y}. */
  static float[] deviation(float[] y, int w, int h) {
    float[] a = new float[w * h];
    Taps taps = new Taps(w, 1);
    float[] row = new float[w];
    float[] sq = new float[w];
    float[][] sums = new float[3][w];
    float[][] sqSums = new float[3][w];
    int made = -1;
    for (int r = 0; r < h; r++) {
      for (int next = Math.min(h - 1, r + 1); made < next; ) {
        made++;
        System.arraycopy(y, made * w, row, 0, w);
        centredSquares(row, sq);
        taps.sum(row, sums[made % 3]);
        taps.sum(sq, sqSums[made % 3]);
      }
      int up = Math.max(0, r - 1) % 3;
      int down = Math.min(h - 1, r + 1) % 3;
      strengthRow(
          sums[up], sums[r % 3], sums[down], sqSums[up], sqSums[r % 3], sqSums[down], row);
      System.arraycopy(row, 0, a, r * w, w);
    }
    return a;
  }

  /**
   * Replaces {@code a} (from {@link #deviation}) by its 5×5 mean in place and adds, per tile
   * position, the excess e = a − {@value #MIN} over the pixels there to {@code fe} (times {@value
   * #MIN}) and e² to {@code ee}; marks in {@code nearLimit} the rows of {@code y} with a pixel
   * within {@code margin} of black or white.
   */
  static void smooth(
      float[] a,
      float[] y,
      int w,
      int h,
      double[] fe,
      double[] ee,
      boolean[] nearLimit,
      float margin) {
    Taps taps = new Taps(w, 2);
    float[][] sums = new float[5][w];
    float[] row = new float[w];
    float[] chunk = new float[TILE];
    float[] e = new float[TILE];
    float[] e2 = new float[TILE];
    int made = -1;
    for (int r = 0; r < h; r++) {
      // Each source row is read when it enters the window, before row r of a is overwritten.
      for (int next = Math.min(h - 1, r + 2); made < next; ) {
        made++;
        System.arraycopy(a, made * w, row, 0, w);
        taps.sum(row, sums[made % 5]);
      }
      mean25(
          sums[Math.max(0, r - 2) % 5],
          sums[Math.max(0, r - 1) % 5],
          sums[r % 5],
          sums[Math.min(h - 1, r + 1) % 5],
          sums[Math.min(h - 1, r + 2) % 5],
          row);
      System.arraycopy(row, 0, a, r * w, w);
      java.util.Arrays.fill(e, 0);
      java.util.Arrays.fill(e2, 0);
      for (int c = 0; c < w; c += TILE) {
        int n = Math.min(TILE, w - c);
        System.arraycopy(row, c, chunk, 0, n);
        excess(chunk, n, e, e2);
      }
      int trow = (r % TILE) * TILE;
      for (int t = 0; t < TILE; t++) {
        fe[trow + t] += MIN * (double) e[t];
        ee[trow + t] += e2[t];
      }
      nearLimit[r] = nearLimit(y, r * w, w, margin);
    }
  }

  /** sq[x] = (row[x] − 128)². */
  private static void centredSquares(float[] row, float[] sq) {
    for (int x = 0; x < row.length; x++) {
      float v = row[x] - CENTRE;
      sq[x] = v * v;
    }
  }

  /** One row of strength from three rows of 3-tap sums of y and of (y − 128)². */
  private static void strengthRow(
      float[] s0, float[] s1, float[] s2, float[] q0, float[] q1, float[] q2, float[] out) {
    float ninth = 1f / 9;
    for (int x = 0; x < out.length; x++) {
      float m = (s0[x] + s1[x] + s2[x]) * ninth - CENTRE;
      float m2 = (q0[x] + q1[x] + q2[x]) * ninth;
      float k = PER_STD * (float) Math.sqrt(Math.max(0f, m2 - m * m));
      out[x] = Math.max(MIN, Math.min(MAX, k));
    }
  }

  private static void mean25(
      float[] s0, float[] s1, float[] s2, float[] s3, float[] s4, float[] out) {
    float norm = 1f / 25;
    for (int x = 0; x < out.length; x++) {
      out[x] = (s0[x] + s1[x] + s2[x] + s3[x] + s4[x]) * norm;
    }
  }

  private static void excess(float[] chunk, int n, float[] e, float[] e2) {
    for (int t = 0; t < n; t++) {
      float v = chunk[t] - MIN;
      e[t] += v;
      e2[t] += v * v;
    }
  }

  /** Whether any of y[at, at + n) lies within {@code margin} of black or white. */
  static boolean nearLimit(float[] y, int at, int n, float margin) {
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (int i = at; i < at + n; i++) {
      lo = Math.min(lo, y[i]);
      hi = Math.max(hi, y[i]);
    }
    return lo < margin || hi > 255 - margin;
  }

  /**
   * Sums of 2r+1 neighbours along a row, edges clamped: each tap but the middle one is a shifted
   * copy of the row (its ends repeating the edge value), so the sum is one same-index loop.
   */
  private static final class Taps {
    private final int r;
    private final float[][] shifted;

    Taps(int w, int r) {
      if (r != 1 && r != 2) {
        throw new IllegalArgumentException("radius 1 or 2, was " + r);
      }
      this.r = r;
      this.shifted = new float[2 * r + 1][w];
    }

    void sum(float[] row, float[] out) {
      for (int k = 0; k <= 2 * r; k++) {
        if (k != r) {
          shift(row, k - r, shifted[k]);
        }
      }
      if (r == 1) {
        add(shifted[0], row, shifted[2], out);
      } else {
        add(shifted[0], shifted[1], row, shifted[3], shifted[4], out);
      }
    }

    /** out[x] = row[clamp(x + d)]. */
    private static void shift(float[] row, int d, float[] out) {
      int w = row.length;
      int n = Math.max(0, w - Math.abs(d));
      if (d < 0) {
        System.arraycopy(row, 0, out, w - n, n);
        java.util.Arrays.fill(out, 0, w - n, row[0]);
      } else {
        System.arraycopy(row, w - n, out, 0, n);
        java.util.Arrays.fill(out, n, w, row[w - 1]);
      }
    }

    private static void add(float[] a, float[] b, float[] c, float[] out) {
      for (int x = 0; x < out.length; x++) {
        out[x] = a[x] + b[x] + c[x];
      }
    }

    private static void add(float[] a, float[] b, float[] c, float[] d, float[] e, float[] out) {
      for (int x = 0; x < out.length; x++) {
        out[x] = a[x] + b[x] + c[x] + d[x] + e[x];
      }
    }
  }
}
