package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * How strongly the tile is added at each pixel, and the luminance change that results. Strength
 * follows local texture (half the 3×3 standard deviation, smoothed over 5×5): its masking strength
 * α(x) is 0.8 grey levels on flat areas up to 3 on busy ones. On mostly flat images the unused
 * budget raises the textured part (up to twice); on busy ones everything is scaled down if needed
 * so the root-mean-square change stays at or below {@value #RMS_BUDGET} grey levels (PSNR ≥ 42 dB
 * before rounding). That is the base fit, and all there is for most photographs.
 *
 * <p>Interference-aware budget ({@link #withInterference}): when the host's own reading in the
 * detector, ρ (RMS of its per-chip statistic in units of the plain mark's), exceeds the mark, the
 * budget becomes {@value #RMS_BUDGET}·ρ grey levels RMS, at most {@value #MAX_RMS_BUDGET} (PSNR ≥
 * 40 dB after rounding). The extra goes to texture only: the flat part of every pixel's strength
 * stays as the base fit set it, and only the part above {@value #ALPHA_MIN} is raised, never beyond
 * the pixel's own α(x). A host interferes that much only through strong energy in the mark's band,
 * that is texture, so flat images and flat areas are not affected; and a budget the texture cannot
 * hide at α(x) is not reached.
 *
 * <p>Headroom: a pixel within {@value #ALPHA_MIN} grey levels of black or white (a white page, a
 * blown highlight, a black background) would lose the half of the mark's swing that crosses the
 * limit, the linear part the detector reads falling to about half. Such a pixel is first moved
 * inward by what its strength needs, at most {@value #ALPHA_MIN} grey levels: over a saturated
 * area that is a uniform shift (an off-white of 254.2 instead of 255), which the detector's band-
 * pass removes and the eye does not see, and the mark then swings around it. On rendered text
 * pages (black on white, 1200×800, 16 px type) this took the failed attacks from 27 to 15 of 34 at
 * the same PSNR (42.7 dB); on the evaluation's photographs nothing changed but a few hundredths of
 * a dB of PSNR where they have saturated areas.
 *
 * <p>Amplitude: every pixel's strength, as fitted above, is finally multiplied by a factor ({@link
 * #MarkStrength(float[], int, int, double)}; 1 by default), so a stronger setting raises the floor,
 * the texture's share, every budget and the headroom shift's cap alike, and PSNR falls by
 * 20·log₁₀ of it.
 */
final class MarkStrength {
  static final float RMS_BUDGET = 1.85f;

  /** 255 / √(2.5² + 1/12) = 101.4: PSNR 40.1 dB including rounding to integers. */
  static final float MAX_RMS_BUDGET = 2.5f;
  private static final float ALPHA_MIN = StrengthMap.MIN;
  private static final double MAX_BOOST = 2.0;

  private final int w;
  private final int h;
  private final float[] alpha;

  /** The host's luminance, for the headroom shift near black and white. */
  private final float[] host;

  /** Per row: whether any pixel lies within {@value #ALPHA_MIN} of black or white. */
  private final boolean[] nearLimit;

  private final double budget;

  /** The factor every pixel's fitted strength is multiplied by (1: the fit as documented). */
  private final double amplitude;

  /** The most a pixel near black or white is moved inward: {@value #ALPHA_MIN} × amplitude. */
  private final float headroomCap;

  /** Whether a raised budget is spread by the base rule (floor and texture) or on texture only. */
  private final boolean whole;

  /**
   * Per tile position, over the image pixels the tile lands on there: Σ floor², Σ floor·excess and
   * Σ excess² (the excess being the strength above {@link #ALPHA_MIN}), so the budget for any tile
   * is fitted in O(tile) rather than O(image).
   */
  private final double[] ff;

  private final double[] fe;
  private final double[] ee;

  MarkStrength(float[] y, int w, int h) {
    this(y, w, h, 1);
  }

  /**
   * As {@link #MarkStrength(float[], int, int)}, with every pixel's strength multiplied by {@code
   * amplitude} (at least 1) after the fit.
   */
  MarkStrength(float[] y, int w, int h, double amplitude) {
    if (!(amplitude >= 1)) {
      throw new IllegalArgumentException("amplitude must be at least 1: " + amplitude);
    }
    this.amplitude = amplitude;
    this.headroomCap = (float) (ALPHA_MIN * amplitude);
    this.w = w;
    this.h = h;
    this.budget = RMS_BUDGET;
    this.whole = false;
    this.host = y;
    this.nearLimit = new boolean[h];
    this.ff = new double[TILE * TILE];
    this.fe = new double[TILE * TILE];
    this.ee = new double[TILE * TILE];
    this.alpha = StrengthMap.deviation(y, w, h);
    StrengthMap.smooth(alpha, y, w, h, fe, ee, nearLimit, headroomCap);
    // Σ floor² over a cell is its pixel count times floor²: each partial sum k·floor² (a float
    // times a whole number below 2^29) is exact in double, so the running sum would give the same.
    for (int p = 0; p < TILE * TILE; p++) {
      ff[p] = (double) hits(p / TILE, h) * hits(p % TILE, w) * (ALPHA_MIN * ALPHA_MIN);
    }
  }

  /**
   * This base strength (as constructed) at another {@code amplitude} (at least 1): the same as
   * {@code new MarkStrength(y, w, h, amplitude)}, the strength map shared instead of computed again
   * (only which rows come near black or white depends on the amplitude).
   */
  MarkStrength withAmplitude(double amplitude) {
    if (!(amplitude >= 1) || budget != RMS_BUDGET || whole) {
      throw new IllegalArgumentException("a base strength at an amplitude of at least 1");
    }
    float cap = (float) (ALPHA_MIN * amplitude);
    boolean[] limits = new boolean[h];
    for (int r = 0; r < h; r++) {
      limits[r] = StrengthMap.nearLimit(host, r * w, w, cap);
    }
    return new MarkStrength(this, RMS_BUDGET, false, amplitude, limits);
  }

  /** How many of 0 .. n − 1 are {@code i} modulo TILE. */
  private static int hits(int i, int n) {
    return i < n ? (n - 1 - i) / TILE + 1 : 0;
  }

  /** {@code base}'s strength map at another budget, spreading rule or amplitude. */
  private MarkStrength(
      MarkStrength base, double budget, boolean whole, double amplitude, boolean[] nearLimit) {
    this.whole = whole;
    this.amplitude = amplitude;
    this.headroomCap = (float) (ALPHA_MIN * amplitude);
    this.w = base.w;
    this.h = base.h;
    this.alpha = base.alpha;
    this.host = base.host;
    this.nearLimit = nearLimit;
    this.budget = budget;
    this.ff = base.ff;
    this.fe = base.fe;
    this.ee = base.ee;
  }

  /**
   * The RMS budget, in grey levels, for a host whose interference is {@code rho} times the plain
   * mark's: {@value #RMS_BUDGET}·max(1, ρ), at most {@value #MAX_RMS_BUDGET}.
   */
  static double budgetFor(double rho) {
    return Math.min(MAX_RMS_BUDGET, RMS_BUDGET * Math.max(1, rho));
  }

  /** This strength with the budget for host interference {@code rho} (this one if not raised). */
  MarkStrength withInterference(double rho) {
    double b = budgetFor(rho);
    return b > budget ? new MarkStrength(this, b, false, amplitude, nearLimit) : this;
  }

  /**
   * This strength fitted to {@code b} grey levels RMS by the base rule instead of the base budget:
   * a busy image's uniform scale-down is relaxed (every pixel still at most its own α(x), so a
   * flat area at most the {@value #ALPHA_MIN} floor every flat image carries), and a mostly flat
   * image's texture boost grows, still at most {@value #MAX_BOOST} times. The caps that keep the
   * mark out of sight are the base fit's; only the total it may reach changes.
   */
  MarkStrength atBudget(double b) {
    return new MarkStrength(this, b, true, amplitude, nearLimit);
  }

  /** The RMS budget in grey levels this strength is fitted to. */
  double budget() {
    return budget;
  }

  /**
   * The luminance change for a unit-RMS {@code tile} on the rectangle (x0, y0, rw, rh) of the
   * image, row-major, fitted to the budget over the whole image.
   */
  float[] delta(float[] tile, int x0, int y0, int rw, int rh) {
    Fitted fit = fit(tile);
    float[] delta = new float[rw * rh];
    for (int r = 0; r < rh; r++) {
      fit.row(y0 + r, x0, rw, delta, r * rw);
    }
    return delta;
  }

  /** The change for a unit-RMS {@code tile}, fitted to the budget over the whole image. */
  Fitted fit(float[] tile) {
    double aa = 0;
    double ab = 0;
    double bb = 0;
    for (int p = 0; p < tile.length; p++) {
      double t2 = (double) tile[p] * tile[p];
      aa += ff[p] * t2;
      ab += fe[p] * t2;
      bb += ee[p] * t2;
    }
    double base = (whole ? budget * budget : (double) RMS_BUDGET * RMS_BUDGET) * w * h;
    double floor = 1;
    double gain = 1;
    if (aa + 2 * ab + bb > base) {
      floor = gain = Math.sqrt(base / (aa + 2 * ab + bb));
    } else if (bb > 0) {
      // Mostly flat image: spend the unused budget on textured areas only, up to MAX_BOOST times.
      gain = Math.min(MAX_BOOST, excessGain(aa, ab, bb, 1, base));
    }
    if (!whole && budget > RMS_BUDGET && bb > 0) {
      // Raised budget: the flat part keeps its base floor; the excess rises up to its own α(x).
      double raised = budget * budget * w * h;
      gain = Math.max(gain, Math.min(1, excessGain(aa, ab, bb, floor, raised)));
    }
    double energy = floor * floor * aa + 2 * floor * gain * ab + gain * gain * bb;
    return new Fitted(tile, floor, gain, Math.sqrt(energy / ((double) w * h)) * amplitude);
  }

  /**
   * One tile's fitted change, the headroom shift included ({@link #headroom}), a row at a time, so
   * no image-sized plane of it need exist.
   */
  final class Fitted implements LumaPlane.RowDelta {
    private final float[] tile;
    /** The flat part of every pixel's strength, in grey levels, the amplitude included. */
    private final double flat;

    /** The factor on every pixel's strength above the floor, the amplitude included. */
    private final double gain;

    /** The change's RMS in grey levels, before rounding and the headroom shift. */
    private final double rms;

    private Fitted(float[] tile, double floor, double gain, double rms) {
      this.tile = tile;
      this.rms = rms;
      this.flat = floor * ALPHA_MIN * amplitude;
      this.gain = gain * amplitude;
    }

    /** The RMS budget this change was fitted to. */
    double budget() {
      return budget;
    }

    /** The change's root-mean-square over the image, in grey levels (rounding and headroom aside). */
    double rms() {
      return rms;
    }

    /** The change at pixels (x0, y) to (x0 + n − 1, y) into {@code out[at, at + n)}. */
    void row(int y, int x0, int n, float[] out, int at) {
      int trow = (y % TILE) * TILE;
      int row = y * w + x0;
      // In runs along one tile row, so the tile is read at consecutive indices.
      for (int x = 0; x < n; ) {
        int t = (x0 + x) & (TILE - 1);
        int end = x + Math.min(n - x, TILE - t);
        int shift = trow + t - x;
        for (; x < end; x++) {
          float a = (float) (flat + gain * (alpha[row + x] - ALPHA_MIN));
          out[at + x] = a * tile[shift + x];
        }
      }
      if (nearLimit[y]) {
        // Only rows that reach within the floor of black or white (few, on photographs) pay this.
        for (int x = 0; x < n; x++) {
          float v = host[row + x];
          if (v < headroomCap || v > 255 - headroomCap) {
            float a = (float) (flat + gain * (alpha[row + x] - ALPHA_MIN));
            out[at + x] += headroom(v, a, headroomCap);
          }
        }
      }
    }

    @Override
    public void row(int y, float[] out) {
      row(y, 0, w, out, 0);
    }
  }

  /**
   * The shift that gives a pixel of luminance {@code y} room for a swing of {@code a} on both
   * sides, never more than {@value #ALPHA_MIN} grey levels either way (0 for every pixel that has
   * that room already).
   */
  static float headroom(float y, float a) {
    return headroom(y, a, ALPHA_MIN);
  }

  /** As {@link #headroom(float, float)}, never more than {@code cap} grey levels either way. */
  static float headroom(float y, float a, float cap) {
    float need = a < cap ? a : cap;
    return clamp(need - y, need) - clamp(y + need - 255f, need);
  }

  /** v limited to [0, max] (max ≥ 0; v is never NaN here). */
  private static float clamp(float v, float max) {
    return v < 0 ? 0f : (v > max ? max : v);
  }

  /** The gain k on the excess that makes floor²·aa + 2·floor·k·ab + k²·bb equal {@code energy}. */
  private static double excessGain(double aa, double ab, double bb, double floor, double energy) {
    double fab = floor * ab;
    return (-fab + Math.sqrt(Math.max(0, fab * fab - bb * (floor * floor * aa - energy)))) / bb;
  }
}
