package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.CHIPS;
import static dev.candor.image.internal.watermark.TileLayout.GRID;
import static dev.candor.image.internal.watermark.TileLayout.PITCH;
import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * Works on one folded tile: finds the cyclic shift by FFT cross-correlation with the whitened pilot
 * (its z-score is the peak over the spread of all {@code TILE²} shifts), then reads soft values of
 * the coded bits with a matched filter at every chip.
 */
final class TileSync {
  private static final int KR = 6;
  private final TileLayout layout;
  private final double[] pilotRe = new double[TILE * TILE];
  private final double[] pilotIm = new double[TILE * TILE];
  private final float[] kernel = new float[(2 * KR + 1) * (2 * KR + 1)];

  /**
   * Spectrum (on the chip grid) of the matched filter's response to one chip: the inter-chip
   * interference that {@link #softBits} undoes.
   */
  private final double[] gram = new double[CHIPS];

  private static final double WIENER = 0.05;

  TileSync(TileLayout layout) {
    this.layout = layout;
    float[] pilot = TileRenderer.seen(layout.chipValues(null));
    for (int i = 0; i < pilot.length; i++) {
      pilotRe[i] = pilot[i];
    }
    Fft.transform2d(pilotRe, pilotIm, TILE, false);
    float[] one = new float[CHIPS];
    one[0] = 1;
    float[] bump = TileRenderer.seen(one);
    for (int dy = -KR; dy <= KR; dy++) {
      for (int dx = -KR; dx <= KR; dx++) {
        kernel[(dy + KR) * (2 * KR + 1) + dx + KR] =
            bump[Math.floorMod(dy, TILE) * TILE + Math.floorMod(dx, TILE)];
      }
    }
    double[] single = new double[TILE * TILE];
    for (int i = 0; i < single.length; i++) {
      single[i] = bump[i];
    }
    double[] re = chipResponses(single, 0, 0);
    double[] im = new double[CHIPS];
    Fft.transform2d(re, im, GRID, false);
    double max = 0;
    for (int i = 0; i < CHIPS; i++) {
      gram[i] = re[i];
      max = Math.max(max, Math.abs(re[i]));
    }
    for (int i = 0; i < CHIPS; i++) {
      gram[i] = gram[i] / (gram[i] * gram[i] + WIENER * max * max);
    }
  }

  /** Matched-filter output at every chip centre of {@code fold} shifted by (sx, sy). */
  private double[] chipResponses(double[] fold, int sx, int sy) {
    double[] out = new double[CHIPS];
    int kw = 2 * KR + 1;
    for (int c = 0; c < CHIPS; c++) {
      int cx = (c % GRID) * PITCH + sx;
      int cy = (c / GRID) * PITCH + sy;
      double v = 0;
      for (int dy = -KR; dy <= KR; dy++) {
        int row = ((cy + dy) & (TILE - 1)) * TILE;
        int krow = (dy + KR) * kw + KR;
        for (int dx = -KR; dx <= KR; dx++) {
          v += fold[row + ((cx + dx) & (TILE - 1))] * kernel[krow + dx];
        }
      }
      out[c] = v;
    }
    return out;
  }

  /** Returns {z, shiftX, shiftY} of the best cyclic shift of {@code fold}. */
  double[] synchronise(double[] fold) {
    double[] re = fold.clone();
    double[] im = new double[re.length];
    Fft.transform2d(re, im, TILE, false);
    for (int i = 0; i < re.length; i++) {
      double r = re[i] * pilotRe[i] + im[i] * pilotIm[i];
      double m = im[i] * pilotRe[i] - re[i] * pilotIm[i];
      re[i] = r;
      im[i] = m;
    }
    Fft.transform2d(re, im, TILE, true);
    double sum = 0;
    double sq = 0;
    int best = 0;
    for (int i = 0; i < re.length; i++) {
      sum += re[i];
      sq += re[i] * re[i];
      if (re[i] > re[best]) {
        best = i;
      }
    }
    double mean = sum / re.length;
    double sd = Math.sqrt(Math.max(1e-30, sq / re.length - mean * mean));
    return new double[] {(re[best] - mean) / sd, best % TILE, best / TILE};
  }

  /**
   * Soft coded-bit values (positive = bit 0) read at cyclic shift (sx, sy): matched filter at each
   * chip, then a Wiener-regularised deconvolution on the chip grid to remove the neighbouring
   * chips' leakage, then each chip's keyed sign and scrambling undone and chips summed per coded
   * bit.
   */
  float[] softBits(double[] fold, int sx, int sy) {
    double[] re = chipResponses(fold, sx, sy);
    double[] im = new double[CHIPS];
    Fft.transform2d(re, im, GRID, false);
    for (int i = 0; i < CHIPS; i++) {
      re[i] *= gram[i];
      im[i] *= gram[i];
    }
    Fft.transform2d(re, im, GRID, true);
    float[] soft = new float[PayloadCodec.CODED_BITS];
    for (int c = 0; c < CHIPS; c++) {
      int b = layout.chipBit[c];
      if (b < 0) {
        continue;
      }
      double v = re[c] * layout.chipSign[c];
      soft[b] += (float) (layout.scramble[b] ? -v : v);
    }
    double sq = 0;
    for (float s : soft) {
      sq += s * s;
    }
    float k = (float) (1 / Math.sqrt(sq / soft.length + 1e-30));
    for (int i = 0; i < soft.length; i++) {
      soft[i] *= k;
    }
    return soft;
  }
}
