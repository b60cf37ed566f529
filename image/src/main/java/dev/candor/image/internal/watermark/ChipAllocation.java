package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.PayloadCodec.CODED_BITS;
import static dev.candor.image.internal.watermark.TileLayout.CHIPS;

import java.util.Arrays;

/**
 * Chip amplitudes for informed embedding (improved spread spectrum), in units of the plain ±1
 * chips; the energy (mean squared amplitude) is that of the plain chips.
 *
 * <p>Chips are grouped as the detector sums them: the ~3 chips of one coded bit, and all pilot
 * chips. Input is each chip's host margin: the host's statistic in the direction of the chip's
 * value, per unit of plain mark. The pilot gets a fixed amplitude {@value #PILOT} (its peak must
 * stand out of the host's correlation at every other shift, which no allocation cancels) plus what
 * cancels the host at its own shift. Each coded bit gets the amplitude that lifts its mean margin,
 * host plus mark, to a common target t, at least {@value #FLOOR}·t. Bits the host opposes so
 * strongly that lifting them all would not fit the energy are left at the floor, most expensive
 * first, at most {@value #WINDOW_ERRORS} within any {@value #WINDOW}·2+1 coded bits (the code
 * corrects scattered errors, not bursts); t is the largest that leaves at most {@value
 * #MAX_ABANDONED} behind, or failing that the largest from {@value #MIN_TARGET} down that fits.
 *
 * <p>Informed coding: the Viterbi decoder is run on the margins this predicts, less an attack's
 * share {@value #ATTACK}·t; bits on a wrong path are never left behind again, as long as that does
 * not push t below {@value #MIN_TARGET}.
 */
final class ChipAllocation {
  private static final double PILOT = 1.2;
  private static final double FLOOR = 0.3;
  private static final double MAX_AMPLITUDE = 3;
  private static final double MIN_TARGET = 0.4;
  private static final int MAX_ABANDONED = 12;
  private static final int WINDOW = 10;
  private static final int WINDOW_ERRORS = 2;
  private static final double ATTACK = 0.5;
  private static final int DECODER_ROUNDS = 12;
  private static final double STEP = 1.0 / 128;

  private final TileLayout layout;
  private final boolean[] coded;
  private final int[] count = new int[PayloadCodec.CODED_BITS];

  /** Coded bits the simulated decoder got wrong once: never left behind again. */
  private final boolean[] kept = new boolean[PayloadCodec.CODED_BITS];

  private int pilots;

  ChipAllocation(TileLayout layout, boolean[] coded) {
    this.layout = layout;
    this.coded = coded;
    for (int c = 0; c < CHIPS; c++) {
      int b = layout.chipBit[c];
      if (b < 0) {
        pilots++;
      } else {
        count[b]++;
      }
    }
  }

  /** {@code host}: per chip, the host margin in units of one plain chip's. */
  float[] amplitudes(double[] host) {
    double[] mean = new double[count.length];
    double pilotHost = 0;
    for (int c = 0; c < CHIPS; c++) {
      int b = layout.chipBit[c];
      if (b < 0) {
        pilotHost += host[c] / pilots;
      } else {
        mean[b] += host[c] / count[b];
      }
    }
    double pilotAmp = Math.min(MAX_AMPLITUDE, Math.max(FLOOR * PILOT, PILOT - pilotHost));
    double budget = CHIPS - pilots * pilotAmp * pilotAmp;
    double t = target(mean, budget);
    boolean[] left = new boolean[count.length];
    for (int round = 0; round < DECODER_ROUNDS; round++) {
      Arrays.fill(left, false);
      abandoned(mean, t, budget, left);
      if (!keepMisdecoded(mean, t, left, budget)) {
        break;
      }
      t = target(mean, budget);
    }
    float[] amp = new float[CHIPS];
    for (int c = 0; c < CHIPS; c++) {
      int b = layout.chipBit[c];
      amp[c] = (float) (b < 0 ? pilotAmp : left[b] ? FLOOR * t : lift(mean[b], t));
    }
    return amp;
  }

