package dev.candor.image.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** {@link JpegLayout#requireEnd}: complete files pass, every truncation and lying length fails. */
class JpegLayoutTest {

  @Test
  void requireEnd_completeBaselineAndProgressive_pass() throws Exception {
    for (boolean progressive : new boolean[] {false, true}) {
      byte[] jpeg = jpeg(progressive);
      assertDoesNotThrow(() -> requireEnd(jpeg));
    }
  }

  @Test
  void requireEnd_bytesAfterEndOfImage_pass() throws Exception {
    byte[] jpeg = jpeg(false);
    byte[] trailing = Arrays.copyOf(jpeg, jpeg.length + 100);
    Arrays.fill(trailing, jpeg.length, trailing.length, (byte) 0x5A);
    assertDoesNotThrow(() -> requireEnd(trailing));
  }

  @Test
  void requireEnd_everyTruncationAfterTheHeader_fails() throws Exception {
    for (boolean progressive : new boolean[] {false, true}) {
      byte[] jpeg = jpeg(progressive);
      long tail = JpegLayout.read(AssetSource.of(jpeg)).tailOffset();
      // Every cut from the end of the header to just before EOI (in steps, and the last bytes).
      for (int cut = (int) tail; cut < jpeg.length - 1; cut += cut < jpeg.length - 40 ? 97 : 1) {
        byte[] cutOff = Arrays.copyOf(jpeg, cut);
        ProvenanceException e =
            assertThrows(ProvenanceException.class, () -> requireEnd(cutOff), "cut at " + cut);
        assertTrue(
            e.getMessage().contains("truncated") || e.getMessage().contains("past the end"),
            e.getMessage());
      }
    }
  }

  @Test
  void requireEnd_segmentBetweenScansWithLyingLength_fails() throws Exception {
    byte[] jpeg = jpeg(true);
    long tail = JpegLayout.read(AssetSource.of(jpeg)).tailOffset();
    // The first marker segment after the first scan (a progressive file has tables and scans).
    int at = -1;
    for (int i = (int) tail; i + 1 < jpeg.length; i++) {
      int m = jpeg[i + 1] & 0xff;
      if (jpeg[i] == (byte) 0xFF && m != 0 && m != 0xFF && (m < 0xD0 || m > 0xD9)) {
        at = i;
        break;
      }
    }
    assertTrue(at > 0, "a progressive JPEG has segments between scans");
    jpeg[at + 2] = (byte) 0xFF;
    jpeg[at + 3] = (byte) 0xF0;
    ProvenanceException e = assertThrows(ProvenanceException.class, () -> requireEnd(jpeg));
    assertTrue(e.getMessage().contains("declares length 65520"), e.getMessage());
  }

  private static void requireEnd(byte[] jpeg) throws Exception {
    JpegLayout.requireEnd(jpeg, JpegLayout.read(AssetSource.of(jpeg)).tailOffset());
  }

  private static byte[] jpeg(boolean progressive) throws Exception {
    BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 200), 160, 120, new Color(250, 200, 80)));
    g.fillRect(0, 0, 160, 120);
    g.setColor(Color.WHITE);
    g.drawString("Candor", 20, 60);
    g.dispose();
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    if (progressive) {
      p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
    return out.toByteArray();
  }
}
