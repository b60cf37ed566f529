package dev.candor.image.internal.pixels;

/**
 * The ten 4×4 luma prediction modes of VP8 key frames (RFC 6386 §12.3), numbered as the bitstream
 * numbers them (DC, TM, VE, HE, RD, VR, LD, VL, HD, HU), and their coding in the mode tree (§11.2)
 * with the probabilities the modes above and to the left select (§11.5).
 *
 * <p>Edges: {@code e} holds the top-left pixel X, then the row above, A–D, then the four above
 * and to the right, E–H; {@code l} the column to the left, I–L.
 */
final class Vp8Intra4 {
  static final int MODES = 10;
  static final int DC = 0;
  static final int TM = 1;
  static final int VE = 2;
  static final int HE = 3;
  static final int RD = 4;
  static final int VR = 5;
  static final int LD = 6;
  static final int VL = 7;
  static final int HD = 8;
  static final int HU = 9;

  private Vp8Intra4() {}

  /** The prediction of {@code mode} into {@code p} (16 values, row-major). */
  static void predict(int mode, int[] e, int[] l, int[] p) {
    int x = e[0];
    int a = e[1];
    int b = e[2];
    int c = e[3];
    int d = e[4];
    int ee = e[5];
    int f = e[6];
    int g = e[7];
    int hh = e[8];
    int i = l[0];
    int j = l[1];
    int k = l[2];
    int ll = l[3];
    switch (mode) {
      case DC: {
        int dc = (a + b + c + d + i + j + k + ll + 4) >> 3;
        java.util.Arrays.fill(p, 0, 16, dc);
        break;
      }
      case TM:
        for (int r = 0; r < 4; r++) {
          for (int q = 0; q < 4; q++) {
            p[r * 4 + q] = Vp8Transforms.clip(e[1 + q] + l[r] - x);
          }
        }
        break;
      case VE: {
        int v0 = avg3(x, a, b);
        int v1 = avg3(a, b, c);
        int v2 = avg3(b, c, d);
        int v3 = avg3(c, d, ee);
        for (int r = 0; r < 16; r += 4) {
          p[r] = v0;
          p[r + 1] = v1;
          p[r + 2] = v2;
          p[r + 3] = v3;
        }
        break;
      }
      case HE:
        java.util.Arrays.fill(p, 0, 4, avg3(x, i, j));
        java.util.Arrays.fill(p, 4, 8, avg3(i, j, k));
        java.util.Arrays.fill(p, 8, 12, avg3(j, k, ll));
        java.util.Arrays.fill(p, 12, 16, avg3(k, ll, ll));
        break;
      case RD:
        set(p, 0, 3, avg3(j, k, ll));
        set(p, avg3(i, j, k), 1, 3, 0, 2);
        set(p, avg3(x, i, j), 2, 3, 1, 2, 0, 1);
        set(p, avg3(a, x, i), 3, 3, 2, 2, 1, 1, 0, 0);
        set(p, avg3(b, a, x), 3, 2, 2, 1, 1, 0);
        set(p, avg3(c, b, a), 3, 1, 2, 0);
        set(p, 3, 0, avg3(d, c, b));
        break;
      case VR:
        set(p, avg2(x, a), 0, 0, 1, 2);
        set(p, avg2(a, b), 1, 0, 2, 2);
        set(p, avg2(b, c), 2, 0, 3, 2);
        set(p, 3, 0, avg2(c, d));
        set(p, 0, 3, avg3(k, j, i));
        set(p, 0, 2, avg3(j, i, x));
        set(p, avg3(i, x, a), 0, 1, 1, 3);
        set(p, avg3(x, a, b), 1, 1, 2, 3);
        set(p, avg3(a, b, c), 2, 1, 3, 3);
        set(p, 3, 1, avg3(b, c, d));
        break;
      case LD:
        set(p, 0, 0, avg3(a, b, c));
        set(p, avg3(b, c, d), 1, 0, 0, 1);
        set(p, avg3(c, d, ee), 2, 0, 1, 1, 0, 2);
        set(p, avg3(d, ee, f), 3, 0, 2, 1, 1, 2, 0, 3);
        set(p, avg3(ee, f, g), 3, 1, 2, 2, 1, 3);
        set(p, avg3(f, g, hh), 3, 2, 2, 3);
        set(p, 3, 3, avg3(g, hh, hh));
        break;
      case VL:
        set(p, 0, 0, avg2(a, b));
        set(p, avg2(b, c), 1, 0, 0, 2);
        set(p, avg2(c, d), 2, 0, 1, 2);
        set(p, avg2(d, ee), 3, 0, 2, 2);
        set(p, 0, 1, avg3(a, b, c));
        set(p, avg3(b, c, d), 1, 1, 0, 3);
        set(p, avg3(c, d, ee), 2, 1, 1, 3);
        set(p, avg3(d, ee, f), 3, 1, 2, 3);
        set(p, 3, 2, avg3(ee, f, g));
        set(p, 3, 3, avg3(f, g, hh));
        break;
      case HD:
        set(p, avg2(i, x), 0, 0, 2, 1);
        set(p, avg2(j, i), 0, 1, 2, 2);
        set(p, avg2(k, j), 0, 2, 2, 3);
        set(p, 0, 3, avg2(ll, k));
        set(p, 3, 0, avg3(a, b, c));
        set(p, 2, 0, avg3(x, a, b));
        set(p, avg3(i, x, a), 1, 0, 3, 1);
        set(p, avg3(j, i, x), 1, 1, 3, 2);
        set(p, avg3(k, j, i), 1, 2, 3, 3);
        set(p, 1, 3, avg3(ll, k, j));
        break;
      case HU:
        set(p, 0, 0, avg2(i, j));
        set(p, avg2(j, k), 2, 0, 0, 1);
        set(p, avg2(k, ll), 2, 1, 0, 2);
        set(p, 1, 0, avg3(i, j, k));
        set(p, avg3(j, k, ll), 3, 0, 1, 1);
        set(p, avg3(k, ll, ll), 3, 1, 1, 2);
        set(p, ll, 3, 2, 2, 2, 0, 3, 1, 3, 2, 3, 3, 3);
        break;
      default:
        throw new IllegalArgumentException("4×4 mode " + mode);
    }
  }

