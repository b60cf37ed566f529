package dev.candor.benchmarks.eval;

import dev.candor.image.internal.watermark.PatternSeed;
import dev.candor.image.internal.watermark.WatermarkDetector;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkSearch;
import dev.candor.image.watermark.WatermarkStrength;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;

/**
 * Embeds a mark in every test photograph, applies every attack, detects, and writes a Markdown
 * report. Usage: {@code WatermarkEvaluation <report.md> [png-dir]}.
 */
public final class WatermarkEvaluation {
  private static final String SKIMAGE = "/usr/lib/python3/dist-packages/skimage/data/";

  /** Photographs from Debian's plasma-workspace-wallpapers (LGPL-3 / CC-BY-SA-4.0 per metadata). */
  private static final String KDE = "/usr/share/wallpapers/";

  private static final String[] PHOTOS = {
    SKIMAGE + "astronaut.png",
    SKIMAGE + "brick.png",
    SKIMAGE + "camera.png",
    SKIMAGE + "chelsea.png",
    SKIMAGE + "coffee.png",
    SKIMAGE + "coins.png",
    SKIMAGE + "grass.png",
    SKIMAGE + "gravel.png",
    SKIMAGE + "moon.png",
    SKIMAGE + "motorcycle_left.png",
    SKIMAGE + "rocket.jpg",
    SKIMAGE + "hubble_deep_field.jpg",
    SKIMAGE + "retina.jpg",
    SKIMAGE + "ihc.png",
    KDE + "BytheWater/contents/images/2560x1600.jpg",
    KDE + "ColdRipple/contents/images/2560x1600.jpg",
    KDE + "ColorfulCups/contents/images/2560x1600.jpg",
    KDE + "DarkestHour/contents/images/2560x1600.jpg",
    KDE + "EveningGlow/contents/images/2560x1600.jpg",
    KDE + "FallenLeaf/contents/images/2560x1600.jpg",
    KDE + "Path/contents/images/2560x1600.jpg",
    KDE + "summer_1am/contents/images/2560x1600.jpg",
    KDE + "OneStandsOut/contents/images/2560x1600.jpg",
  };
  private static final int MAX_SIDE = 1920;
  private static final int NULL_KEYS = 10;

  /** Where the hand-written part of the report begins (kept when the tables are regenerated). */
  private static final String HAND_WRITTEN = "Machine for this run:";

  private WatermarkEvaluation() {}

  static Map<String, UnaryOperator<BufferedImage>> attacks() {
    Map<String, UnaryOperator<BufferedImage>> a = new LinkedHashMap<>();
    a.put("none", i -> i);
    a.put("JPEG q90", i -> Attacks.jpeg(i, 90));
    a.put("JPEG q75", i -> Attacks.jpeg(i, 75));
    a.put("JPEG q50", i -> Attacks.jpeg(i, 50));
    a.put("WebP q75", i -> Attacks.webp(i, 75));
    a.put(
        "resize 0.5x and back",
        i -> Attacks.resizeTo(Attacks.resize(i, 0.5), i.getWidth(), i.getHeight()));
    a.put("resize 0.75x", i -> Attacks.resize(i, 0.75));
    a.put("centre crop 90%", i -> Attacks.crop(i, 0.9));
    a.put("centre crop 75%", i -> Attacks.crop(i, 0.75));
    a.put("rotate 2°", i -> Attacks.rotate(i, 2));
    a.put("Gaussian blur σ=1", i -> Attacks.gaussianBlur(i, 1));
    a.put("brightness +20%", i -> Attacks.gain(i, 1.2, 0));
    a.put("contrast ×0.8", i -> Attacks.gain(i, 0.8, 128));
    a.put("Gaussian noise σ=5", i -> Attacks.noise(i, 5, 42));
    a.put("greyscale", Attacks::greyscale);
    a.put("screenshot (0.8x + JPEG 85)", i -> Attacks.jpeg(Attacks.resize(i, 0.8), 85));
    a.put(
        "crop 90% + 0.5x + JPEG 75",
        i -> Attacks.jpeg(Attacks.resize(Attacks.crop(i, 0.9), 0.5), 75));
    return a;
  }

