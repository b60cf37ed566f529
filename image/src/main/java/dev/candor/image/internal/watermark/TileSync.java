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

  /** Soft coded-bit values (positive = bit 0) read at cyclic shift (sx, sy). */
  float[] softBits(double[] fold, int sx, int sy) {
    float[] soft = new float[PayloadCodec.CODED_BITS];
    int kw = 2 * KR + 1;
    for (int c = 0; c < CHIPS; c++) {
      int b = layout.chipBit[c];
      if (b < 0) {
        continue;
      }
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
      v *= layout.chipSign[c];
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
