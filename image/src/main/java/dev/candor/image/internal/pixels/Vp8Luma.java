package dev.candor.image.internal.pixels;

/**
 * Codes the luma of one macroblock the cheaper of two ways, by distortion plus λ times an estimate
 * of the bits (RFC 6386 §12, §13): predicted whole (one of four 16×16 modes, the DC values of its
 * sixteen 4×4 blocks through the Y2 block) or block by block (each 4×4 block predicted by one of
 * ten modes from the blocks reconstructed before it, its DC coded with it). Keeps the contexts the
 * next macroblocks are coded in: which blocks had coefficients, and the 4×4 modes.
 */
final class Vp8Luma {
  /** Token type of luma blocks that carry their own DC (4×4-predicted macroblocks). */
  private static final int TYPE_Y_WITH_DC = 3;

  private final Vp8Plane y;
  private final Vp8Quant q;
  private final int mbw;
  private final double lambda;
  private final boolean[] topNz;
  private final boolean[] leftNz = new boolean[4];
  private final boolean[] topY2;
  private boolean leftY2;
  private final int[] topModes;
  private final int[] leftModes = new int[4];

  Vp8Luma(Vp8Plane y, Vp8Quant q, int mbw) {
    this.y = y;
    this.q = q;
    this.mbw = mbw;
    this.lambda = 0.05 * q.y1ac * q.y1ac;
    this.topNz = new boolean[mbw * 4];
    this.topY2 = new boolean[mbw];
    this.topModes = new int[mbw * 4];
  }

  /** At the start of a macroblock row: nothing to the left. */
  void newRow() {
    java.util.Arrays.fill(leftNz, false);
    java.util.Arrays.fill(leftModes, Vp8Intra4.DC);
    leftY2 = false;
  }

  /**
   * Codes the luma of macroblock (mx, my): its mode bits into {@code modes}, its tokens into
   * {@code tokens}, its reconstruction into the plane; returns whether it has any coefficient.
   */
  boolean code(int mx, int my, TokenLog modes, TokenLog tokens) {
    int x0 = mx * 16;
    int y0 = my * 16;
    // Whole: prediction, levels and reconstruction, the plane untouched.
    int mode16 = y.bestMode(mx, my, 16);
    int[] pred = y.predicted(mode16); // made when the mode was chosen
    int[][] levels16 = new int[16][16];
    int[] y2 = new int[16];
    int[] rec16 = new int[256];
    whole(x0, y0, pred, levels16, y2, rec16);
    double cost16 = sse(x0, y0, rec16) + lambda * (3 + bits(y2, 0) + bits(levels16, 1));
    if (!any(levels16)) {
      // Smooth enough that the whole prediction leaves no AC: 4×4 modes would not do better.
      return whole16(mx, my, mode16, y2, levels16, rec16, modes, tokens);
    }
    // Block by block, into the plane (each block predicts from those before it).
    int[] modes4 = new int[16];
    int[][] levels4 = new int[16][16];
    double modeBits = 0;
    int[] above = new int[4];
    int[] left = leftModes.clone();
    System.arraycopy(topModes, mx * 4, above, 0, 4);
    for (int b = 0; b < 16; b++) {
      int bx = b & 3;
      int by = b >> 2;
      modes4[b] = block(mx, my, bx, by, above[bx], left[by], levels4[b]);
      modeBits += Vp8Intra4.bits(modes4[b], above[bx], left[by]);
      above[bx] = modes4[b];
      left[by] = modes4[b];
    }
    int[] rec4 = new int[256];
    copyOut(x0, y0, rec4);
    double cost4 = sse(x0, y0, rec4) + lambda * (1 + modeBits + bits(levels4, 0));
    if (cost16 <= cost4) {
      return whole16(mx, my, mode16, y2, levels16, rec16, modes, tokens);
    }
    modes.fixed(145, false);
    for (int b = 0; b < 16; b++) {
      int bx = b & 3;
      int by = b >> 2;
      Vp8Intra4.write(modes, modes4[b], topModes[mx * 4 + bx], leftModes[by]);
      topModes[mx * 4 + bx] = modes4[b];
      leftModes[by] = modes4[b];
    }
    return blocksTokens(mx, levels4, TYPE_Y_WITH_DC, 0, tokens);
  }

