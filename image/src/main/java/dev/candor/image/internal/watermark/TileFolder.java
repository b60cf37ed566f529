package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * Folds a whitened plane onto one tile: every pixel is mapped through the inverse of the lattice
 * basis into tile coordinates (modulo the tile) and summed there, nearest neighbour. The result has
 * zero mean.
 */
final class TileFolder {
  private TileFolder() {}

  /**
   * {@code basis} = {v1x, v1y, v2x, v2y}: image displacement of one tile period along each axis.
   */
  static double[] fold(float[] wh, int w, int h, double[] basis) {
    return zeroMean(foldAny(wh, w, h, basis));
  }

  private static final double OFF = 65536.5;

  /** Run shift of values in [2^15, 2^16): their ulp is 2^−37. */
  private static final int ALIGN = 37;

  private static final int LOG_TILE = Integer.numberOfTrailingZeros(TILE);

  /**
   * The sums for any basis, before the mean is taken out. A pixel's tile coordinates are running
   * double sums along its row (u += m00, v += m10 from the row's start); {@link RunningSum} walks
   * them in runs of whole numbers that give the same cells as that loop, so every pixel lands in
   * the same cell, and pixels are added in the same order, so the sums are bit-identical too.
   * Unrotated bases (m01 = m10 = 0) share one column sequence across rows and one cell row per row.
   */
  static double[] foldAny(float[] wh, int w, int h, double[] basis) {
    double det = basis[0] * basis[3] - basis[2] * basis[1];
    double m00 = TILE * basis[3] / det;
    double m01 = -TILE * basis[2] / det;
    double m10 = -TILE * basis[1] / det;
    double m11 = TILE * basis[0] / det;
    double[] sum = new double[TILE * TILE];
    double cx = w / 2.0;
    double cy = h / 2.0;
    if (m01 == 0 && m10 == 0) {
      int[] column = new int[w];
      // Adding ±0 changes no sum: every row starts u at the same value, and v never moves.
      RunningSum.cells(m00 * (0 - cx) + m01 * (0 - cy) + OFF, m00, w, column);
      // Separable: the rows that land on one cell row are added first, whole rows at a time (a
      // loop C2 vectorises), in image order, and each cell row's sums are then spread over the
      // columns once. The rows are grouped by cell row first (a counting sort), so one line
      // accumulates each cell row in turn.
      int[] first = new int[TILE + 1];
      int[] cellOf = new int[h];
      for (int y = 0; y < h; y++) {
        double v = m10 * (0 - cx) + m11 * (y - cy) + OFF;
        cellOf[y] = ((int) v) & (TILE - 1);
        first[cellOf[y] + 1]++;
      }
      for (int cell = 0; cell < TILE; cell++) {
        first[cell + 1] += first[cell];
      }
      int[] rows = new int[h];
      int[] next = first.clone();
      for (int y = 0; y < h; y++) {
        rows[next[cellOf[y]]++] = y;
      }
      float[] acc = new float[w];
      float[] line = new float[w];
      for (int cell = 0; cell < TILE; cell++) {
        if (first[cell] == first[cell + 1]) {
          continue;
        }
        System.arraycopy(wh, rows[first[cell]] * w, acc, 0, w);
        for (int k = first[cell] + 1; k < first[cell + 1]; k++) {
          System.arraycopy(wh, rows[k] * w, line, 0, w);
          addTo(acc, line);
        }
        int base = cell * TILE;
        for (int x = 0; x < w; x++) {
          sum[base + column[x]] += acc[x];
        }
      }
      return sum;
    }
    RunningSum walkU = new RunningSum(m00);
    RunningSum walkV = new RunningSum(m10);
    for (int y = 0; y < h; y++) {
      walkU.reset(m00 * (0 - cx) + m01 * (y - cy) + OFF);
      walkV.reset(m10 * (0 - cx) + m11 * (y - cy) + OFF);
      int row = y * w;
      for (int x = 0; x < w; ) {
        int n = Math.min(walkU.prepare(w - x), walkV.prepare(w - x));
        long a = walkU.units;
        long b = walkV.units;
        long da = walkU.step;
        long db = walkV.step;
        int ha = walkU.shift;
        int hb = walkV.shift;
        if (ha >= ALIGN - 1 && ha <= ALIGN && hb >= ALIGN - 1 && hb <= ALIGN) {
          // Coordinates within [2^15, 2^17), as the detector's always are: both walks rescaled to
          // one fixed shift (a whole-number rescaling, so the same integer parts).
          addAligned(sum, wh, row + x, n, a << (ALIGN - ha), da << (ALIGN - ha),
              b << (ALIGN - hb), db << (ALIGN - hb));
        } else {
          for (int i = row + x, end = i + n; i < end; i++) {
            sum[((int) (b >>> hb) & (TILE - 1)) * TILE + ((int) (a >>> ha) & (TILE - 1))] += wh[i];
            a += da;
            b += db;
          }
        }
        walkU.advance(n);
        walkV.advance(n);
        x += n;
      }
    }
    return sum;
  }

  /** acc[i] += add[i] for every i (same index on both sides, so C2 vectorises it). */
  private static void addTo(float[] acc, float[] add) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += add[i];
    }
  }

  /** Adds n pixels from {@code from} at cells (b >>> ALIGN, a >>> ALIGN) mod TILE, walking a, b. */
  private static void addAligned(
      double[] sum, float[] wh, int from, int n, long a, long da, long b, long db) {
    for (int i = from, end = from + n; i < end; i++) {
      int row = (int) (b >>> (ALIGN - LOG_TILE)) & ((TILE - 1) << LOG_TILE);
      sum[row | ((int) (a >>> ALIGN) & (TILE - 1))] += wh[i];
      a += da;
      b += db;
    }
  }

  private static double[] zeroMean(double[] sum) {
    double mean = 0;
    for (double s : sum) {
      mean += s;
    }
    mean /= sum.length;
    for (int i = 0; i < sum.length; i++) {
      sum[i] -= mean;
    }
    return sum;
  }
}
