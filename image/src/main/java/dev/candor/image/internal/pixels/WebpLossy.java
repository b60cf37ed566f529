package dev.candor.image.internal.pixels;

import dev.candor.core.ProvenanceException;
import dev.candor.image.internal.RiffChunk;
import dev.candor.image.internal.Vp8xHeader;
import java.awt.image.BufferedImage;

/**
 * A lossy WebP (VP8 key frame, RFC 6386) encoder, so that a lossy WebP whose pixels change (a
 * badge, a watermark) stays a lossy WebP of about its size, where the lossless encoder ({@link
 * WebpLossless}) would make it several times larger. Transparency is kept exactly: the alpha plane
 * goes losslessly into an {@code ALPH} chunk beside the lossy colour (RFC 9649 §2.7.1.2).
 *
 * <p>The bitstream: YCbCr 4:2:0 (BT.601, studio range), 16×16 macroblocks whose luma is predicted
 * whole (DC, vertical, horizontal or TrueMotion, its DC values through the second-order
 * Walsh–Hadamard block) or block by block (ten 4×4 modes), whichever costs less in distortion
 * plus λ·bits ({@link Vp8Luma}), chroma predicted whole, one quantiser for the frame, token
 * probabilities updated where the counts of a first pass pay for it, macroblocks without
 * coefficients skipped, no loop filter, one token partition. Decoders reconstruct exactly what
 * this class does (it predicts from its own reconstruction with the decoder's integer inverse
 * transforms), which the tests check sample for sample against libwebp's {@code dwebp}. Two
 * choices keep TwelveMonkeys' decoder (the JVM's) in step with libwebp: no whole-block TrueMotion
 * at the frame's edges ({@link Vp8Plane#usable}), and no quantiser index above {@value #MAX_INDEX}.
 *
 * <p>Simpler than libwebp (no rate–distortion-optimised quantisation, segments or loop filter):
 * re-encoding a {@code cwebp} file at its own quantiser gave 0.9–1.2 times its size.
 */
public final class WebpLossy {
  /** The largest width or height VP8 can state (14 bits). */
  public static final int MAX_SIDE = 16383;


  /**
   * The coarsest quantiser index used: from 118 the spec caps the chroma DC step's index at 117,
   * which TwelveMonkeys' decoder does not (measured: 54 dB from libwebp's pixels at 117, 42 at
   * 118), so coarser requests get 117, still coarser than any usual quality.
   */
  static final int MAX_INDEX = 117;

  private static final int DC = Vp8Plane.DC;
  private static final int TM = Vp8Plane.TM;
  private static final int V = Vp8Plane.V;
  private static final int H = Vp8Plane.H;

  private final int w;
  private final int h;
  private final int mbw;
  private final int mbh;
  private final Vp8Plane y;
  private final Vp8Plane u;
  private final Vp8Plane v;
  private final Vp8Quant q;

  private final Vp8Luma luma;

  /** Per chroma 4×4 column: whether the block above had coefficients (U, V). */
  private final boolean[] topU;

  private final boolean[] topV;
  private final boolean[] leftU = new boolean[2];
  private final boolean[] leftV = new boolean[2];

  /** The ALPH chunk's data when the image has transparent pixels, else null. */
  private final byte[] alpha;

  private WebpLossy(BufferedImage img, int qi) {
    w = img.getWidth();
    h = img.getHeight();
    alpha = img.getColorModel().hasAlpha() ? alphaOf(img) : null;
    mbw = (w + 15) >> 4;
    mbh = (h + 15) >> 4;
    y = new Vp8Plane(mbw * 16, mbh * 16);
    u = new Vp8Plane(mbw * 8, mbh * 8);
    v = new Vp8Plane(mbw * 8, mbh * 8);
    YuvPlanes.fill(img, y.src, u.src, v.src, mbw * 16, mbh * 16);
    q = new Vp8Quant(qi);
    luma = new Vp8Luma(y, q, mbw);
    topU = new boolean[mbw * 2];
    topV = new boolean[mbw * 2];
  }