  /** Codes macroblock (mx, my) whole: its reconstruction into the plane, modes, contexts, tokens. */
  private boolean whole16(int mx, int my, int mode16, int[] y2, int[][] levels16, int[] rec16,
      TokenLog modes, TokenLog tokens) {
    copyIn(mx * 16, my * 16, rec16);
    modes.fixed(145, true);
    modes.fixed(156, mode16 == Vp8Plane.TM || mode16 == Vp8Plane.H);
    modes.fixed(mode16 == Vp8Plane.TM || mode16 == Vp8Plane.H ? 128 : 163,
        mode16 == Vp8Plane.TM || mode16 == Vp8Plane.V);
    // The 16×16 modes share numbers with the 4×4 ones they resemble (DC, TM, VE, HE).
    java.util.Arrays.fill(topModes, mx * 4, mx * 4 + 4, mode16);
    java.util.Arrays.fill(leftModes, mode16);
    boolean nz = Vp8Tokens.write(tokens, y2, Vp8Tokens.TYPE_Y2, 0,
        (topY2[mx] ? 1 : 0) + (leftY2 ? 1 : 0));
    topY2[mx] = nz;
    leftY2 = nz;
    return blocksTokens(mx, levels16, Vp8Tokens.TYPE_Y_AC, 1, tokens) | nz;
  }

