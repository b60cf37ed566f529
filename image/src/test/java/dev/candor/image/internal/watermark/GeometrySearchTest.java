package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.image.internal.watermark.GeometrySearch.Hypothesis;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeometrySearchTest {
  private static final TileLayout LAYOUT = new TileLayout(new byte[] {9, 8, 7, 6});
  private static final TileSync SYNC = new TileSync(LAYOUT);
  private static final double[] UNIT = {TILE, 0, 0, TILE};

  @Test
  void sweepAngle_unturnedMark_returnsTheCallersUnitEvaluation() {
    float[] y = marked(600, 500, 1, 0, 1);
    float[] wh = Whitener.whiten(y, 600, 500, 1, 4);
    Hypothesis unit = GeometrySearch.evaluate(wh, 600, 500, UNIT, SYNC);
    Hypothesis swept = GeometrySearch.sweepAngle(wh, 600, 500, unit, SYNC);
    assertSame(unit, swept);
    // what was folded again before: the same z and shift
    Hypothesis again =
        GeometrySearch.evaluate(wh, 600, 500, GeometrySearch.transform(UNIT, 1, 0), SYNC);
    assertEquals(again.z(), swept.z());
    assertArrayEquals(new int[] {again.sx(), again.sy()}, new int[] {swept.sx(), swept.sy()});
  }

  @Test
  void sweepAngle_turnedMark_evaluatesTheBestAngleOnTheWholePlane() {
    float[] y = marked(600, 500, 1, Math.toRadians(1.5), 2);
    float[] wh = Whitener.whiten(y, 600, 500, 1, 4);
    Hypothesis unit = GeometrySearch.evaluate(wh, 600, 500, UNIT, SYNC);
    Hypothesis swept = GeometrySearch.sweepAngle(wh, 600, 500, unit, SYNC);
    assertNotEquals(0, swept.basis()[1]);
    assertEquals(1.5, Math.toDegrees(Math.atan2(swept.basis()[1], swept.basis()[0])), 0.13);
    assertEquals(GeometrySearch.evaluate(wh, 600, 500, swept.basis(), SYNC).z(), swept.z());
    assertTrue(swept.z() > 8, "z " + swept.z());
  }

  @Test
  void sweepScale_scaledMarkOnALargerPlane_findsItsScaleWithinOneStep() {
    // Above 1 only with the enlarged tile's range: an enlarged tile in a copy not searched binned.
    for (double scale : new double[] {0.47, 0.62, 0.83, 1.19, 1.5}) {
      float[] y = marked(640, 560, scale, 0, 3);
      Map<String, float[]> whitened = new HashMap<>();
      Hypothesis found =
          GeometrySearch.sweepScale(
              y, 640, 560, whitened, GeometrySearch.ENLARGED_SCALE_MAX, SYNC);
      assertEquals(scale, found.scale(), 0.008 * scale, "scale " + scale);
      assertTrue(found.z() > 8, "z " + found.z() + " at " + scale);
      // the whole-plane evaluation at the found scale, on the plane whitened for it
      float[] wh = GeometrySearch.whitenedFor(y, 640, 560, whitened, found.scale());
      assertEquals(GeometrySearch.evaluate(wh, 640, 560, found.basis(), SYNC).z(), found.z());
    }
  }

  @Test
  void refine_startOffByASearchStep_returnsTheTrueGeometryEvaluatedInFull() {
    // 640×560 at 0.9: candidates ranked on the binned plane; at 0.55: below BINNED_MIN_SCALE,
    // all in full; 360×360 at 0.9: a small plane (under SMALL_PLANE pixels), all in full.
    int[][] sizes = {{640, 560}, {640, 560}, {360, 360}};
    double[] scales = {0.9, 0.55, 0.9};
    for (int k = 0; k < scales.length; k++) {
      int w = sizes[k][0];
      int h = sizes[k][1];
      double scale = scales[k];
      String what = w + "x" + h + " at " + scale;
      double angle = Math.toRadians(0.2);
      float[] y = marked(w, h, scale, angle, 4);
      float[] wh = GeometrySearch.whitenedFor(y, w, h, new HashMap<>(), scale);
      double[] off = GeometrySearch.transform(UNIT, scale * 1.008, 0);
      Hypothesis start = GeometrySearch.evaluate(wh, w, h, off, SYNC);
      Hypothesis found = GeometrySearch.refine(wh, w, h, start, SYNC);
      assertEquals(scale, found.scale(), 0.0021 * scale, "scale " + what);
      double turned = Math.atan2(found.basis()[1], found.basis()[0]);
      assertEquals(0.2, Math.toDegrees(turned), 0.11, "angle " + what);
      assertTrue(found.z() > start.z(), found.z() + " after " + start.z() + " " + what);
      // what is returned is a full evaluation, never a binned score (two folds sharing one
      // transform round differently from one alone)
      Hypothesis full = GeometrySearch.evaluate(wh, w, h, found.basis(), SYNC);
      assertEquals(full.z(), found.z(), 1e-9 * full.z());
      assertArrayEquals(new int[] {full.sx(), full.sy()}, new int[] {found.sx(), found.sy()});
    }
  }

  /** Grey noise with the coded tile added, seen at {@code scale} and turned by {@code angle}. */
  private static float[] marked(int w, int h, double scale, double angle, long seed) {
    float[] tile = TileRenderer.seen(LAYOUT.chipValues(PayloadCodec.encode(0xabcdefL, 0)));
    SplittableRandom r = new SplittableRandom(seed);
    float[] y = new float[w * h];
    double c = Math.cos(angle) / scale;
    double s = Math.sin(angle) / scale;
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        int u = (int) Math.floor(c * i + s * j) & (TILE - 1);
        int v = (int) Math.floor(-s * i + c * j) & (TILE - 1);
        y[j * w + i] = (float) (128 + 4 * tile[v * TILE + u] + 6 * r.nextGaussian());
      }
    }
    return y;
  }
}
