package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * Geometric hypotheses scored by the pilot z-score of the folded plane: local refinement of a
 * lattice, and direct sweeps (angle at scale 1, scale at angle 0) for when the autocorrelation does
 * not show the lattice.
 */
final class GeometrySearch {
  private static final double SWEEP_DEGREES = 3;
  private static final double SWEEP_STEP = 0.25;
  private static final int SWEEP_REGION = 512;

  /** The scale sweep scores on at most this central square (planes up to it: the whole plane). */
  static final int SCALE_SWEEP_MAX_SIDE = 400;

  private static final double SCALE_MIN = 0.4;
  /** The scale sweep's upper end on copies too small to hold an enlarged tile. */
  static final double SCALE_MAX = 1.0;

  /**
   * The scale sweep's upper end on copies that may hold an enlarged tile ({@link TileScale#views}
   * has a binned view): past 1, a wide image's enlarged tile in a copy too small to be searched
   * binned, which a host's own structure can hide from the autocorrelation, shown 1600 px on the
   * long side (a 2688×1536 image's at 1.19 on the as-is plane) or cropped square to 1080×1080 (a
   * 3440×1440 image's at 1.5). Not on smaller copies: there it gains nothing, and on a 230-px
   * crop of a busy texture (grass, crop 90 % + 0.5× + JPEG 75) a false scale outscored the true.
   */
  static final double ENLARGED_SCALE_MAX = 1.6;
  private static final double SCALE_STEP = 1.008;

  /**
   * Sweep hypotheses that the binned scores pass on to a full-resolution evaluation. With 4 the
   * robustness evaluation's cells were the same as with every hypothesis evaluated in full (WebP,
   * JPEG 50, resizing, crops, rotation, screenshot, combination; 2 payloads per photograph); with
   * 2 one combination cell was lost.
   */
  static final int SWEEP_FINALISTS = 4;

  /** Refined geometries (best z first) among which decisiveness chooses. */
  static final int SHARPENED = 4;

  private GeometrySearch() {}

  /**
   * A geometric hypothesis: lattice {@code basis} {v1x, v1y, v2x, v2y}, the plane folded with it,
   * and the pilot's z-score at the best cyclic shift (sx, sy) of the fold.
   */
  record Hypothesis(double z, int sx, int sy, double[] basis, double[] fold) {
    double scale() {
      return Math.sqrt(Math.abs(basis[0] * basis[3] - basis[2] * basis[1])) / TILE;
    }
  }

  static Hypothesis evaluate(float[] wh, int w, int h, double[] basis, TileSync sync) {
    double[] fold = TileFolder.fold(wh, w, h, basis);
    double[] s = sync.synchronise(fold);
    return new Hypothesis(s[0], (int) s[1], (int) s[2], basis, fold);
  }

  /**
   * {@link #evaluate(float[], int, int, double[], TileSync)} of each basis on {@code planes.get(i)}
   * (in order), the folds synchronised two to a transform ({@link TileSync#synchronise(List)}).
   */
  static List<Hypothesis> evaluate(
      List<float[]> planes, int w, int h, List<double[]> bases, TileSync sync) {
    List<double[]> folds = new ArrayList<>(bases.size());
    for (int i = 0; i < bases.size(); i++) {
      folds.add(TileFolder.fold(planes.get(i), w, h, bases.get(i)));
    }
    double[][] s = sync.synchronise(folds);
    List<Hypothesis> out = new ArrayList<>(bases.size());
    for (int i = 0; i < bases.size(); i++) {
      out.add(new Hypothesis(s[i][0], (int) s[i][1], (int) s[i][2], bases.get(i), folds.get(i)));
    }
    return out;
  }

  /** Every basis evaluated on the one plane {@code wh}, in order. */
  static List<Hypothesis> evaluate(
      float[] wh, int w, int h, List<double[]> bases, TileSync sync) {
    return evaluate(Collections.nCopies(bases.size(), wh), w, h, bases, sync);
  }

