package dev.candor.image.internal.watermark;

import java.awt.image.BufferedImage;

/**
 * Large images carry the tile enlarged, so that a copy shrunk to a web size still holds it at a
 * period the detector reads: 2× from {@value #EMBED_SIDE}·2 px on the short side, 4× from
 * {@value #EMBED_SIDE}·4, and wide images from {@value #WIDE_LONG_SIDE}·2 (·4) px on the long side
 * with {@value #WIDE_SHORT_SIDE}·2 (·4) on the short. At 1×, a copy shrunk below about 0.4× loses
 * the mark (the 4-px chips fall under 2 px, where resampling and JPEG remove them): a 3840×2400
 * image shown 1344 px wide did.
 * Enlarged 2×, the same copy holds a 90-px period, and the full-size image, binned 2×2, is what
 * a 1920×1200 image is at 1×.
 *
 * <p>The embedder marks an s×s box-binned proxy of the luminance exactly as it marks a small image
 * (the informed embedding reads the proxy as the detector will read the binned image) and adds the
 * proxy's change upsampled bilinearly, pixel centres aligned. The detector reads the central region
 * of a copy binned the same way ({@link #views}) besides the copy as it is: at its unchanged
 * geometry (crops) wherever the as-is region binned keeps {@value #CROP_SIDE} px, or its own
 * region from {@value #IDENTITY_SIDE} px per unit of binning; with a geometric search from {@value
 * #VIEW_SIDE} on the short side, or {@value #VIEW_LONG_SIDE} on the long with {@value
 * #VIEW_SHORT_SIDE} on the short (shrunk copies).
 */
final class TileScale {
  /** Short side per unit of enlargement: 2× from 2048 px, 4× from 4096 px. */
  static final int EMBED_SIDE = 1024;

  /** The largest enlargement. */
  static final int MAX = 4;

  /**
   * Short side per unit of binning from which a binned plane read at its unchanged geometry only
   * (for crops, which keep the enlarged period) has a region of its own, 4×4 enlarged tiles or
   * more, where the as-is region binned would hold fewer (4× planes of 2048–2559 px copies).
   */
  static final int IDENTITY_SIDE = 512;

  /**
   * Smaller copies still get a binned plane at identity, the as-is region binned (no second read
   * of the image), while that leaves this many px: 1.25 enlarged tiles a side. Crops of 320–448 px
   * of enlarged images were found on 9–11 of 15 at this floor, on none at 256 (2×2 tiles).
   */
  static final int CROP_SIDE = 160;

  /**
   * Short side per unit of binning from which the detector searches the binned copy's geometry
   * too: a copy of a 2× image shrunk to 0.625× or more (a period of 160 px or more, past what the
   * search at 1× covers reliably) still has 1280 px on its short side.
   */
  static final int VIEW_SIDE = 640;

  /** Binned rows read at a time, so the full-size region is never held whole. */
  private static final int STRIP = 64;

  private TileScale() {}

  /**
   * Long side per unit of enlargement from which a wide image is enlarged too (2688 px for 2×,
   * 5376 for 4×), if its short side has {@value #WIDE_SHORT_SIDE} px per unit: shown 1080 px on
   * the long side, as platforms show uploads, such an image is shrunk below 0.4×, where a 1× tile is
   * lost (a 2912×1632 upscale and a 3440×1440 panorama were, every one of nine photographs).
   */
  static final int WIDE_LONG_SIDE = 1344;

  /** Short side per unit of enlargement a wide image needs for {@link #WIDE_LONG_SIDE}. */
  static final int WIDE_SHORT_SIDE = 640;

  /**
   * Per unit of binning, the long and the short side from which a copy is searched binned as well,
   * though its short side is under {@value #VIEW_SIDE}·s: a wide image enlarged at its smallest
   * (2688×1280) and shrunk to 0.75× is 2016×960. A 1920×1080 copy is not searched binned.
   */
  static final int VIEW_LONG_SIDE = 1000;

  /** The short side that goes with {@link #VIEW_LONG_SIDE}. */
  static final int VIEW_SHORT_SIDE = 480;

  /** The enlargement the embedder uses for a w×h image: 1, 2 or {@value #MAX}. */
  static int forEmbedding(int w, int h) {
    int m = Math.min(w, h);
    int l = Math.max(w, h);
    int s = 1;
    while (s < MAX
        && (m >= EMBED_SIDE * 2 * s
            || (l >= WIDE_LONG_SIDE * 2 * s && m >= WIDE_SHORT_SIDE * 2 * s))) {
      s *= 2;
    }
    return s;
  }

  /** The binnings the detector reads a w×h copy at, 1 (as it is) first. */
  static int[] views(int w, int h) {
    int n = 1;
    int m = Math.min(w, h);
    for (int s = 2;
        s <= MAX
            && (m >= IDENTITY_SIDE * s || Math.min(m, WatermarkDetector.REGION) / s >= CROP_SIDE);
        s *= 2) {
      n++;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = 1 << i;
    }
    return out;
  }

