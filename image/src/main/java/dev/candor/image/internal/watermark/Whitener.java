package dev.candor.image.internal.watermark;

/**
 * Suppresses the host image before correlation: a difference of box means (a band-pass tuned to the
 * chip pitch at the given scale; the detector's fine "mean" has radius 0, the pixel itself) divided
 * by the local mean absolute band-pass value plus a floor (so busy areas, where the host drowns the
 * mark, weigh less), scaled down once more where that activity is past what the mark's strength
 * follows ({@link #BUSY}), and clipped, so edges count no more than noise.
 */
final class Whitener {
  /**
   * The activity is the mean magnitude over a 7×7 window: in the robustness evaluation (2 payloads
   * per photograph, the attacks listed at {@link #radiiFor}; floor 0.5, pilot template whitened
   * 1/4) 9×9 failed 17 cells of 322, 7×7 and 5×5 15, 13×13 19.
   */
  private static final int ACTIVITY_RADIUS = 3;

  /**
   * Added to the activity before dividing, in grey levels: the band-pass keeps pixel-level detail,
   * whose magnitude on smooth areas is about one grey level of noise and JPEG error, so flat areas
   * are not amplified to the clip. Robustness evaluation (4 payloads per photograph, the attacks
   * listed at {@link #radiiFor}): 0.5 failed 35 cells of 644, 1.0 32; with 2 payloads 0.25 and 2.0
   * failed 17 of 322 where 1.0 failed 13.
   */
  private static final float ACTIVITY_FLOOR = 1.0f;

  /**
   * Activity (plus floor) beyond which a pixel weighs less, in grey levels: busy / activity as
   * much, on top of the division by the activity. The mark's strength stops growing with texture
   * at {@link StrengthMap#MAX} (3 grey levels, reached at a local deviation of 6, an activity of
   * about 5 here), while the host's band-pass keeps growing, so past that point the mark's share
   * of a pixel falls as 1 / activity, and the correlation's best weight (mark over host variance)
   * with it. Glyph edges on rendered text and busy textures gain most. Failed cells without it,
   * and with busy = 4, 5, 6 (3): the hardest attacks (WebP, JPEG 50, resize 0.75×, crops, rotation,
   * screenshot, the combination; 2 payloads per photograph, 368 cells) 13; 13, 10, 12; the whole
   * evaluation (391) 8; 6, 5, 6; the photographs shrunk to 256 px on the short side (391) 70; 60,
   * 59, 61 (62); rendered pages (170) 47; 36 at 5. The lattice estimate's whitening (with the
   * edge test) takes the same weights: the same cells in the first three sets, and two JPEG 50
   * page cells (pilot z 4.2) fewer, 38.
   */
  private static final float BUSY = 5f;

  private static final float CLIP = 2.5f;

  private Whitener() {}

  static float[] whiten(float[] y, int w, int h, int r1, int r2) {
    return whiten(y, w, h, r1, r2, new float[w * h], new float[w * h]);
  }

  /**
   * As {@link #whiten(float[], int, int, int, int)}, into {@code a} (returned), with {@code mag}
   * as scratch: both w×h, for callers whitening several planes of one size.
   */
  static float[] whiten(float[] y, int w, int h, int r1, int r2, float[] a, float[] mag) {
    // Without the edge test no image-wide mean is needed, so the activity and the division run
    // row by row too: no activity plane is written and read back.
    bandPass(y, w, h, r1, r2, a, mag);
    BoxFilter.Rows activity = new BoxFilter.Rows(mag, w, h, ACTIVITY_RADIUS);
    for (int r = 0; r < h; r++) {
      BoxFilter.nextNormalised(activity, a, r * w, ACTIVITY_FLOOR, BUSY, CLIP);
    }
    return a;
  }

  /**
   * As {@link #whiten(float[], int, int, int, int)}, but zero where the local activity exceeds
   * {@code edgeFactor} times its image mean: long straight edges (borders, the black corners left
   * by a rotation) would otherwise draw ridges through the autocorrelation.
   */
  static float[] whiten(float[] y, int w, int h, int r1, int r2, float edgeFactor) {
    float[] a = new float[w * h];
    float[] mag = new float[w * h];
    bandPass(y, w, h, r1, r2, a, mag);
    float[] act = BoxFilter.mean(mag, w, h, ACTIVITY_RADIUS);
    double meanAct = 0;
    for (float v : act) {
      meanAct += v;
    }
    float edge = (float) (edgeFactor * meanAct / act.length);
    for (int i = 0; i < a.length; i++) {
      a[i] = act[i] > edge ? 0 : normalised(a[i], act[i]);
    }
    return a;
  }

