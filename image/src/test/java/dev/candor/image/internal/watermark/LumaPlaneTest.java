package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The direct byte paths give what the per-pixel ARGB definition gives, for every layout. */
class LumaPlaneTest {
  private static final int W = 37;
  private static final int H = 23;

  @Test
  void read_byteAndIntLayoutsAndSubimages_equalTheArgbDefinition() {
    for (BufferedImage img : images()) {
      float[] y = LumaPlane.read(img, 3, 2, W - 5, H - 4);
      for (int r = 0; r < H - 4; r++) {
        for (int x = 0; x < W - 5; x++) {
          int p = img.getRGB(3 + x, 2 + r);
          float want =
              0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
          assertEquals(want, y[r * (W - 5) + x], "type " + img.getType() + " at " + x + "," + r);
        }
      }
    }
  }

  @Test
  void addDelta_byteAndIntLayoutsAndSubimages_addTheRoundedDeltaToEachChannelClamped() {
    Random random = new Random(9);
    for (BufferedImage img : images()) {
      float[] delta = new float[img.getWidth() * img.getHeight()];
      for (int i = 0; i < delta.length; i++) {
        delta[i] = (float) (random.nextGaussian() * 40);
      }
      BufferedImage out = LumaPlane.addDelta(img, delta);
      assertEquals(img.getType(), out.getType());
      for (int r = 0; r < img.getHeight(); r++) {
        for (int x = 0; x < img.getWidth(); x++) {
          int p = img.getRGB(x, r);
          int d = Math.round(delta[r * img.getWidth() + x]);
          int q = out.getRGB(x, r);
          for (int shift : new int[] {16, 8, 0}) {
            int want = Math.max(0, Math.min(255, ((p >> shift) & 0xff) + d));
            assertEquals(want, (q >> shift) & 0xff, "type " + img.getType() + " at " + x + "," + r);
          }
          assertEquals(p >>> 24, q >>> 24, "alpha kept");
        }
      }
    }
  }

  @Test
  void weights_everyRgb_sumToTheBt601FloatExpressionExactly() {
    for (int r = 0; r < 256; r++) {
      for (int g = 0; g < 256; g++) {
        for (int b = 0; b < 256; b++) {
          float want = 0.299f * r + 0.587f * g + 0.114f * b;
          float got = LumaPlane.RED[r] + LumaPlane.GREEN[g] + LumaPlane.BLUE[b];
          if (Float.floatToRawIntBits(want) != Float.floatToRawIntBits(got)) {
            assertEquals(want, got, "rgb " + r + "," + g + "," + b);
          }
        }
      }
    }
  }

  @Test
  void round_floatsNearHalvesAndAcrossTheRange_equalMathRound() {
    // Every float in [-600, 600] near a half (where rounding can differ) and every 4097th bit
    // pattern overall, NaN and the infinities among them.
    for (int k = -1200; k <= 1200; k++) {
      float v = k / 2f;
      float lo = v;
      float hi = v;
      for (int step = 0; step < 40; step++) {
        assertEquals(Math.round(lo), LumaPlane.round(lo), "v=" + lo);
        assertEquals(Math.round(hi), LumaPlane.round(hi), "v=" + hi);
        lo = Math.nextDown(lo);
        hi = Math.nextUp(hi);
      }
    }
    for (long bits = Integer.MIN_VALUE; bits <= Integer.MAX_VALUE; bits += 4097) {
      float v = Float.intBitsToFloat((int) bits);
      assertEquals(Math.round(v), LumaPlane.round(v), "bits " + bits);
    }
    for (float v : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        0.49999997f, -0.49999997f, 0x1p23f + 1, -0x1p23f - 1, Float.MAX_VALUE, -Float.MAX_VALUE}) {
      assertEquals(Math.round(v), LumaPlane.round(v), "v=" + v);
    }
  }

  private static BufferedImage[] images() {
    int[] types = {
      BufferedImage.TYPE_3BYTE_BGR,
      BufferedImage.TYPE_4BYTE_ABGR,
      BufferedImage.TYPE_INT_RGB,
      BufferedImage.TYPE_INT_ARGB,
      BufferedImage.TYPE_INT_BGR
    };
    BufferedImage[] out = new BufferedImage[types.length + 3];
    Random random = new Random(4);
    for (int t = 0; t < types.length; t++) {
      out[t] = new BufferedImage(W, H, types[t]);
      fill(out[t], random);
    }
    BufferedImage parent = new BufferedImage(W + 9, H + 7, BufferedImage.TYPE_3BYTE_BGR);
    fill(parent, random);
    out[types.length] = parent.getSubimage(5, 4, W, H); // child rasters: the generic paths
    BufferedImage packed = new BufferedImage(W + 9, H + 7, BufferedImage.TYPE_INT_ARGB);
    fill(packed, random);
    out[types.length + 1] = packed.getSubimage(5, 4, W, H);
    // Rows padded past the pixels: not copied whole, as the packed layouts are.
    java.awt.image.WritableRaster padded =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, W, H, W * 3 + 5, 3, new int[] {2, 1, 0}, null);
    BufferedImage bgr = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
    out[types.length + 2] = new BufferedImage(bgr.getColorModel(), padded, false, null);
    fill(out[types.length + 2], random);
    return out;
  }

  private static void fill(BufferedImage img, Random random) {
    for (int r = 0; r < img.getHeight(); r++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, r, 0x80000000 | random.nextInt(1 << 24));
      }
    }
  }
}
