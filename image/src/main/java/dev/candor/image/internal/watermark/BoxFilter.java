package dev.candor.image.internal.watermark;

/**
 * Separable running-sum box mean over a (2r+1)² window, edges clamped. O(1) per pixel, and one
 * pass over memory: the horizontal means live in a ring of 2r+2 rows (which stays in cache) instead
 * of a second full-size plane, so a plane is read once and written once. At image sizes the filter
 * is bound by memory traffic, not arithmetic, so callers combining filters of one plane take its
 * means row by row ({@link Rows}) rather than as whole planes.
 */
final class BoxFilter {
  private BoxFilter() {}

  static float[] mean(float[] src, int w, int h, int r) {
    if (r <= 0) {
      return src.clone();
    }
    float[] out = new float[w * h];
    Rows rows = new Rows(src, w, h, r);
    for (int y = 0; y < h; y++) {
      rows.next(out, y * w);
    }
    return out;
  }

  /**
   * The box means of a plane one row at a time, top to bottom, so a caller can combine several
   * filters of the same plane row by row instead of writing and re-reading whole planes.
   */
  static final class Rows {
    private final int w;
    private final int h;
    private final int r;
    private final float norm;
    private final float[] src;
    private final Ring ring;
    private final double[] col;
    private int y;

    Rows(float[] src, int w, int h, int r) {
      this.src = src;
      this.w = w;
      this.h = h;
      this.r = r;
      this.norm = 1f / (2 * r + 1);
      this.ring = r > 0 ? new Ring(src, w, h, r, norm) : null;
      this.col = new double[w];
      for (int k = -r; r > 0 && k <= r; k++) {
        int row = ring.row(clamp(k, h));
        float[] t = ring.rows;
        for (int x = 0; x < w; x++) {
          col[x] += t[row + x];
        }
      }
    }

    /**
     * Writes the next row's means to {@code out[at, at + w)}. Each source row is read once, before
     * the row of the same index is written, so {@code out} may be the source plane itself (at
     * {@code at = y·w}): the means replace it in place.
     */
    void next(float[] out, int at) {
      if (y >= h) {
        throw new IllegalStateException("all " + h + " rows were read");
      }
      if (ring == null) {
        System.arraycopy(src, y * w, out, at, w);
        y++;
        return;
      }
      int add = ring.row(clamp(y + r + 1, h));
      int sub = ring.row(clamp(y - r, h));
      float[] t = ring.rows;
      for (int x = 0; x < w; x++) {
        out[at + x] = (float) (col[x] * norm);
        col[x] += t[add + x] - t[sub + x];
      }
      y++;
    }
  }

  /**
   * The next row of {@code fine} minus the next row of {@code coarse} (two filters of one plane)
   * to {@code diff[at, at + w)} and its magnitude to {@code mag[at, at + w)}: the same values as
   * taking each row with {@link Rows#next} and subtracting, the subtraction fused into the coarse
   * row's loop.
   */
  static void nextDifference(Rows fine, Rows coarse, float[] diff, float[] mag, int at) {
    fine.next(diff, at);
    if (coarse.y >= coarse.h) {
      throw new IllegalStateException("all " + coarse.h + " rows were read");
    }
    int w = coarse.w;
    if (coarse.ring == null) {
      int from = coarse.y * w;
      for (int x = 0; x < w; x++) {
        float v = diff[at + x] - coarse.src[from + x];
        diff[at + x] = v;
        mag[at + x] = Math.abs(v);
      }
    } else {
      int add = coarse.ring.row(clamp(coarse.y + coarse.r + 1, coarse.h));
      int sub = coarse.ring.row(clamp(coarse.y - coarse.r, coarse.h));
      float[] t = coarse.ring.rows;
      double[] col = coarse.col;
      float norm = coarse.norm;
      for (int x = 0; x < w; x++) {
        float c = (float) (col[x] * norm);
        col[x] += t[add + x] - t[sub + x];
        float v = diff[at + x] - c;
        diff[at + x] = v;
        mag[at + x] = Math.abs(v);
      }
    }
    coarse.y++;
  }

