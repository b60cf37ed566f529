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
    int[] samples = byteRgb(img) ? new int[w * img.getRaster().getNumBands()] : null;
    int cw = pw / 2;
    // Per chroma column: the sums of R, G and B over its 2×2 pixels.
    int[] rs = new int[cw];
    int[] gs = new int[cw];
    int[] bs = new int[cw];
    for (int j = 0; j < ph; j++) {
      if (j < h) {
        readRow(img, j, row, samples);
      }
      if ((j & 1) == 0) {
        java.util.Arrays.fill(rs, 0);
        java.util.Arrays.fill(gs, 0);
        java.util.Arrays.fill(bs, 0);
      }
      for (int i = 0; i < pw; i++) {
        int p = row[Math.min(i, w - 1)];
        int r = (p >>> 16) & 0xff;
        int g = (p >>> 8) & 0xff;
        int b = p & 0xff;
        // Y' = 16 + (65.738 R + 129.057 G + 25.064 B) / 256, in 16-bit fixed point, rounded.
        y[j * pw + i] = (16829 * r + 33039 * g + 6416 * b + (16 << 16) + (1 << 15)) >> 16;
        rs[i >> 1] += r;
        gs[i >> 1] += g;
        bs[i >> 1] += b;
      }
      if ((j & 1) == 1) {
        int at = (j >> 1) * cw;
        for (int i = 0; i < cw; i++) {
          // Cb = 128 + (−37.945 R − 74.494 G + 112.439 B) / 256 and Cr = 128 + (112.439 R
          // − 94.154 G − 18.285 B) / 256, on sums of four pixels: 18 bits of fraction.
          u[at + i] = clip((-9714 * rs[i] - 19070 * gs[i] + 28784 * bs[i] + (128 << 18) + (1 << 17)) >> 18);
          v[at + i] = clip((28784 * rs[i] - 24103 * gs[i] - 4681 * bs[i] + (128 << 18) + (1 << 17)) >> 18);
        }
      }
    }
  }

  /** 8-bit sRGB samples R, G, B (and maybe alpha), not premultiplied: read as samples. */
  private static boolean byteRgb(BufferedImage img) {
    java.awt.image.ColorModel cm = img.getColorModel();
    return cm instanceof java.awt.image.ComponentColorModel
        && cm.getColorSpace().isCS_sRGB()
        && cm.getNumColorComponents() == 3
        && !cm.isAlphaPremultiplied()
        && img.getRaster().getTransferType() == java.awt.image.DataBuffer.TYPE_BYTE;
  }

  /**
   * Row {@code y} as packed RGB: the raster's samples directly for 8-bit sRGB ({@code getRGB}
   * converts pixel by pixel through the colour model there, most of the encoder's time).
   */
  private static void readRow(BufferedImage img, int y, int[] row, int[] samples) {
    int w = row.length;
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      // As stored: getRGB would convert from the linear grey space Java gives this type.
      img.getRaster().getSamples(0, y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        row[x] *= 0x010101;
      }
      return;
    }
    if (samples == null) {
      img.getRGB(0, y, w, 1, row, 0, w);
      return;
    }
    img.getRaster().getPixels(0, y, w, 1, samples);
    int nb = samples.length / w;
    for (int x = 0, j = 0; x < w; x++, j += nb) {
      row[x] = samples[j] << 16 | samples[j + 1] << 8 | samples[j + 2];
    }
  }

  private static int clip(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }
}
