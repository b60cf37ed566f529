package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the repetition lattice of the tile in a possibly scaled and rotated image from the
 * autocorrelation of the whitened luminance (inverse FFT of the power spectrum of up to four
 * overlapping 512×512 windows covering the region). The power spectrum is whitened (divided by its
 * local mean) and JPEG's 8-pixel block grid removed (spectral rows and columns at multiples of W/8
 * set to the mean level); the autocorrelation's slowly varying background is subtracted before peak
 * picking. Every positive local maximum within ±45° of the x axis is scored as a lattice (itself,
 * its 90° turn, their sum and difference; a lattice met twice, as a peak and as that peak turned
 * 90°, once); returns the best bases {v1x, v1y, v2x, v2y, score}, each followed by the finest
 * lattice under it that the autocorrelation also shows ({@link #fundamental}), at most {@value
 * #MAX_LATTICES} in all; then up to {@value #MAX_STRETCHED} lattices stretched along one axis
 * ({@link #stretched}: a copy whose aspect ratio changed), which the averaged bases miss.
 */
final class LatticeEstimator {
  static final int W = 512;
  private static final double MIN_SCALE = 0.4;
  private static final double MAX_SCALE = 1.55;
  private static final float EDGE_FACTOR = 3f;
  static final int MAX_LATTICES = 7;
  private static final int SPECTRUM_RADIUS = 3;
  private static final int BACKGROUND_RADIUS = 5;

  private LatticeEstimator() {}

  static List<double[]> estimate(float[] y, int w, int h) {
    return estimate(y, w, h, MIN_SCALE);
  }

  /** As {@link #estimate(float[], int, int)}, lattices from {@code minScale} times the tile up. */
  static List<double[]> estimate(float[] y, int w, int h, double minScale) {
    float[] wh = Whitener.whiten(y, w, h, 1, 3, EDGE_FACTOR);
    double[] power = power(wh, w, h);
    for (int k = 0; k < W; k += W / 8) {
      for (int i = 0; i < W; i++) {
        power[k * W + i] = 0;
        power[i * W + k] = 0;
      }
    }
    double[] smooth = periodicBox(power, SPECTRUM_RADIUS);
    for (int i = 0; i < power.length; i++) {
      power[i] /= smooth[i] + 1e-9;
    }
    // Removed lines get the whitened spectrum's mean level: zero would carve ridges into the
    // autocorrelation along the lag axes, exactly where an unrotated lattice lies.
    for (int k = 0; k < W; k += W / 8) {
      for (int i = 0; i < W; i++) {
        power[k * W + i] = 1;
        power[i * W + k] = 1;
      }
    }
    double[] im = new double[W * W];
    Fft.transform2d(power, im, W, true);
    double[] background = periodicBox(power, BACKGROUND_RADIUS);
    for (int i = 0; i < power.length; i++) {
      power[i] -= background[i];
    }
    return lattices(power, Math.max(MIN_SCALE, minScale));
  }

  /**
   * Summed power spectrum of the W×W windows (one per axis on planes up to W, two overlapping ones
   * beyond), zero outside the plane.
   */
  static double[] power(float[] wh, int w, int h) {
    double[] power = new double[W * W];
    int nx = w > W ? 2 : 1;
    int ny = h > W ? 2 : 1;
    List<int[]> origins = new ArrayList<>();
    for (int wy = 0; wy < ny; wy++) {
      for (int wx = 0; wx < nx; wx++) {
        int ox = nx == 1 ? (w - W) / 2 : wx * (w - W);
        int oy = ny == 1 ? (h - W) / 2 : wy * (h - W);
        origins.add(new int[] {ox, oy});
      }
    }
    double[] re = new double[W * W];
    double[] im = new double[W * W];
    for (int k = 0; k < origins.size(); k += 2) {
      window(wh, w, h, origins.get(k), re);
      if (k + 1 < origins.size()) {
        // Two real windows in one complex transform, Z = A + iB. With Z' = conj(Z(-f)), A =
        // (Z + Z')/2 and B = (Z - Z')/2i, so |A|² + |B|² = (|Z(f)|² + |Z(-f)|²)/2.
        window(wh, w, h, origins.get(k + 1), im);
        Fft.transform2d(re, im, W, false);
        for (int fy = 0; fy < W; fy++) {
          int row = fy * W;
          int mirror = ((W - fy) & (W - 1)) * W;
          for (int fx = 0; fx < W; fx++) {
            int i = row + fx;
            int j = mirror + ((W - fx) & (W - 1));
            power[i] += (re[i] * re[i] + im[i] * im[i] + re[j] * re[j] + im[j] * im[j]) / 2;
          }
        }
      } else {
        java.util.Arrays.fill(im, 0);
        Fft.transform2d(re, im, W, false);
        for (int i = 0; i < power.length; i++) {
          power[i] += re[i] * re[i] + im[i] * im[i];
        }
      }
    }
    return power;
  }

  /** The W×W window of {@code wh} at {@code origin} into {@code out}, zero outside the plane. */
  private static void window(float[] wh, int w, int h, int[] origin, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int r = 0; r < W; r++) {
      int sy = origin[1] + r;
      if (sy < 0 || sy >= h) {
        continue;
      }
      for (int c = 0; c < W; c++) {
        int sx = origin[0] + c;
        if (sx >= 0 && sx < w) {
          out[r * W + c] = wh[sy * w + sx];
        }
      }
    }
  }

  private static List<double[]> lattices(double[] a, double minScale) {
    int rmin = (int) (minScale * TILE);
    int rmax = Math.min(W / 2 - 2, (int) (MAX_SCALE * TILE));
    List<int[]> at = new ArrayList<>();
    for (int dy = -rmax; dy <= rmax; dy++) {
      for (int dx = Math.max(1, Math.abs(dy)); dx <= rmax; dx++) {
        int r2 = dx * dx + dy * dy;
        if (r2 < rmin * rmin || r2 > rmax * rmax) {
          continue;
        }
        double v = get(a, dx, dy);
        if (v > 0 && isLocalMax(a, dx, dy, v)) {
          at.add(new int[] {dx, dy});
        }
      }
    }
    // Each peak's lattice, best score first; a lattice met again (the same peak turned 90°, which
    // only peaks on the ±45° diagonals can be, or a peak a pixel away) once. Kept peaks are marked
    // on the lag grid, so each peak looks at its 27 neighbours instead of every kept peak.
    List<int[]> peaks = new ArrayList<>();
    List<double[]> scored = new ArrayList<>();
    boolean[] kept = new boolean[W * W];
    for (int[] p : at) {
      if (!near(kept, p[0], p[1]) && !near(kept, -p[1], p[0]) && !near(kept, p[1], -p[0])) {
        kept[Math.floorMod(p[1], W) * W + Math.floorMod(p[0], W)] = true;
        peaks.add(p);
        scored.add(lattice(a, p));
      }
    }
    Integer[] order = new Integer[peaks.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, z) -> Double.compare(scored.get(z)[4], scored.get(x)[4]));
    // Each followed by its finest sub-lattice that the autocorrelation shows (fundamental), unless
    // that lattice is listed already.
    List<int[]> listed = new ArrayList<>();
    List<double[]> out = new ArrayList<>();
    List<double[]> stretched = new ArrayList<>();
    for (int i = 0; i < order.length && out.size() < MAX_LATTICES; i++) {
      int[] p = peaks.get(order[i]);
      if (!sameLattice(listed, p)) {
        listed.add(p);
        out.add(scored.get(order[i]));
        double[] st = stretched(a, p);
        if (st != null && !listedBasis(stretched, st)) {
          stretched.add(st);
        }
      }
      int[] f = fundamental(a, p, rmin);
      if (out.size() < MAX_LATTICES && !sameLattice(listed, f)) {
        listed.add(f);
        out.add(lattice(a, f));
      }
    }
    // The best by score: a noise peak listed first must not crowd out the copy's own stretch.
    stretched.sort((x, z) -> Double.compare(z[4], x[4]));
    out.addAll(stretched.subList(0, Math.min(MAX_STRETCHED, stretched.size())));
    return out;
  }

  /** Whether {@code bases} holds {@code b}, each vector within a pixel. */
  private static boolean listedBasis(List<double[]> bases, double[] b) {
    for (double[] c : bases) {
      boolean same = true;
      for (int k = 0; k < 4; k++) {
        same &= Math.abs(c[k] - b[k]) <= 1;
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** Most stretched lattices ({@link #stretched}) listed after the others. */
  static final int MAX_STRETCHED = 3;

  /** Widest stretch looked for: the second vector up to this factor longer or shorter. */
  private static final double MAX_STRETCH = 1.33;

  /** Least stretch worth its own lattice: closer, {@link #lattice}'s averaged basis reads it. */
  private static final double MIN_STRETCH = 0.012;

  /**
   * The lattice of peak {@code p} stretched along one axis, or null: {v1, v2, score}. Either v1 is
   * the peak and v2 the highest peak on its perpendicular, or v2 is the peak near v1 turned 90°
   * ({@link #lattice}'s) and v1 the highest peak along p's direction; in each case between
   * 1/{@value #MAX_STRETCH} and {@value #MAX_STRETCH} times the other's length, more than
   * {@value #MIN_STRETCH} off it, higher than the peak it replaces, and with v1 + v2 a peak too. A
   * copy squashed a few % one way (an aspect ratio changed, a cheap way to strip a mark) has its
   * lattice there: one axis's peak is where the averaged basis looks, the other's is not.
   */
  private static double[] stretched(double[] a, int[] p) {
    double[] v1 = refine(a, p[0], p[1]);
    int[] t = maxNear(a, (int) Math.round(-v1[1]), (int) Math.round(v1[0]), 3);
    double[] w2 = refine(a, t[0], t[1]);
    double len = Math.hypot(v1[0], v1[1]);
    // v1 kept, v2 sought on its perpendicular; or v2 (the turned peak) kept, v1 sought along p.
    int[] second = alongRay(a, -v1[1] / len, v1[0] / len, len, get(a, t[0], t[1]));
    double len2 = Math.hypot(w2[0], w2[1]);
    int[] first = alongRay(a, v1[0] / len, v1[1] / len, len2, get(a, p[0], p[1]));
    double gainSecond = second == null ? 0 : get(a, second[0], second[1]) - get(a, t[0], t[1]);
    double gainFirst = first == null ? 0 : get(a, first[0], first[1]) - get(a, p[0], p[1]);
    if (gainSecond <= 0 && gainFirst <= 0) {
      return null;
    }
    double[] b1 = gainFirst > gainSecond ? refine(a, first[0], first[1]) : v1;
    double[] b2 = gainFirst > gainSecond ? w2 : refine(a, second[0], second[1]);
    double sum = valueNear(a, (int) Math.round(b1[0] + b2[0]), (int) Math.round(b1[1] + b2[1]));
    if (sum <= 0) {
      return null;
    }
    double diff = valueNear(a, (int) Math.round(b1[0] - b2[0]), (int) Math.round(b1[1] - b2[1]));
    double score =
        valueNear(a, (int) Math.round(b1[0]), (int) Math.round(b1[1]))
            + valueNear(a, (int) Math.round(b2[0]), (int) Math.round(b2[1]))
            + sum
            + diff;
    return new double[] {b1[0], b1[1], b2[0], b2[1], score};
  }

  /**
   * The highest local maximum of {@code a} within a pixel of the ray (ux, uy)·t, t from len/{@value
   * #MAX_STRETCH} to len·{@value #MAX_STRETCH} (within the lag grid), more than {@value
   * #MIN_STRETCH} off len and higher than {@code floor}; null if none.
   */
  private static int[] alongRay(double[] a, double ux, double uy, double len, double floor) {
    int[] best = null;
    double bv = floor;
    for (double t = len / MAX_STRETCH; t <= len * MAX_STRETCH && t < W / 2 - 2; t += 1) {
      int[] q = maxNear(a, (int) Math.round(ux * t), (int) Math.round(uy * t), 1);
      double v = get(a, q[0], q[1]);
      if (v > bv
          && Math.abs(Math.hypot(q[0], q[1]) / len - 1) > MIN_STRETCH
          && isLocalMax(a, q[0], q[1], v)) {
        bv = v;
        best = q;
      }
    }
    return best;
  }

  /** Whether a lag within a pixel of (x, y) is marked in {@code grid} (W×W, lags modulo W). */
  private static boolean near(boolean[] grid, int x, int y) {
    for (int j = -1; j <= 1; j++) {
      for (int i = -1; i <= 1; i++) {
        if (grid[Math.floorMod(y + j, W) * W + Math.floorMod(x + i, W)]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code p}, or {@code p} turned 90°, is within a pixel of one of {@code peaks}. */
  private static boolean sameLattice(List<int[]> peaks, int[] p) {
    for (int[] q : peaks) {
      if ((Math.abs(q[0] - p[0]) <= 1 && Math.abs(q[1] - p[1]) <= 1)
          || (Math.abs(q[0] + p[1]) <= 1 && Math.abs(q[1] - p[0]) <= 1)
          || (Math.abs(q[0] - p[1]) <= 1 && Math.abs(q[1] + p[0]) <= 1)) {
        return true;
      }
    }
    return false;
  }

  /** The lattice of peak {@code p}: {v1x, v1y, v2x, v2y, score}, v2 v1 turned 90°. */
  private static double[] lattice(double[] a, int[] p) {
    double[] v1 = refine(a, p[0], p[1]);
    int[] q = maxNear(a, (int) Math.round(-v1[1]), (int) Math.round(v1[0]), 3);
    double[] v2 = refine(a, q[0], q[1]);
    int sx = (int) Math.round(v1[0] + v2[0]);
    int sy = (int) Math.round(v1[1] + v2[1]);
    int ddx = (int) Math.round(v1[0] - v2[0]);
    int ddy = (int) Math.round(v1[1] - v2[1]);
    double score =
        get(a, p[0], p[1]) + get(a, q[0], q[1]) + valueNear(a, sx, sy) + valueNear(a, ddx, ddy);
    // The attacks of interest keep the aspect ratio: average v1 with v2 turned back by 90°.
    double ax = (v1[0] + v2[1]) / 2;
    double ay = (v1[1] - v2[0]) / 2;
    return new double[] {ax, ay, -ay, ax, score};
  }

  /**
   * The shortest lag from {@code p} down that is still a peak about as high (at least {@value
   * #SUBMULTIPLE} of it), down to {@code rmin}: p/2 or p/3 (p a multiple of the period), or the
   * midpoint of p and p turned 90° (p on the lattice turned 45° whose cells are two of the
   * tile's), repeated. The whitened spectrum of a repeated tile is a comb, and its autocorrelation
   * peaks about equally at every lattice vector, the period and its multiples and diagonals
   * alike; scored by itself and its neighbours, a coarser lattice (2 or √2 times the period,
   * turned 45°) can outrank the tile's, and a lattice that misses the tile by a factor is no
   * lattice at all: a ColorfulCups copy cropped, halved and through JPEG 75 lost its mark that way
   * though it decoded at the true scale. The finer lattice is tried after the coarser one, not
   * instead of it: a host's own period (a brick wall's) can sit at half the tile's.
   */
  private static int[] fundamental(double[] a, int[] p, int rmin) {
    int[] best = p;
    for (boolean reduced = true; reduced; ) {
      reduced = false;
      double v = get(a, best[0], best[1]);
      int x = best[0];
      int y = best[1];
      // p/2, p/3, and the midpoint of p and p turned 90° (either way round: the one within 45°
      // of the x axis).
      int[][] finer = {
        {Math.round(x / 2f), Math.round(y / 2f)},
        {Math.round(x / 3f), Math.round(y / 3f)},
        {Math.round((x - y) / 2f), Math.round((x + y) / 2f)},
        {Math.round((x + y) / 2f), Math.round((y - x) / 2f)}
      };
      for (int[] c : finer) {
        if (c[0] < Math.max(1, Math.abs(c[1])) || c[0] * c[0] + c[1] * c[1] < rmin * rmin) {
          continue;
        }
        int[] q = maxNear(a, c[0], c[1], 1);
        double qv = get(a, q[0], q[1]);
        if (q[0] >= 1 && qv >= SUBMULTIPLE * v && isLocalMax(a, q[0], q[1], qv)) {
          best = q;
          reduced = true;
          break;
        }
      }
    }
    return best;
  }

  /** How high a peak at a whole fraction of a lattice vector must be, relative to it. */
  private static final double SUBMULTIPLE = 0.6;

  /** Mean over a (2r+1)² window with wrap-around, separable. */
  static double[] periodicBox(double[] a, int r) {
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
    // Every column's running sum, advanced a whole row at a time (the same sums in the same order
    // as one column at a time, without striding down the columns).
    double[] s = new double[W];
    for (int k = -r; k <= r; k++) {
      int from = Math.floorMod(k, W) * W;
      for (int x = 0; x < W; x++) {
        s[x] += tmp[from + x];
      }
    }
    for (int y = 0; y < W; y++) {
      int add = ((y + r + 1) & (W - 1)) * W;
      int sub = ((y - r) & (W - 1)) * W;
      for (int x = 0; x < W; x++) {
        out[y * W + x] = s[x] * norm;
        s[x] += tmp[add + x] - tmp[sub + x];
      }
    }
    return out;
  }

  private static double get(double[] a, int dx, int dy) {
    return a[Math.floorMod(dy, W) * W + Math.floorMod(dx, W)];
  }

  private static boolean isLocalMax(double[] a, int dx, int dy, double v) {
    for (int j = -1; j <= 1; j++) {
      for (int i = -1; i <= 1; i++) {
        if ((i != 0 || j != 0) && get(a, dx + i, dy + j) > v) {
          return false;
        }
      }
    }
    return true;
  }

  private static int[] maxNear(double[] a, int cx, int cy, int rad) {
    int[] best = {cx, cy};
    double bv = Double.NEGATIVE_INFINITY;
    for (int j = -rad; j <= rad; j++) {
      for (int i = -rad; i <= rad; i++) {
        double v = get(a, cx + i, cy + j);
        if (v > bv) {
          bv = v;
          best = new int[] {cx + i, cy + j};
        }
      }
    }
    return best;
  }

  private static double valueNear(double[] a, int cx, int cy) {
    int[] m = maxNear(a, cx, cy, 1);
    return get(a, m[0], m[1]);
  }

  private static double[] refine(double[] a, int dx, int dy) {
    double c = get(a, dx, dy);
    double ox = parabola(get(a, dx - 1, dy), c, get(a, dx + 1, dy));
    double oy = parabola(get(a, dx, dy - 1), c, get(a, dx, dy + 1));
    return new double[] {dx + ox, dy + oy};
  }

  private static double parabola(double l, double c, double r) {
    double d = l - 2 * c + r;
    if (d >= 0) {
      return 0;
    }
    return Math.max(-0.5, Math.min(0.5, 0.5 * (l - r) / d));
  }
}