  /**
   * Enlarged copies, run instead of the list with {@code -Dwm.beyond=enlarged}: a
   * generator's output upscaled (hires fix, an upscaler) or shown on a platform's square canvas.
   */
  static Map<String, UnaryOperator<BufferedImage>> enlarged() {
    Map<String, UnaryOperator<BufferedImage>> a = new LinkedHashMap<>();
    for (double f : new double[] {1.25, 1.5, 1.75, 2, 2.25, 2.5}) {
      a.put(
          String.format(Locale.ROOT, "enlarge %.2fx + JPEG 85", f),
          i -> Attacks.jpeg(Attacks.resize(i, f), 85));
    }
    a.put(
        "1080-px square canvas, white bars + JPEG 80",
        i -> Attacks.jpeg(Attacks.canvas(i, 1080, 255), 80));
    return a;
  }

  /**
   * Copies stretched one way, run instead of the list with {@code -Dwm.beyond=stretched}:
   * an aspect ratio changed (a platform's fixed frame, or a cheap way to strip a mark).
   */
  static Map<String, UnaryOperator<BufferedImage>> stretched() {
    Map<String, UnaryOperator<BufferedImage>> a = new LinkedHashMap<>();
    for (double[] f : new double[][] {{0.97, 1}, {0.9, 1}, {0.8, 1}, {1, 0.95}, {1.1, 1}}) {
      a.put(
          String.format(Locale.ROOT, "width %.2fx, height %.2fx + JPEG 85", f[0], f[1]),
          i ->
              Attacks.jpeg(
                  Attacks.resizeTo(
                      i,
                      (int) Math.round(i.getWidth() * f[0]),
                      (int) Math.round(i.getHeight() * f[1])),
                  85));
    }
    return a;
  }

  /**
   * Copies beyond the list, run instead of it with {@code -Dwm.beyond=true}: mirrored and
   * quarter-turned copies, alone and with the list's harder attacks.
   */
  static Map<String, UnaryOperator<BufferedImage>> beyond() {
    Map<String, UnaryOperator<BufferedImage>> a = new LinkedHashMap<>();
    a.put("mirror", Attacks::mirror);
    a.put("rotate 90°", i -> Attacks.quarterTurns(i, 1));
    a.put("rotate 180°", i -> Attacks.quarterTurns(i, 2));
    a.put("rotate 270° + JPEG 75", i -> Attacks.jpeg(Attacks.quarterTurns(i, 3), 75));
    a.put("mirror + WebP q75", i -> Attacks.webp(Attacks.mirror(i), 75));
    a.put(
        "mirror + 0.75x + JPEG 75",
        i -> Attacks.jpeg(Attacks.resize(Attacks.mirror(i), 0.75), 75));
    a.put("rotate 90° + rotate 2°", i -> Attacks.rotate(Attacks.quarterTurns(i, 1), 2));
    a.put(
        "mirror + screenshot (0.8x + JPEG 85)",
        i -> Attacks.jpeg(Attacks.resize(Attacks.mirror(i), 0.8), 85));
    a.put(
        "mirror + crop 90% + 0.5x + JPEG 75",
        i -> Attacks.jpeg(Attacks.resize(Attacks.crop(Attacks.mirror(i), 0.9), 0.5), 75));
    return a;
  }

  /**
   * {@code -Dwm.beyond}: "true" the orientation set, "enlarged" or "stretched" those sets, else
   * the list.
   */
  private static final String SET = System.getProperty("wm.beyond", "");

  /** The attacks {@link #SET} names. */
  private static Map<String, UnaryOperator<BufferedImage>> attackSet() {
    return switch (SET) {
      case "true" -> beyond();
      case "enlarged" -> enlarged();
      case "stretched" -> stretched();
      default -> attacks();
    };
  }

  /** What the report says of the set {@link #SET} names; null for the list. */
  private static String setDescription() {
    return switch (SET) {
      case "true" -> "mirrored and quarter-turned copies, alone and with the list's harder attacks";
      case "enlarged" -> "enlarged copies (bilinear), as upscalers and square canvases make them";
      case "stretched" -> "copies stretched one way (bilinear), an aspect ratio changed";
      default -> null;
    };
  }

  private static final boolean TRACE = Boolean.getBoolean("wm.trace");

  /** How far detection searches ({@code -Dwm.search=quick}: the marked geometry only). */
  private static final WatermarkSearch SEARCH = EvalStrength.search();

