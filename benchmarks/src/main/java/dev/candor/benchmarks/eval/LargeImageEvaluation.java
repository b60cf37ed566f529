package dev.candor.benchmarks.eval;

import dev.candor.image.internal.watermark.PatternSeed;
import dev.candor.image.internal.watermark.WatermarkDetector;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;

/**
 * The watermark on large images (4K and 5K), which carry the tile enlarged: the attacks of {@link
 * WatermarkEvaluation} plus what a platform does to a large upload (shrink it to 1080 or 1600 px on
 * the long side and re-encode it, or to 0.3×, or crop it square to 1080 px). Images: the nine
 * photographs of the main evaluation at their packaged 2560×1600, enlarged 1.5× to 3840×2400 as an
 * upscaler would, and the 4K and 5K wallpapers of {@code plasma-workspace-wallpapers}
 * (illustrations: smooth gradients and flat shapes, as generated images often are). Writes {@code
 * WATERMARK-LARGE.md}.
 */
public final class LargeImageEvaluation {
  private static final String KDE = "/usr/share/wallpapers/";
  private static final String[] PHOTOS = {
    "BytheWater", "ColdRipple", "ColorfulCups", "DarkestHour", "EveningGlow", "FallenLeaf", "Path",
    "summer_1am", "OneStandsOut",
  };
  private static final String[] LARGE = {
    "Altai/contents/images/5120x2880.png",
    "Canopee/contents/images/3840x2160.png",
    "Cascade/contents/images/3840x2160.png",
    "Flow/contents/images/5120x2880.jpg",
    "Honeywave/contents/images/5120x2880.jpg",
    "MilkyWay/contents/images/5120x2880.png",
    "SafeLanding/contents/images/5120x2880.jpg",
    "Volna/contents/images/5120x2880.jpg",
  };
  /**
   * How much the nine photographs are enlarged from 2560×1600: {@code -Dwm.upscale=1} keeps them
   * as packaged, below the size that gets an enlarged tile but large enough to be read binned too.
   */
  private static final double UPSCALE = Double.parseDouble(System.getProperty("wm.upscale", "1.5"));

  /**
   * {@code -Dwm.size=2912x1632}: the nine photographs enlarged to cover that size and cropped to
   * it about their centre (wide upscales and panoramas, enlarged by their long side); implies
   * {@code wm.photosOnly} and replaces {@code wm.upscale}.
   */
  private static final String SIZE = System.getProperty("wm.size");

  private static final boolean PHOTOS_ONLY = SIZE != null || Boolean.getBoolean("wm.photosOnly");
  private static final String HAND_WRITTEN = "## Notes";

  private LargeImageEvaluation() {}

  private static Map<String, UnaryOperator<BufferedImage>> attacks() {
    Map<String, UnaryOperator<BufferedImage>> a = WatermarkEvaluation.attacks();
    a.put("platform: 1600 px long side + JPEG 80", i -> Attacks.jpeg(longSide(i, 1600), 80));
    a.put("platform: 1080 px long side + JPEG 85", i -> Attacks.jpeg(longSide(i, 1080), 85));
    a.put("resize 0.3x + JPEG 85", i -> Attacks.jpeg(Attacks.resize(i, 0.3), 85));
    a.put("platform: square crop to 1080×1080 + JPEG 85", i -> Attacks.jpeg(square(i, 1080), 85));
    return a;
  }

  /** The central square of {@code img}, resized to side × side. */
  private static BufferedImage square(BufferedImage img, int side) {
    int m = Math.min(img.getWidth(), img.getHeight());
    BufferedImage sq =
        img.getSubimage((img.getWidth() - m) / 2, (img.getHeight() - m) / 2, m, m);
    return Attacks.resizeTo(sq, side, side);
  }

  private static BufferedImage longSide(BufferedImage img, int side) {
    return Attacks.resize(img, (double) side / Math.max(img.getWidth(), img.getHeight()));
  }

  private static Map<String, BufferedImage> images() throws IOException {
    Map<String, BufferedImage> out = new LinkedHashMap<>();
    String only = System.getProperty("wm.photos");
    for (String p : PHOTOS) {
      File f = new File(KDE + p + "/contents/images/2560x1600.jpg");
      if (f.exists() && (only == null || WatermarkEvaluation.matches(p, only))) {
        BufferedImage img = Attacks.toRgb(ImageIO.read(f));
        if (SIZE != null) {
          out.put(p + " " + SIZE, cover(img, SIZE));
        } else {
          out.put(
              UPSCALE == 1 ? p : p + " ×" + UPSCALE,
              UPSCALE == 1 ? img : Attacks.resize(img, UPSCALE));
        }
      }
    }
    for (String p : PHOTOS_ONLY ? new String[0] : LARGE) {
      File f = new File(KDE + p);
      String name = p.substring(0, p.indexOf('/'));
      if (f.exists() && (only == null || WatermarkEvaluation.matches(name, only))) {
        out.put(name, Attacks.toRgb(ImageIO.read(f)));
      }
    }
    return out;
  }

