package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.ReaderVerdict;
import dev.candor.core.testkit.TestKeys;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a badge or watermark changes the pixels, the file is encoded again: its metadata must come
 * through, and pixels stored turned (Exif orientation) must come out upright with orientation 1.
 */
class MetadataCarryTest {
  @TempDir Path dir;

  @BeforeAll
  static void keys() throws Exception {
    ImageLabelerTest.signing =
        SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256));
  }

  @Test
  void jpegTurnedByExif_labelledUpright_exifAndCommentKept_iccAndThumbnailLinkDropped()
      throws Exception {
    BufferedImage stored = TestImages.picture(320, 240);
    byte[] plain = encode(stored, "jpg");
    byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff(6));
    byte[] icc = concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1},
        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    byte[] in = concat(slice(plain, 0, 2), segment(0xE1, exif), segment(0xE2, icc),
        segment(0xFE, "made by a test".getBytes(StandardCharsets.ISO_8859_1)),
        slice(plain, 2, plain.length));

    byte[] out = ImageLabelerTest.labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build())
        .build().label(in);
    ImageLabelerTest.active(out);
    validInC2paRs(out, "jpeg");

    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(out));
    assertEquals(240, shown.getWidth(), "turned upright: the stored 320×240 shows as 240×320");
    assertEquals(320, shown.getHeight());
    List<byte[]> segments = appSegments(out);
    byte[] outExif = find(segments, 0xE1, "Exif\0\0");
    assertTrue(outExif != null, "Exif carried");
    byte[] outTiff = slice(outExif, 10, outExif.length); // after FF E1, the length and Exif\0\0
    ByteBuffer t = ByteBuffer.wrap(outTiff);
    assertEquals(1, t.getShort(8 + 2 + 12 + 8), "orientation 1");
    assertEquals('A', outTiff[8 + 2 + 8], "Make kept");
    assertEquals(0, t.getInt(8 + 2 + 24), "no link to the thumbnail's directory");
    assertTrue(find(segments, 0xFE, "made by a test") != null, "comment carried");
    assertTrue(find(segments, 0xE2, "ICC_PROFILE") == null,
        "the decoder converted the pixels to sRGB, so the old profile is not carried");
    // The badge is at the top right as shown: that corner changed, the top left did not.
    BufferedImage upright = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 320; x++) {
        upright.setRGB(239 - y, x, stored.getRGB(x, y)); // orientation 6: 90° clockwise
      }
    }
    assertTrue(meanDiff(shown, upright, 190, 8, 40, 20) > 20, "badge at the top right");
    assertTrue(meanDiff(shown, upright, 8, 8, 40, 20) < 6, "top left as it was");
  }

  @Test
  void pngTurnedByExif_labelledUpright_textColourAndDensityKept_timeDropped() throws Exception {
    byte[] plain = encode(TestImages.picture(320, 240), "png");
    int ihdrEnd = 8 + 12 + 13;
    byte[] text = chunk("tEXt", "parameters\0a cat on a sofa, Steps: 20".getBytes(
        StandardCharsets.ISO_8859_1));
    byte[] in = concat(slice(plain, 0, ihdrEnd),
        chunk("gAMA", ByteBuffer.allocate(4).putInt(45455).array()),
        chunk("pHYs", ByteBuffer.allocate(9).putInt(2835).putInt(2835).put((byte) 1).array()),
        chunk("eXIf", tiff(8)), text,
        chunk("tIME", new byte[] {0x07, (byte) 0xEA, 11, 30, 10, 0, 0}),
        slice(plain, ihdrEnd, plain.length));

    byte[] out = ImageLabelerTest.labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build())
        .build().label(in);
    ImageLabelerTest.active(out);
    validInC2paRs(out, "png");

    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(out));
    assertEquals(240, shown.getWidth());
    List<String> types = new ArrayList<>();
    byte[] outExif = null;
    for (int p = 8; p < out.length; ) {
      int n = ByteBuffer.wrap(out, p, 4).getInt();
      String type = new String(out, p + 4, 4, StandardCharsets.ISO_8859_1);
      types.add(type);
      if (type.equals("eXIf")) {
        outExif = slice(out, p + 8, p + 8 + n);
      }
      if (type.equals("tEXt")) {
        assertEquals(new String(slice(text, 8, text.length - 4), StandardCharsets.ISO_8859_1),
            new String(slice(out, p + 8, p + 8 + n), StandardCharsets.ISO_8859_1));
      }
      p += 12 + n;
    }
    for (String kept : new String[] {"gAMA", "pHYs", "eXIf", "tEXt"}) {
      assertTrue(types.contains(kept), kept + " in " + types);
      assertTrue(types.indexOf(kept) < types.indexOf("IDAT"), kept + " before IDAT: " + types);
    }
    assertFalse(types.contains("tIME"), "the old modification time is not carried: " + types);
    assertEquals(1, ByteBuffer.wrap(outExif).getShort(8 + 2 + 12 + 8), "orientation 1");
  }

  @Test
  void lossyWebpTurnedByExif_labelledUprightAsLossyWebp_exifKept_iccDropped() throws Exception {
    ExternalTool.require("cwebp", "webp");
    BufferedImage stored = TestImages.picture(320, 240);
    Path png = Files.write(dir.resolve("in.png"), encode(stored, "png"));
    Path lossy = dir.resolve("in.webp");
    ExternalTool.run("cwebp", "-quiet", "-q", "90", png.toString(), "-o", lossy.toString());
    byte[] simple = Files.readAllBytes(lossy);
    byte[] vp8 = slice(simple, 12, simple.length); // the VP8 chunk
    byte[] vp8x = riffChunk("VP8X", new byte[] {0x28, 0, 0, 0, 63, 1, 0, (byte) 239, 0, 0});
    byte[] icc = riffChunk("ICCP", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    byte[] body = concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), vp8x, icc, vp8,
        riffChunk("EXIF", tiff(6)));
    byte[] in = concat("RIFF".getBytes(StandardCharsets.ISO_8859_1),
        ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(body.length).array(), body);

    byte[] out = ImageLabelerTest.labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build())
        .build().label(in);
    ImageLabelerTest.active(out);
    validInC2paRs(out, "webp");

    List<String> chunks = new ArrayList<>();
    byte[] outExif = null;
    for (int p = 12; p < out.length; ) {
      int n = ByteBuffer.wrap(out, p + 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
      String type = new String(out, p, 4, StandardCharsets.ISO_8859_1);
      chunks.add(type);
      if (type.equals("EXIF")) {
        outExif = slice(out, p + 8, p + 8 + n);
      }
      p += 8 + n + (n & 1);
    }
    assertEquals("VP8X", chunks.get(0), chunks.toString());
    assertTrue(chunks.contains("VP8 "), "written lossy, as it came: " + chunks);
    assertFalse(chunks.contains("ICCP"),
        "the decoder converted the pixels to sRGB, so the old profile is not carried: " + chunks);
    assertTrue(chunks.indexOf("EXIF") > chunks.indexOf("VP8 "), "Exif after the image: " + chunks);
    assertEquals(1, ByteBuffer.wrap(outExif).getShort(8 + 2 + 12 + 8), "orientation 1");
    assertEquals(0x08, out[20] & 0x28, "VP8X says Exif, not ICC");

    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(out));
    assertEquals(240, shown.getWidth(), "turned upright: the stored 320×240 shows as 240×320");
    BufferedImage upright = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 240; y++) {
      for (int x = 0; x < 320; x++) {
        upright.setRGB(239 - y, x, stored.getRGB(x, y));
      }
    }
    assertTrue(meanDiff(shown, upright, 190, 8, 40, 20) > 20, "badge at the top right");
    assertTrue(meanDiff(shown, upright, 8, 8, 40, 20) < 8, "top left as it was (lossy twice)");
  }

  @Test
  void animatedWebp_pixelsNotRewritten_refusedWithTheReason() throws Exception {
    ExternalTool.require("img2webp", "webp");
    Path a = Files.write(dir.resolve("a.png"), encode(TestImages.picture(64, 48), "png"));
    Path b = Files.write(dir.resolve("b.png"), encode(TestImages.noise(64, 48, 30, 1), "png"));
    Path anim = dir.resolve("anim.webp");
    ExternalTool.run("img2webp", "-lossless", a.toString(), b.toString(), "-o", anim.toString());
    ImageLabeler badge = ImageLabelerTest.labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build()).build();
    dev.candor.core.ProvenanceException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.candor.core.ProvenanceException.class, () -> badge.label(Files.readAllBytes(anim)));
    assertTrue(e.getMessage().contains("animated"), e.getMessage());
    // Without pixel changes the frames stay as they are, and the file is labelled.
    ImageLabelerTest.active(ImageLabelerTest.labeler().build().label(Files.readAllBytes(anim)));
  }

  private static byte[] riffChunk(String fourcc, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1))
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put(fourcc.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data);
    return b.array();
  }

  /** c2pa-rs (native and WebAssembly) agrees the record holds, when the readers are installed. */
  private void validInC2paRs(byte[] out, String fmt) throws Exception {
    if (!C2paReaders.available()) {
      return; // CI installs them; ImageInteropTest says so loudly when they are missing
    }
    Path file = Files.write(dir.resolve("out." + fmt), out);
    for (C2paReaders.Reader r : new C2paReaders.Reader[] {C2paReaders.Reader.NODE, C2paReaders.Reader.WASM}) {
      ReaderVerdict v = C2paReaders.verify(r, file, TestImages.mime(fmt), null);
      assertEquals(ReaderVerdict.State.VALID, v.state(), v.toString());
    }
  }

  /** A big-endian TIFF: IFD0 with Make and Orientation, linked to an IFD1. */
  private static byte[] tiff(int orientation) {
    ByteBuffer b = ByteBuffer.allocate(56);
    b.put(new byte[] {'M', 'M'}).putShort((short) 42).putInt(8);
    b.putShort((short) 2);
    b.putShort((short) 0x010F).putShort((short) 2).putInt(4).put(new byte[] {'A', 'c', 'm', 0});
    b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
        .putShort((short) 0);
    b.putInt(38);
    b.putShort((short) 1);
    b.putShort((short) 0x0103).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    b.putInt(0);
    return b.array();
  }

  private static byte[] encode(BufferedImage img, String fmt) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, fmt, out);
    return out.toByteArray();
  }

  private static byte[] segment(int marker, byte[] payload) {
    byte[] s = new byte[4 + payload.length];
    s[0] = (byte) 0xFF;
    s[1] = (byte) marker;
    s[2] = (byte) ((payload.length + 2) >> 8);
    s[3] = (byte) (payload.length + 2);
    System.arraycopy(payload, 0, s, 4, payload.length);
    return s;
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    return concat(ByteBuffer.allocate(4).putInt(data.length).array(), t, data,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** The APPn and COM segments of a JPEG header, each whole (marker, length, payload). */
  private static List<byte[]> appSegments(byte[] jpeg) {
    List<byte[]> out = new ArrayList<>();
    for (int p = 2; p + 4 <= jpeg.length && (jpeg[p + 1] & 0xff) != 0xDA; ) {
      int len = ((jpeg[p + 2] & 0xff) << 8) | (jpeg[p + 3] & 0xff);
      int m = jpeg[p + 1] & 0xff;
      if (m >= 0xE0 || m == 0xFE) {
        out.add(slice(jpeg, p, p + 2 + len));
      }
      p += 2 + len;
    }
    return out;
  }

  private static byte[] find(List<byte[]> segments, int marker, String prefix) {
    byte[] pre = prefix.getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] s : segments) {
      if ((s[1] & 0xff) == marker && s.length >= 4 + pre.length
          && java.util.Arrays.equals(s, 4, 4 + pre.length, pre, 0, pre.length)) {
        return s;
      }
    }
    return null;
  }

  private static double meanDiff(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
    double sum = 0;
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s < 24; s += 8) {
          sum += Math.abs(((p >> s) & 0xff) - ((q >> s) & 0xff));
        }
      }
    }
    return sum / (3.0 * w * h);
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
