package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkStrengthTest {
  private static final int W = 256;
  private static final int H = 256;

  @Test
  void budgetFor_interferenceUpToTheMark_staysAtBase() {
    assertEquals(MarkStrength.RMS_BUDGET, MarkStrength.budgetFor(0), 1e-6);
    assertEquals(MarkStrength.RMS_BUDGET, MarkStrength.budgetFor(1), 1e-6);
  }

  @Test
  void budgetFor_strongInterference_risesWithItButNeverBelow40dB() {
    assertEquals(MarkStrength.RMS_BUDGET * 1.2, MarkStrength.budgetFor(1.2), 1e-6);
    double capped = MarkStrength.budgetFor(10);
    assertEquals(MarkStrength.MAX_RMS_BUDGET, capped, 1e-6);
    // PSNR including the rounding of the marked pixels to integers.
    assertTrue(20 * Math.log10(255 / Math.sqrt(capped * capped + 1.0 / 12)) >= 40);
  }

  @Test
  void delta_raisedOnHalfFlatHalfTexture_flatHalfUnchangedTextureStronger() {
    float[] y = new float[W * H];
    Random rnd = new Random(7);
    for (int r = 0; r < H; r++) {
      for (int x = 0; x < W; x++) {
        y[r * W + x] = x < W / 2 ? 128 : (float) (128 + 40 * rnd.nextGaussian());
      }
    }
    MarkStrength base = new MarkStrength(y, W, H);
    MarkStrength raised = base.withInterference(3);
    float[] tile = tile(1);
    float[] before = base.delta(tile, 0, 0, W, H);
    float[] after = raised.delta(tile, 0, 0, W, H);
    double flatBefore = 0;
    double flatAfter = 0;
    double busyBefore = 0;
    double busyAfter = 0;
    for (int r = 0; r < H; r++) {
      for (int x = 0; x < W; x++) {
        int i = r * W + x;
        if (x < W / 2 - 4) {
          flatBefore += before[i] * before[i];
          flatAfter += after[i] * after[i];
          assertEquals(before[i], after[i], 1e-6, "flat pixel " + i);
        } else if (x > W / 2 + 4) {
          busyBefore += before[i] * before[i];
          busyAfter += after[i] * after[i];
        }
      }
    }
    assertEquals(flatBefore, flatAfter, 1e-6);
    assertTrue(busyAfter > 1.1 * busyBefore, busyAfter + " vs " + busyBefore);
    assertTrue(rms(after) <= MarkStrength.MAX_RMS_BUDGET + 1e-3);
  }

  @Test
  void delta_busyTextureRaised_moreRmsButWithinTheCap() {
    float[] y = new float[W * H];
    Random rnd = new Random(3);
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) (128 + 40 * rnd.nextGaussian());
    }
    MarkStrength base = new MarkStrength(y, W, H);
    float[] tile = tile(2);
    double before = rms(base.delta(tile, 0, 0, W, H));
    double after = rms(base.withInterference(5).delta(tile, 0, 0, W, H));
    assertEquals(MarkStrength.RMS_BUDGET, before, 0.01);
    assertEquals(MarkStrength.MAX_RMS_BUDGET, after, 0.01);
  }

  @Test
  void headroom_nearBlackOrWhite_shiftsInwardByWhatTheStrengthNeedsUpToTheFloor() {
    assertEquals(-0.8f, MarkStrength.headroom(255, 3), 1e-6);
    assertEquals(-0.5f, MarkStrength.headroom(255, 0.5f), 1e-6);
    assertEquals(0.8f, MarkStrength.headroom(0, 2), 1e-6);
    assertEquals(0.3f, MarkStrength.headroom(0.5f, 0.8f), 1e-6);
    assertEquals(-0.3f, MarkStrength.headroom(254.5f, 0.8f), 1e-5);
    assertEquals(0f, MarkStrength.headroom(128, 3));
    assertEquals(0f, MarkStrength.headroom(1, 0.8f));
    assertEquals(0f, MarkStrength.headroom(254, 0.8f));
    // Out of range (never so from an image): still at most the floor.
    assertEquals(0.8f, MarkStrength.headroom(-20, 3), 1e-6);
    assertEquals(-0.8f, MarkStrength.headroom(300, 3), 1e-6);
  }

  /**
   * The mark on a white plane at {@code amplitude}: asserts that under a quarter of the pixels
   * swing above white, and returns the mean change (the headroom shift).
   */
  private static double whitePlaneShift(double amplitude) {
    float[] y = new float[W * H];
    Arrays.fill(y, 255);
    float[] delta = new MarkStrength(y, W, H, amplitude).delta(tile(4), 0, 0, W, H);
    int above = 0;
    double mean = 0;
    for (float d : delta) {
      above += d > 0 ? 1 : 0;
      mean += d;
    }
    assertTrue(above < delta.length / 4, above + " of " + delta.length);
    return mean / delta.length;
  }

  @Test
  void delta_whitePlane_swingsBelowWhiteInsteadOfClippingHalf() {
    // The plain mark would cross 255 at half the pixels; shifted down by the floor, only where the
    // unit-RMS tile exceeds 1.
    assertEquals(-0.8, whitePlaneShift(1), 0.05);
  }

  @Test
  void withAmplitude_sameChangeAsAStrengthBuiltAtThatAmplitude() {
    // Rows near black and white differ between the amplitudes (0.8 against 1.2 grey levels).
    float[] y = host(1, W, H);
    for (int i = 0; i < W * H; i += 3) {
      y[i] = i % 2 == 0 ? 254.9f - (i % 7) * 0.1f : 0.3f + (i % 5) * 0.2f;
    }
    float[] tile = tile(9);
    MarkStrength base = new MarkStrength(y, W, H);
    for (double a : new double[] {1, 1.5, 2}) {
      assertArrayEquals(
          new MarkStrength(y, W, H, a).delta(tile, 0, 0, W, H),
          base.withAmplitude(a).delta(tile, 0, 0, W, H),
          "amplitude " + a);
    }
    assertThrows(IllegalArgumentException.class, () -> base.withAmplitude(0.5));
    assertThrows(IllegalArgumentException.class, () -> base.atBudget(2.2).withAmplitude(1.5));
  }

  @Test
  void delta_amplitude_multipliesEveryPixelsStrength() {
    float[] y = new float[W * H];
    Random rnd = new Random(3);
    for (int i = 0; i < y.length; i++) {
      // Half flat, half textured, none near black or white (no headroom shift).
      y[i] = (i % W) < W / 2 ? 100 : (float) (128 + 30 * rnd.nextGaussian());
      y[i] = Math.max(20, Math.min(235, y[i]));
    }
    float[] tile = tile(2);
    for (MarkStrength strong :
        new MarkStrength[] {
          new MarkStrength(y, W, H, 1.5),
          new MarkStrength(y, W, H, 1.5).atBudget(MarkStrength.MAX_RMS_BUDGET)
        }) {
      MarkStrength plain =
          strong.budget() == MarkStrength.RMS_BUDGET
              ? new MarkStrength(y, W, H)
              : new MarkStrength(y, W, H).atBudget(MarkStrength.MAX_RMS_BUDGET);
      float[] expected = plain.delta(tile, 0, 0, W, H);
      float[] got = strong.delta(tile, 0, 0, W, H);
      for (int i = 0; i < got.length; i++) {
        assertEquals(1.5 * expected[i], got[i], 1e-4 * (1 + Math.abs(expected[i])), "pixel " + i);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new MarkStrength(y, W, H, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new MarkStrength(y, W, H, Double.NaN));
  }

  @Test
  void delta_whitePlaneAtAmplitude_headroomScalesWithTheMark() {
    // The floor is 1.2 grey levels at 1.5 times: the swing around 253.8 stays below white as
    // the standard mark's does around 254.2.
    assertEquals(-1.2, whitePlaneShift(1.5), 0.05);
  }

  @Test
  void withInterference_flatImage_unchanged() {
    float[] y = new float[W * H];
    Arrays.fill(y, 90);
    MarkStrength base = new MarkStrength(y, W, H);
    float[] tile = tile(3);
    float[] raised = base.withInterference(5).delta(tile, 0, 0, W, H);
    assertArrayEquals(base.delta(tile, 0, 0, W, H), raised);
  }

  @Test
  void withInterference_atMostTheMark_sameStrength() {
    MarkStrength base = new MarkStrength(new float[W * H], W, H);
    assertSame(base, base.withInterference(0.9));
  }

  @Test
  void delta_anySizeFlatPhotoOrNoise_matchesThePlaneByPlaneReference() {
    int[][] sizes = {{1, 1}, {2, 5}, {3, 2}, {7, 4}, {37, 23}, {129, 130}, {300, 257}};
    for (int[] wh : sizes) {
      int w = wh[0];
      int h = wh[1];
      for (int kind = 0; kind < 3; kind++) {
        float[] y = host(kind, w, h);
        MarkStrength got = new MarkStrength(y, w, h);
        Reference want = new Reference(y, w, h);
        for (double rho : new double[] {1, 1.2, 5}) {
          float[] tile = TileRenderer.shaped(chips(kind + 11 * w));
          String at = w + "x" + h + " kind " + kind + " rho " + rho;
          float[] whole = got.withInterference(rho).delta(tile, 0, 0, w, h);
          float[] reference = want.delta(tile, MarkStrength.budgetFor(rho));
          for (int i = 0; i < whole.length; i++) {
            // Float sums where the reference takes double running sums: strengths agree to
            // about 1e-3 of a grey level.
            assertEquals(reference[i], whole[i], 2e-3 * (1 + Math.abs(reference[i])), at + " " + i);
          }
          int x0 = w / 3;
          int y0 = h / 4;
          float[] part = got.withInterference(rho).delta(tile, x0, y0, w - x0, h - y0);
          for (int r = 0; r < h - y0; r++) {
            for (int x = 0; x < w - x0; x++) {
              assertEquals(whole[(y0 + r) * w + x0 + x], part[r * (w - x0) + x], at);
            }
          }
        }
      }
    }
  }

  /** Flat grey (kind 0), a luma-like photo of gradients and edges (1), or uniform noise (2). */
  private static float[] host(int kind, int w, int h) {
    Random rnd = new Random(kind * 1000L + w * 7L + h);
    float[] y = new float[w * h];
    for (int r = 0; r < h; r++) {
      for (int x = 0; x < w; x++) {
        int red = rnd.nextInt(256);
        int green = rnd.nextInt(256);
        int blue = rnd.nextInt(256);
        if (kind == 0) {
          red = green = blue = 90;
        } else if (kind == 1) {
          int g = (x * 200 / Math.max(1, w) + (x > w / 2 && r < h / 2 ? 40 : 0)) & 0xff;
          red = Math.min(255, g + rnd.nextInt(5));
          green = Math.min(255, g + 20);
          blue = 255 - g;
        }
        y[r * w + x] = 0.299f * red + 0.587f * green + 0.114f * blue;
      }
    }
    return y;
  }

  /** Random ±1 chips, for a shaped tile. */
  private static float[] chips(long seed) {
    Random rnd = new Random(seed);
    float[] c = new float[TileLayout.CHIPS];
    for (int i = 0; i < c.length; i++) {
      c[i] = rnd.nextBoolean() ? 1 : -1;
    }
    return c;
  }

  /**
   * The strength map as first written, plane by plane: y², the 3×3 means of y and y², the clamped
   * deviation, its 5×5 mean, then per tile cell the floor and excess sums pixel by pixel.
   */
  private static final class Reference {
    private static final float MIN = 0.8f;
    private final float[] alpha;
    private final int w;
    private final int h;
    private final double[] ff = new double[TILE * TILE];
    private final double[] fe = new double[TILE * TILE];
    private final double[] ee = new double[TILE * TILE];

    Reference(float[] y, int w, int h) {
      this.w = w;
      this.h = h;
      float[] sq = new float[y.length];
      for (int i = 0; i < y.length; i++) {
        sq[i] = y[i] * y[i];
      }
      float[] m = BoxFilterTest.reference(y, w, h, 1);
      float[] m2 = BoxFilterTest.reference(sq, w, h, 1);
      float[] a = new float[y.length];
      for (int i = 0; i < a.length; i++) {
        float sd = (float) Math.sqrt(Math.max(0, m2[i] - m[i] * m[i]));
        a[i] = Math.max(MIN, Math.min(3.0f, 0.5f * sd));
      }
      alpha = BoxFilterTest.reference(a, w, h, 2);
      for (int r = 0; r < h; r++) {
        for (int x = 0; x < w; x++) {
          int p = (r % TILE) * TILE + (x & (TILE - 1));
          double e = alpha[r * w + x] - MIN;
          ff[p] += MIN * MIN;
          fe[p] += MIN * e;
          ee[p] += e * e;
        }
      }
    }

    float[] delta(float[] tile, double budget) {
      double aa = 0;
      double ab = 0;
      double bb = 0;
      for (int p = 0; p < tile.length; p++) {
        double t2 = (double) tile[p] * tile[p];
        aa += ff[p] * t2;
        ab += fe[p] * t2;
        bb += ee[p] * t2;
      }
      double base = (double) MarkStrength.RMS_BUDGET * MarkStrength.RMS_BUDGET * w * h;
      double floor = 1;
      double gain = 1;
      if (aa + 2 * ab + bb > base) {
        floor = gain = Math.sqrt(base / (aa + 2 * ab + bb));
      } else if (bb > 0) {
        gain = Math.min(2.0, excessGain(aa, ab, bb, 1, base));
      }
      if (budget > MarkStrength.RMS_BUDGET && bb > 0) {
        gain = Math.max(gain, Math.min(1, excessGain(aa, ab, bb, floor, budget * budget * w * h)));
      }
      float[] delta = new float[w * h];
      for (int r = 0; r < h; r++) {
        for (int x = 0; x < w; x++) {
          float a = (float) (floor * MIN + gain * (alpha[r * w + x] - MIN));
          delta[r * w + x] = a * tile[(r % TILE) * TILE + (x & (TILE - 1))];
        }
      }
      return delta;
    }

    private static double excessGain(double aa, double ab, double bb, double floor, double e) {
      double fab = floor * ab;
      return (-fab + Math.sqrt(Math.max(0, fab * fab - bb * (floor * floor * aa - e)))) / bb;
    }
  }

  private static float[] tile(long seed) {
    Random rnd = new Random(seed);
    float[] t = new float[TILE * TILE];
    for (int i = 0; i < t.length; i++) {
      t[i] = rnd.nextBoolean() ? 1 : -1;
    }
    return t;
  }

  private static double rms(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s / v.length);
  }
}
