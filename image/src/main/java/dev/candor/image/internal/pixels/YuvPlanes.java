package dev.candor.image.internal.pixels;

import java.awt.image.BufferedImage;

/**
 * An image's samples as VP8 codes them: Y'CbCr with BT.601 coefficients in studio range (Y' 16–235,
 * chroma 16–240), chroma averaged over 2×2 pixels, the planes padded to whole macroblocks by
 * repeating the last row and column.
 */
final class YuvPlanes {
  private YuvPlanes() {}

  /** Fills y (pw×ph), u and v (pw/2×ph/2) from {@code img}. */
  static void fill(BufferedImage img, int[] y, int[] u, int[] v, int pw, int ph) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] row = new int[w];
    double[] cb = new double[pw * ph];
    double[] cr = new double[pw * ph];
    for (int j = 0; j < ph; j++) {
      int sj = Math.min(j, h - 1);
      if (j < h) {
        img.getRGB(0, sj, w, 1, row, 0, w);
      }
      for (int i = 0; i < pw; i++) {
        int p = row[Math.min(i, w - 1)];
        int r = (p >>> 16) & 0xff;
        int g = (p >>> 8) & 0xff;
        int b = p & 0xff;
        y[j * pw + i] = clip((int) Math.round(16 + (65.738 * r + 129.057 * g + 25.064 * b) / 256));
        cb[j * pw + i] = 128 + (-37.945 * r - 74.494 * g + 112.439 * b) / 256;
        cr[j * pw + i] = 128 + (112.439 * r - 94.154 * g - 18.285 * b) / 256;
      }
    }
    int cw = pw / 2;
    for (int j = 0; j < ph / 2; j++) {
      for (int i = 0; i < cw; i++) {
        int a = 2 * j * pw + 2 * i;
        u[j * cw + i] = clip((int) Math.round((cb[a] + cb[a + 1] + cb[a + pw] + cb[a + pw + 1]) / 4));
        v[j * cw + i] = clip((int) Math.round((cr[a] + cr[a + 1] + cr[a + pw] + cr[a + pw + 1]) / 4));
      }
    }
  }

  private static int clip(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
