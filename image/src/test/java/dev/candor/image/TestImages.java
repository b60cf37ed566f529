package dev.candor.image;

import dev.candor.core.testkit.Fixtures;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small test images made in memory, and a pixel-byte tamper that keeps each container readable. */
final class TestImages {
  private TestImages() {}

  static BufferedImage picture(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 200), w, h, new Color(250, 200, 80)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(20, 120, 40));
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    return img;
  }

  /** A photo-like image with texture everywhere (watermarks need some to hide in). */
  static BufferedImage textured(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.util.Random r = new java.util.Random(5);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = (int) (128 + 60 * Math.sin(x / 17.0) * Math.cos(y / 23.0)) + r.nextInt(20);
        img.setRGB(x, y, (Math.min(255, v) << 16) | (v / 2 << 8) | (255 - Math.min(255, v)));
      }
    }
    return img;
  }

  /**
   * Grey Gaussian noise (standard deviation {@code sd} around mid-grey, clipped to 0..255), fixed
   * by {@code seed}: at 160² and sd 100 too small and too busy for the watermark to be read back
   * whatever its payload.
   */
  /** {@code img} resampled to w×h, bilinear (Java2D). */
  static BufferedImage resized(BufferedImage img, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  static BufferedImage noise(int w, int h, int sd, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.util.Random r = new java.util.Random(seed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = (int) Math.max(0, Math.min(255, 128 + sd * r.nextGaussian()));
        img.setRGB(x, y, v * 0x010101);
      }
    }
    return img;
  }

  static byte[] of(String fmt) throws Exception {
    if (fmt.equals("webp")) {
      return Files.readAllBytes(Fixtures.file("c2pa-rs/sample1.webp"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(320, 240), fmt.equals("jpeg") ? "jpg" : "png", out);
    return out.toByteArray();
  }

  static String mime(String fmt) {
    return "image/" + fmt;
  }

  /** Flips one bit of compressed pixel data (PNG: inside IDAT, CRC fixed so the file stays valid). */
  /** Offset of the SOS marker of a JPEG, walking its segments from SOI by their lengths. */
  private static int startOfScan(byte[] b) {
    int p = 2;
    while (p + 3 < b.length) {
      if ((b[p] & 0xFF) != 0xFF) {
        throw new IllegalArgumentException("no marker at " + p);
      }
      int marker = b[p + 1] & 0xFF;
      if (marker == 0xFF) {
        p++; // fill byte
        continue;
      }
      if (marker == 0xDA) {
        return p;
      }
      p += 2 + (((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF));
    }
    throw new IllegalArgumentException("no start of scan");
  }

  static byte[] changePixelByte(String fmt, byte[] in) {
    byte[] b = in.clone();
    switch (fmt) {
      case "jpeg": {
        // The real start of scan, found by walking the segments: a plain search for FF DA can
        // land inside the C2PA segment, whose random PS256 signature holds those two bytes about
        // once in 170 labels, and then the test changes the signature instead of a pixel.
        int sos = startOfScan(b);
        b[sos + 40] ^= 0x01;
        return b;
      }
      case "png": {
        int idat = indexOf(b, "IDAT".getBytes(StandardCharsets.ISO_8859_1));
        int len = ((b[idat - 4] & 0xFF) << 24) | ((b[idat - 3] & 0xFF) << 16) | ((b[idat - 2] & 0xFF) << 8) | (b[idat - 1] & 0xFF);
        b[idat + 4 + len / 2] ^= 0x01;
        CRC32 crc = new CRC32();
        crc.update(b, idat, 4 + len);
        long c = crc.getValue();
        int at = idat + 4 + len;
        b[at] = (byte) (c >>> 24);
        b[at + 1] = (byte) (c >>> 16);
        b[at + 2] = (byte) (c >>> 8);
        b[at + 3] = (byte) c;
        return b;
      }
      default: {
        int vp8 = indexOf(b, "VP8".getBytes(StandardCharsets.ISO_8859_1));
        int chunk = vp8;
        while (b[chunk + 3] == 'X') { // skip VP8X to the image chunk
          chunk = indexOf(b, "VP8".getBytes(StandardCharsets.ISO_8859_1), chunk + 4);
        }
        b[chunk + 200] ^= 0x01;
        return b;
      }
    }
  }

  static int indexOf(byte[] b, byte[] pat) {
    return indexOf(b, pat, 0);
  }

  static int indexOf(byte[] b, byte[] pat, int from) {
    outer:
    for (int i = from; i <= b.length - pat.length; i++) {
      for (int j = 0; j < pat.length; j++) {
        if (b[i + j] != pat[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("pattern not found");
  }
}