  /**
   * Divides {@code band[at, at + w)} by d, the next row of {@code activity}'s means plus {@code
   * floor}, scales it by busy / d where d exceeds {@code busy}, and clips the result to ±{@code
   * clip} (the whitener's normalisation): the same values as taking the row with {@link Rows#next}
   * first, in one loop instead of two.
   */
  static void nextNormalised(
      Rows activity, float[] band, int at, float floor, float busy, float clip) {
    if (activity.ring == null || activity.y >= activity.h) {
      float[] row = new float[activity.w];
      activity.next(row, 0);
      for (int x = 0; x < row.length; x++) {
        band[at + x] = clip(weighed(band[at + x], row[x] + floor, busy), clip);
      }
      return;
    }
    int add = activity.ring.row(clamp(activity.y + activity.r + 1, activity.h));
    int sub = activity.ring.row(clamp(activity.y - activity.r, activity.h));
    float[] t = activity.ring.rows;
    double[] col = activity.col;
    float norm = activity.norm;
    for (int x = 0; x < activity.w; x++) {
      float m = (float) (col[x] * norm);
      col[x] += t[add + x] - t[sub + x];
      band[at + x] = clip(weighed(band[at + x], m + floor, busy), clip);
    }
    activity.y++;
  }

  /** v / d, times busy / d where d exceeds busy (the whitener's weight, {@code Whitener.BUSY}). */
  static float weighed(float v, float d, float busy) {
    float q = v / d;
    return d > busy ? q * (busy / d) : q;
  }

  /**
   * v clipped to ±c: the same float as Math.max(−c, Math.min(c, v)) for any v but NaN (±0
   * included, c being positive), without Math's NaN and signed-zero handling.
   */
  private static float clip(float v, float c) {
    return v > c ? c : (v < -c ? -c : v);
  }

  /**
   * Horizontal means of the source rows, made in row order as they are first asked for. A row is
   * needed from when it enters the vertical window until it leaves it, 2r+1 rows later, so 2r+2
   * slots always hold every row still in use.
   */
  private static final class Ring {
    final float[] rows;
    private final float[] src;
    private final int w;
    private final int r;
    private final int slots;
    private final float norm;
    private int made = -1;

    Ring(float[] src, int w, int h, int r, float norm) {
      this.src = src;
      this.w = w;
      this.r = r;
      this.norm = norm;
      this.slots = Math.min(h, 2 * r + 2);
      this.rows = new float[slots * w];
    }

    /** Offset in {@link #rows} of source row {@code y}'s horizontal means. */
    int row(int y) {
      while (made < y) {
        made++;
        horizontal(made, (made % slots) * w);
      }
      return (y % slots) * w;
    }

    private void horizontal(int y, int to) {
      int from = y * w;
      double s = 0;
      for (int k = -r; k <= r; k++) {
        s += src[from + clamp(k, w)];
      }
      // Edges clamp; the interior (both window ends inside the row) needs no index checks.
      int lo = Math.min(w, r);
      int hi = Math.max(lo, w - r - 1);
      for (int x = 0; x < lo; x++) {
        rows[to + x] = (float) (s * norm);
        s += src[from + clamp(x + r + 1, w)] - src[from + clamp(x - r, w)];
      }
      for (int x = lo; x < hi; x++) {
        rows[to + x] = (float) (s * norm);
        s += src[from + x + r + 1] - src[from + x - r];
      }
      for (int x = hi; x < w; x++) {
        rows[to + x] = (float) (s * norm);
        s += src[from + clamp(x + r + 1, w)] - src[from + clamp(x - r, w)];
      }
    }
  }

  private static int clamp(int i, int n) {
    return i < 0 ? 0 : (i >= n ? n - 1 : i);
  }
}