  /**
   * Coordinate search over scale (0.4 % steps, ±1.2 % on planes of 800 px and more, up to ±4 % on
   * small planes whose autocorrelation holds few periods) then angle (±0.4°) for the highest pilot
   * score; of the {@value #SHARPENED} best-scoring geometries seen, the one whose coded bits read
   * most decisively at its pilot's peak ({@link TileSync#decisivenessAt}) is returned. Near the
   * true geometry the pilot's z is flat within its noise (on small recompressed copies the top z
   * can sit 0.4 % or 0.2° off, where the payload no longer decodes), while decisiveness peaks
   * there. It looks at no CRC, so this adds no decoding trial.
   *
   * <p>From scale {@value #BINNED_MIN_SCALE} up, on planes of more than {@value #SMALL_PLANE}
   * pixels, the candidates are scored on the plane binned 2×2 and folded at half scale ({@link
   * TileSync#scores}, as the sweeps rank), and only the finalists are folded in full. Below that
   * scale the mark's band reaches past what binning keeps (at scale 0.5 it ends at the binned
   * plane's Nyquist frequency, and the crop + 0.5× + JPEG 75 evaluation lost three of 46 cells);
   * on a small plane the binned score is too noisy to rank by (256-px photographs' 0.75× copies
   * were missed a step off) and a fold costs little. There every candidate is evaluated in full
   * and scored by its z.
   */
  static Hypothesis refine(float[] wh, int w, int h, Hypothesis start, TileSync sync) {
    Candidates seen = new Candidates(wh, w, h, start, sync);
    double[] base = start.basis();
    int span = Math.max(3, Math.min(10, 2400 / Math.min(w, h)));
    List<double[]> scaled = new ArrayList<>();
    for (int k = -span; k <= span; k++) {
      if (k != 0) {
        scaled.add(transform(base, 1 + 0.004 * k, 0));
      }
    }
    seen.score(scaled);
    base = seen.best();
    List<double[]> turned = new ArrayList<>();
    for (int k = -2; k <= 2; k++) {
      if (k != 0) {
        turned.add(transform(base, 1, Math.toRadians(0.2 * k)));
      }
    }
    seen.score(turned);
    return mostDecisive(seen.finalists(SHARPENED), sync);
  }

  /** Scale from which {@link #refine} ranks its candidates on the binned plane. */
  static final double BINNED_MIN_SCALE = 0.7;

  /**
   * Pixels up to which {@link #refine} evaluates every candidate in full (2¹⁷: a 256×512 plane;
   * its 20-odd folds cost about as much as three of a 1024² region).
   */
  static final int SMALL_PLANE = 1 << 17;

  /**
   * The geometries one refinement has seen, in order, with their scores: binned scores from
   * {@value #BINNED_MIN_SCALE} up, full z below, where each full evaluation is kept for the end.
   */
  private static final class Candidates {
    private final float[] wh;
    private final int w;
    private final int h;
    private final TileSync sync;
    private final Binned half;
    private final List<double[]> bases = new ArrayList<>();
    private final List<Hypothesis> full = new ArrayList<>();
    private double[] score = {};

    Candidates(float[] wh, int w, int h, Hypothesis start, TileSync sync) {
      this.wh = wh;
      this.w = w;
      this.h = h;
      this.sync = sync;
      this.half =
          start.scale() >= BINNED_MIN_SCALE && (long) w * h > SMALL_PLANE
              ? Binned.of(wh, w, h)
              : null;
      bases.add(start.basis());
      full.add(start);
    }

