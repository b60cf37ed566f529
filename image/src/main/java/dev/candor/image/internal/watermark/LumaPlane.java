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
      InterleavedBytes bytes = InterleavedBytes.of(img.getRaster());
      if (isByteRgb(img) && bytes != null) {
        bytes.luma(x0, y0, w, h, y);
        return y;
      }
      if (isByteRgb(img)) {
        int nb = img.getRaster().getNumBands();
        int[] px = img.getRaster().getPixels(x0, y0, w, h, (int[]) null);
        for (int i = 0, j = 0; i < y.length; i++, j += nb) {
          y[i] = 0.299f * px[j] + 0.587f * px[j + 1] + 0.114f * px[j + 2];
        }
        return y;
      }
      int[] all = isPackedInt(img) ? packedInts(img.getRaster()) : null;
      if (all != null) {
        int stride = img.getWidth();
        for (int r = 0; r < h; r++) {
          for (int x = 0, at = (y0 + r) * stride + x0; x < w; x++, at++) {
            y[r * w + x] = luma(all[at]);
          }
        }
        return y;
      }
      int[] rgb = readRgb(img, x0, y0, w, h);
      for (int i = 0; i < rgb.length; i++) {
        y[i] = luma(rgb[i]);
      }
    }
    return y;
  }

  /** A luminance change, one image row at a time (rows are asked for top to bottom). */
  interface RowDelta {
    /** Writes row {@code y}'s change, the image's width of it, to {@code out[0, width)}. */
    void row(int y, float[] out);
  }

  /**
   * {@link Math#round(float)}, with the same result for every float: the sum v + 1/2 is exact in
   * double for |v| < 2^52 (beyond, v is an even whole number and the sum rounds back to it), so
   * its floor is Math.round's floor(v + 1/2); NaN casts to 0 and infinities saturate alike.
   * Branch-free, where Math.round's shift test goes either way for changes near ±1/2.
   */
  static int round(float v) {
    return (int) Math.floor(v + 0.5);
  }

  /**
   * A copy of {@code img} of the same type (palette images become ARGB) with {@code delta} added.
   */
  static BufferedImage addDelta(BufferedImage img, float[] delta) {
    int w = img.getWidth();
    return addDelta(img, (y, out) -> System.arraycopy(delta, y * w, out, 0, w));
  }

  /**
   * A copy of {@code img} of the same type (palette images become ARGB) with {@code delta} added.
   */
  static BufferedImage addDelta(BufferedImage img, RowDelta delta) {
    int w = img.getWidth();
    int h = img.getHeight();
    float[] d = new float[w];
    ColorModel cm = img.getColorModel();
    if (isGrey(img)) {
      WritableRaster r = copy(img);
      int[] s = r.getSamples(0, 0, w, h, 0, (int[]) null);
      int max = (1 << cm.getComponentSize(0)) - 1;
      float k = max / 255f;
      for (int y = 0; y < h; y++) {
        delta.row(y, d);
        for (int x = 0, i = y * w; x < w; x++, i++) {
          s[i] = clamp(round(s[i] + d[x] * k), max);
        }
      }
      r.setSamples(0, 0, w, h, 0, s);
      return new BufferedImage(cm, r, cm.isAlphaPremultiplied(), null);
    }
    if (isByteRgb(img)) {
      WritableRaster r = copy(img);
      InterleavedBytes bytes = InterleavedBytes.of(r);
      if (bytes != null) {
        bytes.addToRgb(w, h, delta);
        return new BufferedImage(cm, r, cm.isAlphaPremultiplied(), null);
      }
      int nb = r.getNumBands();
      int[] px = r.getPixels(0, 0, w, h, (int[]) null);
      for (int y = 0, j = 0; y < h; y++) {
        delta.row(y, d);
        for (int x = 0; x < w; x++, j += nb) {
          int v = round(d[x]);
          if (v != 0) {
            px[j] = clamp(px[j] + v, 255);
            px[j + 1] = clamp(px[j + 1] + v, 255);
            px[j + 2] = clamp(px[j + 2] + v, 255);
          }
        }
      }
      r.setPixels(0, 0, w, h, px);
      return new BufferedImage(cm, r, cm.isAlphaPremultiplied(), null);
    }
    BufferedImage out =
        cm instanceof IndexColorModel
            ? new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB)
            : new BufferedImage(cm, copy(img), cm.isAlphaPremultiplied(), null);
    // Packed ints: the copy is already in out's own buffer; change it in place.
    int[] own = isPackedInt(out) ? packedInts(out.getRaster()) : null;
    int[] rgb = own != null ? own : readRgb(img, 0, 0, w, h);
    for (int y = 0; y < h; y++) {
      delta.row(y, d);
      for (int x = 0, i = y * w; x < w; x++, i++) {
        // No test for v == 0: it would go either way unpredictably, and adding 0 changes nothing.
        int v = round(d[x]);
        int p = rgb[i];
        int r = clamp(((p >> 16) & 0xff) + v, 255);
        int g = clamp(((p >> 8) & 0xff) + v, 255);
        int b = clamp((p & 0xff) + v, 255);
        rgb[i] = (p & 0xff000000) | (r << 16) | (g << 8) | b;
      }
    }
    if (own != null) {
      return out;
    }
    if (isPackedInt(out)) {
      out.getRaster().setDataElements(0, 0, w, h, rgb);
    } else {
      out.setRGB(0, 0, w, h, rgb, 0, w);
    }
    return out;
  }

  /**
   * A copy of the image's pixels in a raster at the origin with the same layout. ({@code
   * copyData(null)} keeps a subimage's parent-sized, offset raster, which no BufferedImage accepts.)
   */
  private static WritableRaster copy(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    WritableRaster r = img.getRaster().createCompatibleWritableRaster(w, h);
    // The decoders' and Java2D's usual layouts are copied whole: copyData goes a row of elements
    // at a time, about a tenth of embedding a 1080p image.
    InterleavedBytes from = InterleavedBytes.of(img.getRaster());
    int[] ints = packedInts(img.getRaster());
    int[] intsTo = packedInts(r);
    if (ints != null && intsTo != null && img.getSampleModel().equals(r.getSampleModel())) {
      System.arraycopy(ints, 0, intsTo, 0, w * h);
    } else if (from == null || !from.copyTo(InterleavedBytes.of(r), w, h)) {
      img.copyData(r);
    }
    return r;
  }

  /** Packed ARGB pixels; a raw raster copy for the packed-int types, {@code getRGB} otherwise. */
  private static int[] readRgb(BufferedImage img, int x0, int y0, int w, int h) {
    if (isPackedInt(img)) {
      return (int[]) img.getRaster().getDataElements(x0, y0, w, h, null);
    }
    return img.getRGB(x0, y0, w, h, null, 0, w);
  }

  private static float luma(int p) {
    return RED[(p >> 16) & 0xff] + GREEN[(p >> 8) & 0xff] + BLUE[p & 0xff];
  }

  /**
   * The weighted channels 0.299f·v, 0.587f·v and 0.114f·v for every 8-bit v: the same float
   * products the luminance sum adds (left to right, as before), looked up instead of converted and
   * multiplied per pixel.
   */
  static final float[] RED = weights(0.299f);

  static final float[] GREEN = weights(0.587f);
  static final float[] BLUE = weights(0.114f);

  private static float[] weights(float k) {
    float[] t = new float[256];
    for (int v = 0; v < 256; v++) {
      t[v] = k * v;
    }
    return t;
  }

  /**
   * The pixel array of a packed-int raster that starts at its origin with rows back to back (a
   * BufferedImage's own raster, not a subimage's), else null. Writes to it change the raster.
   */
  private static int[] packedInts(java.awt.image.Raster r) {
    if (r.getDataBuffer() instanceof java.awt.image.DataBufferInt buffer
        && r.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm
        && buffer.getNumBanks() == 1
        && buffer.getOffset() == 0
        && sm.getScanlineStride() == r.getWidth()
        && r.getSampleModelTranslateX() == 0
        && r.getSampleModelTranslateY() == 0
        && r.getMinX() == 0
        && r.getMinY() == 0
        && buffer.getSize() == r.getWidth() * r.getHeight()) {
      return buffer.getData();
    }
    return null;
  }

  /** 8-bit interleaved sRGB with bands R, G, B (and maybe alpha), not premultiplied. */
  private static boolean isByteRgb(BufferedImage img) {
    ColorModel cm = img.getColorModel();
    return cm instanceof java.awt.image.ComponentColorModel
        && cm.getColorSpace().isCS_sRGB()
        && cm.getNumColorComponents() == 3
        && !cm.isAlphaPremultiplied()
        && img.getRaster().getTransferType() == java.awt.image.DataBuffer.TYPE_BYTE;
  }

  private static boolean isPackedInt(BufferedImage img) {
    return img.getType() == BufferedImage.TYPE_INT_RGB
        || img.getType() == BufferedImage.TYPE_INT_ARGB;
  }

  private static int clamp(int v, int max) {
    return v < 0 ? 0 : (v > max ? max : v);
  }
}
