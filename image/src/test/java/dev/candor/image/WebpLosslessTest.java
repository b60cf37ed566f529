package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.image.internal.pixels.WebpLossless;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WebP lossless encoder gives back every pixel exactly, read by the JVM's decoder
 * (TwelveMonkeys) and by libwebp's own {@code dwebp}, the reference.
 */
class WebpLosslessTest {
  @TempDir Path tmp;

  @org.junit.jupiter.api.BeforeAll
  static void keys() throws Exception {
    ImageLabelerTest.signing = dev.candor.core.SigningOptions.of(dev.candor.core.testkit.TestKeys
        .fixtureSigner("es256", dev.candor.core.SigningAlgorithm.ES256));
  }

  static Stream<BufferedImage> images() {
    return Stream.of(
        TestImages.picture(320, 200),
        TestImages.noise(97, 61, 40, 7),
        TestImages.textured(130, 129),
        flat(1, 1, 0xff336699),
        flat(1, 9, 0xff000000),
        flat(9, 1, 0xffffffff),
        flat(300, 40, 0xff808080),
        graphic(257, 100),
        translucent(70, 50),
        grey(65, 33));
  }

  @ParameterizedTest
  @MethodSource("images")
  void jvmDecoderReadsBackEveryPixel(BufferedImage img) throws Exception {
    byte[] webp = WebpLossless.encode(img);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(webp));
    assertEquals(img.getWidth(), back.getWidth());
    assertEquals(img.getHeight(), back.getHeight());
    assertArrayEquals(argb(img), back.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
  }

  @ParameterizedTest
  @MethodSource("images")
  void libwebpReadsBackEveryPixel(BufferedImage img) throws Exception {
    ExternalTool.require("dwebp", "webp");
    Path in = tmp.resolve("in.webp");
    Path out = tmp.resolve("out.pam");
    Files.write(in, WebpLossless.encode(img));
    ExternalTool.run("dwebp", "-quiet", in.toString(), "-pam", "-o", out.toString());
    assertArrayEquals(argb(img), pam(Files.readAllBytes(out), img.getWidth(), img.getHeight()));
  }

  @Test
  void flatAreasCostLittle() throws Exception {
    // Runs go as backward references: a flat 1000×1000 image is a few hundred bytes, not the
    // three bits per pixel that literals alone would take.
    assertTrue(WebpLossless.encode(flat(1000, 1000, 0xff204060)).length < 1000);
  }

  @Test
  void generatorsWriteLossyWebpThroughTheFacade_labelledItStaysLossy() throws Exception {
    byte[] webp = ImageFormats.encodeWebp(TestImages.picture(320, 240), 85);
    assertEquals(FileFormat.WEBP, ImageFormats.detect(webp));
    assertTrue(ImageFormats.rewritesWebpLossy(webp));
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(webp));
    assertEquals(320, back.getWidth());
    byte[] labelled = ImageLabelerTest.labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build()).build()
        .label(webp);
    assertTrue(ImageFormats.rewritesWebpLossy(labelled), "the badge did not make it lossless");
    ImageLabelerTest.active(labelled);
  }

  @Test
  void translucentLossyWebp_labelledWithBadge_keepsItsTransparencyAndStaysLossy() throws Exception {
    BufferedImage sticker = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = sticker.createGraphics();
    g.setColor(new Color(200, 60, 40));
    g.fillOval(40, 20, 220, 160);
    g.dispose();
    byte[] webp = ImageFormats.encodeWebp(sticker, 80);
    byte[] labelled = ImageLabelerTest.labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build()).build()
        .label(webp);
    assertTrue(ImageFormats.rewritesWebpLossy(labelled));
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(labelled));
    assertEquals(0, back.getRGB(5, 195) >>> 24, "a transparent corner stays transparent");
    assertEquals(255, back.getRGB(150, 100) >>> 24);
    ImageLabelerTest.active(labelled);
  }

  @Test
  void pageOfText_paletteAndRepeatsFoundAnywhere_smallFile() throws Exception {
    // Few colours, and glyphs that repeat at every distance: palette indices and a hash chain
    // (runs from the left or above alone made a page like this 71 KB; cwebp makes it 2.6 KB).
    BufferedImage page = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 800);
    g.setColor(Color.BLACK);
    g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    for (int line = 0; line < 30; line++) {
      g.drawString("The quick brown fox jumps over the lazy dog.", 40, 60 + line * 24);
    }
    g.dispose();
    byte[] webp = WebpLossless.encode(page);
    assertTrue(webp.length < 6_000, webp.length + " bytes");
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(webp));
    assertArrayEquals(argb(page), back.getRGB(0, 0, 1200, 800, null, 0, 1200));
  }

  @Test
  void refusesWhatVp8lCannotState() {
    BufferedImage wide = new BufferedImage(WebpLossless.MAX_SIDE + 1, 1, BufferedImage.TYPE_INT_RGB);
    ProvenanceException e = assertThrows(ProvenanceException.class, () -> WebpLossless.encode(wide));
    assertTrue(e.getMessage().contains("16384"), e.getMessage());
  }

  private static int[] argb(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      int[] g = img.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
      for (int i = 0; i < g.length; i++) {
        g[i] = 0xff000000 | g[i] * 0x010101;
      }
      return g;
    }
    return img.getRGB(0, 0, w, h, null, 0, w);
  }

  /** The RGBA pixels of a PAM file as dwebp writes it, as ARGB. */
  private static int[] pam(byte[] file, int w, int h) {
    String head = new String(file, 0, Math.min(file.length, 200), StandardCharsets.ISO_8859_1);
    int end = head.indexOf("ENDHDR\n") + "ENDHDR\n".length();
    assertTrue(head.contains("WIDTH " + w + "\n") && head.contains("HEIGHT " + h + "\n"), head);
    assertTrue(head.contains("DEPTH 4\n"), head);
    int[] px = new int[w * h];
    for (int i = 0; i < px.length; i++) {
      int o = end + 4 * i;
      px[i] = (file[o + 3] & 0xff) << 24 | (file[o] & 0xff) << 16 | (file[o + 1] & 0xff) << 8
          | (file[o + 2] & 0xff);
    }
    return px;
  }

  private static BufferedImage flat(int w, int h, int argb) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, argb);
      }
    }
    return img;
  }

  /** Text and shapes on white: long runs and repeated rows, as a badge or a page has. */
  private static BufferedImage graphic(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(20, 40, 160));
    g.fillRoundRect(10, 10, 80, 40, 12, 12);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString("AI-generated", 100, 60);
    g.dispose();
    return img;
  }

  private static BufferedImage translucent(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Random r = new Random(3);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int a = (x * 255) / (w - 1);
        img.setRGB(x, y, a << 24 | (r.nextInt() & 0xffffff));
      }
    }
    return img;
  }

  private static BufferedImage grey(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Random r = new Random(5);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.getRaster().setSample(x, y, 0, (x * 3 + y * 2 + r.nextInt(9)) & 0xff);
      }
    }
    return img;
  }
}
