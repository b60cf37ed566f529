package dev.candor.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The benchmark images: photo-like pictures (smooth gradients, shapes and sensor-like noise) made
 * once and kept in {@code benchmarks/target/inputs/}, so every fork, and the c2pa-node script,
 * reads the same bytes. Deterministic: the same seed gives the same pixels.
 */
public enum Inputs {
  JPEG_2MP("jpeg-2mp.jpg", "image/jpeg", 1600, 1200),
  JPEG_12MP("jpeg-12mp.jpg", "image/jpeg", 4000, 3000),
  JPEG_24MP("jpeg-24mp.jpg", "image/jpeg", 6000, 4000),
  PNG_1080P("png-1080p.png", "image/png", 1920, 1080),
  PNG_4K("png-4k.png", "image/png", 3840, 2160),
  WEBP_12MP("webp-12mp.webp", "image/webp", 4000, 3000);

  /** Where inputs live unless {@code -Dcandor.bench.inputs} says otherwise. */
  public static final String DIR_PROPERTY = "candor.bench.inputs";

  private static final float JPEG_QUALITY = 0.95f;
  // 96, not a lower quality, so that the WebP is over 2 MB like the other large inputs: the label
  // target applies to files of 2 MB and up, and at 92 this one (1.8 MB) escaped it.
  private static final int WEBP_QUALITY = 96;

  private final String fileName;
  private final String mediaType;
  private final int width;
  private final int height;

  Inputs(String fileName, String mediaType, int width, int height) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.width = width;
    this.height = height;
  }

  /** The file name inside the inputs folder. */
  public String fileName() {
    return fileName;
  }

  /** The IANA media type. */
  public String mediaType() {
    return mediaType;
  }

  /** The folder holding the inputs. */
  public static Path dir() {
    return Path.of(System.getProperty(DIR_PROPERTY, "benchmarks/target/inputs"));
  }

  /** The input's file, made if missing. */
  public Path file() {
    Path f = dir().resolve(fileName);
    if (!Files.exists(f)) {
      try {
        Files.createDirectories(f.getParent());
        Path tmp = Files.createTempFile(f.getParent(), fileName, ".part");
        write(tmp);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make " + f, e);
      }
    }
    return f;
  }

  /** The input's bytes, made if missing. */
  public byte[] bytes() {
    try {
      return Files.readAllBytes(file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Path target) throws IOException {
    BufferedImage img = picture(width, height, ordinal());
    switch (mediaType) {
      case "image/jpeg" -> writeJpeg(img, target);
      case "image/png" -> {
        if (!ImageIO.write(img, "png", target.toFile())) {
          throw new IOException("no PNG writer");
        }
      }
      default -> writeWebp(img, target);
    }
  }

  /** Gradients, soft discs and Gaussian-ish noise of about 3 levels: compresses like a photo. */
  static BufferedImage picture(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    SplittableRandom rnd = new SplittableRandom(seed);
    int discs = 24;
    int[] cx = new int[discs];
    int[] cy = new int[discs];
    int[] r2 = new int[discs];
    int[] tint = new int[discs];
    for (int i = 0; i < discs; i++) {
      cx[i] = rnd.nextInt(w);
      cy[i] = rnd.nextInt(h);
      int r = Math.max(8, rnd.nextInt(Math.min(w, h) / 4));
      r2[i] = r * r;
      tint[i] = rnd.nextInt(0x1000000);
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = 40 + 160 * x / w;
        int g = 60 + 140 * y / h;
        int b = 200 - 120 * (x + y) / (w + h);
        for (int i = 0; i < discs; i++) {
          int dx = x - cx[i];
          int dy = y - cy[i];
          if (dx * dx + dy * dy < r2[i]) {
            r = (r + (tint[i] >> 16 & 0xff)) >> 1;
            g = (g + (tint[i] >> 8 & 0xff)) >> 1;
            b = (b + (tint[i] & 0xff)) >> 1;
          }
        }
        int n = rnd.nextInt(7) - 3 + rnd.nextInt(7) - 3;
        row[x] = clamp(r + n) << 16 | clamp(g + n) << 8 | clamp(b + n);
      }
      img.setRGB(0, y, w, 1, row, 0, w);
    }
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  private static void writeJpeg(BufferedImage img, Path target) throws IOException {
    Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter w = it.next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(JPEG_QUALITY);
    Files.deleteIfExists(target);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
      w.setOutput(out);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
  }

  /** WebP needs {@code cwebp} (Debian package {@code webp}): the JDK has no WebP encoder. */
  private static void writeWebp(BufferedImage img, Path target) throws IOException {
    Path png = Files.createTempFile("candor-bench", ".png");
    try {
      ImageIO.write(img, "png", png.toFile());
      Process p =
          new ProcessBuilder(
                  List.of(
                      "cwebp",
                      "-quiet",
                      "-q",
                      String.valueOf(WEBP_QUALITY),
                      png.toString(),
                      "-o",
                      target.toString()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("cwebp failed (install the Debian package webp)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(png);
    }
  }
}