  private static boolean any(int[][] levels) {
    for (int[] l : levels) {
      for (int v : l) {
        if (v != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The sixteen blocks' tokens in their neighbours' contexts; whether any had a coefficient. */
  private boolean blocksTokens(int mx, int[][] levels, int type, int first, TokenLog tokens) {
    boolean coded = false;
    for (int b = 0; b < 16; b++) {
      int bx = b & 3;
      int by = b >> 2;
      int ctx = (topNz[mx * 4 + bx] ? 1 : 0) + (leftNz[by] ? 1 : 0);
      boolean any = Vp8Tokens.write(tokens, levels[b], type, first, ctx);
      topNz[mx * 4 + bx] = any;
      leftNz[by] = any;
      coded |= any;
    }
    return coded;
  }

  /** Whole-macroblock coding: the AC levels, the Y2 levels and the reconstruction. */
  private void whole(int x0, int y0, int[] pred, int[][] levels, int[] y2, int[] rec) {
    double[] dcs = new double[16];
    double[] coef = new double[16];
    int[] r = new int[16];
    for (int b = 0; b < 16; b++) {
      int bx = (b & 3) * 4;
      int by = (b >> 2) * 4;
      y.residual(x0 + bx, y0 + by, pred, by * 16 + bx, 16, r);
      Vp8Transforms.fdct(r, coef);
      dcs[b] = coef[0];
      for (int k = 1; k < 16; k++) {
        levels[b][k] = q.level(coef[k], q.y1ac, false);
      }
    }
    double[] wht = new double[16];
    Vp8Transforms.fwht(dcs, wht);
    int[] deq = new int[16];
    for (int k = 0; k < 16; k++) {
      int step = k == 0 ? q.y2dc : q.y2ac;
      y2[k] = q.level(wht[k], step, true);
      deq[k] = y2[k] * step;
    }
    int[] dc = new int[16];
    Vp8Transforms.iwht(deq, dc);
    System.arraycopy(pred, 0, rec, 0, 256);
    for (int b = 0; b < 16; b++) {
      int[] c = new int[16];
      c[0] = dc[b];
      for (int k = 1; k < 16; k++) {
        c[k] = levels[b][k] * q.y1ac;
      }
      Vp8Transforms.idctAdd(c, rec, (b >> 2) * 64 + (b & 3) * 4, 16);
    }
  }

  /**
   * Codes 4×4 block (bx, by) of macroblock (mx, my) with the mode of least squared error plus λ
   * times its bits, into {@code levels}, reconstructed into the plane; returns the mode.
   */
  private final int[] e = new int[9];
  private final int[] l = new int[4];
  private final int[] p = new int[16];
  private final int[] r = new int[16];
  private final int[] c = new int[16];
  private final double[] coef = new double[16];

  private int block(int mx, int my, int bx, int by, int above, int left, int[] levels) {
    int x = mx * 16 + bx * 4;
    int yy = my * 16 + by * 4;
    edges(mx, my, bx, by, e, l);
    int best = Vp8Intra4.DC;
    double bestCost = Double.MAX_VALUE;
    for (int m = 0; m < Vp8Intra4.MODES; m++) {
      Vp8Intra4.predict(m, e, l, p);
      long sse = 0;
      for (int j = 0; j < 4; j++) {
        for (int i = 0; i < 4; i++) {
          int d = y.src[(yy + j) * y.stride + x + i] - p[j * 4 + i];
          sse += d * d;
        }
      }
      double cost = sse + lambda * Vp8Intra4.bits(m, above, left);
      if (cost < bestCost) {
        bestCost = cost;
        best = m;
      }
    }
    Vp8Intra4.predict(best, e, l, p);
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 4; i++) {
        r[j * 4 + i] = y.src[(yy + j) * y.stride + x + i] - p[j * 4 + i];
        y.rec[(yy + j) * y.stride + x + i] = p[j * 4 + i];
      }
    }
    Vp8Transforms.fdct(r, coef);
    for (int k = 0; k < 16; k++) {
      int step = k == 0 ? q.y1dc : q.y1ac;
      levels[k] = q.level(coef[k], step, k == 0);
      c[k] = levels[k] * step;
    }
    Vp8Transforms.idctAdd(c, y.rec, yy * y.stride + x, y.stride);
    return best;
  }

  /**
   * The edges the decoder predicts 4×4 block (bx, by) from (RFC 6386 §12.3, as libwebp lays them
   * out): the reconstruction, with 127 above the frame, 129 left of it (the corner 127 on the
   * first row, 129 below it), and for the blocks of the last column the four pixels above and to
   * the right of the macroblock (its own last pixel above, repeated, at the frame's right edge).
   */
  private void edges(int mx, int my, int bx, int by, int[] e, int[] l) {
    int s = y.stride;
    int[] rec = y.rec;
    int x = mx * 16 + bx * 4;
    int yy = my * 16 + by * 4;
    boolean frameTop = my == 0 && by == 0;
    boolean frameLeft = mx == 0 && bx == 0;
    e[0] = frameTop ? 127 : frameLeft ? 129 : rec[(yy - 1) * s + x - 1];
    for (int i = 0; i < 4; i++) {
      e[1 + i] = frameTop ? 127 : rec[(yy - 1) * s + x + i];
      l[i] = frameLeft ? 129 : rec[(yy + i) * s + x - 1];
    }
    for (int i = 0; i < 4; i++) {
      int v;
      if (bx < 3) {
        v = frameTop ? 127 : rec[(yy - 1) * s + x + 4 + i];
      } else if (my == 0) {
        v = 127;
      } else {
        int top = (my * 16 - 1) * s;
        v = mx == mbw - 1 ? rec[top + mx * 16 + 15] : rec[top + mx * 16 + 16 + i];
      }
      e[5 + i] = v;
    }
  }

  /** An estimate of the bits of blocks' levels from scan position {@code first}. */
  private static double bits(int[][] levels, int first) {
    double bits = 0;
    for (int[] l : levels) {
      bits += bits(l, first);
    }
    return bits;
  }

  private static double bits(int[] level, int first) {
    int last = -1;
    for (int n = 15; n >= first; n--) {
      if (level[Vp8Tokens.ZIGZAG[n]] != 0) {
        last = n;
        break;
      }
    }
    double bits = 1; // end of block
    for (int n = first; n <= last; n++) {
      int a = Math.abs(level[Vp8Tokens.ZIGZAG[n]]);
      bits += a == 0 ? 1 : 3 + 2 * (31 - Integer.numberOfLeadingZeros(a));
    }
    return bits;
  }

  private long sse(int x0, int y0, int[] rec) {
    long sse = 0;
    for (int j = 0; j < 16; j++) {
      for (int i = 0; i < 16; i++) {
        int d = y.src[(y0 + j) * y.stride + x0 + i] - rec[j * 16 + i];
        sse += d * d;
      }
    }
    return sse;
  }

  private void copyOut(int x0, int y0, int[] out) {
    for (int j = 0; j < 16; j++) {
      System.arraycopy(y.rec, (y0 + j) * y.stride + x0, out, j * 16, 16);
    }
  }

  private void copyIn(int x0, int y0, int[] in) {
    for (int j = 0; j < 16; j++) {
      System.arraycopy(in, j * 16, y.rec, (y0 + j) * y.stride + x0, 16);
    }
  }
}
