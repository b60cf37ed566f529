package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import dev.candor.image.internal.watermark.GeometrySearch.Hypothesis;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection on the luminance of the central region (at most {@value #REGION} px square), and on
 * large copies also on the region binned 2×2 or 4×4 ({@link DetectorPlane}, {@link TileScale}),
 * where a tile embedded enlarged appears at its own size (searched from {@value
 * TileScale#VIEW_SIDE} px per unit of binning on the short side, or {@value
 * TileScale#VIEW_LONG_SIDE} on the long and {@value TileScale#VIEW_SHORT_SIDE} on the short; on
 * smaller copies, down to {@value TileScale#CROP_SIDE} px binned, read at the unchanged geometry
 * only, for crops). First the unchanged geometry (untouched, re-encoded or cropped copies) is
 * folded, synchronised and decoded on each plane, the binning an image of this size is embedded at
 * first; if that verifies, detection stops there. Otherwise, per searched plane, up to
 * {@value LatticeEstimator#MAX_LATTICES} lattices from the autocorrelation and an unrotated copy of
 * each near-axis one, each scored by scale-matched whitening, fold and pilot synchronisation, the
 * best {@value #REFINED} of all planes refined ({@link GeometrySearch}: the refined geometry is the
 * most decisive of the best few by z), all Viterbi-decoded best z first; then, if none verified,
 * one hypothesis from direct sweeps (angle at scale 1 on the plane of the binning a copy of this
 * size is embedded at, and scale unrotated on every searched plane, each scored on a central
 * square and the best refined). At most {@value #MAX_DECODES} CRC trials in all: one per decoded
 * hypothesis (one below {@link #Z_THRESHOLD} is not decoded, as it could not be accepted), and
 * those left over go to the best hypothesis's next most likely paths (list Viterbi), one trial
 * each. A hypothesis is accepted only when its z-score reaches {@link #Z_THRESHOLD} and its keyed
 * CRC-24 verifies.
 */
public final class WatermarkDetector {
  static final int REGION = 1024;

  /** Lattices within about this angle (radians) of the axes also get an unrotated copy. */
  private static final double SNAP = Math.sin(Math.toRadians(5));

  /**
   * Lattice hypotheses (best lattice score first) that get the fine scale/angle search. Two: a
   * third (one fine search, about 8 % of an unmarked detection's CPU) recovered no cell more in the
   * robustness evaluation (resize, screenshot, crop + downscale, rotate; two payloads each).
   */
  private static final int REFINED = 2;

  /**
   * Most CRC trials per image, the multiple-testing factor: FPR ≤ 16 × 2⁻²⁴ ≈ 9.5e-7. Identity + 7
   * lattices + 7 unrotated copies + 1 sweep = 16 decodes at most; a binned plane's identity takes
   * the place of the lowest-scoring lattice hypothesis, and trials the decodes leave go to list
   * decoding, so the total never exceeds this.
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

  private static final double[] IDENTITY = {TILE, 0, 0, TILE};

  /** A hypothesis's soft coded-bit values and their Viterbi decode. */
  private record Reading(float[] soft, PayloadCodec.Decoded decoded) {
    long payload() {
      return decoded.payload();
    }

    boolean crcOk() {
      return decoded.crcOk();
    }

    int corrected() {
      return decoded.corrected();
    }
  }

  private static Reading decode(Hypothesis hy, TileLayout layout, TileSync sync) {
    // The soft values at the sharpened shift, as read there (not read again).
    float[] soft = sync.sharpen(hy.fold(), hy.sx(), hy.sy()).soft();
    return new Reading(soft, PayloadCodec.decode(soft, layout.crcMask));
  }

  private static double scaleOf(double[] b) {
    return Math.sqrt(Math.abs(b[0] * b[3] - b[2] * b[1])) / TILE;
  }

  /**
   * The last trial: direct sweeps, for geometry the autocorrelation did not reveal: the angle at
   * scale 1 on plane {@code turned} (the binning a copy of this size is embedded at, where that
   * plane is searched: a rotation keeps the size), whose unchanged geometry is {@code identity},
   * and the scale unrotated on every searched plane, up to 1.6 where the copy has binned views (an
   * enlarged tile, which a host's own structure can hide from the autocorrelation, may show above
   * its 1× size, or shrunk on a binned plane); the best by z is refined on its plane.
   */
  private static Hypothesis sweep(
      List<DetectorPlane> planes, DetectorPlane turned, Hypothesis identity, TileSync sync) {
    Hypothesis best =
        GeometrySearch.sweepAngle(turned.whitened(1), turned.rw, turned.rh, identity, sync);
    DetectorPlane home = turned;
    double max =
        planes.size() > 1 ? GeometrySearch.ENLARGED_SCALE_MAX : GeometrySearch.SCALE_MAX;
    for (DetectorPlane p : planes) {
      if (p.searched) {
        Hypothesis scaled = GeometrySearch.sweepScale(p.y(), p.rw, p.rh, p.cache, max, sync);
        if (scaled.z() > best.z()) {
          best = scaled;
          home = p;
        }
      }
    }
    return GeometrySearch.refine(home.whitened(best.scale()), home.rw, home.rh, best, sync);
  }

  /** The lattice hypotheses of plane {@code p}, each noted in {@code home} as read on it. */
  private static List<Hypothesis> lattices(
      DetectorPlane p, TileSync sync, Map<Hypothesis, DetectorPlane> home) {
    List<double[]> bases = new ArrayList<>();
    for (double[] b : LatticeEstimator.estimate(p.y(), p.rw, p.rh)) {
      bases.add(b);
      // Resizing attacks rarely rotate: the same period without the angle, which on small or
      // compressed images the autocorrelation peak gets only roughly.
      double period = Math.hypot(b[0], b[1]);
      if (Math.abs(b[1]) < SNAP * period) {
        bases.add(new double[] {period, 0, 0, period});
      }
    }
    List<float[]> planes = new ArrayList<>();
    for (double[] b : bases) {
      planes.add(p.whitened(scaleOf(b)));
    }
    List<Hypothesis> hyps = GeometrySearch.evaluate(planes, p.rw, p.rh, bases, sync);
    for (Hypothesis hy : hyps) {
      home.put(hy, p);
    }
    return hyps;
  }

  public static Result detect(BufferedImage img, byte[] seed) {
    TileLayout layout = new TileLayout(seed);
    TileSync sync = new TileSync(layout);
    List<DetectorPlane> planes = DetectorPlane.of(img);
    DetectorPlane asIs = planes.get(0);
    // Untouched, re-encoded or cropped copies keep the geometry: try that first, on every plane
    // (the binning an image of this size is embedded at first), and stop early. A crop keeps an
    // enlarged tile's period, so the binned planes of copies too small to be embedded enlarged
    // are read too.
    int embedded = TileScale.forEmbedding(img.getWidth(), img.getHeight());
    List<DetectorPlane> order = new ArrayList<>(planes);
    order.sort((a, c) -> Boolean.compare(c.bin == embedded, a.bin == embedded));
    DetectorPlane turned = order.get(0).searched ? order.get(0) : asIs;
    Hypothesis identity = null;
    Hypothesis best = null;
    Reading bestRead = null;
    int trials = 0;
    for (DetectorPlane p : order) {
      Hypothesis id = GeometrySearch.evaluate(p.whitened(1), p.rw, p.rh, IDENTITY, sync);
      identity = p == turned ? id : identity;
      // A hypothesis below the z threshold cannot be accepted, so it is not decoded (no trial).
      Reading r = id.z() >= Z_THRESHOLD ? decode(id, layout, sync) : null;
      trials += r != null ? 1 : 0;
      if (r != null && r.crcOk()) {
        return new Result(true, r.payload(), id.z(), r.corrected(), r.payload());
      }
      if (best == null || id.z() > best.z()) {
        best = id;
        bestRead = r;
      }
    }
    Map<Hypothesis, DetectorPlane> home = new IdentityHashMap<>();
    List<Hypothesis> hyps = new ArrayList<>();
    for (DetectorPlane p : planes) {
      if (p.searched) {
        hyps.addAll(lattices(p, sync, home));
      }
    }
    // The lattices with the best pilot response get the fine search.
    hyps.sort((a, c) -> Double.compare(c.z(), a.z()));
    for (int i = 0; i < Math.min(REFINED, hyps.size()); i++) {
      Hypothesis e = hyps.get(i);
      DetectorPlane p = home.get(e);
      Hypothesis refined = GeometrySearch.refine(p.whitened(e.scale()), p.rw, p.rh, e, sync);
      home.put(refined, p);
      hyps.set(i, refined);
    }
    hyps.sort((a, c) -> Double.compare(c.z(), a.z()));
    // Identities + lattices + one sweep hypothesis: at most MAX_DECODES decodes in all.
    int decodes = Math.min(MAX_DECODES - planes.size() - 1, hyps.size());
    for (int i = 0; i <= decodes; i++) {
      Hypothesis hy = i < decodes ? hyps.get(i) : sweep(planes, turned, identity, sync);
      Reading d = hy.z() >= Z_THRESHOLD ? decode(hy, layout, sync) : null;
      trials += d != null ? 1 : 0;
      if (hy.z() > best.z()) {
        best = hy;
        bestRead = d;
      }
      if (d != null && d.crcOk()) {
        return new Result(true, d.payload(), hy.z(), d.corrected(), d.payload());
      }
      if (d == null && i < decodes) {
        i = decodes - 1; // the remaining lattices score lower still: on to the sweep
      }
    }
    // Trials left over go to the best hypothesis's next most likely paths, one trial each.
    int left = MAX_DECODES - trials;
    if (left > 0 && best.z() >= Z_THRESHOLD) {
      // best was decoded (its z reaches the threshold): its soft values are at hand.
      List<PayloadCodec.Decoded> found =
          PayloadCodec.listDecode(bestRead.soft(), layout.crcMask, 1 + left);
      if (!found.isEmpty()) {
        PayloadCodec.Decoded d = found.get(0);
        return new Result(true, d.payload(), best.z(), d.corrected(), d.payload());
      }
    }
    // Only for the statistics rawPayload serves: the best hypothesis's reading, though not a trial.
    long raw = (bestRead != null ? bestRead : decode(best, layout, sync)).payload();
    return new Result(false, 0, best.z(), 0, raw);
  }
}
