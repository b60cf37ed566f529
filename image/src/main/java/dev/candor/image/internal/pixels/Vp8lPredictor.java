package dev.candor.image.internal.pixels;

/**
 * The WebP lossless predictor transform (RFC 9649 §4.1): per block of 2^bits pixels square one of
 * 14 modes predicts each pixel from its left (L), top (T), top-left (TL) and top-right (TR)
 * neighbours, and the residual, channel by channel modulo 256, is what gets coded. The top-left
 * pixel is predicted as opaque black, the rest of the top row from L, the left column from T;
 * TR of a pixel in the last column is the first pixel of its own row. The encoder picks, per
 * block, the mode whose residuals are smallest in absolute value, judged on a quarter of its
 * pixels.
 */
final class Vp8lPredictor {
  static final int MODES = 14;
  private static final int BLACK = 0xff000000;

  private Vp8lPredictor() {}

  /** The modes chosen for {@code argb} (w×h) in blocks of 2^bits, one per block, row-major. */
  static int[] chooseModes(int[] argb, int w, int h, int bits) {
    int bw = blocks(w, bits);
    int bh = blocks(h, bits);
    int[] modes = new int[bw * bh];
    long[] cost = new long[MODES];
    for (int by = 0; by < bh; by++) {
      for (int bx = 0; bx < bw; bx++) {
        java.util.Arrays.fill(cost, 0);
        int y1 = Math.min(h, (by + 1) << bits);
        int x1 = Math.min(w, (bx + 1) << bits);
        // Every other pixel of every other row: a quarter of the work, the same choice nearly always.
        for (int y = Math.max(1, by << bits); y < y1; y += 2) {
          for (int x = Math.max(1, bx << bits); x < x1; x += 2) {
            addCosts(argb, y * w + x, w, cost);
          }
        }
        int best = 0;
        for (int m = 1; m < MODES; m++) {
          if (cost[m] < cost[best]) {
            best = m;
          }
        }
        modes[by * bw + bx] = best;
      }
    }
    return modes;
  }

  /** Adds each mode's residual magnitude at pixel {@code i} to {@code cost} (as {@link #predict}). */
  private static void addCosts(int[] p, int i, int w, long[] cost) {
    int px = p[i];
    int l = p[i - 1];
    int t = p[i - w];
    int tl = p[i - w - 1];
    int tr = p[i - w + 1];
    int lt = average(l, t);
    int ltl = average(l, tl);
    int ttr = average(t, tr);
    cost[0] += magnitude(sub(px, BLACK));
    cost[1] += magnitude(sub(px, l));
    cost[2] += magnitude(sub(px, t));
    cost[3] += magnitude(sub(px, tr));
    cost[4] += magnitude(sub(px, tl));
    cost[5] += magnitude(sub(px, average(average(l, tr), t)));
    cost[6] += magnitude(sub(px, ltl));
    cost[7] += magnitude(sub(px, lt));
    cost[8] += magnitude(sub(px, average(tl, t)));
    cost[9] += magnitude(sub(px, ttr));
    cost[10] += magnitude(sub(px, average(ltl, ttr)));
    cost[11] += magnitude(sub(px, select(l, t, tl)));
    cost[12] += magnitude(sub(px, clampAddSubtractFull(l, t, tl)));
    cost[13] += magnitude(sub(px, clampAddSubtractHalf(lt, tl)));
  }

  /** The residuals of {@code argb} under {@code modes} (from {@link #chooseModes}). */
  static int[] residuals(int[] argb, int w, int h, int bits, int[] modes) {
    int bw = blocks(w, bits);
    int[] out = new int[argb.length];
    out[0] = sub(argb[0], BLACK);
    for (int x = 1; x < w; x++) {
      out[x] = sub(argb[x], argb[x - 1]);
    }
    for (int y = 1; y < h; y++) {
      int row = y * w;
      out[row] = sub(argb[row], argb[row - w]);
      int modeRow = (y >> bits) * bw;
      for (int x = 1; x < w; x++) {
        int i = row + x;
        out[i] = sub(argb[i], predict(modes[modeRow + (x >> bits)], argb, i, w));
      }
    }
    return out;
  }

  static int blocks(int n, int bits) {
    return (n + (1 << bits) - 1) >> bits;
  }

  /** Mode {@code m}'s prediction of pixel {@code i} (not in the first row or column). */
  static int predict(int m, int[] p, int i, int w) {
    int l = p[i - 1];
    int t = p[i - w];
    switch (m) {
      case 0:
        return BLACK;
      case 1:
        return l;
      case 2:
        return t;
      case 3:
        return p[i - w + 1];
      case 4:
        return p[i - w - 1];
      case 5:
        return average(average(l, p[i - w + 1]), t);
      case 6:
        return average(l, p[i - w - 1]);
      case 7:
        return average(l, t);
      case 8:
        return average(p[i - w - 1], t);
      case 9:
        return average(t, p[i - w + 1]);
      case 10:
        return average(average(l, p[i - w - 1]), average(t, p[i - w + 1]));
      case 11:
        return select(l, t, p[i - w - 1]);
      case 12:
        return clampAddSubtractFull(l, t, p[i - w - 1]);
      case 13:
        return clampAddSubtractHalf(average(l, t), p[i - w - 1]);
      default:
        throw new IllegalArgumentException("predictor mode " + m);
    }
  }

  /** Per channel, (a + b) / 2 rounded down. */
  static int average(int a, int b) {
    return (((a ^ b) & 0xfefefefe) >>> 1) + (a & b);
  }

  /** L or T, whichever the gradient estimate L + T − TL is nearer in Manhattan distance. */
  static int select(int l, int t, int tl) {
    int pl = 0; // distance of the estimate from L: Σ|T − TL|
    int pt = 0; // from T: Σ|L − TL|
    for (int s = 0; s < 32; s += 8) {
      int c = (tl >>> s) & 0xff;
      pl += Math.abs(((t >>> s) & 0xff) - c);
      pt += Math.abs(((l >>> s) & 0xff) - c);
    }
    return pl < pt ? l : t;
  }

  static int clampAddSubtractFull(int a, int b, int c) {
    int out = 0;
    for (int s = 0; s < 32; s += 8) {
      int v = ((a >>> s) & 0xff) + ((b >>> s) & 0xff) - ((c >>> s) & 0xff);
      out |= clamp(v) << s;
    }
    return out;
  }

  static int clampAddSubtractHalf(int a, int b) {
    int out = 0;
    for (int s = 0; s < 32; s += 8) {
      int x = (a >>> s) & 0xff;
      out |= clamp(x + (x - ((b >>> s) & 0xff)) / 2) << s;
    }
    return out;
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }

  /** Per channel, (a − b) mod 256. */
  static int sub(int a, int b) {
    // Alpha and green, then red and blue, two channels per subtraction: the 0xff bytes between
    // them take the borrow.
    int ag = 0x00ff00ff + (a & 0xff00ff00) - (b & 0xff00ff00);
    int rb = 0xff00ff00 + (a & 0x00ff00ff) - (b & 0x00ff00ff);
    return (ag & 0xff00ff00) | (rb & 0x00ff00ff);
  }

  /** Σ over channels of the residual's distance from 0 (mod 256). */
  private static int magnitude(int r) {
    int sum = 0;
    for (int s = 0; s < 32; s += 8) {
      int v = (r >>> s) & 0xff;
      sum += Math.min(v, 256 - v);
    }
    return sum;
  }
}