  /**
   * Runs the decoder on the predicted soft values; marks the coded bits of a wrong path as kept and
   * returns true, unless the path is right or keeping them would cost too much margin.
   */
  private boolean keepMisdecoded(double[] mean, double t, boolean[] left, double budget) {
    float[] soft = new float[count.length];
    for (int b = 0; b < count.length; b++) {
      double m = mean[b] + (left[b] ? FLOOR * t : lift(mean[b], t)) - ATTACK * t;
      soft[b] = (float) (count[b] * (coded[b] ? -m : m));
    }
    TileSync.clip(soft);
    boolean[] path = PayloadCodec.mostLikelyCoded(soft);
    boolean[] before = kept.clone();
    boolean wrong = false;
    for (int b = 0; b < count.length; b++) {
      if (path[b] != coded[b] && !kept[b]) {
        kept[b] = true;
        wrong = true;
      }
    }
    if (wrong && target(mean, budget) < MIN_TARGET) {
      System.arraycopy(before, 0, kept, 0, kept.length);
      return false;
    }
    return wrong;
  }

  /**
   * The largest target leaving at most {@link #MAX_ABANDONED} groups behind; failing that, the
   * largest from {@link #MIN_TARGET} down that fits at all.
   */
  private double target(double[] mean, double budget) {
    double t = largest(mean, budget, MAX_AMPLITUDE, MAX_ABANDONED);
    return t > 0 ? t : Math.max(STEP, largest(mean, budget, MIN_TARGET, CODED_BITS));
  }

  /**
   * Bisection for the largest target up to {@code hi} (to {@link #STEP}) that fits the budget
   * leaving at most {@code maxLeft} groups behind, or 0; both grow with the target.
   */
  private double largest(double[] mean, double budget, double hi, int maxLeft) {
    if (fits(mean, hi, budget, maxLeft)) {
      return hi;
    }
    double lo = 0;
    while (hi - lo > STEP) {
      double mid = (lo + hi) / 2;
      if (fits(mean, mid, budget, maxLeft)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean fits(double[] mean, double t, double budget, int maxLeft) {
    int k = abandoned(mean, t, budget, null);
    return k >= 0 && k <= maxLeft;
  }

  private static double lift(double hostMargin, double t) {
    return Math.min(MAX_AMPLITUDE, Math.max(FLOOR * t, t - hostMargin));
  }

  /**
   * How many groups must be left at the floor for target {@code t} to fit {@code budget} (-1 if it
   * cannot fit): the groups whose lift costs most above the floor go first, kept ones never, at
   * most {@link #WINDOW_ERRORS} near each other. Marks them in {@code left} if given.
   */
  private int abandoned(double[] mean, double t, double budget, boolean[] left) {
    int n = mean.length;
    double[] extra = new double[n];
    Integer[] order = new Integer[n];
    double total = 0;
    double floor2 = FLOOR * t * FLOOR * t;
    for (int b = 0; b < n; b++) {
      double a = lift(mean[b], t);
      extra[b] = kept[b] ? Double.NEGATIVE_INFINITY : count[b] * (a * a - floor2);
      total += count[b] * a * a;
      order[b] = b;
    }
    if (total <= budget) {
      return 0;
    }
    Arrays.sort(order, (p, q) -> Double.compare(extra[q], extra[p]));
    int[] near = new int[n];
    int k = 0;
    for (int i = 0; i < n && total > budget; i++) {
      int b = order[i];
      if (extra[b] == Double.NEGATIVE_INFINITY || near[b] >= WINDOW_ERRORS) {
        continue;
      }
      total -= extra[b];
      for (int j = Math.max(0, b - WINDOW); j <= Math.min(n - 1, b + WINDOW); j++) {
        near[j]++;
      }
      if (left != null) {
        left[b] = true;
      }
      k++;
    }
    return total > budget ? -1 : k;
  }
}