  /**
   * The band-pass (fine box mean minus coarse) into {@code a} and its magnitude into {@code mag},
   * the two means taken row by row in one pass over {@code y}.
   */
  private static void bandPass(
      float[] y, int w, int h, int r1, int r2, float[] a, float[] mag) {
    BoxFilter.Rows fine = new BoxFilter.Rows(y, w, h, r1);
    BoxFilter.Rows coarse = new BoxFilter.Rows(y, w, h, r2);
    for (int r = 0; r < h; r++) {
      BoxFilter.nextDifference(fine, coarse, a, mag, r * w);
    }
  }

  private static float normalised(float band, float activity) {
    float v = BoxFilter.weighed(band, activity + ACTIVITY_FLOOR, BUSY);
    // Comparisons pick the same float as Math.max(−CLIP, Math.min(CLIP, v)) for any v but NaN
    // (and v is never NaN: the divisor is at least the floor), ±0 included, without Math's NaN
    // and signed-zero handling.
    return v > CLIP ? CLIP : (v < -CLIP ? -CLIP : v);
  }

  /**
   * Whitening radii {r1, r2} for a tile seen at {@code scale} (1 = as embedded): the pixel itself
   * (r1 = 0) minus the (2·r2+1)² mean, r2 = 3 at scale 1 and 2 from scale 0.83 down. Keeping the
   * finest detail reads the mark best under every attack of the robustness evaluation, the lossy
   * ones included (2 payloads per photograph, against a 3×3 fine mean and r2 = 4 at scale 1: 20 →
   * 17 failed cells of 322 over WebP, JPEG 50, resizing, crops, rotation, screenshot and the
   * combination, and the lowest pilot z of a recovered copy higher under each of them).
   */
  static int[] radiiFor(double scale) {
    return new int[] {0, Math.max(2, (int) Math.round(3 * scale))};
  }

  /** Periodic version of the same band-pass (no clipping), for reference tiles. */
  static float[] whitenPeriodic(float[] t, int n, int r1, int r2) {
    float[] a = periodicMean(t, n, r1);
    float[] b = periodicMean(t, n, r2);
    for (int i = 0; i < a.length; i++) {
      a[i] -= b[i];
    }
    return a;
  }

  /**
   * The (2r+1)² box mean of an n×n periodic plane, separable: each output a float sum of its
   * window's values in window order (0 + first + second + ...), divided by 2r+1, first along rows,
   * then along columns. Sums run a window offset at a time over a whole row, so the loops are
   * contiguous; each value's sum still takes the same terms in the same order.
   */
  private static float[] periodicMean(float[] t, int n, int r) {
    float[] tmp = new float[n * n];
    float[] out = new float[n * n];
    float[] s = new float[n];
    int taps = 2 * r + 1;
    for (int y = 0; y < n; y++) {
      int row = y * n;
      java.util.Arrays.fill(s, 0);
      for (int k = -r; k <= r; k++) {
        // s[x] += t[row + (x + k) mod n], in up to two contiguous runs.
        int shift = Math.floorMod(k, n);
        int split = n - shift;
        for (int x = 0; x < split; x++) {
          s[x] += t[row + x + shift];
        }
        for (int x = split; x < n; x++) {
          s[x] += t[row + x + shift - n];
        }
      }
      for (int x = 0; x < n; x++) {
        tmp[row + x] = s[x] / taps;
      }
    }
    for (int y = 0; y < n; y++) {
      java.util.Arrays.fill(s, 0);
      for (int k = -r; k <= r; k++) {
        int from = Math.floorMod(y + k, n) * n;
        for (int x = 0; x < n; x++) {
          s[x] += tmp[from + x];
        }
      }
      for (int x = 0; x < n; x++) {
        out[y * n + x] = s[x] / taps;
      }
    }
    return out;
  }
}
