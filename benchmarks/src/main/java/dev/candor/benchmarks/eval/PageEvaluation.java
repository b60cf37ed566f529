package dev.candor.benchmarks.eval;

import dev.candor.image.internal.watermark.PatternSeed;
import dev.candor.image.internal.watermark.WatermarkDetector;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The watermark on rendered text (documents, slides, web pages, chat screens): mostly flat
 * backgrounds, often pure white, where the mark can only be as strong as the visibility floor and
 * a white page leaves no room above 255. Outside the photograph set, reported on its own.
 * Usage: {@code PageEvaluation <report.md>}; needs a sans-serif font (DejaVu on Debian).
 */
public final class PageEvaluation {
  private static final int PAYLOADS = 2;

  /** Where the hand-written part of the report begins (kept when the tables are regenerated). */
  private static final String HAND_WRITTEN = "## Notes";
  private static final String TEXT =
      "The quick brown fox jumps over the lazy dog. Candor marks AI-generated content so that"
          + " people and machines can tell what made it, and platforms can check the record. ";

  private PageEvaluation() {}

  /** A page of text lines on {@code bg}, seeded so that every run renders the same pixels. */
  static BufferedImage page(int w, int h, Color bg, Color fg, int size, Color bubble) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(bg);
    g.fillRect(0, 0, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
    Random rnd = new Random(w * 31L + size);
    int line = size * 3 / 2;
    int y = line + 20;
    while (y < h - 20) {
      int lines = bubble == null ? 1 : 2 + rnd.nextInt(3);
      int x = bubble == null ? 30 : (rnd.nextBoolean() ? 30 : w / 3);
      if (bubble != null) {
        g.setColor(bubble);
        g.fillRoundRect(x - 12, y - line + 4, w * 2 / 3 - 36, lines * line + 12, 24, 24);
      }
      g.setColor(fg);
      for (int k = 0; k < lines && y < h - 20; k++, y += line) {
        int from = rnd.nextInt(TEXT.length() / 2);
        g.drawString((TEXT.substring(from) + TEXT), x, y);
      }
      y += bubble == null ? 0 : line;
    }
    g.dispose();
    return img;
  }

  private static Map<String, BufferedImage> pages() {
    Map<String, BufferedImage> p = new LinkedHashMap<>();
    p.put("document, black on white, 16 px", page(1200, 800, Color.WHITE, Color.BLACK, 16, null));
    p.put("slide, black on white, 24 px", page(800, 600, Color.WHITE, Color.BLACK, 24, null));
    p.put(
        "web page, grey on white, 14 px",
        page(1920, 1080, Color.WHITE, new Color(60, 60, 60), 14, null));
    p.put(
        "dark mode, light on #202124, 18 px",
        page(1280, 720, new Color(32, 33, 36), new Color(230, 230, 230), 18, null));
    p.put(
        "chat, bubbles on white, 18 px",
        page(1080, 1350, Color.WHITE, new Color(20, 20, 20), 18, new Color(219, 234, 254)));
    return p;
  }

  public static void main(String[] args) throws IOException {
    Path report = Path.of(args.length > 0 ? args[0] : "WATERMARK-PAGES.md");
    byte[] secret = "candor-eval-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    WatermarkKey key = WatermarkKey.of(secret);
    byte[] seed = PatternSeed.derive(secret, PatternSeed.PATTERN);
    Map<String, UnaryOperator<BufferedImage>> attacks = WatermarkEvaluation.attacks();
    Map<String, int[]> exact = new LinkedHashMap<>(); // recovered, cells, false positives
    for (String a : attacks.keySet()) {
      exact.put(a, new int[3]);
    }
    List<String> rows = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, BufferedImage> p : pages().entrySet()) {
      BufferedImage img = p.getValue();
      StringBuilder fails = new StringBuilder();
      double psnr = 0;
      double ssim = 0;
      for (int k = 0; k < PAYLOADS; k++) {
        long bits = 0x9a9e_0000_0000_0000L + index * 0x0101_0101_0101L + k * 0x0123_4567_89abL;
        WatermarkPayload payload = WatermarkPayload.of(bits);
        BufferedImage marked = ImageWatermark.embed(img, payload, key, EvalStrength.get());
        psnr += Quality.psnr(img, marked) / PAYLOADS;
        ssim += Quality.ssim(img, marked) / PAYLOADS;
        for (Map.Entry<String, UnaryOperator<BufferedImage>> a : attacks.entrySet()) {
          int[] s = exact.get(a.getKey());
          WatermarkDetector.Result r = WatermarkDetector.detect(a.getValue().apply(marked), seed);
          s[1]++;
          if (r.found() && r.payload() == payload.bits()) {
            s[0]++;
          } else {
            fails.append(String.format(Locale.ROOT, " [p%d %s z=%.1f]", k, a.getKey(), r.z()));
          }
          if (k == 0 && ImageWatermark.detect(a.getValue().apply(img), key).found()) {
            s[2]++;
          }
        }
      }
      index++;
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d×%d | %.2f | %.4f |%s |",
              p.getKey(),
              img.getWidth(),
              img.getHeight(),
              psnr,
              ssim,
              fails.length() == 0 ? " all recovered" : fails));
      System.out.println(rows.get(rows.size() - 1));
    }
    write(report, exact, rows, index);
  }

  private static void write(Path report, Map<String, int[]> exact, List<String> rows, int pages)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Image watermark on rendered text (`")
        .append(ImageWatermark.ALGORITHM)
        .append("`)\n\n")
        .append("Produced by `benchmarks/eval-watermark.sh` (")
        .append("`dev.candor.benchmarks.eval.PageEvaluation` after the photograph evaluation). ")
        .append(pages)
        .append(" pages drawn with Java2D's sans-serif font (DejaVu Sans on Debian), ")
        .append(PAYLOADS)
        .append(" payloads each, the same attacks as `WATERMARK-RESULTS.md`. Outside the issue's ")
        .append("photograph set: flat backgrounds hold the mark at the visibility floor only.\n\n")
        .append("| attack | exact payload | false positives (unmarked pages) |\n|---|---|---|\n");
    ReportFile.attackTable(md, exact, c -> c[2] + "/" + pages);
    md.append("| page | size | PSNR dB | SSIM | failures |\n|---|---|---|---|---|\n");
    for (String r : rows) {
      md.append(r).append('\n');
    }
    System.out.println(md);
    ReportFile.write(report, md.toString(), HAND_WRITTEN);
  }
}
