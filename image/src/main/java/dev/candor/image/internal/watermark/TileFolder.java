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
    double det = basis[0] * basis[3] - basis[2] * basis[1];
    double m00 = TILE * basis[3] / det;
    double m01 = -TILE * basis[2] / det;
    double m10 = -TILE * basis[1] / det;
    double m11 = TILE * basis[0] / det;
    double[] sum = new double[TILE * TILE];
    double cx = w / 2.0;
    double cy = h / 2.0;
    final double off = 65536.5;
    for (int y = 0; y < h; y++) {
      double u = m00 * (0 - cx) + m01 * (y - cy) + off;
      double v = m10 * (0 - cx) + m11 * (y - cy) + off;
      int row = y * w;
      for (int x = 0; x < w; x++) {
        int iu = ((int) u) & (TILE - 1);
        int iv = ((int) v) & (TILE - 1);
        sum[iv * TILE + iu] += wh[row + x];
        u += m00;
        v += m10;
      }
    }
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
