package dev.candor.image.watermark;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Synthetic photographs-alike (smooth gradients, blobs, fine texture) and simple attacks. */
public final class TestImages {
  private TestImages() {}

  static BufferedImage textured(int w, int h, long seed) {
    Random rnd = new Random(seed);
    double[] fx = new double[6];
    double[] fy = new double[6];
    double[] ph = new double[6];
    for (int k = 0; k < 6; k++) {
      fx[k] = rnd.nextDouble() * 0.08;
      fy[k] = rnd.nextDouble() * 0.08;
      ph[k] = rnd.nextDouble() * 6.28;
    }
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double v = 60 + 120.0 * x / w;
        for (int k = 0; k < 6; k++) {
          v += 12 * Math.sin(fx[k] * x + fy[k] * y + ph[k]);
        }
        v += 6 * rnd.nextGaussian();
        int r = clamp(v + 20 * y / h);
        int g = clamp(v);
        int b = clamp(v - 30.0 * x / w);
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return img;
  }

  /**
   * {@link #textured} overlaid with a dark brick wall (23-px courses, 48-px bricks): a strongly
   * periodic structure whose autocorrelation hides the watermark's tile lattice.
   */
  static BufferedImage bricks(int w, int h, long seed) {
    BufferedImage img = textured(w, h, seed);
    java.awt.Graphics2D g = img.createGraphics();
    g.setColor(new java.awt.Color(40, 30, 30));
    for (int y = 0; y < h; y += 23) {
      g.fillRect(0, y, w, 3);
      for (int x = ((y / 23) % 2) * 24; x < w; x += 48) {
        g.fillRect(x, y, 3, 23);
      }
    }
    g.dispose();
    return img;
  }

