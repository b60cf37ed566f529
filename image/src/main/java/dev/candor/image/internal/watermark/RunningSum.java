package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * Walks a running double sum u, u ⊕ m, (u ⊕ m) ⊕ m, ... (⊕ the IEEE double addition) in runs of
 * whole numbers, so that the tile cell {@code ((int) u) & (TILE − 1)} of each value comes out
 * exactly as the loop {@code out[x] = ((int) u) & (TILE − 1); u += m;} makes it, without that
 * loop's chain of dependent floating-point additions.
 *
 * <p>Why it is exact: while u stays in one binade [2^e, 2^(e+1)) it is a whole multiple U of that
 * binade's ulp q = 2^(e−52), and u ⊕ m is the multiple of q nearest to u + m, that is u + S·q with
 * S = rint(m / q), unless m / q lies exactly halfway between two integers (round-half-even then
 * depends on U's parity). So as long as every exact sum stays inside the binade (checked in whole
 * units of q, with a unit to spare for m's fraction) the values are U, U + S, U + 2S, ... units,
 * and ⌊u⌋ is that integer shifted right by 52 − e bits. At a binade's edge, on a tie, or outside
 * [1, 2^31) a run is one value long and the next value is made by the double addition itself.
 */
final class RunningSum {
  private static final int MASK = TILE - 1;
  private final double m;
  private double u;
  private boolean exact;

  /** The current run: value {@code i} of it is {@code (units + i·step) >>> shift} (truncated). */
  long units;

  long step;
  int shift;

  RunningSum(double m) {
    this.m = m;
  }

  /** Starts the walk again at {@code start}. */
  void reset(double start) {
    u = start;
  }

  /** Sets up the run from the current value; returns its length, from 1 to {@code max}. */
  int prepare(int max) {
    int e = Math.getExponent(u);
    double ratio = Math.scalb(m, 52 - e); // m / q, exact: a power-of-two scaling
    if (u > 0 && e >= 0 && e <= 30 && Math.abs(ratio) < 0x1p52) {
      double s = Math.rint(ratio);
      if (Math.abs(ratio - s) != 0.5) {
        long at = (long) Math.scalb(u, 52 - e); // u / q, a whole number in [2^52, 2^53)
        long by = (long) s;
        // Every exact sum at + j·by + m/q must stay in [2^52, 2^53), and |m/q − by| < 1.
        long room = m >= 0 ? (1L << 53) - 2 - at : at - (1L << 52) - 1;
        long run = room < 0 ? 0 : by == 0 ? max : room / Math.abs(by);
        if (run > 0) {
          exact = true;
          units = at;
          step = by;
          shift = 52 - e;
          return (int) Math.min(max, run);
        }
      }
    }
    // One value, made by the double loop's own arithmetic; (int) u keeps its low bits here too.
    exact = false;
    units = (int) u;
    step = 0;
    shift = 0;
    return 1;
  }

  /** Moves past {@code n} values of the prepared run. */
  void advance(int n) {
    if (exact) {
      u = Math.scalb((double) (units + n * step), -shift);
    } else {
      u += m;
    }
  }

  /** Writes the cells of the {@code n} values from {@code start} to {@code out[0, n)}. */
  static void cells(double start, double m, int n, int[] out) {
    RunningSum walk = new RunningSum(m);
    walk.reset(start);
    for (int x = 0; x < n; ) {
      int run = walk.prepare(n - x);
      long at = walk.units;
      for (int i = x; i < x + run; i++) {
        out[i] = (int) (at >>> walk.shift) & MASK;
        at += walk.step;
      }
      walk.advance(run);
      x += run;
    }
  }
}
