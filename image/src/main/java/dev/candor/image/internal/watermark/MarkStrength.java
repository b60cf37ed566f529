package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * How strongly the tile is added at each pixel, and the luminance change that results. Strength
 * follows local texture (half the 3×3 standard deviation, smoothed over 5×5): 0.8 grey levels RMS
 * on flat areas up to 3 on busy ones; on mostly flat images the unused budget raises the textured
 * part (up to twice), on busy ones everything is scaled down if needed so the root-mean-square
 * change stays at or below {@value #RMS_BUDGET} grey levels (PSNR ≥ 42 dB before rounding).
 */
final class MarkStrength {
  static final float RMS_BUDGET = 1.85f;
  private static final float ALPHA_MIN = 0.8f;
  private static final float ALPHA_MAX = 3.0f;
  private static final float ALPHA_PER_STD = 0.5f;
  private static final double MAX_BOOST = 2.0;

  private final int w;
  private final int h;
  private final float[] alpha;

  /**
   * Per tile position, over the image pixels the tile lands on there: Σ floor², Σ floor·excess and
   * Σ excess² (the excess being the strength above {@link #ALPHA_MIN}), so the budget for any tile
   * is fitted in O(tile) rather than O(image).
   */
  private final double[] ff = new double[TILE * TILE];

  private final double[] fe = new double[TILE * TILE];
  private final double[] ee = new double[TILE * TILE];

  MarkStrength(float[] y, int w, int h) {
    this.w = w;
    this.h = h;
    this.alpha = strength(y, w, h);
    for (int r = 0; r < h; r++) {
      int trow = (r % TILE) * TILE;
      int row = r * w;
      for (int x = 0; x < w; x++) {
        int p = trow + (x & (TILE - 1));
        double e = alpha[row + x] - ALPHA_MIN;
        ff[p] += ALPHA_MIN * ALPHA_MIN;
        fe[p] += ALPHA_MIN * e;
        ee[p] += e * e;
      }
    }
  }

  /**
   * The luminance change for a unit-RMS {@code tile} on the rectangle (x0, y0, rw, rh) of the
   * image, row-major, fitted to the budget over the whole image.
   */
  float[] delta(float[] tile, int x0, int y0, int rw, int rh) {
    double aa = 0;
    double ab = 0;
    double bb = 0;
    for (int p = 0; p < tile.length; p++) {
      double t2 = (double) tile[p] * tile[p];
      aa += ff[p] * t2;
      ab += fe[p] * t2;
      bb += ee[p] * t2;
    }
    double budget = (double) RMS_BUDGET * RMS_BUDGET * w * h;
    double floor = 1;
    double gain = 1;
    if (aa + 2 * ab + bb > budget) {
      floor = gain = Math.sqrt(budget / (aa + 2 * ab + bb));
    } else if (bb > 0) {
      // Mostly flat image: spend the unused budget on textured areas only, up to MAX_BOOST times.
      double k = (-ab + Math.sqrt(ab * ab - bb * (aa - budget))) / bb;
      gain = Math.min(MAX_BOOST, k);
    }
    float[] delta = new float[rw * rh];
    for (int r = 0; r < rh; r++) {
      int trow = ((y0 + r) % TILE) * TILE;
      int row = (y0 + r) * w + x0;
      for (int x = 0; x < rw; x++) {
        float a = (float) (floor * ALPHA_MIN + gain * (alpha[row + x] - ALPHA_MIN));
        delta[r * rw + x] = a * tile[trow + ((x0 + x) & (TILE - 1))];
      }
    }
    return delta;
  }

  private static float[] strength(float[] y, int w, int h) {
    float[] sq = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      sq[i] = y[i] * y[i];
    }
    float[] m = BoxFilter.mean(y, w, h, 1);
    float[] m2 = BoxFilter.mean(sq, w, h, 1);
    float[] a = m2;
    for (int i = 0; i < a.length; i++) {
      float sd = (float) Math.sqrt(Math.max(0, m2[i] - m[i] * m[i]));
      a[i] = Math.max(ALPHA_MIN, Math.min(ALPHA_MAX, ALPHA_PER_STD * sd));
    }
    return BoxFilter.mean(a, w, h, 2);
  }
}