    /** Scores {@code more} after those seen (the start, on the first call, scored with them). */
    void score(List<double[]> more) {
      // The start is scored with the first batch, so that a binned score shares its transform.
      boolean first = score.length == 0;
      double[] sc;
      if (half == null) {
        List<Hypothesis> evaluated = evaluate(wh, w, h, more, sync);
        full.addAll(evaluated);
        sc = evaluated.stream().mapToDouble(Hypothesis::z).toArray();
        if (first) {
          sc = DoubleStream.concat(DoubleStream.of(full.get(0).z()), Arrays.stream(sc)).toArray();
        }
      } else {
        List<double[]> batch = new ArrayList<>(more);
        if (first) {
          batch.add(0, bases.get(0));
        }
        sc = half.scores(batch, sync);
        full.addAll(Collections.nCopies(more.size(), null));
      }
      bases.addAll(more);
      int n = score.length;
      score = Arrays.copyOf(score, n + sc.length);
      System.arraycopy(sc, 0, score, n, sc.length);
    }

    /** The best-scoring basis so far (the earliest of equals). */
    double[] best() {
      return bases.get(topScores(score, 1).get(0));
    }

    /** The {@code k} best-scoring geometries, best first, each evaluated in full. */
    List<Hypothesis> finalists(int k) {
      List<Integer> top = topScores(score, k);
      List<double[]> fresh = new ArrayList<>();
      for (int i : top) {
        if (full.get(i) == null) {
          fresh.add(bases.get(i));
        }
      }
      java.util.Iterator<Hypothesis> evaluated = evaluate(wh, w, h, fresh, sync).iterator();
      List<Hypothesis> out = new ArrayList<>();
      for (int i : top) {
        out.add(full.get(i) != null ? full.get(i) : evaluated.next());
      }
      return out;
    }
  }