  /**
   * A complete WebP file of {@code img} at {@code quality}: {@code RIFF/WEBP/VP8 }, or with
   * {@code VP8X} and {@code ALPH} before it when some pixel is not opaque,
   * (0–100, mapped linearly onto the quantiser index 127–0; 90 gave 36–42 dB PSNR on 1024×1024
   * photographs).
   *
   * @throws ProvenanceException when a side exceeds {@value #MAX_SIDE} px
   * @throws IllegalArgumentException when the quality is outside 0–100
   */
  public static byte[] encode(BufferedImage img, int quality) throws ProvenanceException {
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0–100, was " + quality);
    }
    return encodeAtIndex(img, index(quality));
  }

  /** As {@link #encode}, at quantiser index {@code qi} (0–127, at most {@value #MAX_INDEX} used). */
  static byte[] encodeAtIndex(BufferedImage img, int qi) throws ProvenanceException {
    if (img.getWidth() > MAX_SIDE || img.getHeight() > MAX_SIDE) {
      throw new ProvenanceException("lossy WebP holds at most " + MAX_SIDE + " px a side; the image is "
          + img.getWidth() + " × " + img.getHeight());
    }
    return new WebpLossy(img, Math.max(0, Math.min(MAX_INDEX, qi))).frame();
  }

  private static byte[] alphaOf(BufferedImage img) {
    int[] argb = WebpLossless.pixels(img);
    for (int p : argb) {
      if (p >>> 24 != 0xff) {
        return WebpLossless.alphaChunk(argb, img.getWidth(), img.getHeight());
      }
    }
    return null;
  }

  /** The quantiser index for a quality: 0–100 onto 127–0, linearly. */
  private static int index(int quality) {
    return Math.round((100 - quality) * 127 / 100f);
  }

  /** For tests: the Y, U and V samples a decoder reconstructs, cropped to the image. */
  static int[][] reconstruction(BufferedImage img, int quality) throws ProvenanceException {
    WebpLossy e = new WebpLossy(img, Math.min(MAX_INDEX, index(quality)));
    e.frame();
    int cw = (e.w + 1) / 2;
    int ch = (e.h + 1) / 2;
    return new int[][] {e.y.crop(e.w, e.h), e.u.crop(cw, ch), e.v.crop(cw, ch)};
  }

  private byte[] frame() throws ProvenanceException {
    TokenLog modes = new TokenLog();
    TokenLog tokens = new TokenLog();
    TokenLog mb = new TokenLog();
    int skipped = 0;
    for (int my = 0; my < mbh; my++) {
      luma.newRow();
      java.util.Arrays.fill(leftU, false);
      java.util.Arrays.fill(leftV, false);
      for (int mx = 0; mx < mbw; mx++) {
        mb.clear();
        boolean coded = macroblock(mx, my, modes, mb);
        if (coded) {
          tokens.append(mb);
        } else {
          skipped++;
        }
      }
    }
    // Second pass: the probabilities the counts call for, then the partitions coded with them.
    int[] probs = Vp8Tables.COEFF_PROBS.clone();
    boolean[] updated = chooseProbabilities(tokens, probs);
    int total = mbw * mbh;
    int skipProb = skipped == 0 ? 0 : Math.max(1, Math.min(255, Math.round(256f * (total - skipped) / total)));
    BoolEncoder first = new BoolEncoder(total / 2 + 2048);
    header(first, probs, updated, skipProb);
    modes.replay(first, probs, skipProb);
    byte[] part0 = first.finish();
    if (part0.length >= 1 << 19) {
      // The frame tag states the first partition's size in 19 bits.
      throw new ProvenanceException("the image has too many macroblocks for one VP8 frame ("
          + part0.length + " bytes of modes, 524,287 at most)");
    }
    BoolEncoder rest = new BoolEncoder(Math.min(w * h / 4, 1 << 22));
    tokens.replay(rest, probs, 0);
    byte[] part1 = rest.finish();
    byte[] vp8 = new byte[10 + part0.length + part1.length];
    int tag = (part0.length << 5) | (1 << 4); // key frame (bit 0 clear), version 0, shown
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
    System.arraycopy(part0, 0, vp8, 10, part0.length);
    System.arraycopy(part1, 0, vp8, 10 + part0.length, part1.length);
    if (alpha == null) {
      return RiffChunk.webpFile(RiffChunk.encode("VP8 ", vp8));
    }
    // Extended format (RFC 9649 §2.7): VP8X with the alpha flag, then ALPH, then the colour.
    return RiffChunk.webpFile(Vp8xHeader.chunk(Vp8xHeader.ALPHA, w, h),
        RiffChunk.encode("ALPH", alpha), RiffChunk.encode("VP8 ", vp8));
  }

  /**
   * Sets in {@code probs} each token probability whose update (its flag, 8 bits) costs less than it
   * saves on the counted bits, and says which were updated (RFC 6386 §13.4).
   */
  private static boolean[] chooseProbabilities(TokenLog tokens, int[] probs) {
    int n = probs.length;
    int[] zeros = new int[n];
    int[] ones = new int[n];
    tokens.count(zeros, ones);
    boolean[] updated = new boolean[n];
    for (int i = 0; i < n; i++) {
      int total = zeros[i] + ones[i];
      if (total == 0) {
        continue;
      }
      int p = Math.max(1, Math.min(255, Math.round(256f * zeros[i] / total)));
      int u = Vp8Tables.COEFF_UPDATE_PROBS[i];
      double saved = bits(probs[i], zeros[i], ones[i]) - bits(p, zeros[i], ones[i]);
      double flag = bits(u, 0, 1) + 8 - bits(u, 1, 0);
      if (saved > flag) {
        probs[i] = p;
        updated[i] = true;
      }
    }
    return updated;
  }

  /** Bits to code {@code zeros} 0s and {@code ones} 1s at probability {@code p}/256 of a 0. */
  private static double bits(int p, int zeros, int ones) {
    return -(zeros * Math.log(p / 256.0) + ones * Math.log(1 - p / 256.0)) / Math.log(2);
  }

  /** The frame header of the first partition (RFC 6386 §9.2–9.11, §19.2). */
  private void header(BoolEncoder e, int[] probs, boolean[] updated, int skipProb) {
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
    for (int i = 0; i < probs.length; i++) {
      e.bit(updated[i], Vp8Tables.COEFF_UPDATE_PROBS[i]);
      if (updated[i]) {
        e.literal(probs[i], 8);
      }
    }
    e.literal(skipProb > 0 ? 1 : 0, 1); // per-macroblock skip flags
    if (skipProb > 0) {
      e.literal(skipProb, 8);
    }
  }

  /**
   * Codes macroblock (mx, my): its modes into {@code modes}, its tokens into {@code tokens};
   * returns false when it has no coefficient at all, so its tokens can be skipped.
   */
  private boolean macroblock(int mx, int my, TokenLog modes, TokenLog tokens) {
    lumaModes.clear();
    boolean coded = luma.code(mx, my, lumaModes, tokens);
    int cm = bestChromaMode(mx, my);
    coded |= chroma(u, mx, my, cm, tokens, topU, leftU);
    coded |= chroma(v, mx, my, cm, tokens, topV, leftV);
    modes.skip(!coded);
    modes.append(lumaModes);
    modes.fixed(142, cm != DC);
    if (cm != DC) {
      modes.fixed(114, cm != V);
      if (cm != V) {
        modes.fixed(183, cm == TM);
      }
    }
    return coded;
  }

  private final TokenLog lumaModes = new TokenLog();

  private int bestChromaMode(int mx, int my) {
    long best = Long.MAX_VALUE;
    int mode = DC;
    for (int m = 0; m < 4; m++) {
      if (!Vp8Plane.usable(m, mx, my)) {
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

  private boolean chroma(Vp8Plane p, int mx, int my, int mode, TokenLog tokens, boolean[] top,
      boolean[] left) {
    int[] pred = p.predicted(mode); // made when the mode was chosen
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
    boolean coded = false;
    for (int b = 0; b < 4; b++) {
      int bx = b & 1;
      int by = b >> 1;
      int ctx = (top[mx * 2 + bx] ? 1 : 0) + (left[by] ? 1 : 0);
      boolean any = Vp8Tokens.write(tokens, levels[b], Vp8Tokens.TYPE_UV, 0, ctx);
      top[mx * 2 + bx] = any;
      left[by] = any;
      coded |= any;
      int[] c = new int[16];
      for (int k = 0; k < 16; k++) {
        c[k] = levels[b][k] * (k == 0 ? q.uvdc : q.uvac);
      }
      p.addInverse(c, x0 + bx * 4, y0 + by * 4);
    }
    return coded;
  }
}