  /** {@code img} enlarged to cover {@code size} (WxH) and cropped to it about its centre. */
  static BufferedImage cover(BufferedImage img, String size) {
    String[] wh = size.split("x");
    int w = Integer.parseInt(wh[0]);
    int h = Integer.parseInt(wh[1]);
    double f = Math.max((double) w / img.getWidth(), (double) h / img.getHeight());
    BufferedImage big = f == 1 ? img : Attacks.resize(img, f);
    return Attacks.toRgb(
        big.getSubimage((big.getWidth() - w) / 2, (big.getHeight() - h) / 2, w, h));
  }

  public static void main(String[] args) throws IOException {
    Path report = Path.of(args.length > 0 ? args[0] : "WATERMARK-LARGE.md");
    byte[] secret = "candor-eval-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    WatermarkKey key = WatermarkKey.of(secret);
    WatermarkKey wrong =
        WatermarkKey.of("candor-eval-key-WRONG-0123456789".getBytes(StandardCharsets.US_ASCII));
    byte[] seed = PatternSeed.derive(secret, PatternSeed.PATTERN);
    Map<String, UnaryOperator<BufferedImage>> attacks = attacks();
    // -Dwm.attacks=a,b / -Dwm.photos=a,b (substrings), as in WatermarkEvaluation.
    String onlyAttacks = System.getProperty("wm.attacks");
    if (onlyAttacks != null) {
      attacks.keySet().removeIf(k -> !WatermarkEvaluation.matches(k, onlyAttacks));
    }
    Map<String, int[]> exact = new LinkedHashMap<>(); // recovered, cells, FP unmarked, FP wrong key
    for (String a : attacks.keySet()) {
      exact.put(a, new int[4]);
    }
    List<String> rows = new ArrayList<>();
    int index = 0;
    double psnrSum = 0;
    for (Map.Entry<String, BufferedImage> p : images().entrySet()) {
      BufferedImage img = p.getValue();
      long bits = 0x1a46_0000_0000_0000L + index * 0x0101_0101_0101L;
      WatermarkPayload payload = WatermarkPayload.of(bits);
      BufferedImage marked = ImageWatermark.embed(img, payload, key, EvalStrength.get());
      double psnr = Quality.psnr(img, marked);
      psnrSum += psnr;
      StringBuilder fails = new StringBuilder();
      for (Map.Entry<String, UnaryOperator<BufferedImage>> a : attacks.entrySet()) {
        int[] s = exact.get(a.getKey());
        BufferedImage attacked = a.getValue().apply(marked);
        WatermarkDetector.Result r = WatermarkDetector.detect(attacked, seed);
        s[1]++;
        if (r.found() && r.payload() == bits) {
          s[0]++;
        } else {
          fails.append(String.format(Locale.ROOT, " [%s z=%.1f]", a.getKey(), r.z()));
        }
        WatermarkDetection clean = ImageWatermark.detect(a.getValue().apply(img), key);
        s[2] += clean.found() ? 1 : 0;
        s[3] += ImageWatermark.detect(attacked, wrong).found() ? 1 : 0;
      }
      index++;
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d×%d | %.2f |%s |",
              p.getKey(),
              img.getWidth(),
              img.getHeight(),
              psnr,
              fails.length() == 0 ? " all recovered" : fails));
      System.out.println(rows.get(rows.size() - 1));
    }
    write(report, exact, rows, index, psnrSum / Math.max(1, index));
  }

  private static void write(
      Path report, Map<String, int[]> exact, List<String> rows, int images, double psnr)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Image watermark on large images (`")
        .append(ImageWatermark.ALGORITHM)
        .append("`)\n\n")
        .append("Produced by `benchmarks/eval-watermark.sh` (")
        .append("`dev.candor.benchmarks.eval.LargeImageEvaluation`). ")
        .append(images)
        .append(" images (the nine photographs of the main evaluation, from 2560×1600")
        .append(
            SIZE != null
                ? " enlarged to cover " + SIZE + " and cropped to it"
                : UPSCALE == 1 ? " as packaged" : " enlarged " + UPSCALE + "× as an upscaler would")
        .append(PHOTOS_ONLY ? "" : ", and eight 4K/5K illustrations")
        .append("), one payload each, the attacks of `WATERMARK-RESULTS.md` and four a platform")
        .append(" applies to large uploads. ")
        .append(String.format(Locale.ROOT, "Mean PSNR %.2f dB.%n%n", psnr))
        .append("| attack | exact payload | FP unmarked | FP wrong key |\n|---|---|---|---|\n");
    ReportFile.attackTable(md, exact, c -> c[2] + "/" + c[1] + " | " + c[3] + "/" + c[1]);
    md.append("| image | size | PSNR dB | failures |\n|---|---|---|---|\n");
    for (String r : rows) {
      md.append(r).append('\n');
    }
    System.out.println(md);
    ReportFile.write(report, md.toString(), HAND_WRITTEN);
  }
}
