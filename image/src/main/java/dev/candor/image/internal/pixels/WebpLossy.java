package dev.candor.image.internal.pixels;

import dev.candor.core.ProvenanceException;
import java.awt.image.BufferedImage;

/**
 * A lossy WebP (VP8 key frame, RFC 6386) encoder for opaque images, so that a lossy WebP whose
 * pixels change (a badge, a watermark) stays a lossy WebP of about its size, where the lossless
 * encoder ({@link WebpLossless}) would make it several times larger.
 *
 * <p>The bitstream: YCbCr 4:2:0 (BT.601, studio range), 16×16 macroblocks each predicted whole
 * (DC, vertical, horizontal or TrueMotion, the one nearest the source) for luma and for chroma,
 * the luma DC values through the second-order Walsh–Hadamard block, one quantiser for the frame,
 * the default token probabilities, no loop filter, one token partition. Decoders reconstruct
 * exactly what this class does (it predicts from its own reconstruction with the decoder's
 * integer inverse transforms), which the tests check sample for sample against libwebp's {@code
 * dwebp}. TrueMotion is not used on the first row or column of macroblocks, where it predicts from
 * the frame's border values: TwelveMonkeys' decoder (the JVM's) reconstructs those blocks otherwise
 * than libwebp does, and the error spreads down the image. Simpler than
 * libwebp (no 4×4 intra modes, no rate–distortion search, no segments or filter), so its files are
 * larger than {@code cwebp}'s at the same fidelity.
 */
public final class WebpLossy {
  /** The largest width or height VP8 can state (14 bits). */
  public static final int MAX_SIDE = 16383;

  static final int MASK = Integer.getInteger("vp8.mask", 15);
  static final boolean EDGE_TM_OFF = Boolean.getBoolean("vp8.edgetm");
  static final int CMASK = Integer.getInteger("vp8.cmask", 15);
  /**
   * The coarsest quantiser index used: from 118 the spec caps the chroma DC step's index at 117,
   * which TwelveMonkeys' decoder does not (measured: 54 dB from libwebp's pixels at 117, 42 at
   * 118), so coarser requests get 117, still coarser than any usual quality.
   */
  static final int MAX_INDEX = 117;

  private static final int DC = 0;
  private static final int TM = 1;
  private static final int V = 2;
  private static final int H = 3;

  private final int w;
  private final int h;
  private final int mbw;
  private final int mbh;
  private final Plane y;
  private final Plane u;
  private final Plane v;
  private final Quant q;

  /** Per 4×4 column: whether the block above had coefficients (luma, then U and V per 2). */
  private final boolean[] topY;

  private final boolean[] topU;
  private final boolean[] topV;
  private final boolean[] topY2;
  private final boolean[] leftY = new boolean[4];
  private final boolean[] leftU = new boolean[2];
  private final boolean[] leftV = new boolean[2];
  private boolean leftY2;

  private WebpLossy(BufferedImage img, int qi) {
    w = img.getWidth();
    h = img.getHeight();
    mbw = (w + 15) >> 4;
    mbh = (h + 15) >> 4;
    y = new Plane(mbw * 16, mbh * 16);
    u = new Plane(mbw * 8, mbh * 8);
    v = new Plane(mbw * 8, mbh * 8);
    YuvPlanes.fill(img, y.src, u.src, v.src, mbw * 16, mbh * 16);
    q = new Quant(qi);
    topY = new boolean[mbw * 4];
    topU = new boolean[mbw * 2];
    topV = new boolean[mbw * 2];
    topY2 = new boolean[mbw];
  }

