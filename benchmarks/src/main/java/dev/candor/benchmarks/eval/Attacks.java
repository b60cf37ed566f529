package dev.candor.benchmarks.eval;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The distortions a mark must survive, each a pure function of its input image (seeded noise). */
public final class Attacks {
  private Attacks() {}

  static BufferedImage jpeg(BufferedImage img, int quality) {
    BufferedImage src = img.getType() == BufferedImage.TYPE_BYTE_GRAY ? img : toRgb(img);
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
      ImageWriter writer = it.next();
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality / 100f);
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(src, null, null), p);
      }
      writer.dispose();
      return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes WebP in the JVM (ImageIO's WebP reader, TwelveMonkeys, as {@code candor verify} does)
   * instead of with libwebp's dwebp: {@code -Dwm.webpDecoder=jvm}, the image module's dependencies
   * on the class path.
   */
  private static final boolean WEBP_IN_JVM = "jvm".equals(System.getProperty("wm.webpDecoder"));

  /** WebP through Debian's cwebp, decoded by dwebp (or in the JVM, {@link #WEBP_IN_JVM}). */
  static BufferedImage webp(BufferedImage img, int quality) {
    try {
      Path dir = Files.createTempDirectory("wm-webp");
      Path png = dir.resolve("in.png");
      Path webp = dir.resolve("out.webp");
      Path back = dir.resolve("back.png");
      ImageIO.write(toRgb(img), "png", png.toFile());
      run("cwebp", "-quiet", "-q", String.valueOf(quality), png.toString(), "-o", webp.toString());
      BufferedImage out;
      if (WEBP_IN_JVM) {
        out = ImageIO.read(webp.toFile());
        if (out == null) {
          throw new IOException("no WebP reader on the class path (TwelveMonkeys imageio-webp)");
        }
      } else {
        run("dwebp", "-quiet", webp.toString(), "-o", back.toString());
        out = ImageIO.read(back.toFile());
      }
      for (Path f : new Path[] {png, webp, back, dir}) {
        Files.deleteIfExists(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(String... cmd) throws IOException {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new IOException(cmd[0] + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /**
   * Resamples by {@code f} with a triangle filter widened when shrinking (antialiased bilinear).
   */
  static BufferedImage resize(BufferedImage img, double f) {
    int w = img.getWidth();
    int h = img.getHeight();
    return resizeTo(
        img, Math.max(1, (int) Math.round(w * f)), Math.max(1, (int) Math.round(h * f)));
  }

  static BufferedImage resizeTo(BufferedImage img, int nw, int nh) {
    float[][] ch = planes(img);
    int w = img.getWidth();
    int h = img.getHeight();
    float[][] out = new float[3][];
    for (int c = 0; c < 3; c++) {
      float[] hor = resample(ch[c], w, h, nw, true);
      out[c] = resample(hor, nw, h, nh, false);
    }
    return fromPlanes(out, nw, nh);
  }

  private static float[] resample(float[] src, int w, int h, int n, boolean horizontal) {
    int len = horizontal ? w : h;
    int other = horizontal ? h : w;
    double scale = (double) n / len;
    double support = Math.max(1, 1 / scale);
    float[] out = new float[horizontal ? n * h : w * n];
    for (int i = 0; i < n; i++) {
      double center = (i + 0.5) / scale - 0.5;
      int lo = (int) Math.floor(center - support);
      int hi = (int) Math.ceil(center + support);
      double[] wt = new double[hi - lo + 1];
      double sum = 0;
      for (int k = lo; k <= hi; k++) {
        double v = Math.max(0, 1 - Math.abs(k - center) / support);
        wt[k - lo] = v;
        sum += v;
      }
      for (int o = 0; o < other; o++) {
        double acc = 0;
        for (int k = lo; k <= hi; k++) {
          int kk = Math.max(0, Math.min(len - 1, k));
          acc += wt[k - lo] * (horizontal ? src[o * w + kk] : src[kk * w + o]);
        }
        if (horizontal) {
          out[o * n + i] = (float) (acc / sum);
        } else {
          out[i * w + o] = (float) (acc / sum);
        }
      }
    }
    return out;
  }

  /**
   * Fitted into a {@code side}×{@code side} canvas of grey level {@code background}, centred, the
   * aspect ratio kept (letterboxed): how a platform with square tiles shows an upload, enlarging a
   * small one.
   */
  static BufferedImage canvas(BufferedImage img, int side, int background) {
    double f = (double) side / Math.max(img.getWidth(), img.getHeight());
    BufferedImage fitted = resize(img, f);
    int fw = fitted.getWidth();
    int fh = fitted.getHeight();
    int[] rgb = new int[side * side];
    java.util.Arrays.fill(rgb, background * 0x010101);
    int[] inner = fitted.getRGB(0, 0, fw, fh, null, 0, fw);
    int x0 = (side - fw) / 2;
    int y0 = (side - fh) / 2;
    for (int y = 0; y < fh; y++) {
      System.arraycopy(inner, y * fw, rgb, (y0 + y) * side + x0, fw);
    }
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, side, side, rgb, 0, side);
    return out;
  }

  static BufferedImage crop(BufferedImage img, double f) {
    int w = img.getWidth();
    int h = img.getHeight();
    int cw = (int) Math.round(w * f);
    int ch = (int) Math.round(h * f);
    return toRgb(img.getSubimage((w - cw) / 2, (h - ch) / 2, cw, ch));
  }

  /** Rotates about the centre by {@code degrees}, bilinear, same canvas, black corners. */
  static BufferedImage rotate(BufferedImage img, double degrees) {
    float[][] ch = planes(img);
    int w = img.getWidth();
    int h = img.getHeight();
    double a = Math.toRadians(degrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    double cx = (w - 1) / 2.0;
    double cy = (h - 1) / 2.0;
    float[][] out = new float[3][w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double sx = cos * (x - cx) + sin * (y - cy) + cx;
        double sy = -sin * (x - cx) + cos * (y - cy) + cy;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
          continue;
        }
        double fx = sx - x0;
        double fy = sy - y0;
        for (int c = 0; c < 3; c++) {
          float[] p = ch[c];
          int i = y0 * w + x0;
          out[c][y * w + x] =
              (float)
                  ((1 - fy) * ((1 - fx) * p[i] + fx * p[i + 1])
                      + fy * ((1 - fx) * p[i + w] + fx * p[i + w + 1]));
        }
      }
    }
    return fromPlanes(out, w, h);
  }

  /** The mirror image, left to right. */
  public static BufferedImage mirror(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(w - 1 - x, y, img.getRGB(x, y));
      }
    }
    return out;
  }

  /** Turned {@code quarters} × 90° clockwise, pixel for pixel (w×h is h×w after odd turns). */
  static BufferedImage quarterTurns(BufferedImage img, int quarters) {
    BufferedImage out = toRgb(img);
    for (int q = 0; q < Math.floorMod(quarters, 4); q++) {
      int w = out.getWidth();
      int h = out.getHeight();
      BufferedImage t = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          t.setRGB(h - 1 - y, x, out.getRGB(x, y));
        }
      }
      out = t;
    }
    return out;
  }

  static BufferedImage gaussianBlur(BufferedImage img, double sigma) {
    int r = (int) Math.ceil(3 * sigma);
    double[] k = new double[2 * r + 1];
    double s = 0;
    for (int i = -r; i <= r; i++) {
      k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
      s += k[i + r];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= s;
    }
    float[][] ch = planes(img);
    int w = img.getWidth();
    int h = img.getHeight();
    for (int c = 0; c < 3; c++) {
      float[] tmp = new float[w * h];
      float[] src = ch[c];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double acc = 0;
          for (int i = -r; i <= r; i++) {
            acc += k[i + r] * src[y * w + Math.max(0, Math.min(w - 1, x + i))];
          }
          tmp[y * w + x] = (float) acc;
        }
      }
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double acc = 0;
          for (int i = -r; i <= r; i++) {
            acc += k[i + r] * tmp[Math.max(0, Math.min(h - 1, y + i)) * w + x];
          }
          src[y * w + x] = (float) acc;
        }
      }
    }
    return fromPlanes(ch, w, h);
  }

  /** Multiplies every channel by {@code gain} around {@code pivot}, clipped. */
  static BufferedImage gain(BufferedImage img, double gain, double pivot) {
    float[][] ch = planes(img);
    for (float[] p : ch) {
      for (int i = 0; i < p.length; i++) {
        p[i] = (float) ((p[i] - pivot) * gain + pivot);
      }
    }
    return fromPlanes(ch, img.getWidth(), img.getHeight());
  }

  static BufferedImage noise(BufferedImage img, double sigma, long seed) {
    Random rnd = new Random(seed);
    float[][] ch = planes(img);
    for (float[] p : ch) {
      for (int i = 0; i < p.length; i++) {
        p[i] += (float) (rnd.nextGaussian() * sigma);
      }
    }
    return fromPlanes(ch, img.getWidth(), img.getHeight());
  }

  static BufferedImage greyscale(BufferedImage img) {
    float[][] ch = planes(img);
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    int[] g = new int[w * h];
    for (int i = 0; i < g.length; i++) {
      g[i] = clamp(0.299f * ch[0][i] + 0.587f * ch[1][i] + 0.114f * ch[2][i]);
    }
    out.getRaster().setSamples(0, 0, w, h, 0, g);
    return out;
  }

  static BufferedImage toRgb(BufferedImage img) {
    return fromPlanes(planes(img), img.getWidth(), img.getHeight());
  }

  /** R, G, B planes; greyscale rasters are read directly (no colour-space conversion). */
  static float[][] planes(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    float[][] ch = new float[3][w * h];
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      int[] s = img.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
      for (int i = 0; i < s.length; i++) {
        ch[0][i] = ch[1][i] = ch[2][i] = s[i];
      }
      return ch;
    }
    int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < rgb.length; i++) {
      ch[0][i] = (rgb[i] >> 16) & 0xff;
      ch[1][i] = (rgb[i] >> 8) & 0xff;
      ch[2][i] = rgb[i] & 0xff;
    }
    return ch;
  }

  static BufferedImage fromPlanes(float[][] ch, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] rgb = new int[w * h];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (clamp(ch[0][i]) << 16) | (clamp(ch[1][i]) << 8) | clamp(ch[2][i]);
    }
    out.setRGB(0, 0, w, h, rgb, 0, w);
    return out;
  }

  private static int clamp(float v) {
    int i = Math.round(v);
    return i < 0 ? 0 : (i > 255 ? 255 : i);
  }
}
