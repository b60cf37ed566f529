package dev.candor.benchmarks.eval;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.FileManifestRepository;
import dev.candor.core.SigningOptions;
import dev.candor.image.ImageFormats;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import dev.candor.image.LabelStyle;
import dev.candor.image.VisibleLabel;
import dev.candor.image.internal.pixels.WebpEncoding;
import dev.candor.image.internal.pixels.WebpLossless;
import dev.candor.image.watermark.WatermarkKey;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * What labelling does to a lossy WebP: eight of the evaluation's photographs cropped to 1024×1024,
 * coded by {@code cwebp -q 75} and {@code -q 90} (Debian package webp), labelled with the badge and
 * the watermark. Prints a Markdown table: the sizes in and out, the VP8 quantiser index read from
 * each, the same labelled pixels written lossless, and the PSNR of the labelled copy against the
 * input outside the badge's corner. About half a minute.
 */
public final class WebpRelabelEvaluation {
  private static final String KDE = "/usr/share/wallpapers/";
  private static final String[] PHOTOS = {
    "BytheWater", "ColdRipple", "DarkestHour", "EveningGlow", "FallenLeaf", "Path", "summer_1am",
    "OneStandsOut"
  };

  private WebpRelabelEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("candor-webp-eval");
    ImageLabeler labeler =
        ImageLabels.labeler(SigningOptions.of(DevelopmentPki.create().signer()))
            .watermark(
                WatermarkKey.of("candor-eval-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII)),
                FileManifestRepository.open(dir.resolve("manifests")))
            .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build())
            .build();
    System.out.println("| image | input | input KB | index | labelled KB | × input | index written"
        + " | lossless KB | PSNR vs input |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (String name : PHOTOS) {
      File f = new File(KDE + name + "/contents/images/2560x1600.jpg");
      if (!f.exists()) {
        continue;
      }
      Path png = dir.resolve(name + ".png");
      ImageIO.write(LargeImageEvaluation.cover(Attacks.toRgb(ImageIO.read(f)), "1024x1024"), "png",
          png.toFile());
      for (int q : new int[] {75, 90}) {
        Path webp = dir.resolve(name + "." + q + ".webp");
        Process p = new ProcessBuilder("cwebp", "-quiet", "-q", String.valueOf(q), png.toString(),
            "-o", webp.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
          throw new IllegalStateException("cwebp failed");
        }
        byte[] in = Files.readAllBytes(webp);
        byte[] out = labeler.label(in);
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(in));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(out));
        var written = WebpEncoding.lossyIndex(out);
        System.out.printf(Locale.ROOT, "| %s | cwebp -q %d | %d | %d | %d | %.1f | %s | %d | %.1f dB |%n",
            name, q, in.length / 1024, WebpEncoding.lossyIndex(in).getAsInt(), out.length / 1024,
            (double) out.length / in.length,
            ImageFormats.rewritesWebpLossy(out) ? String.valueOf(written.getAsInt()) : "lossless",
            WebpLossless.encode(after).length / 1024, psnrOutsideBadge(before, after));
      }
    }
  }

  /** PSNR over R, G and B, leaving out the top-right 260×90 px where the badge is drawn. */
  private static double psnrOutsideBadge(BufferedImage a, BufferedImage b) {
    double se = 0;
    long n = 0;
    int w = a.getWidth();
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < w; x++) {
        if (x >= w - 260 && y < 90) {
          continue;
        }
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s < 24; s += 8) {
          int d = ((p >> s) & 255) - ((q >> s) & 255);
          se += d * d;
        }
        n += 3;
      }
    }
    return 10 * Math.log10(255.0 * 255 / (se / n));
  }
}