  public static void main(String[] args) throws IOException {
    Path report = Path.of(args.length > 0 ? args[0] : "WATERMARK-RESULTS.md");
    Path pngs = args.length > 1 && !args[1].isEmpty() ? Path.of(args[1]) : null;
    byte[] secret = "candor-eval-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    WatermarkKey key = WatermarkKey.of(secret);
    byte[] seed = PatternSeed.derive(secret, PatternSeed.PATTERN);
    WatermarkKey wrong =
        WatermarkKey.of("candor-eval-key-WRONG-0123456789".getBytes(StandardCharsets.US_ASCII));
    Map<String, UnaryOperator<BufferedImage>> attacks = attackSet();
    // -Dwm.attacks=a,b / -Dwm.photos=a,b (substrings) restrict a run while iterating.
    String onlyAttacks = System.getProperty("wm.attacks");
    String onlyPhotos = System.getProperty("wm.photos");
    if (onlyAttacks != null) {
      attacks.keySet().removeIf(k -> !matches(k, onlyAttacks));
    }
    Map<String, int[]> stats = new LinkedHashMap<>(); // exact, bitsOk, n, fpUnmarked, fpWrongKey, nUnmarked
    Map<String, double[]> zs = new LinkedHashMap<>(); // min z marked, max z unmarked
    for (String name : attacks.keySet()) {
      stats.put(name, new int[6]);
      zs.put(name, new double[] {1e9, -1e9});
    }
    List<String> rows = new ArrayList<>();
    List<BufferedImage> originals = new ArrayList<>();
    double psnrSum = 0;
    double ssimSum = 0;
    double psnrMin = 1e9;
    long embedNanos = 0;
    long detectNanos = 0;
    int detects = 0;
    int index = 0;
    int marks = 0;
    // -Dwm.payloads=N marks each photograph with N payloads (default 1), to tell a change that helps
    // from one payload's luck; payload k of photograph i depends on i (its place in PHOTOS) and k
    // only, so a filtered run reproduces the full run's cells.
    int payloads = Integer.getInteger("wm.payloads", 1);
    for (int photo = 0; photo < PHOTOS.length; photo++) {
      String file = PHOTOS[photo];
      if (onlyPhotos != null && !matches(file, onlyPhotos)) {
        continue;
      }
      BufferedImage img = load(new File(file));
      if (img == null) {
        System.err.println("missing: " + file);
        continue;
      }
      originals.add(img);
      index++;
      String base =
          file.startsWith(KDE)
              ? file.substring(KDE.length(), file.indexOf('/', KDE.length()))
              : new File(file).getName().replaceAll("\\.[a-z]+$", "");
      StringBuilder fails = new StringBuilder();
      double imagePsnr = 0;
      double imageSsim = 0;
      for (int k = 0; k < payloads; k++) {
        WatermarkPayload payload =
            WatermarkPayload.of(
                0x5eed_0000_0000_0000L + photo * 0x0101_0101_0101L + 7 + k * 0x0123_4567_89abL);
        long t0 = System.nanoTime();
        BufferedImage marked = ImageWatermark.embed(img, payload, key, EvalStrength.get());
        embedNanos += System.nanoTime() - t0;
        marks++;
        double psnr = Quality.psnr(img, marked);
        double ssim = Quality.ssim(img, marked);
        imagePsnr += psnr / payloads;
        imageSsim += ssim / payloads;
        psnrSum += psnr;
        ssimSum += ssim;
        psnrMin = Math.min(psnrMin, psnr);
        if (pngs != null && k == 0) {
          Files.createDirectories(pngs);
          ImageIO.write(marked, "png", pngs.resolve(base + "-marked.png").toFile());
          ImageIO.write(
              difference(img, marked), "png", pngs.resolve(base + "-diff20.png").toFile());
        }
        String tag = payloads > 1 ? "p" + k + " " : "";
        for (Map.Entry<String, UnaryOperator<BufferedImage>> e : attacks.entrySet()) {
          int[] s = stats.get(e.getKey());
          double[] z = zs.get(e.getKey());
          BufferedImage attacked = e.getValue().apply(marked);
          long t1 = System.nanoTime();
          WatermarkDetector.Result r =
              WatermarkDetector.detect(attacked, seed, SEARCH == WatermarkSearch.FULL);
          detectNanos += System.nanoTime() - t1;
          detects++;
          s[2]++;
          if (r.found() && r.payload() == payload.bits()) {
            s[0]++;
          } else {
            fails.append(String.format(Locale.ROOT, " [%s%s z=%.1f]", tag, e.getKey(), r.z()));
          }
          long got = r.found() ? r.payload() : r.rawPayload();
          s[1] += 64 - Long.bitCount(got ^ payload.bits());
          if (r.found()) {
            z[0] = Math.min(z[0], r.z());
          }
          if (TRACE) {
            // -Dwm.trace=true: every cell's outcome, to compare two versions cell by cell.
            System.err.printf(
                Locale.ROOT, "cell %s %s%s %s z=%.2f%n", base, tag, e.getKey(),
                r.found() && r.payload() == payload.bits() ? "ok" : "FAIL", r.z());
          }
          WatermarkDetection other = ImageWatermark.detect(attacked, wrong, SEARCH);
          if (other.found()) {
            s[4]++;
            fails.append(String.format(Locale.ROOT, " [%s%s: FOUND WITH THE WRONG KEY, %s z=%.1f]",
                tag, e.getKey(), other.payload().orElseThrow().toHex(), other.score()));
          }
          if (k == 0) {
            WatermarkDetection clean =
                ImageWatermark.detect(e.getValue().apply(img), key, SEARCH);
            s[5]++;
            if (clean.found()) {
              s[3]++;
            }
            z[1] = Math.max(z[1], clean.score());
          }
        }
      }
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d×%d %s | %.2f | %.4f |%s |",
              base,
              img.getWidth(),
              img.getHeight(),
              img.getType() == BufferedImage.TYPE_BYTE_GRAY ? "grey" : "RGB",
              imagePsnr,
              imageSsim,
              fails.length() == 0 ? " all recovered" : fails));
      System.out.println(rows.get(rows.size() - 1));
    }
    String nullTest = nullTest(originals, onlyPhotos == null ? NULL_KEYS : 1);
    write(
        report,
        nullTest,
        stats,
        zs,
        rows,
        index,
        psnrSum / marks,
        psnrMin,
        ssimSum / marks,
        embedNanos / 1e6 / marks,
        detectNanos / 1e6 / detects);
  }

  static boolean matches(String name, String filter) {
    for (String part : filter.split(",")) {
      if (name.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static BufferedImage load(File f) throws IOException {
    if (!f.exists()) {
      return null;
    }
    BufferedImage img = ImageIO.read(f);
    if (img == null) {
      return null;
    }
    int side = Math.max(img.getWidth(), img.getHeight());
    // -Dwm.shortSide=N: every photograph shrunk to N px on its short side (the smallest
    // images are 256 px), to see the mark where it has the fewest tiles.
    Integer shortSide = Integer.getInteger("wm.shortSide");
    if (shortSide != null) {
      img = Attacks.resize(img, (double) shortSide / Math.min(img.getWidth(), img.getHeight()));
    } else if (side > MAX_SIDE) {
      img = Attacks.resize(img, (double) MAX_SIDE / side);
    } else if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      img = Attacks.toRgb(img);
    }
    return img;
  }

  private static BufferedImage difference(BufferedImage a, BufferedImage b) {
    float[][] pa = Attacks.planes(a);
    float[][] pb = Attacks.planes(b);
    float[][] d = new float[3][pa[0].length];
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < d[c].length; i++) {
        d[c][i] = 128 + 20 * (pb[c][i] - pa[c][i]);
      }
    }
    return Attacks.fromPlanes(d, a.getWidth(), a.getHeight());
  }

  /** Every original against {@code keys} fresh random keys: found count and the z distribution. */
  private static String nullTest(List<BufferedImage> originals, int keys) {
    java.util.Random rnd = new java.util.Random(2024);
    int found = 0;
    int n = 0;
    int over = 0;
    double maxZ = 0;
    double sumZ = 0;
    for (int k = 0; k < keys; k++) {
      byte[] secret = new byte[32];
      rnd.nextBytes(secret);
      WatermarkKey key = WatermarkKey.of(secret);
      for (BufferedImage img : originals) {
        WatermarkDetection d = ImageWatermark.detect(img, key, SEARCH);
        n++;
        found += d.found() ? 1 : 0;
        over += d.score() >= d.threshold() ? 1 : 0;
        maxZ = Math.max(maxZ, d.score());
        sumZ += d.score();
      }
    }
    return String.format(
        Locale.ROOT,
        "Null test: %d unmarked detections (%d random keys × %d originals): %d found;"
            + " best-hypothesis pilot z mean %.2f, max %.2f; z ≥ %.1f in %d (those went on to a CRC"
            + " check, which all failed).%n%n",
        n,
        keys,
        originals.size(),
        found,
        sumZ / n,
        maxZ,
        WatermarkDetector.Z_THRESHOLD,
        over);
  }

  private static void write(
      Path report,
      String nullTest,
      Map<String, int[]> stats,
      Map<String, double[]> zs,
      List<String> rows,
      int images,
      double psnr,
      double psnrMin,
      double ssim,
      double embedMs,
      double detectMs)
      throws IOException {
    boolean quick = SEARCH == WatermarkSearch.QUICK;
    StringBuilder md = new StringBuilder();
    md.append("# Image watermark robustness (`").append(ImageWatermark.ALGORITHM).append("`)\n\n");
    md.append("Produced by `benchmarks/eval-watermark.sh` (builds, then runs `java -cp ")
        .append("image/target/classes:benchmarks/target/classes:core/target/classes ")
        .append(SET.isEmpty() ? "" : "-Dwm.beyond=" + SET + " ")
        .append(quick ? "-Dwm.search=quick " : "")
        .append("dev.candor.benchmarks.eval.WatermarkEvaluation benchmarks/")
        .append(report.getFileName())
        .append("`) on ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\n")
        .append("Photographs: Debian `python3-skimage` data dir and `plasma-workspace-wallpapers` ")
        .append("(downscaled to 1920 px on the long side). Attacks are in `Attacks.java`; WebP goes ")
        .append("through `cwebp`/`dwebp`. Bit accuracy counts the 64 payload bits of the best ")
        .append("hypothesis's decode, found or not.\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d photographs; clean marked images: mean PSNR %.2f dB (min %.2f), mean SSIM %.4f."
                + " Mean embed %.0f ms per image, mean detect %.0f ms per call (single thread, no"
                + " warm-up separation; images up to 1920 px).%n%n",
            images,
            psnr,
            psnrMin,
            ssim,
            embedMs,
            detectMs));
    if (setDescription() != null) {
      md.append("Attacks beyond the issue's list (`-Dwm.beyond=").append(SET).append("`): ")
          .append(setDescription()).append(".\n\n");
    }
    if (quick) {
      md.append("Detected with `WatermarkSearch.QUICK` (`-Dwm.search=quick`): the marked geometry")
          .append(" only, as read, mirrored and quarter-turned; not the default.\n\n");
    }
    if (EvalStrength.get() != WatermarkStrength.STANDARD) {
      md.append("Marked at `WatermarkStrength.").append(EvalStrength.get())
          .append("` (`-Dwm.strength`), not the default.\n\n");
    }
    md.append(
        "| attack | exact payload | bit accuracy | min z (recovered) | FP unmarked | max z"
            + " (unmarked) | FP wrong key |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    int fp = 0;
    int fpw = 0;
    int unmarked = 0;
    int marked = 0;
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      int[] s = e.getValue();
      double[] z = zs.get(e.getKey());
      fp += s[3];
      fpw += s[4];
      unmarked += s[5];
      marked += s[2];
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d/%d | %.2f%% | %s | %d/%d | %.1f | %d/%d |%n",
              e.getKey(),
              s[0],
              s[2],
              100.0 * s[1] / (64.0 * s[2]),
              s[0] > 0 ? String.format(Locale.ROOT, "%.1f", z[0]) : "—",
              s[3],
              s[5],
              z[1],
              s[4],
              s[2]));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nFalse positives: %d of %d unmarked (originals and their attacked copies) and %d of"
                + " %d with a wrong key (marked images and their attacked copies)."
                + " Decision threshold: pilot z ≥ %.1f and keyed CRC-24 verified in at most %d"
                + " decoding trials.%n%n",
            fp,
            unmarked,
            fpw,
            marked,
            WatermarkDetector.Z_THRESHOLD,
            WatermarkDetector.MAX_DECODES));
    md.append(nullTest);
    md.append(
        "## Per image\n\n| image | size | PSNR dB | SSIM | failures |\n|---|---|---|---|---|\n");
    for (String r : rows) {
      md.append(r).append('\n');
    }
    System.out.println(md);
    ReportFile.write(report, md.toString(), HAND_WRITTEN);
  }
}
