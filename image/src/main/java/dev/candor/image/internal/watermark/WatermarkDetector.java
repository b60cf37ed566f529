package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection: luminance of the central region (at most {@value #REGION} px square), lattice
 * hypotheses from the autocorrelation plus the identity, for each a scale-matched whitening, fold
 * and pilot synchronisation; then Viterbi decoding of the best {@value #MAX_DECODES} hypotheses by
 * z-score. A hypothesis is accepted only when its keyed CRC-24 verifies and its z-score reaches
 * {@link #Z_THRESHOLD}.
 */
public final class WatermarkDetector {
  static final int REGION = 1024;

  /** Lattices within about this angle (radians) of the axes also get an unrotated copy. */
  private static final double SNAP = Math.sin(Math.toRadians(5));

  private static final double SWEEP_DEGREES = 3;
  private static final double SWEEP_STEP = 0.25;
  private static final int SWEEP_REGION = 512;

  /** Lattice hypotheses (best lattice score first) that get the fine scale/angle search. */
  private static final int REFINED = 3;

  /** Most Viterbi decodes (each a CRC trial) per image: the multiple-testing factor. */
  public static final int MAX_DECODES = 16;

  /** Pilot z-score a detection must reach besides the CRC. */
  public static final double Z_THRESHOLD = 4.0;

  private WatermarkDetector() {}

  /**
   * Outcome; {@code payload} is meaningful only when {@code found}. {@code rawPayload} is the best
   * hypothesis's decode whether or not its CRC verified (for bit-accuracy statistics only).
   */
  public record Result(boolean found, long payload, double z, int corrected, long rawPayload) {}

  /** Returns {z, shiftX, shiftY, basis...}. */
  private static double[] evaluate(float[] wh, int w, int h, double[] basis, TileSync sync) {
    double[] s = sync.synchronise(TileFolder.fold(wh, w, h, basis));
    return new double[] {s[0], s[1], s[2], basis[0], basis[1], basis[2], basis[3]};
  }

  /**
   * Coordinate search over scale (0.4 % steps, ±1.2 % on planes of 800 px and more, up to ±4 % on
   * small planes whose autocorrelation holds few periods) then angle (±0.4°) for the highest pilot
   * z-score.
   */
  private static double[] refine(float[] wh, int w, int h, double[] start, TileSync sync) {
    double[] best = start;
    double[] base = java.util.Arrays.copyOfRange(start, 3, 7);
    int span = Math.max(3, Math.min(10, 2400 / Math.min(w, h)));
    for (int k = -span; k <= span; k++) {
      if (k != 0) {
        double[] c = evaluate(wh, w, h, transform(base, 1 + 0.004 * k, 0), sync);
        best = c[0] > best[0] ? c : best;
      }
    }
    base = java.util.Arrays.copyOfRange(best, 3, 7);
    double[] centre = best;
    for (int k = -2; k <= 2; k++) {
      if (k != 0) {
        double[] c = evaluate(wh, w, h, transform(base, 1, Math.toRadians(0.2 * k)), sync);
        best = c[0] > best[0] ? c : best;
      }
    }
    return best == centre && best == start ? start : best;
  }

  private static double[] transform(double[] b, double scale, double angle) {
    double c = scale * Math.cos(angle);
    double s = scale * Math.sin(angle);
    return new double[] {
      c * b[0] - s * b[1], s * b[0] + c * b[1], c * b[2] - s * b[3], s * b[2] + c * b[3]
    };
  }

  public static Result detect(BufferedImage img, byte[] seed) {
    int w = img.getWidth();
    int h = img.getHeight();
    int rw = Math.min(w, REGION);
    int rh = Math.min(h, REGION);
    float[] y = LumaPlane.read(img, (w - rw) / 2, (h - rh) / 2, rw, rh);
    TileLayout layout = new TileLayout(seed);
    TileSync sync = new TileSync(layout);
    List<double[]> bases = new ArrayList<>();
    bases.add(new double[] {TILE, 0, 0, TILE});
    for (double[] b : LatticeEstimator.estimate(y, rw, rh)) {
      bases.add(b);
      // Resizing attacks rarely rotate: the same period without the angle, which on small or
      // compressed images the autocorrelation peak gets only roughly.
      double period = Math.hypot(b[0], b[1]);
      if (Math.abs(b[1]) < SNAP * period) {
        bases.add(new double[] {period, 0, 0, period});
      }
    }
    Map<String, float[]> whitened = new HashMap<>();
    List<double[]> hyps = new ArrayList<>();
    List<double[]> folds = new ArrayList<>();
    List<double[]> evaluated = new ArrayList<>();
    for (double[] b : bases) {
      double scale = Math.sqrt(Math.abs(b[0] * b[3] - b[2] * b[1])) / TILE;
      int[] r = Whitener.radiiFor(scale);
      String radii = r[0] + "/" + r[1];
      float[] wh = whitened.computeIfAbsent(radii, k -> Whitener.whiten(y, rw, rh, r[0], r[1]));
      double[] e = evaluate(wh, rw, rh, b, sync);
      evaluated.add(new double[] {e[0], e[1], e[2], e[3], e[4], e[5], e[6], r[0], r[1]});
    }
    // The identity stays as it is; the lattices with the best pilot response get the fine search.
    List<double[]> order = new ArrayList<>(evaluated.subList(1, evaluated.size()));
    order.sort((a, c) -> Double.compare(c[0], a[0]));
    order.add(0, evaluated.get(0));
    for (int i = 0; i < order.size(); i++) {
      double[] e = order.get(i);
      float[] wh = whitened.get((int) e[7] + "/" + (int) e[8]);
      double[] best = i >= 1 && i <= REFINED ? refine(wh, rw, rh, e, sync) : e;
      hyps.add(new double[] {best[0], best[1], best[2], folds.size()});
      folds.add(TileFolder.fold(wh, rw, rh, java.util.Arrays.copyOfRange(best, 3, 7)));
    }
    hyps.sort((a, c) -> Double.compare(c[0], a[0]));
    double bestZ = hyps.get(0)[0];
    long raw = 0;
    int decodes = Math.min(MAX_DECODES - 1, hyps.size());
    for (int i = 0; i <= decodes; i++) {
      double[] hy;
      double[] fold;
      if (i < decodes) {
        hy = hyps.get(i);
        fold = folds.get((int) hy[3]);
      } else {
        // Last trial: a direct angle sweep, for rotations the autocorrelation did not reveal.
        float[] wh = whitened.get("1/4");
        double[] swept = refine(wh, rw, rh, sweepAngle(wh, rw, rh, sync), sync);
        hy = swept;
        fold = TileFolder.fold(wh, rw, rh, java.util.Arrays.copyOfRange(swept, 3, 7));
        bestZ = Math.max(bestZ, swept[0]);
      }
      PayloadCodec.Decoded d = PayloadCodec.decode(sync.softBits(fold, (int) hy[1], (int) hy[2]), layout.crcMask);
      if (i == 0) {
        raw = d.payload();
      }
      if (d.crcOk() && hy[0] >= Z_THRESHOLD) {
        return new Result(true, d.payload(), hy[0], d.corrected(), d.payload());
      }
    }
    return new Result(false, 0, bestZ, 0, raw);
  }

  /**
   * Unscaled tile turned by ±{@value #SWEEP_DEGREES}° in {@value #SWEEP_STEP}° steps, scored on the
   * central {@value #SWEEP_REGION}-px square (where that step moves no pixel by more than a chip
   * quarter); returns the best angle's evaluation on the whole plane.
   */
  private static double[] sweepAngle(float[] wh, int w, int h, TileSync sync) {
    int cw = Math.min(w, SWEEP_REGION);
    int ch = Math.min(h, SWEEP_REGION);
    float[] crop = new float[cw * ch];
    for (int r = 0; r < ch; r++) {
      System.arraycopy(wh, ((h - ch) / 2 + r) * w + (w - cw) / 2, crop, r * cw, cw);
    }
    double[] unit = {TILE, 0, 0, TILE};
    double bestZ = Double.NEGATIVE_INFINITY;
    double[] best = unit;
    int steps = (int) Math.round(SWEEP_DEGREES / SWEEP_STEP);
    for (int k = -steps; k <= steps; k++) {
      double[] b = transform(unit, 1, Math.toRadians(k * SWEEP_STEP));
      double z = evaluate(crop, cw, ch, b, sync)[0];
      if (z > bestZ) {
        bestZ = z;
        best = b;
      }
    }
    return evaluate(wh, w, h, best, sync);
  }
}