  /** Whether the detector searches the geometry of a w×h copy binned s×s (always at 1). */
  static boolean searched(int w, int h, int s) {
    int m = Math.min(w, h);
    return s == 1
        || m >= VIEW_SIDE * s
        || (Math.max(w, h) >= VIEW_LONG_SIDE * s && m >= VIEW_SHORT_SIDE * s);
  }

  /**
   * Short side per unit of binning from which the lattices of a binned copy are tried, where its
   * geometry is not searched in full ({@link #searched}): a small image enlarged (upscaled 1.6 to
   * 2.5 times, or shown on a platform's 1080-px canvas) holds the tile at 1.6–2.5 times its size,
   * past what the as-is plane's lattices and sweeps reach, and binned 2×2 near its own.
   */
  static final int LATTICE_SIDE = 300;

  /**
   * Smallest scale of the lattices tried on a plane searched for its lattices only: below it, a
   * binned tile is one enlarged less than 1.5 times, which the lattices of the copy as it is find
   * (up to 1.55).
   */
  static final double LATTICE_MIN_SCALE = 0.75;

  /** Whether the detector tries the lattices of a w×h copy binned s×s ({@link #LATTICE_SIDE}). */
  static boolean latticesSearched(int w, int h, int s) {
    return s == 2 && Math.min(w, h) >= LATTICE_SIDE * s;
  }

  /** The s×s box means of a w×h plane: (w / s)×(h / s), the last w mod s columns and rows left out. */
  static float[] bin(float[] y, int w, int h, int s) {
    int cw = w / s;
    int ch = h / s;
    float[] out = new float[cw * ch];
    if (s == 2) {
      // The common case, without the inner loops: each mean in the same order (row pairs).
      for (int j = 0; j < ch; j++) {
        int top = 2 * j * w;
        int bottom = top + w;
        for (int i = 0, at = j * cw; i < cw; i++, at++) {
          int p = 2 * i;
          out[at] = ((y[top + p] + y[top + p + 1]) + (y[bottom + p] + y[bottom + p + 1])) * 0.25f;
        }
      }
      return out;
    }
    float k = 1f / (s * s);
    for (int j = 0; j < ch; j++) {
      int at = j * cw;
      for (int dy = 0; dy < s; dy++) {
        int row = (j * s + dy) * w;
        for (int i = 0; i < cw; i++) {
          int p = row + i * s;
          float sum = 0;
          for (int dx = 0; dx < s; dx++) {
            sum += y[p + dx];
          }
          out[at + i] += sum;
        }
      }
      for (int i = 0; i < cw; i++) {
        out[at + i] *= k;
      }
    }
    return out;
  }

  /**
   * The luminance of the (cw·s)×(ch·s) region at (x0, y0) of {@code img}, binned s×s: cw×ch, read
   * {@value #STRIP} binned rows at a time (the same values as {@link #bin} of the whole region).
   */
  static float[] readBinned(BufferedImage img, int x0, int y0, int cw, int ch, int s) {
    float[] out = new float[cw * ch];
    for (int j = 0; j < ch; j += STRIP) {
      int n = Math.min(STRIP, ch - j);
      float[] rows = LumaPlane.read(img, x0, y0 + j * s, cw * s, n * s);
      System.arraycopy(bin(rows, cw * s, n * s, s), 0, out, j * cw, n * cw);
    }
    return out;
  }

  /**
   * {@code coarse}, a change for a cw×ch proxy, upsampled s× (bilinear, pixel centres aligned,
   * edges held) to rows {@code w} wide; rows must be asked for top to bottom.
   */
  static LumaPlane.RowDelta upsampled(LumaPlane.RowDelta coarse, int cw, int ch, int s, int w) {
    int[] left = new int[w];
    float[] right = new float[w];
    for (int x = 0; x < w; x++) {
      double u = Math.max(0, Math.min(cw - 1, (x + 0.5) / s - 0.5));
      left[x] = Math.min(cw - 2, (int) u);
      right[x] = (float) (u - left[x]);
    }
    return new LumaPlane.RowDelta() {
      private float[] upper = new float[cw];
      private float[] lower = new float[cw];
      private int held = Integer.MIN_VALUE; // the proxy row in upper (lower holds the next)

      @Override
      public void row(int y, float[] out) {
        double v = Math.max(0, Math.min(ch - 1, (y + 0.5) / s - 0.5));
        int j = Math.min(ch - 2, (int) v);
        float fy = (float) (v - j);
        if (held != j) {
          if (held == j - 1) {
            float[] t = upper;
            upper = lower;
            lower = t;
          } else {
            coarse.row(j, upper);
          }
          coarse.row(j + 1, lower);
          held = j;
        }
        for (int x = 0; x < w; x++) {
          int i = left[x];
          float fx = right[x];
          float top = upper[i] + fx * (upper[i + 1] - upper[i]);
          float bottom = lower[i] + fx * (lower[i + 1] - lower[i]);
          out[x] = top + fy * (bottom - top);
        }
      }
    };
  }
}
