package dev.candor.image.internal.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lossy WebP encoder's bitstream decodes, in libwebp's {@code dwebp}, to exactly the samples
 * the encoder reconstructed (so its predictions hold in every conforming decoder), and the JVM's
 * decoder shows the picture.
 */
class WebpLossyTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}×{1} q{2}")
  @CsvSource({"256,256,90", "333,171,75", "17,9,50", "1,1,90", "640,480,100", "200,120,0"})
  void dwebpReconstructsExactlyTheEncodersSamples(int w, int h, int quality) throws Exception {
    requireOnPath("dwebp");
    BufferedImage img = scene(w, h);
    Path in = Files.write(tmp.resolve("in.webp"), WebpLossy.encode(img, quality));
    Path yuv = tmp.resolve("out.yuv");
    run("dwebp", "-quiet", in.toString(), "-yuv", "-o", yuv.toString());
    byte[] raw = Files.readAllBytes(yuv);
    int[][] planes = WebpLossy.reconstruction(img, quality);
    int at = 0;
    for (int[] plane : planes) {
      int[] got = new int[plane.length];
      for (int i = 0; i < got.length; i++) {
        got[i] = raw[at + i] & 0xff;
      }
      at += plane.length;
      assertArrayEquals(plane, got);
    }
    assertEquals(raw.length, at, "Y, U and V planes and nothing else");
    // The JVM's decoder (TwelveMonkeys) shows what libwebp shows, chroma upsampled the same way.
    Path pam = tmp.resolve("out.pam");
    run("dwebp", "-quiet", "-nofancy", in.toString(), "-pam", "-o", pam.toString());
    BufferedImage libwebp = ImageIO.read(new ByteArrayInputStream(rgbOfPam(Files.readAllBytes(pam), w, h)));
    BufferedImage jvm = ImageIO.read(in.toFile());
    assertTrue(psnr(libwebp, jvm) > 45, "JVM against libwebp: " + psnr(libwebp, jvm) + " dB");
  }

  /** A PNG of the RGB in a PAM file as dwebp writes it. */
  private static byte[] rgbOfPam(byte[] file, int w, int h) throws Exception {
    String head = new String(file, 0, Math.min(file.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    int start = head.indexOf("ENDHDR\n") + 7;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < w * h; i++) {
      int o = start + 4 * i;
      img.setRGB(i % w, i / w, (file[o] & 0xff) << 16 | (file[o + 1] & 0xff) << 8 | (file[o + 2] & 0xff));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Test
  void randomImages_dwebpReconstructsExactly() throws Exception {
    requireOnPath("dwebp");
    Random r = new Random(20261130);
    for (int k = 0; k < 24; k++) {
      int w = 1 + r.nextInt(k < 12 ? 40 : 300);
      int h = 1 + r.nextInt(k < 12 ? 40 : 200);
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      int kind = k % 3;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int v = kind == 0 ? r.nextInt(1 << 24) // noise: the largest coefficients
              : kind == 1 ? ((x * 255 / w) << 16 | (y * 255 / h) << 8 | 128) // gradients
              : ((x / 7 + y / 5) % 2 == 0 ? 0xf0f0f0 : 0x101010); // hard edges
          img.setRGB(x, y, v);
        }
      }
      int quality = r.nextInt(101);
      Path in = Files.write(tmp.resolve("r" + k + ".webp"), WebpLossy.encode(img, quality));
      Path yuv = tmp.resolve("r" + k + ".yuv");
      run("dwebp", "-quiet", in.toString(), "-yuv", "-o", yuv.toString());
      byte[] raw = Files.readAllBytes(yuv);
      int at = 0;
      for (int[] plane : WebpLossy.reconstruction(img, quality)) {
        for (int i = 0; i < plane.length; i++) {
          assertEquals(plane[i], raw[at + i] & 0xff, "image " + k + " (" + w + "×" + h + " q"
              + quality + "), sample " + (at + i));
        }
        at += plane.length;
      }
    }
  }

  @Test
  void translucentImage_alphaKeptExactlyBesideTheLossyColour() throws Exception {
    requireOnPath("dwebp");
    int w = 150;
    int h = 90;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    BufferedImage colour = scene(w, h);
    Random r = new Random(9);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int a = x < 20 ? 0 : x > 120 ? 255 : (x * 7 + y * 3 + r.nextInt(5)) & 0xff;
        img.setRGB(x, y, a << 24 | (colour.getRGB(x, y) & 0xffffff));
      }
    }
    byte[] webp = WebpLossy.encode(img, 85);
    assertEquals("VP8X", new String(webp, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals("ALPH", new String(webp, 30, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    Path in = Files.write(tmp.resolve("a.webp"), webp);
    Path pam = tmp.resolve("a.pam");
    run("dwebp", "-quiet", in.toString(), "-pam", "-o", pam.toString());
    byte[] file = Files.readAllBytes(pam);
    String head = new String(file, 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
    int start = head.indexOf("ENDHDR\n") + 7;
    BufferedImage jvm = ImageIO.read(in.toFile());
    for (int i = 0; i < w * h; i++) {
      int want = img.getRGB(i % w, i / w) >>> 24;
      assertEquals(want, file[start + 4 * i + 3] & 0xff, "libwebp alpha at " + i);
      assertEquals(want, jvm.getRGB(i % w, i / w) >>> 24, "JVM alpha at " + i);
    }
  }

  @Test
  void jvmDecoderShowsThePicture() throws Exception {
    BufferedImage img = scene(320, 200);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(WebpLossy.encode(img, 90)));
    assertEquals(320, back.getWidth());
    // 34.8 dB: the scene's hard colour edges lose most to 4:2:0 chroma.
    assertTrue(psnr(img, back) > 33, "PSNR " + psnr(img, back));
  }

  @Test
  void higherQualityIsCloserAndLarger() throws Exception {
    BufferedImage img = scene(256, 192);
    byte[] low = WebpLossy.encode(img, 50);
    byte[] high = WebpLossy.encode(img, 95);
    assertTrue(high.length > low.length);
    assertTrue(psnr(img, ImageIO.read(new ByteArrayInputStream(high)))
        > psnr(img, ImageIO.read(new ByteArrayInputStream(low))));
  }

  @Test
  void refusesWhatVp8CannotState() {
    BufferedImage wide = new BufferedImage(WebpLossy.MAX_SIDE + 1, 1, BufferedImage.TYPE_INT_RGB);
    assertThrows(dev.candor.core.ProvenanceException.class, () -> WebpLossy.encode(wide, 90));
    assertThrows(IllegalArgumentException.class, () -> WebpLossy.encode(scene(8, 8), 101));
  }

  /** Gradients, edges, a bright disc and noise: every prediction mode and coefficient size. */
  static BufferedImage scene(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 200), w, h, new Color(250, 200, 40)));
    g.fillRect(0, 0, w, h);
    g.setColor(Color.WHITE);
    g.fillOval(w / 4, h / 4, w / 2 + 1, h / 2 + 1);
    g.setColor(Color.BLACK);
    g.fillRect(w / 2, 0, Math.max(1, w / 16), h);
    g.dispose();
    Random r = new Random(w * 31L + h);
    for (int y = h / 2; y < h; y++) {
      for (int x = 0; x < w / 3; x++) {
        int p = img.getRGB(x, y);
        int n = r.nextInt(81) - 40;
        int red = Math.max(0, Math.min(255, ((p >> 16) & 255) + n));
        img.setRGB(x, y, (p & 0xff00ffff) | red << 16);
      }
    }
    return img;
  }

  static double psnr(BufferedImage a, BufferedImage b) {
    double se = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s < 24; s += 8) {
          int d = ((p >> s) & 255) - ((q >> s) & 255);
          se += d * d;
        }
      }
    }
    return 10 * Math.log10(255.0 * 255 / (se / (3.0 * a.getWidth() * a.getHeight())));
  }

  private static void requireOnPath(String name) {
    boolean present = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      present |= Files.isExecutable(Path.of(dir, name));
    }
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(name + " is required on CI: apt-get install webp");
    }
    assumeTrue(present, name + " absent (Debian package webp)");
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
    assertEquals(0, p.exitValue(), out);
  }
}
