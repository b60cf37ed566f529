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

  /** Side of a fold binned 2×2, for {@link #scores}. */
  static final int HALF = TILE / 2;

  /**
   * Per orientation o ({@link Orientation}), the spectrum of the pilot binned 2×2 as the fold
   * relabelled by o meets it: the template is the pilot relabelled by o's inverse, so correlating
   * an unrelabelled fold with it gives the same values as the relabelled fold with the pilot, at
   * shifts turned by o (the same peak, the same spread). Index 0 is the pilot binned, which
   * {@link #scores} correlates with.
   */
  private final double[][] turnedRe = new double[Orientation.COUNT][];

  private final double[][] turnedIm = new double[Orientation.COUNT][];

  /** The matched filter (float values, held as doubles: the conversion is exact). */
  private final double[] kernel = new double[(2 * KR + 1) * (2 * KR + 1)];

  /**
   * Spectrum (on the chip grid) of the matched filter's response to one chip: the inter-chip
   * interference that {@link #softBits} undoes.
   */
  private final double[] gram = new double[CHIPS];

  private static final double WIENER = 0.05;

  private static final double SOFT_CLIP = 1.5;

  /**
   * Clips soft values at {@link #SOFT_CLIP} times their median magnitude, so that no single coded
   * bit (one the host drowns) outweighs a few ordinary ones in the decoder.
   */
  static void clip(float[] soft) {
    float[] mag = new float[soft.length];
    for (int i = 0; i < soft.length; i++) {
      mag[i] = Math.abs(soft[i]);
    }
    java.util.Arrays.sort(mag);
    float c = (float) (SOFT_CLIP * mag[mag.length / 2]);
    for (int i = 0; i < soft.length; i++) {
      soft[i] = Math.max(-c, Math.min(c, soft[i]));
    }
  }

  TileSync(TileLayout layout) {
    this.layout = layout;
    float[] pilot = TileRenderer.seen(layout.chipValues(null));
    for (int i = 0; i < pilot.length; i++) {
      pilotRe[i] = pilot[i];
    }
    double[] seen = pilotRe.clone();
    Fft.transform2d(pilotRe, pilotIm, TILE, false);
    for (int o = 0; o < Orientation.COUNT; o++) {
      turnedRe[o] = binned(Orientation.fold(seen, Orientation.inverse(o)));
      turnedIm[o] = new double[HALF * HALF];
      Fft.transform2d(turnedRe[o], turnedIm[o], HALF, false);
    }
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

  /**
   * Matched-filter output at every chip centre of {@code fold} shifted by (sx, sy). Four chips of a
   * chip row that need no wrap along the tile row are summed side by side (four independent sums,
   * each over the same products in the same order as one chip at a time).
   */
  double[] chipResponses(double[] fold, int sx, int sy) {
    double[] out = new double[CHIPS];
    int kw = 2 * KR + 1;
    for (int c = 0; c < CHIPS; ) {
      int cx = ((c % GRID) * PITCH + sx) & (TILE - 1);
      int cy = (c / GRID) * PITCH + sy;
      if (c % GRID + 3 < GRID && cx - KR >= 0 && cx + 3 * PITCH + KR < TILE) {
        double v0 = 0;
        double v1 = 0;
        double v2 = 0;
        double v3 = 0;
        for (int dy = -KR; dy <= KR; dy++) {
          int at = ((cy + dy) & (TILE - 1)) * TILE + cx - KR;
          int krow = (dy + KR) * kw;
          for (int k = 0; k < kw; k++) {
            double g = kernel[krow + k];
            v0 += fold[at + k] * g;
            v1 += fold[at + PITCH + k] * g;
            v2 += fold[at + 2 * PITCH + k] * g;
            v3 += fold[at + 3 * PITCH + k] * g;
          }
        }
        out[c] = v0;
        out[c + 1] = v1;
        out[c + 2] = v2;
        out[c + 3] = v3;
        c += 4;
        continue;
      }
      double v = 0;
      for (int dy = -KR; dy <= KR; dy++) {
        int row = ((cy + dy) & (TILE - 1)) * TILE;
        int krow = (dy + KR) * kw;
        for (int dx = -KR; dx <= KR; dx++) {
          v += fold[row + ((cx + dx) & (TILE - 1))] * kernel[krow + KR + dx];
        }
      }
      out[c] = v;
      c++;
    }
    return out;
  }

  /** Returns {z, shiftX, shiftY} of the best cyclic shift of {@code fold}. */
  double[] synchronise(double[] fold) {
    return synchronise(java.util.List.of(fold))[0];
  }

  /**
   * {z, shiftX, shiftY} of each fold, as {@link #synchronise(double[])} gives it. Folds are real,
   * so two share one complex transform, the first as real part and the second as imaginary: the
   * pilot's spectrum is Hermitian, so the two cross-correlations come back as the real and the
   * imaginary part of one inverse transform (equal to the separate ones up to rounding).
   */
  double[][] synchronise(java.util.List<double[]> folds) {
    double[][] out = new double[folds.size()][];
    for (int f = 0; f < folds.size(); f += 2) {
      double[] re = folds.get(f).clone();
      double[] im = f + 1 < folds.size() ? folds.get(f + 1).clone() : new double[re.length];
      correlate(re, im, pilotRe, pilotIm, TILE);
      out[f] = peak(re);
      if (f + 1 < folds.size()) {
        out[f + 1] = peak(im);
      }
    }
    return out;
  }

  /**
   * The pilot's z-score of each fold binned 2×2 (a 64² correlation, about a fifth of the cost of
   * {@link #synchronise(java.util.List)}), for ranking many hypotheses of one search against each
   * other. The mark holds no energy above 1/8 cycle per tile pixel, which binning keeps; the
   * scores are on another scale than {@link #synchronise}'s z (fewer shifts, a different spread)
   * and decide nothing on their own.
   */
  double[] scores(java.util.List<double[]> folds) {
    double[] out = new double[folds.size()];
    for (int f = 0; f < folds.size(); f += 2) {
      double[] re = binned(folds.get(f));
      double[] im = f + 1 < folds.size() ? binned(folds.get(f + 1)) : new double[re.length];
      correlate(re, im, turnedRe[0], turnedIm[0], HALF);
      out[f] = peak(re)[0];
      if (f + 1 < folds.size()) {
        out[f + 1] = peak(im)[0];
      }
    }
    return out;
  }

  /**
   * Per fold, {score as read, score mirrored}: {@link #scores} of the fold and of the fold
   * relabelled by orientation 1 (u → −u, what a copy mirrored left to right folds to with an
   * unrotated basis). Two folds share one forward transform (as real and imaginary part, their
   * spectra separated by symmetry), and each fold's two correlations one inverse transform, so a
   * pair costs three 64² transforms instead of two.
   */
  double[][] mirrorScores(java.util.List<double[]> folds) {
    double[][] out = new double[folds.size()][];
    int n = HALF * HALF;
    for (int f = 0; f < folds.size(); f += 2) {
      boolean two = f + 1 < folds.size();
      double[] zr = binned(folds.get(f));
      double[] zi = two ? binned(folds.get(f + 1)) : new double[n];
      Fft.transform2d(zr, zi, HALF, false);
      // Z = A + iB with A, B real planes: A(k) = (Z(k) + conj Z(−k))/2, B(k) = (Z(k) − conj
      // Z(−k))/2i.
      double[][] spectra = {new double[n], new double[n], new double[n], new double[n]};
      for (int ky = 0; ky < HALF; ky++) {
        int mirrorRow = ((HALF - ky) & (HALF - 1)) * HALF;
        for (int kx = 0; kx < HALF; kx++) {
          int i = ky * HALF + kx;
          int j = mirrorRow + ((HALF - kx) & (HALF - 1));
          spectra[0][i] = (zr[i] + zr[j]) / 2;
          spectra[1][i] = (zi[i] - zi[j]) / 2;
          spectra[2][i] = (zi[i] + zi[j]) / 2;
          spectra[3][i] = (zr[j] - zr[i]) / 2;
        }
      }
      for (int g = 0; g < (two ? 2 : 1); g++) {
        double[] re = new double[n];
        double[] im = new double[n];
        againstTwo(spectra[2 * g], spectra[2 * g + 1], 0, 1, re, im);
        Fft.transform2d(re, im, HALF, true);
        out[f + g] = new double[] {peak(re)[0], peak(im)[0]};
      }
    }
    return out;
  }

  /**
   * Into (re, im), the spectrum S = (sr, si) of a real plane times the conjugate template spectra
   * of orientations a and b, packed as Xa + i·Xb: each product is the spectrum of a real
   * correlation, so one inverse transform gives correlation a as its real part and b as its
   * imaginary part.
   */
  private void againstTwo(double[] sr, double[] si, int a, int b, double[] re, double[] im) {
    double[] ar = turnedRe[a];
    double[] ai = turnedIm[a];
    double[] br = turnedRe[b];
    double[] bi = turnedIm[b];
    for (int i = 0; i < re.length; i++) {
      double xar = sr[i] * ar[i] + si[i] * ai[i];
      double xai = si[i] * ar[i] - sr[i] * ai[i];
      double xbr = sr[i] * br[i] + si[i] * bi[i];
      double xbi = si[i] * br[i] - sr[i] * bi[i];
      re[i] = xar - xbi;
      im[i] = xai + xbr;
    }
  }

  /**
   * The scores ({@link #scores}) of {@code fold} relabelled by each orientation ({@link
   * Orientation#fold}), index o, from one transform of the binned fold: its spectrum is multiplied
   * by each orientation's template spectrum, and two such products (each the spectrum of a real
   * correlation) share an inverse transform as real and imaginary part. The same scores as of the
   * relabelled folds, but for how 2×2 binning meets a mirrored fold's cells (offset by a pixel).
   */
  double[] orientationScores(double[] fold) {
    double[] fr = binned(fold);
    double[] fi = new double[fr.length];
    Fft.transform2d(fr, fi, HALF, false);
    double[] out = new double[Orientation.COUNT];
    double[] re = new double[fr.length];
    double[] im = new double[fr.length];
    for (int o = 0; o < Orientation.COUNT; o += 2) {
      againstTwo(fr, fi, o, o + 1, re, im);
      Fft.transform2d(re, im, HALF, true);
      out[o] = peak(re)[0];
      out[o + 1] = peak(im)[0];
    }
    return out;
  }

  /**
   * Replaces two real n×n planes, held as {@code re} and {@code im} of one complex plane, by their
   * cyclic cross-correlations with the pilot whose spectrum is (pRe, pIm): one forward and one
   * inverse transform for both, since the pilot's spectrum is Hermitian.
   */
  private static void correlate(double[] re, double[] im, double[] pRe, double[] pIm, int n) {
    Fft.transform2d(re, im, n, false);
    for (int i = 0; i < re.length; i++) {
      double r = re[i] * pRe[i] + im[i] * pIm[i];
      double m = im[i] * pRe[i] - re[i] * pIm[i];
      re[i] = r;
      im[i] = m;
    }
    Fft.transform2d(re, im, n, true);
  }

  private static double[] binned(double[] fold) {
    double[] b = new double[HALF * HALF];
    for (int y = 0; y < TILE; y++) {
      int row = (y >> 1) * HALF;
      for (int x = 0; x < TILE; x++) {
        b[row + (x >> 1)] += fold[y * TILE + x];
      }
    }
    return b;
  }

  /** {z, x, y} of the highest cross-correlation value, z over the spread of all shifts. */
  private static double[] peak(double[] corr) {
    double sum = 0;
    double sq = 0;
    int best = 0;
    for (int i = 0; i < corr.length; i++) {
      sum += corr[i];
      sq += corr[i] * corr[i];
      if (corr[i] > corr[best]) {
        best = i;
      }
    }
    double mean = sum / corr.length;
    double sd = Math.sqrt(Math.max(1e-30, sq / corr.length - mean * mean));
    return new double[] {(corr[best] - mean) / sd, best % TILE, best / TILE};
  }

  /**
   * Per chip (row-major on the chip grid) at cyclic shift (sx, sy): the matched filter's output
   * with the neighbouring chips' leakage deconvolved, before any keyed sign is undone. A chip
   * embedded with value +a reads positive, in proportion to a.
   */
  double[] chipStatistics(double[] fold, int sx, int sy) {
    double[] re = chipResponses(fold, sx, sy);
    double[] im = new double[CHIPS];
    Fft.transform2d(re, im, GRID, false);
    for (int i = 0; i < CHIPS; i++) {
      re[i] *= gram[i];
      im[i] *= gram[i];
    }
    Fft.transform2d(re, im, GRID, true);
    return re;
  }

  /** Soft coded-bit values ({@link #softBits}) read at cyclic shift (sx, sy), and how decisive. */
  record Read(int sx, int sy, float[] soft, double decisiveness) {}

  /**
   * Of (sx, sy) and its 8 neighbours, the shift at which the coded bits read most decisively
   * ({@link #decisivenessAt}), with its soft values: the pilot's correlation peak is a few pixels
   * wide, and the host can tip its maximum one pixel off. The CRC is not looked at, so this adds no
   * decoding trial.
   */
  Read sharpen(double[] fold, int sx, int sy) {
    Read best = null;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int x = (sx + dx) & (TILE - 1);
        int y = (sy + dy) & (TILE - 1);
        float[] soft = softBits(fold, x, y);
        double score = decisiveness(soft);
        if (best == null || score > best.decisiveness()) {
          best = new Read(x, y, soft, score);
        }
      }
    }
    return best;
  }

  /**
   * How decisively the coded bits read at cyclic shift (sx, sy): how well the decoder's best path
   * agrees with the soft values, as a share of their total magnitude (1 when it explains every
   * bit; about 0.7 on an unmarked image). Looks at no CRC.
   */
  double decisivenessAt(double[] fold, int sx, int sy) {
    return decisiveness(softBits(fold, sx, sy));
  }

  private static double decisiveness(float[] soft) {
    boolean[] path = PayloadCodec.mostLikelyCoded(soft);
    double agree = 0;
    double abs = 0;
    for (int i = 0; i < soft.length; i++) {
      agree += path[i] ? -soft[i] : soft[i];
      abs += Math.abs(soft[i]);
    }
    return agree / (abs + 1e-30);
  }

  /**
   * Soft coded-bit values (positive = bit 0) read at cyclic shift (sx, sy): matched filter at each
   * chip, then a Wiener-regularised deconvolution on the chip grid to remove the neighbouring
   * chips' leakage, then each chip's keyed sign and scrambling undone and chips summed per coded
   * bit.
   */
  float[] softBits(double[] fold, int sx, int sy) {
    float[] soft = rawSoftBits(fold, sx, sy);
    clip(soft);
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

  private float[] rawSoftBits(double[] fold, int sx, int sy) {
    double[] re = chipStatistics(fold, sx, sy);
    float[] soft = new float[PayloadCodec.CODED_BITS];
    for (int c = 0; c < CHIPS; c++) {
      int b = layout.chipBit[c];
      if (b < 0) {
        continue;
      }
      double v = re[c] * layout.chipSign[c];
      soft[b] += (float) (layout.scramble[b] ? -v : v);
    }
    return soft;
  }
}
