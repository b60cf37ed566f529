package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TileSyncTest {
  private static final TileSync SYNC = new TileSync(new TileLayout(new byte[] {1, 2, 3, 4}));

  @Test
  void synchronise_foldsPairedInOneTransform_matchEachFoldAlone() {
    SplittableRandom r = new SplittableRandom(11);
    List<double[]> folds = new ArrayList<>();
    for (int f = 0; f < 5; f++) {
      double[] fold = new double[TILE * TILE];
      double gain = 0.1 + 10 * r.nextDouble();
      for (int i = 0; i < fold.length; i++) {
        fold[i] = gain * r.nextGaussian();
      }
      folds.add(fold);
    }
    double[][] paired = SYNC.synchronise(folds);
    assertEquals(folds.size(), paired.length);
    for (int f = 0; f < folds.size(); f++) {
      double[] alone = reference(folds.get(f));
      assertEquals(alone[0], paired[f][0], 1e-9 * Math.abs(alone[0]), "z of fold " + f);
      assertArrayEquals(
          new double[] {alone[1], alone[2]},
          new double[] {paired[f][1], paired[f][2]},
          "shift of fold " + f);
      // the one-fold entry point is the unpaired transform, unchanged
      assertArrayEquals(alone, SYNC.synchronise(folds.get(f)), "fold " + f);
    }
  }

  @Test
  void synchronise_pilotInOneFoldOfAPair_foundAtItsShiftAndNotInTheOther() {
    float[] pilot = TileRenderer.seen(new TileLayout(new byte[] {1, 2, 3, 4}).chipValues(null));
    double[] marked = new double[TILE * TILE];
    SplittableRandom r = new SplittableRandom(12);
    for (int y = 0; y < TILE; y++) {
      for (int x = 0; x < TILE; x++) {
        marked[((y + 9) % TILE) * TILE + (x + 40) % TILE] = pilot[y * TILE + x] + r.nextGaussian();
      }
    }
    double[] noise = new double[TILE * TILE];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = r.nextGaussian();
    }
    double[][] s = SYNC.synchronise(List.of(noise, marked));
    assertEquals(40, s[1][1]);
    assertEquals(9, s[1][2]);
    assertEquals(true, s[1][0] > 8, "z " + s[1][0]);
    assertEquals(true, s[0][0] < 6, "z " + s[0][0]);
  }

  @Test
  void scores_pilotInOneFoldAmongNoise_ranksItFirstByFar() {
    float[] pilot = TileRenderer.seen(new TileLayout(new byte[] {1, 2, 3, 4}).chipValues(null));
    SplittableRandom r = new SplittableRandom(13);
    List<double[]> folds = new ArrayList<>();
    for (int f = 0; f < 5; f++) {
      double[] fold = new double[TILE * TILE];
      for (int y = 0; y < TILE; y++) {
        for (int x = 0; x < TILE; x++) {
          double mark = f == 3 ? pilot[y * TILE + x] : 0;
          fold[((y + 21) % TILE) * TILE + (x + 77) % TILE] = mark + 1.5 * r.nextGaussian();
        }
      }
      folds.add(fold);
    }
    double[] scores = SYNC.scores(folds);
    for (int f = 0; f < folds.size(); f++) {
      if (f != 3) {
        assertEquals(true, scores[f] < 5.5, "noise fold " + f + ": " + scores[f]);
      }
    }
    assertEquals(true, scores[3] > 10, "marked fold: " + scores[3]);
    // Scored alone (not paired in one transform), the same up to rounding.
    assertEquals(scores[3], SYNC.scores(List.of(folds.get(3)))[0], 1e-9 * scores[3]);
  }

  @Test
  void decisivenessAt_codedTileAtItsShift_nearOneElsewhereAndOnNoiseMuchLower() {
    TileLayout layout = new TileLayout(new byte[] {1, 2, 3, 4});
    float[] tile = TileRenderer.seen(layout.chipValues(PayloadCodec.encode(0x1234L, 0)));
    double[] marked = new double[TILE * TILE];
    double[] noise = new double[TILE * TILE];
    SplittableRandom r = new SplittableRandom(5);
    for (int y = 0; y < TILE; y++) {
      for (int x = 0; x < TILE; x++) {
        marked[((y + 9) % TILE) * TILE + (x + 40) % TILE] =
            tile[y * TILE + x] + 0.3 * r.nextGaussian();
        noise[y * TILE + x] = r.nextGaussian();
      }
    }
    double right = SYNC.decisivenessAt(marked, 40, 9);
    assertEquals(true, right > 0.97, "at the shift " + right);
    // Two pixels off, the chips are read half-way between centres: far less decisive.
    double off = SYNC.decisivenessAt(marked, 42, 9);
    assertEquals(true, off < right - 0.1, "off " + off);
    double onNoise = SYNC.decisivenessAt(noise, 40, 9);
    assertEquals(true, onNoise > 0.55 && onNoise < 0.8, "noise " + onNoise);
  }

  @Test
  void sharpen_markedOneOffAndNoise_sameShiftAndSoftValuesAsRereadingThere() {
    TileLayout layout = new TileLayout(new byte[] {1, 2, 3, 4});
    float[] tile = TileRenderer.seen(layout.chipValues(PayloadCodec.encode(0x5678L, 0)));
    double[] marked = new double[TILE * TILE];
    double[] noise = new double[TILE * TILE];
    SplittableRandom r = new SplittableRandom(6);
    for (int y = 0; y < TILE; y++) {
      for (int x = 0; x < TILE; x++) {
        marked[((y + 9) % TILE) * TILE + (x + 40) % TILE] =
            tile[y * TILE + x] + 0.5 * r.nextGaussian();
        noise[y * TILE + x] = r.nextGaussian();
      }
    }
    for (double[] fold : List.of(marked, noise)) {
      for (int[] at : new int[][] {{41, 9}, {40, 10}, {0, 127}, {77, 3}}) {
        TileSync.Read read = SYNC.sharpen(fold, at[0], at[1]);
        // The search as first written: the best of the 9 scores, first kept on ties, read again.
        int[] best = {at[0], at[1]};
        double bestScore = -1;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int x = (at[0] + dx) & (TILE - 1);
            int y = (at[1] + dy) & (TILE - 1);
            double score = SYNC.decisivenessAt(fold, x, y);
            if (score > bestScore) {
              bestScore = score;
              best = new int[] {x, y};
            }
          }
        }
        assertArrayEquals(best, new int[] {read.sx(), read.sy()});
        assertEquals(bestScore, read.decisiveness());
        assertArrayEquals(SYNC.softBits(fold, best[0], best[1]), read.soft());
      }
    }
    // One pixel off the mark, the chips still read decisively (the matched filter spans a chip),
    // so the pick may stay there or move; either way it is within a pixel and the payload decodes.
    TileSync.Read read = SYNC.sharpen(marked, 41, 9);
    assertEquals(true, Math.abs(read.sx() - 40) <= 1 && Math.abs(read.sy() - 9) <= 1);
    PayloadCodec.Decoded d = PayloadCodec.decode(read.soft(), 0);
    assertEquals(true, d.crcOk());
    assertEquals(0x5678L, d.payload());
  }

  /** The single-fold computation as first written: the fold alone as the real part. */
  private static double[] reference(double[] fold) {
    float[] pilot = TileRenderer.seen(new TileLayout(new byte[] {1, 2, 3, 4}).chipValues(null));
    double[] pr = new double[TILE * TILE];
    double[] pi = new double[TILE * TILE];
    for (int i = 0; i < pilot.length; i++) {
      pr[i] = pilot[i];
    }
    Fft.transform2d(pr, pi, TILE, false);
    double[] re = fold.clone();
    double[] im = new double[re.length];
    Fft.transform2d(re, im, TILE, false);
    for (int i = 0; i < re.length; i++) {
      double a = re[i] * pr[i] + im[i] * pi[i];
      double b = im[i] * pr[i] - re[i] * pi[i];
      re[i] = a;
      im[i] = b;
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

  @Test
  void chipResponses_anyShift_bitIdenticalToTheWrappedFloatKernelLoop() {
    float[] one = new float[TileLayout.CHIPS];
    one[0] = 1;
    float[] bump = TileRenderer.seen(one);
    int kr = 6;
    int kw = 2 * kr + 1;
    float[] kernel = new float[kw * kw];
    for (int dy = -kr; dy <= kr; dy++) {
      for (int dx = -kr; dx <= kr; dx++) {
        kernel[(dy + kr) * kw + dx + kr] =
            bump[Math.floorMod(dy, TILE) * TILE + Math.floorMod(dx, TILE)];
      }
    }
    SplittableRandom r = new SplittableRandom(13);
    double[] fold = new double[TILE * TILE];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = r.nextGaussian();
    }
    for (int[] shift :
        new int[][] {{0, 0}, {1, 127}, {5, 6}, {6, 5}, {7, 9}, {121, 122}, {127, 1}, {64, 3}}) {
      int sx = shift[0];
      int sy = shift[1];
      double[] want = new double[TileLayout.CHIPS];
      for (int c = 0; c < want.length; c++) {
        int cx = (c % TileLayout.GRID) * TileLayout.PITCH + sx;
        int cy = (c / TileLayout.GRID) * TileLayout.PITCH + sy;
        double v = 0;
        for (int dy = -kr; dy <= kr; dy++) {
          int row = ((cy + dy) & (TILE - 1)) * TILE;
          for (int dx = -kr; dx <= kr; dx++) {
            v += fold[row + ((cx + dx) & (TILE - 1))] * kernel[(dy + kr) * kw + kr + dx];
          }
        }
        want[c] = v;
      }
      assertArrayEquals(want, SYNC.chipResponses(fold, sx, sy), sx + "," + sy);
    }
  }
}