  /** Indices of the {@code k} highest scores, best first (ties keep the earlier index first). */
  private static List<Integer> topScores(double[] score, int k) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(score[b], score[a]));
    return order.subList(0, Math.min(k, order.size()));
  }

  /**
   * A plane binned 2×2 (a quarter of the pixels), on which a basis at half scale folds to what the
   * full plane folds to once {@link TileSync#scores} has binned both. A plane under 2 px on a side
   * is kept whole and folded as it is.
   */
  private record Binned(float[] plane, int w, int h, boolean halved) {
    static Binned of(float[] wh, int w, int h) {
      int hw = w / 2;
      int hh = h / 2;
      if (hw < 1 || hh < 1) {
        return new Binned(wh, w, h, false);
      }
      float[] half = new float[hw * hh];
      for (int y = 0; y < hh; y++) {
        int a = 2 * y * w;
        int b = a + w;
        for (int x = 0; x < hw; x++) {
          half[y * hw + x] = wh[a + 2 * x] + wh[a + 2 * x + 1] + wh[b + 2 * x] + wh[b + 2 * x + 1];
        }
      }
      return new Binned(half, hw, hh, true);
    }

    /** {@link TileSync#scores} of each basis (given in full-plane pixels), in order. */
    double[] scores(List<double[]> bases, TileSync sync) {
      double[] score = new double[bases.size()];
      // Two at a time (one transform each pair), so no more than two folds are held.
      for (int i = 0; i < bases.size(); i += 2) {
        List<double[]> folds = new ArrayList<>(2);
        for (double[] b : bases.subList(i, Math.min(i + 2, bases.size()))) {
          folds.add(TileFolder.fold(plane, w, h, halved ? transform(b, 0.5, 0) : b));
        }
        double[] sc = sync.scores(folds);
        System.arraycopy(sc, 0, score, i, sc.length);
      }
      return score;
    }
  }

  /** Of the {@value #SHARPENED} highest-z hypotheses in {@code seen}, the most decisive. */
  private static Hypothesis mostDecisive(List<Hypothesis> seen, TileSync sync) {
    seen.sort((a, c) -> Double.compare(c.z(), a.z()));
    Hypothesis best = seen.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Hypothesis c : seen.subList(0, Math.min(SHARPENED, seen.size()))) {
      double score = sync.decisivenessAt(c.fold(), c.sx(), c.sy());
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  static double[] transform(double[] b, double scale, double angle) {
    double c = scale * Math.cos(angle);
    double s = scale * Math.sin(angle);
    return new double[] {
      c * b[0] - s * b[1], s * b[0] + c * b[1], c * b[2] - s * b[3], s * b[2] + c * b[3]
    };
  }

  /**
   * Unscaled tile turned by ±{@value #SWEEP_DEGREES}° in {@value #SWEEP_STEP}° steps, scored on the
   * central {@value #SWEEP_REGION}-px square (where that step moves no pixel by more than a chip
   * quarter); returns the best angle's evaluation on the whole plane, which at angle 0 is {@code
   * unturned} (the caller's evaluation of the unit tile on {@code wh}, not folded again).
   */
  static Hypothesis sweepAngle(float[] wh, int w, int h, Hypothesis unturned, TileSync sync) {
    int cw = Math.min(w, SWEEP_REGION);
    int ch = Math.min(h, SWEEP_REGION);
    float[] crop = centre(wh, w, h, cw, ch);
    double[] unit = {TILE, 0, 0, TILE};
    int steps = (int) Math.round(SWEEP_DEGREES / SWEEP_STEP);
    List<double[]> angles = new ArrayList<>();
    for (int k = -steps; k <= steps; k++) {
      angles.add(transform(unit, 1, Math.toRadians(k * SWEEP_STEP)));
    }
    int best = bestOfBinnedSweep(crop, cw, ch, angles, sync);
    return best == steps ? unturned : evaluate(wh, w, h, angles.get(best), sync);
  }

  /**
   * The index of the basis, of {@code bases} on the one plane {@code crop}, with the highest pilot
   * z among the {@value #SWEEP_FINALISTS} that score best ({@link TileSync#scores}) on the plane
   * binned 2×2 and folded at half scale: a quarter of the pixels to fold, for the same 64² grid
   * the scores of a full fold are taken on. Only the finalists are folded at full resolution.
   */
  private static int bestOfBinnedSweep(
      float[] crop, int cw, int ch, List<double[]> bases, TileSync sync) {
    double[] score = Binned.of(crop, cw, ch).scores(bases, sync);
    List<Integer> finalists = topScores(score, SWEEP_FINALISTS);
    List<double[]> chosen = new ArrayList<>();
    for (int i : finalists) {
      chosen.add(bases.get(i));
    }
    List<Hypothesis> full = evaluate(crop, cw, ch, chosen, sync);
    int best = 0;
    for (int k = 1; k < full.size(); k++) {
      best = full.get(k).z() > full.get(best).z() ? k : best;
    }
    return finalists.get(best);
  }

  /**
   * Unrotated tile at scales {@value #SCALE_MIN}..{@code max} in 0.8 % steps, as read and mirrored
   * left to right, scored on the central square of at most {@value #SCALE_SWEEP_MAX_SIDE} px
   * (where no pixel moves by more than a third of a pixel between steps); returns the best scale's
   * evaluation on the whole plane (its basis relabelled where the mirrored tile won).
   */
  static Hypothesis sweepScale(
      float[] y, int w, int h, Map<String, float[]> whitened, double max, TileSync sync) {
    int cw = Math.min(w, SCALE_SWEEP_MAX_SIDE);
    int ch = Math.min(h, SCALE_SWEEP_MAX_SIDE);
    boolean whole = cw == w && ch == h;
    // On a larger plane the crop is whitened on its own (a few filter radii differ at its edges):
    // the sweep passes through up to four filter sizes, and whitening them on the whole plane
    // would cost more than the sweep.
    float[] crop = centre(y, w, h, cw, ch);
    Map<String, float[]> cropWhitened = whole ? whitened : new HashMap<>();
    List<float[]> planes = new ArrayList<>();
    List<double[]> bases = new ArrayList<>();
    for (double s = SCALE_MIN; s <= max; s *= SCALE_STEP) {
      planes.add(whitenedFor(crop, cw, ch, cropWhitened, s));
      bases.add(new double[] {TILE * s, 0, 0, TILE * s});
    }
    Hypothesis best = bestOfSweep(planes, cw, ch, bases, sync).hypothesis;
    if (whole) {
      return best;
    }
    return evaluate(whitenedFor(y, w, h, whitened, best.scale()), w, h, best.basis(), sync);
  }

  /** A sweep's winner: its place in the sweep and its full evaluation on the swept plane. */
  private record Winner(int index, Hypothesis hypothesis) {}

  /**
   * Of {@code bases} (each on its plane), as read and mirrored left to right ({@link Orientation}
   * 1: a mirrored copy folds to the tile mirrored, and the sweeps find copies whose lattice the
   * autocorrelation hides, mirrored or not), the one with the highest pilot z among the {@value
   * #SWEEP_FINALISTS} that score best on folds binned 2×2 ({@link TileSync#mirrorScores}): every
   * basis is folded, two at a time, and only the finalists' folds are kept (so at most that many
   * and two more are held at once) and synchronised at full resolution.
   */
  private static Winner bestOfSweep(
      List<float[]> planes, int w, int h, List<double[]> bases, TileSync sync) {
    // Finalists so far, best score first: index (-1 - index when mirrored), score, fold as read.
    List<Integer> index = new ArrayList<>();
    List<Double> score = new ArrayList<>();
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < bases.size(); i += 2) {
      List<double[]> folds = new ArrayList<>(2);
      for (int j = i; j < Math.min(i + 2, bases.size()); j++) {
        folds.add(TileFolder.fold(planes.get(j), w, h, bases.get(j)));
      }
      double[][] sc = sync.mirrorScores(folds);
      for (int c = 0; c < 2 * sc.length; c++) {
        int k = c / 2;
        boolean mirrored = c % 2 == 1;
        double v = sc[k][c % 2];
        // After the finalists that score at least as well: ties keep the earlier candidate first.
        int at = 0;
        while (at < score.size() && score.get(at) >= v) {
          at++;
        }
        if (at < SWEEP_FINALISTS) {
          index.add(at, mirrored ? -1 - (i + k) : i + k);
          score.add(at, v);
          kept.add(at, folds.get(k));
          if (index.size() > SWEEP_FINALISTS) {
            index.remove(SWEEP_FINALISTS);
            score.remove(SWEEP_FINALISTS);
            kept.remove(SWEEP_FINALISTS);
          }
        }
      }
    }
    // The mirrored finalists' folds relabelled once, as their bases are below.
    for (int k = 0; k < kept.size(); k++) {
      if (index.get(k) < 0) {
        kept.set(k, Orientation.fold(kept.get(k), 1));
      }
    }
    double[][] s = sync.synchronise(kept);
    int best = 0;
    for (int k = 1; k < s.length; k++) {
      best = s[k][0] > s[best][0] ? k : best;
    }
    int i = index.get(best);
    double[] basis = i >= 0 ? bases.get(i) : Orientation.basis(bases.get(-1 - i), 1);
    Hypothesis winner =
        new Hypothesis(s[best][0], (int) s[best][1], (int) s[best][2], basis, kept.get(best));
    return new Winner(i >= 0 ? i : -1 - i, winner);
  }

  /** The central cw×ch square of a w×h plane ({@code plane} itself when that is all of it). */
  private static float[] centre(float[] plane, int w, int h, int cw, int ch) {
    if (cw == w && ch == h) {
      return plane;
    }
    float[] crop = new float[cw * ch];
    for (int r = 0; r < ch; r++) {
      System.arraycopy(plane, ((h - ch) / 2 + r) * w + (w - cw) / 2, crop, r * cw, cw);
    }
    return crop;
  }

  /** The plane whitened for a tile seen at {@code scale}, cached by filter radii. */
  static float[] whitenedFor(
      float[] y, int w, int h, Map<String, float[]> whitened, double scale) {
    int[] r = Whitener.radiiFor(scale);
    return whitened.computeIfAbsent(r[0] + "/" + r[1], k -> Whitener.whiten(y, w, h, r[0], r[1]));
  }
}