  /**
   * A complete WebP file ({@code RIFF/WEBP/VP8 }) of the opaque {@code img} at {@code quality}
   * (0–100; 90 keeps about 40 dB PSNR on photographs).
   *
   * @throws ProvenanceException when a side exceeds {@value #MAX_SIDE} px
   * @throws IllegalArgumentException when the quality is outside 0–100
   */
  public static byte[] encode(BufferedImage img, int quality) throws ProvenanceException {
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0–100, was " + quality);
    }
    return encodeAtIndex(img, Math.round((100 - quality) * 127 / 100f));
  }

  /** As {@link #encode}, at quantiser index {@code qi} (0–127, at most {@value #MAX_INDEX} used). */
  static byte[] encodeAtIndex(BufferedImage img, int qi) throws ProvenanceException {
    if (img.getWidth() > MAX_SIDE || img.getHeight() > MAX_SIDE) {
      throw new ProvenanceException("lossy WebP holds at most " + MAX_SIDE + " px a side; the image is "
          + img.getWidth() + " × " + img.getHeight());
    }
    return new WebpLossy(img, Math.max(0, Math.min(MAX_INDEX, qi))).frame();
  }

  /** For tests: the Y, U and V samples a decoder reconstructs, cropped to the image. */
  static int[][] reconstruction(BufferedImage img, int quality) throws ProvenanceException {
    WebpLossy e = new WebpLossy(img, Math.min(MAX_INDEX, Math.round((100 - quality) * 127 / 100f)));
    e.frame();
    int cw = (e.w + 1) / 2;
    int ch = (e.h + 1) / 2;
    return new int[][] {e.y.crop(e.w, e.h), e.u.crop(cw, ch), e.v.crop(cw, ch)};
  }

  private byte[] frame() {
    BoolEncoder modes = new BoolEncoder(mbw * mbh + 2048);
    BoolEncoder tokens = new BoolEncoder(w * h / 2);
    header(modes);
    for (int my = 0; my < mbh; my++) {
      java.util.Arrays.fill(leftY, false);
      java.util.Arrays.fill(leftU, false);
      java.util.Arrays.fill(leftV, false);
      leftY2 = false;
      for (int mx = 0; mx < mbw; mx++) {
        macroblock(mx, my, modes, tokens);
      }
    }
    byte[] first = modes.finish();
    byte[] rest = tokens.finish();
    byte[] vp8 = new byte[10 + first.length + rest.length];
    int tag = (first.length << 5) | (1 << 4); // key frame (bit 0 clear), version 0, shown
    vp8[0] = (byte) tag;
    vp8[1] = (byte) (tag >>> 8);
    vp8[2] = (byte) (tag >>> 16);
    vp8[3] = (byte) 0x9d;
    vp8[4] = 0x01;
    vp8[5] = 0x2a;
    vp8[6] = (byte) w;
    vp8[7] = (byte) (w >>> 8);
    vp8[8] = (byte) h;
    vp8[9] = (byte) (h >>> 8);
    System.arraycopy(first, 0, vp8, 10, first.length);
    System.arraycopy(rest, 0, vp8, 10 + first.length, rest.length);
    return Riff.simple("VP8 ", vp8);
  }

  /** The frame header of the first partition (RFC 6386 §9.2–9.11, §19.2). */
  private void header(BoolEncoder e) {
    e.literal(0, 1); // colour space: YCbCr
    e.literal(0, 1); // clamping required
    e.literal(0, 1); // no segmentation
    e.literal(0, 1); // filter type
    e.literal(0, 6); // loop filter level 0: no filtering
    e.literal(0, 3); // sharpness
    e.literal(0, 1); // no loop-filter deltas
    e.literal(0, 2); // one token partition
    e.literal(q.index, 7);
    e.literal(0, 5); // no quantiser deltas (five absent flags)
    e.literal(0, 1); // refresh_entropy_probs
    for (int p : Vp8Tables.COEFF_UPDATE_PROBS) {
      e.bit(false, p); // the default token probabilities, none updated
    }
    e.literal(0, 1); // no per-macroblock skip flag
  }

  private void macroblock(int mx, int my, BoolEncoder modes, BoolEncoder tokens) {
    int ym = y.bestMode(mx, my, 16);
    int cm = bestChromaMode(mx, my);
    modes.bit(true, 145); // a 16×16 luma mode
    modes.bit(ym == TM || ym == H, 156);
    modes.bit(ym == TM || ym == V, ym == TM || ym == H ? 128 : 163);
    modes.bit(cm != DC, 142);
    if (cm != DC) {
      modes.bit(cm != V, 114);
      if (cm != V) {
        modes.bit(cm == TM, 183);
      }
    }
    luma(mx, my, ym, tokens);
    chroma(u, mx, my, cm, tokens, topU, leftU);
    chroma(v, mx, my, cm, tokens, topV, leftV);
  }

  private int bestChromaMode(int mx, int my) {
    long best = Long.MAX_VALUE;
    int mode = DC;
    for (int m = 0; m < 4; m++) {
      if (m == TM && (mx == 0 || my == 0)) {
        continue;
      }
      long cost = u.cost(mx, my, 8, m) + v.cost(mx, my, 8, m);
      if (cost < best) {
        best = cost;
        mode = m;
      }
    }
    return mode;
  }

  private void luma(int mx, int my, int mode, BoolEncoder tokens) {
    int[] pred = y.predict(mx, my, 16, mode);
    int x0 = mx * 16;
    int y0 = my * 16;
    int[][] levels = new int[16][16];
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
    int[] y2 = new int[16];
    for (int k = 0; k < 16; k++) {
      y2[k] = q.level(wht[k], k == 0 ? q.y2dc : q.y2ac, true);
    }
    boolean nz = Vp8Tokens.write(tokens, y2, Vp8Tokens.TYPE_Y2, 0, (topY2[mx] ? 1 : 0) + (leftY2 ? 1 : 0));
    topY2[mx] = nz;
    leftY2 = nz;
    int[] deq = new int[16];
    for (int k = 0; k < 16; k++) {
      deq[k] = y2[k] * (k == 0 ? q.y2dc : q.y2ac);
    }
    int[] dc = new int[16];
    Vp8Transforms.iwht(deq, dc);
    y.place(x0, y0, pred, 16);
    for (int b = 0; b < 16; b++) {
      int bx = b & 3;
      int by = b >> 2;
      int ctx = (topY[mx * 4 + bx] ? 1 : 0) + (leftY[by] ? 1 : 0);
      boolean any = Vp8Tokens.write(tokens, levels[b], Vp8Tokens.TYPE_Y_AC, 1, ctx);
      topY[mx * 4 + bx] = any;
      leftY[by] = any;
      int[] c = new int[16];
      c[0] = dc[b];
      for (int k = 1; k < 16; k++) {
        c[k] = levels[b][k] * q.y1ac;
      }
      y.addInverse(c, x0 + bx * 4, y0 + by * 4);
    }
  }

  private void chroma(Plane p, int mx, int my, int mode, BoolEncoder tokens, boolean[] top,
      boolean[] left) {
    int[] pred = p.predict(mx, my, 8, mode);
    int x0 = mx * 8;
    int y0 = my * 8;
    int[][] levels = new int[4][16];
    double[] coef = new double[16];
    int[] r = new int[16];
    for (int b = 0; b < 4; b++) {
      int bx = (b & 1) * 4;
      int by = (b >> 1) * 4;
      p.residual(x0 + bx, y0 + by, pred, by * 8 + bx, 8, r);
      Vp8Transforms.fdct(r, coef);
      for (int k = 0; k < 16; k++) {
        levels[b][k] = q.level(coef[k], k == 0 ? q.uvdc : q.uvac, k == 0);
      }
    }
    p.place(x0, y0, pred, 8);
    for (int b = 0; b < 4; b++) {
      int bx = b & 1;
      int by = b >> 1;
      int ctx = (top[mx * 2 + bx] ? 1 : 0) + (left[by] ? 1 : 0);
      boolean any = Vp8Tokens.write(tokens, levels[b], Vp8Tokens.TYPE_UV, 0, ctx);
      top[mx * 2 + bx] = any;
      left[by] = any;
      int[] c = new int[16];
      for (int k = 0; k < 16; k++) {
        c[k] = levels[b][k] * (k == 0 ? q.uvdc : q.uvac);
      }
      p.addInverse(c, x0 + bx * 4, y0 + by * 4);
    }
  }

  /** One plane: the source samples and the reconstruction the decoder will produce. */
  private static final class Plane {
    final int stride;
    final int rows;
    final int[] src;
    final int[] rec;

    Plane(int stride, int rows) {
      this.stride = stride;
      this.rows = rows;
      this.src = new int[stride * rows];
      this.rec = new int[stride * rows];
    }

    /** The prediction mode with the least squared error for the n×n block at (mx, my). */
    int bestMode(int mx, int my, int n) {
      long best = Long.MAX_VALUE;
      int mode = DC;
      for (int m = 0; m < 4; m++) {
        if (m == TM && (mx == 0 || my == 0)) {
          continue; // see the class comment
        }
        long cost = cost(mx, my, n, m);
        if (cost < best) {
          best = cost;
          mode = m;
        }
      }
      return mode;
    }

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
    int[] predict(int mx, int my, int n, int mode) {
      return predictInto(mx, my, n, mode, new int[n * n]);
    }

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

  /** The frame's quantiser steps (§9.6, §14.1), no deltas. */
  private static final class Quant {
    final int index;
    final int y1ac;
    final int y2dc;
    final int y2ac;
    final int uvdc;
    final int uvac;

    Quant(int qi) {
      index = qi;
      y1ac = Vp8Tables.AC_STEP[qi];
      y2dc = Vp8Tables.DC_STEP[qi] * 2;
      y2ac = Math.max(8, Vp8Tables.AC_STEP[qi] * 155 / 100);
      uvdc = Vp8Tables.DC_STEP[Math.min(qi, 117)];
      uvac = Vp8Tables.AC_STEP[qi];
    }

    /** The quantised level of {@code c}: rounded to nearest for DC, with a small dead zone for AC. */
    int level(double c, int step, boolean dc) {
      double a = Math.abs(c) / step + (dc ? 0.5 : 0.38);
      int l = Math.min(Vp8Tokens.MAX_LEVEL, (int) a);
      return c < 0 ? -l : l;
    }
  }
}
