package dev.candor.benchmarks.eval;

import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Small crops of images that carry the tile enlarged: a crop keeps the enlarged period, so the
 * detector reads it binned at the unchanged geometry. Images: KDE's Cascade at 3840×2160 and four
 * of the main evaluation's photographs enlarged to cover 2912×1632 (a wide 2× upscale) and cropped
 * to it. Each is cropped at three odd offsets to each size and saved as JPEG 90; the same crops
 * of the unmarked image, and the marked crops under a wrong key, count false positives. Prints a
 * Markdown table (about half a minute).
 */
public final class CropEvaluation {
  private static final String KDE = "/usr/share/wallpapers/";
  private static final String[] PHOTOS = {"Path", "BytheWater", "OneStandsOut", "DarkestHour"};
  private static final int[][] SIZES = {
    {640, 360}, {512, 512}, {480, 320}, {448, 448}, {400, 400}, {384, 384}, {352, 352}, {320, 320},
  };
  private static final int[][] OFFSETS = {{1001, 499}, {333, 777}, {1777, 201}};

  private CropEvaluation() {}

  public static void main(String[] args) throws IOException {
    WatermarkKey key =
        WatermarkKey.of("candor-eval-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    WatermarkKey wrong =
        WatermarkKey.of("candor-eval-key-WRONG-0123456789".getBytes(StandardCharsets.US_ASCII));
    Map<String, BufferedImage> images = new LinkedHashMap<>();
    File cascade = new File(KDE + "Cascade/contents/images/3840x2160.png");
    if (cascade.exists()) {
      images.put("Cascade", Attacks.toRgb(ImageIO.read(cascade)));
    }
    for (String p : PHOTOS) {
      File f = new File(KDE + p + "/contents/images/2560x1600.jpg");
      if (f.exists()) {
        images.put(p, LargeImageEvaluation.cover(Attacks.toRgb(ImageIO.read(f)), "2912x1632"));
      }
    }
    Map<String, int[]> found = new LinkedHashMap<>(); // recovered, cells, FP unmarked, FP wrong key
    Map<String, int[]> perImage = new LinkedHashMap<>(); // recovered, cells
    int index = 0;
    for (Map.Entry<String, BufferedImage> e : images.entrySet()) {
      BufferedImage img = e.getValue();
      int[] mine = perImage.computeIfAbsent(e.getKey(), k -> new int[2]);
      long bits = 0x1a46_0000_0000_0000L + index++ * 0x0101_0101_0101L;
      BufferedImage marked =
          ImageWatermark.embed(img, WatermarkPayload.of(bits), key, EvalStrength.get());
      for (int[] size : SIZES) {
        int[] cell = found.computeIfAbsent(size[0] + "×" + size[1], k -> new int[4]);
        for (int[] at : OFFSETS) {
          BufferedImage crop = crop(marked, at, size);
          WatermarkDetection d = ImageWatermark.detect(crop, key);
          int ok = d.found() && d.payload().get().bits() == bits ? 1 : 0;
          cell[0] += ok;
          cell[1]++;
          mine[0] += ok;
          mine[1]++;
          cell[2] += ImageWatermark.detect(crop(img, at, size), key).found() ? 1 : 0;
          cell[3] += ImageWatermark.detect(crop, wrong).found() ? 1 : 0;
        }
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "%d images, three offsets each, JPEG 90%n%n", index))
        .append("| crop | exact payload | FP unmarked | FP wrong key |\n|---|---|---|---|\n");
    found.forEach(
        (size, c) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %d/%d | %d/%d | %d/%d |%n",
                    size, c[0], c[1], c[2], c[1], c[3], c[1])));
    md.append("\n| image | found |\n|---|---|\n");
    perImage.forEach(
        (name, c) -> md.append(String.format(Locale.ROOT, "| %s | %d/%d |%n", name, c[0], c[1])));
    System.out.print(md);
  }

  private static BufferedImage crop(BufferedImage img, int[] at, int[] size) {
    return Attacks.jpeg(Attacks.toRgb(img.getSubimage(at[0], at[1], size[0], size[1])), 90);
  }
}