  /**
   * A pure grey texture with no flat area and no structure: seeded Gaussian noise (σ = {@code
   * sigma}) smoothed lightly (1-2-1 kernel) and doubled, around mid grey. Its band-pass energy at
   * the watermark's chip pitch is about twice the mark's at the RMS budget, like the skimage
   * {@code grass} and {@code gravel} photographs.
   */
  static BufferedImage busyTexture(int w, int h, long seed, double sigma) {
    Random rnd = new Random(seed);
    double[] v = new double[w * h];
    for (int i = 0; i < v.length; i++) {
      v[i] = sigma * rnd.nextGaussian();
    }
    int[] px = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int yy = Math.min(h - 1, Math.max(0, y + dy));
            int xx = Math.min(w - 1, Math.max(0, x + dx));
            s += (2 - Math.abs(dx)) * (2 - Math.abs(dy)) * v[yy * w + xx];
          }
        }
        px[y * w + x] = clamp(128 + s / 8);
      }
    }
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    img.getRaster().setSamples(0, 0, w, h, 0, px);
    return img;
  }

  /**
   * A hazy sky: a smooth vertical gradient (grey-blue to warm grey) under seeded Gaussian grain of
   * σ = {@code sigma} grey levels, so almost every pixel is flat to the strength map.
   */
  static BufferedImage sky(int w, int h, long seed, double sigma) {
    Random rnd = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      double t = (double) y / h;
      for (int x = 0; x < w; x++) {
        double d = sigma * rnd.nextGaussian();
        int r = clamp(150 + 50 * t + d);
        int g = clamp(160 + 35 * t + d);
        int b = clamp(170 + 20 * t + d);
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return img;
  }

  /**
   * A printed page without fonts: pure white with black glyph-like strokes (1–2 px wide, 5–11 px
   * tall, in words along lines 22 px apart), so most pixels sit at 255 with no room above them.
   */
  static BufferedImage page(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    Random rnd = new Random(seed);
    for (int line = 24; line < h - 12; line += 22) {
      int x = 20 + rnd.nextInt(10);
      while (x < w - 40) {
        int letters = 2 + rnd.nextInt(8);
        for (int k = 0; k < letters && x < w - 20; k++) {
          int tall = rnd.nextInt(3) == 0 ? 11 : 7;
          g.fillRect(x, line - tall, 1 + rnd.nextInt(2), tall);
          if (rnd.nextBoolean()) {
            g.fillRect(x, line - 7 + rnd.nextInt(2) * 6, 5, 1);
          }
          x += 6 + rnd.nextInt(3);
        }
        x += 8;
      }
    }
    g.dispose();
    return img;
  }

  static BufferedImage jpeg(BufferedImage img, int quality) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality / 100f);
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(img, null, null), p);
      }
      writer.dispose();
      return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Centre crop to {@code f}, then area-average resize by {@code s}. */
  static BufferedImage cropResize(BufferedImage img, double f, double s) {
    int cw = (int) Math.round(img.getWidth() * f);
    int ch = (int) Math.round(img.getHeight() * f);
    BufferedImage c =
        img.getSubimage((img.getWidth() - cw) / 2, (img.getHeight() - ch) / 2, cw, ch);
    int nw = (int) Math.round(cw * s);
    int nh = (int) Math.round(ch * s);
    BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.drawImage(c.getScaledInstance(nw, nh, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    return out;
  }

  /** Resampled to w×h, whatever its aspect ratio (Java2D, bilinear). */
  static BufferedImage stretched(BufferedImage img, int w, int h) {
    return resampled(img, w, h, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
  }

  /** Enlarged {@code s} times with bicubic interpolation (Java2D), as an upscaler or a canvas does. */
  static BufferedImage enlarge(BufferedImage img, double s) {
    int nw = (int) Math.round(img.getWidth() * s);
    int nh = (int) Math.round(img.getHeight() * s);
    return resampled(img, nw, nh, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static BufferedImage resampled(BufferedImage img, int w, int h, Object interpolation) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, interpolation);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** The mirror image, left to right (Java2D, nearest neighbour: pixels moved, not resampled). */
  static BufferedImage mirror(BufferedImage img) {
    java.awt.geom.AffineTransform t =
        new java.awt.geom.AffineTransform(-1, 0, 0, 1, img.getWidth(), 0);
    return transformed(img, t, img.getWidth(), img.getHeight());
  }

  /** Turned {@code quarters} × 90° clockwise (Java2D, nearest neighbour). */
  static BufferedImage quarterTurns(BufferedImage img, int quarters) {
    int w = img.getWidth();
    int h = img.getHeight();
    boolean odd = quarters % 2 == 1;
    int nw = odd ? h : w;
    int nh = odd ? w : h;
    java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
    t.translate(nw / 2.0, nh / 2.0);
    t.quadrantRotate(quarters);
    t.translate(-w / 2.0, -h / 2.0);
    return transformed(img, t, nw, nh);
  }

  private static BufferedImage transformed(
      BufferedImage img, java.awt.geom.AffineTransform t, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(img, t, null);
    g.dispose();
    return out;
  }

  /** Bilinear rotation about the centre on the same canvas (black corners). */
  static BufferedImage rotate(BufferedImage img, double degrees) {
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), img.getType());
    java.awt.Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
    g.drawImage(img, 0, 0, null);
    g.dispose();
    return out;
  }

  /**
   * PSNR over the stored samples (grey images are compared as stored: getRGB would convert their
   * linear grey to sRGB, which magnifies changes in dark pixels and shrinks them in bright ones).
   */
  public static double psnr(BufferedImage a, BufferedImage b) {
    boolean grey = a.getType() == BufferedImage.TYPE_BYTE_GRAY;
    if (grey && b.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      int n = a.getWidth() * a.getHeight();
      int[] p = a.getRaster().getSamples(0, 0, a.getWidth(), a.getHeight(), 0, new int[n]);
      int[] q = b.getRaster().getSamples(0, 0, a.getWidth(), a.getHeight(), 0, new int[n]);
      double se = 0;
      for (int i = 0; i < n; i++) {
        se += (double) (p[i] - q[i]) * (p[i] - q[i]);
      }
      return 10 * Math.log10(255 * 255 / (se / n));
    }
    double se = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s <= 16; s += 8) {
          double d = ((p >> s) & 0xff) - ((q >> s) & 0xff);
          se += d * d;
        }
      }
    }
    double mse = se / (3.0 * a.getWidth() * a.getHeight());
    return 10 * Math.log10(255 * 255 / mse);
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
