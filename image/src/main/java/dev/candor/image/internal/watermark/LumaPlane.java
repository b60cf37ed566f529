package dev.candor.image.internal.watermark;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;

/**
 * Reads an image's luminance (BT.601 weights, 0..255 scale) and writes a luminance change back by
 * adding the same delta to R, G and B, or to the grey sample, so a later greyscale conversion keeps
 * it.
 */
final class LumaPlane {
  private LumaPlane() {}

  static boolean isGrey(BufferedImage img) {
    ColorModel cm = img.getColorModel();
    return !(cm instanceof IndexColorModel) && cm.getNumColorComponents() == 1;
  }

  /** Luminance of the w×h region at (x0, y0). */
  static float[] read(BufferedImage img, int x0, int y0, int w, int h) {
    float[] y = new float[w * h];
    if (isGrey(img)) {
      int[] s = img.getRaster().getSamples(x0, y0, w, h, 0, (int[]) null);
      float k = 255f / ((1 << img.getColorModel().getComponentSize(0)) - 1);
      for (int i = 0; i < s.length; i++) {
        y[i] = s[i] * k;
      }
    } else {
      int[] rgb = img.getRGB(x0, y0, w, h, null, 0, w);
      for (int i = 0; i < rgb.length; i++) {
        int p = rgb[i];
        y[i] = 0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
      }
    }
    return y;
  }

  /** A copy of {@code img} of the same type (palette images become ARGB) with {@code delta} added. */
  static BufferedImage addDelta(BufferedImage img, float[] delta) {
    int w = img.getWidth();
    int h = img.getHeight();
    ColorModel cm = img.getColorModel();
    if (isGrey(img)) {
      WritableRaster r = img.copyData(null);
      int[] s = r.getSamples(0, 0, w, h, 0, (int[]) null);
      int max = (1 << cm.getComponentSize(0)) - 1;
      float k = max / 255f;
      for (int i = 0; i < s.length; i++) {
        s[i] = clamp(Math.round(s[i] + delta[i] * k), max);
      }
      r.setSamples(0, 0, w, h, 0, s);
      return new BufferedImage(cm, r, cm.isAlphaPremultiplied(), null);
    }
    BufferedImage out =
        cm instanceof IndexColorModel
            ? new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB)
            : new BufferedImage(cm, img.copyData(null), cm.isAlphaPremultiplied(), null);
    int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < rgb.length; i++) {
      int d = Math.round(delta[i]);
      if (d == 0) {
        continue;
      }
      int p = rgb[i];
      int r = clamp(((p >> 16) & 0xff) + d, 255);
      int g = clamp(((p >> 8) & 0xff) + d, 255);
      int b = clamp((p & 0xff) + d, 255);
      rgb[i] = (p & 0xff000000) | (r << 16) | (g << 8) | b;
    }
    out.setRGB(0, 0, w, h, rgb, 0, w);
    return out;
  }

  private static int clamp(int v, int max) {
    return v < 0 ? 0 : (v > max ? max : v);
  }
}
