package dev.candor.image.internal.pixels;

/**
 * One plane of a VP8 frame being coded: the source samples and the reconstruction every decoder
 * will produce, which predictions are made from (RFC 6386 §12).
 */
final class Vp8Plane {
  /** Whole-block prediction modes, numbered as the encoder picks them (not as coded). */
  static final int DC = 0;

  static final int TM = 1;
  static final int V = 2;
  static final int H = 3;

  final int stride;
  final int rows;
  final int[] src;
  final int[] rec;

  Vp8Plane(int stride, int rows) {
    this.stride = stride;
    this.rows = rows;
    this.src = new int[stride * rows];
    this.rec = new int[stride * rows];
  }

  /**
   * Whether whole-block {@code mode} may code macroblock (mx, my): TrueMotion is not used on the
   * first row or column of macroblocks, where it predicts from the frame's border values:
   * TwelveMonkeys' decoder (the JVM's) reconstructs those blocks otherwise than libwebp does, and
   * the error spreads down the image (measured: 12 dB from libwebp's pixels).
   */
  static boolean usable(int mode, int mx, int my) {
    return mode != TM || (mx > 0 && my > 0);
  }

  /** The prediction mode with the least squared error for the n×n block at (mx, my). */
  int bestMode(int mx, int my, int n) {
    long best = Long.MAX_VALUE;
    int mode = DC;
    for (int m = 0; m < 4; m++) {
      if (!usable(m, mx, my)) {
        continue;
      }
      long cost = cost(mx, my, n, m);
      if (cost < best) {
        best = cost;
        mode = m;
      }
    }
    return mode;
  }

  /** The n×n prediction the last {@link #cost} of {@code mode} made (n² values, row-major). */
  int[] predicted(int mode) {
    return scratch[mode];
  }

  /** The squared error of {@code mode}'s prediction, kept for {@link #predicted}. */
  long cost(int mx, int my, int n, int mode) {
    int[] pred = predictInto(mx, my, n, mode, scratch[mode]);
    long sse = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        int d = src[(my * n + j) * stride + mx * n + i] - pred[j * n + i];
        sse += d * d;
      }
    }
    return sse;
  }

  /**
   * The decoder's prediction (RFC 6386 §12.2, §12.3) of the n×n block of macroblock (mx, my)
   * from the reconstruction: above the frame 127, left of it 129, the corner 127 on the first
   * row and 129 below it; DC from the edges that exist.
   */
  /** Per mode, room for one prediction (the candidates compared by {@link #cost}). */
  private final int[][] scratch = new int[4][256];

  private int[] predictInto(int mx, int my, int n, int mode, int[] p) {
    int x0 = mx * n;
    int y0 = my * n;
    int[] top = new int[n];
    int[] left = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = my > 0 ? rec[(y0 - 1) * stride + x0 + i] : 127;
      left[i] = mx > 0 ? rec[(y0 + i) * stride + x0 - 1] : 129;
    }
    int corner = my == 0 ? 127 : mx == 0 ? 129 : rec[(y0 - 1) * stride + x0 - 1];
    int shift = n == 16 ? 4 : 3;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        int value;
        switch (mode) {
          case V:
            value = top[i];
            break;
          case H:
            value = left[j];
            break;
          case TM:
            value = Vp8Transforms.clip(top[i] + left[j] - corner);
            break;
          default:
            value = -1;
        }
        p[j * n + i] = value;
      }
    }
    if (mode == DC) {
      int sum = 0;
      int count = 0;
      if (my > 0) {
        for (int t : top) {
          sum += t;
        }
        count++;
      }
      if (mx > 0) {
        for (int l : left) {
          sum += l;
        }
        count++;
      }
      int dc = count == 0 ? 128
          : count == 2 ? (sum + n) >> (shift + 1) : (sum + (n >> 1)) >> shift;
      java.util.Arrays.fill(p, 0, n * n, dc);
    }
    return p;
  }

  /** The source minus the prediction over the 4×4 block at (x, y). */
  void residual(int x, int y, int[] pred, int at, int n, int[] out) {
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 4; i++) {
        out[j * 4 + i] = src[(y + j) * stride + x + i] - pred[at + j * n + i];
      }
    }
  }

  /** Writes the n×n prediction into the reconstruction at (x0, y0). */
  void place(int x0, int y0, int[] pred, int n) {
    for (int j = 0; j < n; j++) {
      System.arraycopy(pred, j * n, rec, (y0 + j) * stride + x0, n);
    }
  }

  int[] crop(int cw, int ch) {
    int[] out = new int[cw * ch];
    for (int j = 0; j < ch; j++) {
      System.arraycopy(rec, j * stride, out, j * cw, cw);
    }
    return out;
  }

  void addInverse(int[] coef, int x, int y) {
    Vp8Transforms.idctAdd(coef, rec, y * stride + x, stride);
  }
}
