package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection: luminance of the central region (at most {@value #REGION} px square); hypotheses are
 * the identity, up to {@value LatticeEstimator#MAX_LATTICES} lattices from the autocorrelation and
 * an unrotated copy of each near-axis one, each scored by scale-matched whitening, fold and pilot
 * synchronisation, the best {@value #REFINED} lattices refined ({@link GeometrySearch}). All are
 * Viterbi-decoded best z first, then, if none verified, one hypothesis from direct sweeps: at most
 * {@value #MAX_DECODES} decodes. A hypothesis is accepted only when its keyed CRC-24 verifies and
 * its z-score reaches {@link #Z_THRESHOLD}.
 */
public final class WatermarkDetector {
  static final int REGION = 1024;

  /** Lattices within about this angle (radians) of the axes also get an unrotated copy. */
  private static final double SNAP = Math.sin(Math.toRadians(5));

  /** Lattice hypotheses (best lattice score first) that get the fine scale/angle search. */
  private static final int REFINED = 3;

  /**
   * Most Viterbi decodes (each a CRC trial) per image, the multiple-testing factor: FPR ≤ 16 ×
   * 2⁻²⁴ ≈ 9.5e-7. Identity + 7 lattices + 7 unrotated copies + 1 sweep = 16.
   */
  public static final int MAX_DECODES = 16;

  /** Pilot z-score a detection must reach besides the CRC. */
  public static final double Z_THRESHOLD = 4.0;

  private WatermarkDetector() {}

  /**
   * Outcome; {@code payload} is meaningful only when {@code found}. {@code rawPayload} is the best
   * hypothesis's decode whether or not its CRC verified (for bit-accuracy statistics only).
   */
  public record Result(boolean found, long payload, double z, int corrected, long rawPayload) {}

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
      double[] e = GeometrySearch.evaluate(wh, rw, rh, b, sync);
      evaluated.add(new double[] {e[0], e[1], e[2], e[3], e[4], e[5], e[6], r[0], r[1]});
    }
    // The identity stays as it is; the lattices with the best pilot response get the fine search.
    List<double[]> order = new ArrayList<>(evaluated.subList(1, evaluated.size()));
    order.sort((a, c) -> Double.compare(c[0], a[0]));
    order.add(0, evaluated.get(0));
    for (int i = 0; i < order.size(); i++) {
      double[] e = order.get(i);
      float[] wh = whitened.get((int) e[7] + "/" + (int) e[8]);
      double[] best = i >= 1 && i <= REFINED ? GeometrySearch.refine(wh, rw, rh, e, sync) : e;
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
        // Last trial: direct sweeps, for geometry the autocorrelation did not reveal.
        float[] wh = whitened.get("1/4");
        double[] swept = GeometrySearch.sweepAngle(wh, rw, rh, sync);
        float[] sweptPlane = wh;
        if (Math.min(rw, rh) <= GeometrySearch.SCALE_SWEEP_MAX_SIDE) {
          double[] scaled = GeometrySearch.sweepScale(y, rw, rh, whitened, sync);
          if (scaled[0] > swept[0]) {
            swept = scaled;
            sweptPlane = GeometrySearch.whitenedFor(y, rw, rh, whitened, swept[3] / TILE);
          }
        }
        swept = GeometrySearch.refine(sweptPlane, rw, rh, swept, sync);
        hy = swept;
        fold = TileFolder.fold(sweptPlane, rw, rh, java.util.Arrays.copyOfRange(swept, 3, 7));
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


}
