package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TileFolderTest {

  @Test
  void foldUnchanged_evenOddAndSmallSizes_bitIdenticalToTheGeneralFold() {
    Random random = new Random(3);
    double[] identity = {TILE, 0, 0, TILE};
    for (int[] size : new int[][] {{256, 256}, {1023, 777}, {130, 129}, {100, 60}, {1, 1}}) {
      int w = size[0];
      int h = size[1];
      float[] wh = new float[w * h];
      for (int i = 0; i < wh.length; i++) {
        wh[i] = (float) random.nextGaussian();
      }
      assertArrayEquals(
          TileFolder.foldAny(wh, w, h, identity),
          TileFolder.foldUnchanged(wh, w, h),
          w + "x" + h);
    }
  }

  @Test
  void fold_anyBasis_hasZeroMean() {
    float[] wh = new float[300 * 200];
    java.util.Arrays.fill(wh, 1f);
    for (double[] basis : new double[][] {{TILE, 0, 0, TILE}, {120, 10, -10, 120}}) {
      double sum = 0;
      for (double v : TileFolder.fold(wh, 300, 200, basis)) {
        sum += v;
      }
      assertEquals(0, sum, 1e-6);
    }
  }
}
