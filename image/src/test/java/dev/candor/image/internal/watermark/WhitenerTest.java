package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WhitenerTest {

  @Test
  void whiten_rowByRow_bitIdenticalToThePlanePathWithoutEdgeTest() {
    SplittableRandom rnd = new SplittableRandom(8);
    int[][] sizes = {{1, 1}, {5, 3}, {64, 40}, {301, 127}};
    for (int[] size : sizes) {
      int w = size[0];
      int h = size[1];
      float[] y = new float[w * h];
      for (int i = 0; i < y.length; i++) {
        y[i] = (float) (rnd.nextDouble() * 255);
      }
      for (int[] radii : new int[][] {{1, 4}, {0, 2}, {1, 3}, {1, 6}}) {
        assertArrayEquals(
            Whitener.whiten(y, w, h, radii[0], radii[1], Float.POSITIVE_INFINITY),
            Whitener.whiten(y, w, h, radii[0], radii[1]),
            w + "x" + h + " radii " + radii[0] + "/" + radii[1]);
      }
    }
    float[] flat = new float[50 * 30]; // zero activity everywhere: nothing divides by zero
    assertArrayEquals(
        Whitener.whiten(flat, 50, 30, 1, 4, Float.POSITIVE_INFINITY),
        Whitener.whiten(flat, 50, 30, 1, 4));
  }
}
