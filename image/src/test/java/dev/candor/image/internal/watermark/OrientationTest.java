package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OrientationTest {
  private static float[] noise(int w, int h, long seed) {
    Random r = new Random(seed);
    float[] p = new float[w * h];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) r.nextGaussian();
    }
    return p;
  }

  @Test
  void fold_withRelabelledBasis_isTheFoldWithItsCellsPermuted() {
    // An even-sized plane at the unit basis: tile coordinates are whole numbers, so no half rounds
    // either way, and every pixel lands in the permuted cell (sums equal up to float rounding).
    int w = 300;
    int h = 260;
    float[] plane = noise(w, h, 7);
    double[] unit = {TILE, 0, 0, TILE};
    double[] fold = TileFolder.fold(plane, w, h, unit);
    for (int o = 0; o < Orientation.COUNT; o++) {
      double[] relabelled = TileFolder.fold(plane, w, h, Orientation.basis(unit, o));
      assertArrayEquals(relabelled, Orientation.fold(fold, o), 1e-3, "orientation " + o);
    }
  }

  @Test
  void inverse_undoesTheRelabelling() {
    double[] fold = new double[TILE * TILE];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = i;
    }
    double[] basis = {120.5, 10.25, -10.25, 120.5};
    for (int o = 0; o < Orientation.COUNT; o++) {
      int back = Orientation.inverse(o);
      double[] there = Orientation.fold(fold, o);
      assertArrayEquals(fold, Orientation.fold(there, back), "orientation " + o);
      assertArrayEquals(basis, Orientation.basis(Orientation.basis(basis, o), back), 1e-12);
    }
  }

  @Test
  void mirrorScores_areTheScoresOfEachFoldAsReadAndMirrored() {
    TileSync sync = new TileSync(new TileLayout(new byte[] {4, 5, 6}));
    java.util.List<double[]> folds = new java.util.ArrayList<>();
    for (int k = 0; k < 3; k++) { // an odd count: the last fold shares no transform
      float[] plane = noise(200, 180, 11 + k);
      folds.add(TileFolder.fold(plane, 200, 180, new double[] {TILE * 0.9, 0, 0, TILE * 0.9}));
    }
    double[][] both = sync.mirrorScores(folds);
    double[] asRead = sync.scores(folds);
    for (int k = 0; k < folds.size(); k++) {
      assertEquals(asRead[k], both[k][0], 1e-9, "fold " + k + " as read");
      assertEquals(sync.orientationScores(folds.get(k))[1], both[k][1], 1e-9, "fold " + k);
    }
  }

  @Test
  void orientationScores_peakAtTheOrientationThatRestoresThePilot() {
    TileLayout layout = new TileLayout(new byte[] {1, 2, 3});
    TileSync sync = new TileSync(layout);
    float[] seen = TileRenderer.seen(layout.chipValues(null));
    double[] pilot = new double[seen.length];
    for (int i = 0; i < seen.length; i++) {
      pilot[i] = seen[i];
    }
    for (int o = 0; o < Orientation.COUNT; o++) {
      // A fold that relabelling by o turns back into the pilot.
      double[] fold = Orientation.fold(pilot, Orientation.inverse(o));
      double[] score = sync.orientationScores(fold);
      int best = 0;
      for (int k = 1; k < score.length; k++) {
        best = score[k] > score[best] ? k : best;
      }
      assertEquals(o, best, "orientation " + o);
      assertEquals(sync.scores(java.util.List.of(pilot))[0], score[o], 1e-6, "orientation " + o);
    }
  }
}
