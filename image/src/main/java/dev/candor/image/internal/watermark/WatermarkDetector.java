package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import dev.candor.image.internal.watermark.GeometrySearch.Hypothesis;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Detection on the luminance of the central region (at most {@value #REGION} px square), and on
 * large copies also on the region binned 2×2 or 4×4 ({@link DetectorPlane}, {@link TileScale}),
 * where a tile embedded enlarged appears at its own size (searched from {@value
 * TileScale#VIEW_SIDE} px per unit of binning on the short side, or {@value
 * TileScale#VIEW_LONG_SIDE} on the long and {@value TileScale#VIEW_SHORT_SIDE} on the short; on
 * smaller copies, down to {@value TileScale#CROP_SIDE} px binned, read at the unchanged geometry
 * only, for crops). First the unchanged geometry (untouched, re-encoded or cropped copies) is
 * folded, synchronised and decoded on each plane, the binning an image of this size is embedded at
 * first; if that verifies, detection stops there. Otherwise, per searched plane (and on the 2×2
 * plane of copies from {@value TileScale#LATTICE_SIDE}·2 px on the short side, whose geometry is
 * not otherwise searched: a small image enlarged 1.6 to 2.5 times, {@link
 * TileScale#latticesSearched}), up to {@value LatticeEstimator#MAX_LATTICES} lattices from the
 * autocorrelation and an unrotated copy of each near-axis one, each scored by scale-matched
 * whitening, fold and pilot synchronisation, the best {@value #REFINED} of all planes refined ({@link GeometrySearch}: the refined geometry is the
 * most decisive of the best few by z), all Viterbi-decoded best first; then, if none verified,
 * one hypothesis from direct sweeps (angle at scale 1 on the plane of the binning a copy of this
 * size is embedded at, and scale unrotated on every searched plane, each scored on a central
 * square and the best refined). Each identity and lattice hypothesis is also read in the tile's
 * seven other orientations ({@link #turned}): a mirrored or quarter-turned copy folds to the
 * tile mirrored or turned, and the lattice the autocorrelation shows cannot tell. The best of
 * them, where it clearly beats the hypothesis as read, is one more hypothesis, ranked (for
 * refinement, decoding order, the z threshold and list decoding) {@link #TURN_PRICE} below its
 * z, the price of choosing it from seven. The scale sweep scores each scale mirrored left to
 * right as well (a mirrored copy whose lattice the autocorrelation hides); the angle sweep reads
 * the mark's own orientation only. At
 * most {@value #MAX_DECODES} CRC trials in all: one per decoded hypothesis (one ranked below
 * {@link #Z_THRESHOLD} is not decoded, as it could not be accepted), and those left over go to
 * the best-ranked hypothesis's next most likely paths (list Viterbi), one trial each. A
 * hypothesis is accepted only when it ranks at {@link #Z_THRESHOLD} or above and its keyed CRC-24
 * verifies.
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
   * lattices + 7 unrotated copies + 1 sweep = 16 decodes; the identities decoded (each plane's,
   * and its other orientation where one stands out) are counted first, the lattice hypotheses
   * (with their other orientations) get what they leave but one, best z first, the sweep that one,
   * and list decoding whatever is left, so the total never exceeds this.
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

  /**
   * z by which another orientation of a hypothesis must outscore the hypothesis as it is to be
   * tried as well ({@link #turned}).
   */
  static final double TURN_MARGIN = 1.0;

  /**
   * z by which another orientation's hypothesis ranks below its z, for the z threshold too: the
   * best of seven orientations' 7·{@code TILE²} shifts, its z is raised by that choice, as the
   * highest of 7n Gaussian values exceeds that of n by about ln 7 / √(2 ln n) ≈ 0.45 at n =
   * {@code TILE²}. Ranked at its z, a noise peak in another orientation took the list decoding
   * that a 256-px gravel close-up, halved and enlarged back, needed at its own orientation; and
   * each such peak decoded spent a trial.
   */
  static final double TURN_PRICE = 0.5;

  /** Pilot z from which a hypothesis is taken in its own orientation (no noise peak reaches it). */
  static final double SURE = 8.0;

  /**
   * How much higher than the hypothesis as it is an orientation's binned pilot score ({@link
   * TileSync#scores}) must be for its full synchronisation to be worth reading.
   */
  static final double TURN_SCREEN = 0.5;

  /**
   * The same lattice as {@code hy} relabelled for another orientation ({@link Orientation}), or
   * null: the orientation whose pilot scores best on the folds binned 2×2, if that outscores
   * {@code hy} there by {@link #TURN_SCREEN} and its full pilot z beats {@code hy}'s by {@link
   * #TURN_MARGIN} (a mirrored or quarter-turned copy). It is another hypothesis, decoded in its
   * turn within the same {@value #MAX_DECODES} trials; {@code hy} keeps its own, so a copy in the
   * mark's orientation loses nothing to noise that happens to peak in another.
   */
  private static Hypothesis turned(Hypothesis hy, TileSync sync) {
    if (hy.z() >= SURE) {
      return null;
    }
    double[] score = sync.orientationScores(hy.fold());
    int best = 1;
    for (int o = 2; o < score.length; o++) {
      best = score[o] > score[best] ? o : best;
    }
    if (score[best] < score[0] + TURN_SCREEN) {
      return null;
    }
    double[] fold = Orientation.fold(hy.fold(), best);
    double[] s = sync.synchronise(fold);
    if (s[0] < hy.z() + TURN_MARGIN) {
      return null;
    }
    double[] basis = Orientation.basis(hy.basis(), best);
    return new Hypothesis(s[0], (int) s[1], (int) s[2], basis, fold);
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

  /**
   * The lattice hypotheses of plane {@code p}, each followed by its other orientation where one
   * stands out ({@link #turned}, noted in {@code others}), each noted in {@code home} as read on
   * it.
   */
  private static List<Hypothesis> lattices(
      DetectorPlane p, TileSync sync, Map<Hypothesis, DetectorPlane> home, Set<Hypothesis> others) {
    List<double[]> bases = new ArrayList<>();
    // On a plane searched for its lattices only, those of enlargements the copy as it is covers
    // are left out.
    double min = p.searched ? 0 : TileScale.LATTICE_MIN_SCALE;
    for (double[] b : LatticeEstimator.estimate(p.y(), p.rw, p.rh, min)) {
      bases.add(b);
      // Resizing attacks rarely rotate: the same period without the angle, which on small or
      // compressed images the autocorrelation peak gets only roughly.
      double period = Math.hypot(b[0], b[1]);
      if (Math.abs(b[1]) < SNAP * period) {
        bases.add(new double[] {period, 0, 0, Math.hypot(b[2], b[3])});
      }
    }
    List<float[]> planes = new ArrayList<>();
    for (double[] b : bases) {
      planes.add(p.whitened(scaleOf(b)));
    }
    List<Hypothesis> hyps = new ArrayList<>();
    for (Hypothesis hy : GeometrySearch.evaluate(planes, p.rw, p.rh, bases, sync)) {
      hyps.add(hy);
      Hypothesis other = turned(hy, sync);
      if (other != null) {
        hyps.add(other);
        others.add(other);
      }
    }
    for (Hypothesis hy : hyps) {
      home.put(hy, p);
    }
    return hyps;
  }

  /** {@link #detect(BufferedImage, byte[], boolean)} with the geometry searched. */
  public static Result detect(BufferedImage img, byte[] seed) {
    return detect(img, seed, true);
  }

  /**
   * Looks for the mark made with {@code seed}. With {@code search} false only the unchanged
   * geometry is read, on every plane, as read and in its other orientations (the first stage of
   * the full detection): copies re-encoded, cropped, filtered, recoloured or resized back to the
   * marked size, mirrored or quarter-turned, but not resized, rotated or shrunk copies; the trials
   * the identities leave go to list decoding, so the bound of {@value #MAX_DECODES} trials holds
   * either way.
   */
  public static Result detect(BufferedImage img, byte[] seed, boolean search) {
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
    // Other orientations' hypotheses (and their refinements), ranked and thresholded TURN_PRICE
    // lower: each is the best of seven orientations, so its z carries that selection.
    Set<Hypothesis> others = Collections.newSetFromMap(new IdentityHashMap<>());
    ToDoubleFunction<Hypothesis> rank = h -> others.contains(h) ? h.z() - TURN_PRICE : h.z();
    Comparator<Hypothesis> byRank = Comparator.comparingDouble(rank).reversed();
    Hypothesis best = null;
    Reading bestRead = null;
    int trials = 0;
    for (DetectorPlane p : order) {
      Hypothesis id = GeometrySearch.evaluate(p.whitened(1), p.rw, p.rh, IDENTITY, sync);
      identity = p == turned ? id : identity;
      // The copy as read first; its other orientations only if that does not verify.
      for (int k = 0; k < 2; k++) {
        Hypothesis hy = k == 0 ? id : turned(id, sync);
        if (hy == null) {
          break;
        }
        if (k == 1) {
          others.add(hy);
        }
        // A hypothesis below the z threshold cannot be accepted, so it is not decoded (no trial).
        Reading r = rank.applyAsDouble(hy) >= Z_THRESHOLD ? decode(hy, layout, sync) : null;
        trials += r != null ? 1 : 0;
        if (r != null && r.crcOk()) {
          return new Result(true, r.payload(), hy.z(), r.corrected(), r.payload());
        }
        if (best == null || rank.applyAsDouble(hy) > rank.applyAsDouble(best)) {
          best = hy;
          bestRead = r;
        }
      }
    }
    List<Hypothesis> hyps = new ArrayList<>();
    Map<Hypothesis, DetectorPlane> home = new IdentityHashMap<>();
    for (DetectorPlane p : search ? planes : List.<DetectorPlane>of()) {
      if (p.lattices) {
        hyps.addAll(lattices(p, sync, home, others));
      }
    }
    // The lattices with the best pilot response get the fine search.
    hyps.sort(byRank);
    for (int i = 0; i < Math.min(REFINED, hyps.size()); i++) {
      Hypothesis e = hyps.get(i);
      DetectorPlane p = home.get(e);
      Hypothesis refined = GeometrySearch.refine(p.whitened(e.scale()), p.rw, p.rh, e, sync);
      home.put(refined, p);
      if (others.contains(e)) {
        others.add(refined);
      }
      hyps.set(i, refined);
    }
    hyps.sort(byRank);
    // Best first, each that can be accepted decoded while the trials last, one kept for the
    // sweep's hypothesis: at most MAX_DECODES decodes in all.
    if (search) {
      hyps.add(null);
    }
    for (Hypothesis next : hyps) {
      Hypothesis hy = next != null ? next : sweep(planes, turned, identity, sync);
      boolean room = next == null || trials < MAX_DECODES - 1;
      Reading d = rank.applyAsDouble(hy) >= Z_THRESHOLD && room ? decode(hy, layout, sync) : null;
      trials += d != null ? 1 : 0;
      if (rank.applyAsDouble(hy) > rank.applyAsDouble(best)) {
        best = hy;
        bestRead = d;
      }
      if (d != null && d.crcOk()) {
        return new Result(true, d.payload(), hy.z(), d.corrected(), d.payload());
      }
    }
    // Trials left over go to the best hypothesis's next most likely paths, one trial each.
    int left = MAX_DECODES - trials;
    if (left > 0 && bestRead != null) {
      // best was decoded: its soft values are at hand.
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