  /** p at (x, y) = v. */
  private static void set(int[] p, int x, int y, int v) {
    p[y * 4 + x] = v;
  }

  /** p = v at each (x, y) pair that follows. */
  private static void set(int[] p, int v, int... xy) {
    for (int n = 0; n < xy.length; n += 2) {
      p[xy[n + 1] * 4 + xy[n]] = v;
    }
  }

  private static int avg3(int a, int b, int c) {
    return (a + 2 * b + c + 2) >> 2;
  }

  private static int avg2(int a, int b) {
    return (a + b + 1) >> 1;
  }

  /** The tree's decisions for {@code mode}: pairs of (node, bit). */
  private static final int[][] PATH = {
    {0, 0}, // DC
    {0, 1, 1, 0}, // TM
    {0, 1, 1, 1, 2, 0}, // VE
    {0, 1, 1, 1, 2, 1, 3, 0, 4, 0}, // HE
    {0, 1, 1, 1, 2, 1, 3, 0, 4, 1, 5, 0}, // RD
    {0, 1, 1, 1, 2, 1, 3, 0, 4, 1, 5, 1}, // VR
    {0, 1, 1, 1, 2, 1, 3, 1, 6, 0}, // LD
    {0, 1, 1, 1, 2, 1, 3, 1, 6, 1, 7, 0}, // VL
    {0, 1, 1, 1, 2, 1, 3, 1, 6, 1, 7, 1, 8, 0}, // HD
    {0, 1, 1, 1, 2, 1, 3, 1, 6, 1, 7, 1, 8, 1}, // HU
  };

  /** Logs {@code mode} given the modes {@code above} and {@code left}. */
  static void write(TokenLog log, int mode, int above, int left) {
    int base = (above * MODES + left) * 9;
    int[] path = PATH[mode];
    for (int n = 0; n < path.length; n += 2) {
      log.fixed(Vp8Tables.BMODE_PROBS[base + path[n]], path[n + 1] == 1);
    }
  }

  /** The bits {@link #write} spends on {@code mode}. */
  static double bits(int mode, int above, int left) {
    return BITS[(above * MODES + left) * MODES + mode];
  }

  /** Per (above, left, mode): the bits of its path through the tree. */
  private static final double[] BITS = new double[MODES * MODES * MODES];

  static {
    for (int above = 0; above < MODES; above++) {
      for (int left = 0; left < MODES; left++) {
        int base = (above * MODES + left) * 9;
        for (int mode = 0; mode < MODES; mode++) {
          int[] path = PATH[mode];
          double bits = 0;
          for (int n = 0; n < path.length; n += 2) {
            int p = Vp8Tables.BMODE_PROBS[base + path[n]];
            bits -= Math.log((path[n + 1] == 1 ? 256 - p : p) / 256.0) / Math.log(2);
          }
          BITS[(above * MODES + left) * MODES + mode] = bits;
        }
      }
    }
  }
}
