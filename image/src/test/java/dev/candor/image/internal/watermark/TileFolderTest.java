package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TileFolderTest {

  @Test
  void foldAny_identityAtEvenOddAndSmallSizes_thePerPixelLoopsSumsUpToFloatRounding() {
    Random random = new Random(3);
    double[] identity = {TILE, 0, 0, TILE};
    for (int[] size : new int[][] {{256, 256}, {1023, 777}, {130, 129}, {100, 60}, {1, 1}}) {
      int w = size[0];
      int h = size[1];
      float[] wh = new float[w * h];
      for (int i = 0; i < wh.length; i++) {
        wh[i] = (float) random.nextGaussian();
      }
      assertClose(
          perPixelFold(wh, w, h, identity), TileFolder.foldAny(wh, w, h, identity), w + "x" + h);
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

  @Test
  void foldAny_rotatedBasesBitIdenticalAndUnrotatedUpToFloatRounding_toThePerPixelLoop() {
    Random random = new Random(5);
    for (int[] size : new int[][] {{1024, 1024}, {517, 303}, {130, 129}, {64, 7}, {3, 2}}) {
      int w = size[0];
      int h = size[1];
      float[] wh = new float[w * h];
      for (int i = 0; i < wh.length; i++) {
        wh[i] = (float) random.nextGaussian();
      }
      double[][] bases = {
        {TILE, 0, 0, TILE},
        {TILE * 0.87, 0, 0, TILE * 0.87},
        {TILE * 1.013, 0.0, -0.0, TILE * 1.013},
        GeometrySearch.transform(new double[] {TILE, 0, 0, TILE}, 0.996, Math.toRadians(0.25)),
        GeometrySearch.transform(new double[] {TILE, 0, 0, TILE}, 1.3, Math.toRadians(-17)),
        {101.3, 7.9, -8.2, 99.6},
        {TILE * 0.5, 0, 3, TILE * 0.5}
      };
      for (double[] basis : bases) {
        String at = w + "x" + h + " " + java.util.Arrays.toString(basis);
        double[] want = perPixelFold(wh, w, h, basis);
        double[] got = TileFolder.foldAny(wh, w, h, basis);
        if (basis[1] == 0 && basis[2] == 0) {
          // Same cells; the rows of a cell row are added in float before the spread.
          assertClose(want, got, at);
        } else {
          assertArrayEquals(want, got, at);
        }
      }
    }
  }

  /**
   * Equal up to float rounding of partial sums (about 8 unit-variance values each here): fails
   * if any pixel landed in another cell, which moves a sum by about 1.
   */
  private static void assertClose(double[] want, double[] got, String at) {
    assertEquals(want.length, got.length, at);
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], 1e-4, at + " cell " + i);
    }
  }

  /** The fold as first written: one loop, each pixel's cell from running sums along its row. */
  private static double[] perPixelFold(float[] wh, int w, int h, double[] basis) {
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
    return sum;
  }
}
