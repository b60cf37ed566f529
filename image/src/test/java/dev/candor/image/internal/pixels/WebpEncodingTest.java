package dev.candor.image.internal.pixels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A WebP's changed pixels go back lossy at the original's quantiser, or finer, or lossless. */
class WebpEncodingTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 9, 40, 117, 127})
  void quantiserOfALossyWebpIsReadBack(int qi) throws Exception {
    byte[] webp = WebpLossy.encodeAtIndex(WebpLossyTest.scene(64, 48), qi);
    assertEquals(OptionalInt.of(Math.min(qi, WebpLossy.MAX_INDEX)), WebpEncoding.lossyIndex(webp));
  }

  @Test
  void cwebpFileWithSegments_meanOfTheSegmentsQuantisers() throws Exception {
    Path fixture = Path.of(System.getProperty("candor.fixtures", "../../shared/c2pa-fixtures"),
        "c2pa-rs/sample1.webp");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fixture), "fixtures absent");
    OptionalInt qi = WebpEncoding.lossyIndex(Files.readAllBytes(fixture));
    assertTrue(qi.isPresent() && qi.getAsInt() > 0 && qi.getAsInt() < 127, qi.toString());
  }

  @Test
  void losslessOrUnreadableOriginal_writtenLossless() throws Exception {
    BufferedImage img = WebpLossyTest.scene(40, 30);
    byte[] lossless = WebpLossless.encode(img);
    assertTrue(WebpEncoding.lossyIndex(lossless).isEmpty());
    assertEquals(0, WebpEncoding.steps(lossless));
    assertEquals("VP8L", fourcc(WebpEncoding.encode(img, lossless)));
    assertEquals("VP8L", fourcc(WebpEncoding.encode(img, null)));
    assertTrue(WebpEncoding.lossyIndex(new byte[] {1, 2, 3}).isEmpty());
  }

  @Test
  void translucentLossyOriginal_staysLossyWithItsAlpha() throws Exception {
    BufferedImage img = new BufferedImage(64, 40, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 64; x++) {
        img.setRGB(x, y, (x * 4) << 24 | 0x336699);
      }
    }
    byte[] original = WebpLossy.encodeAtIndex(img, 30);
    assertEquals(OptionalInt.of(30), WebpEncoding.lossyIndex(original));
    byte[] again = WebpEncoding.encode(img, original);
    assertEquals("VP8X", fourcc(again));
    assertTrue(new String(again, java.nio.charset.StandardCharsets.ISO_8859_1).contains("VP8 "));
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(again));
    assertEquals(img.getRGB(10, 10) >>> 24, back.getRGB(10, 10) >>> 24);
  }

  @Test
  void finerStepsEndInLossless_eachCloserToTheSource() throws Exception {
    BufferedImage img = WebpLossyTest.scene(96, 64);
    byte[] original = WebpLossy.encodeAtIndex(img, 60);
    int steps = WebpEncoding.steps(original);
    assertEquals(10, steps, "60 40 26 17 11 7 4 2 1 0, then lossless");
    double last = 0;
    for (int finer = 0; finer < steps; finer++) {
      byte[] out = WebpEncoding.encode(img, original, finer);
      assertEquals("VP8 ", fourcc(out));
      double psnr = WebpLossyTest.psnr(img, ImageIO.read(new ByteArrayInputStream(out)));
      assertTrue(psnr >= last - 0.5, "step " + finer + ": " + psnr + " after " + last);
      last = psnr;
    }
    assertEquals("VP8L", fourcc(WebpEncoding.encode(img, original, steps)));
  }

  @Test
  void damagedHeaders_readAsNoIndexOrSomeIndex_neverThrow() throws Exception {
    byte[] good = WebpLossy.encodeAtIndex(WebpLossyTest.scene(48, 32), 33);
    java.util.Random r = new java.util.Random(11);
    for (int k = 0; k < 5000; k++) {
      byte[] b = java.util.Arrays.copyOf(good, k % 7 == 0 ? r.nextInt(good.length) : good.length);
      for (int f = 0; f < 1 + r.nextInt(4); f++) {
        if (b.length > 20) {
          b[20 + r.nextInt(Math.min(40, b.length - 20))] ^= (byte) (1 << r.nextInt(8));
        }
      }
      OptionalInt qi = WebpEncoding.lossyIndex(b);
      assertTrue(qi.isEmpty() || (qi.getAsInt() >= 0 && qi.getAsInt() <= 127), qi.toString());
    }
  }

  private static String fourcc(byte[] webp) {
    return new String(webp, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
