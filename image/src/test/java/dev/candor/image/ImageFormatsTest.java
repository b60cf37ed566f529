package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "c2pa-rs/CA.jpg, JPEG",
    "c2pa-rs/sample1.png, PNG",
    "c2pa-rs/sample1.webp, WEBP",
    "c2pa-rs/sample1.avif, AVIF",
    "c2pa-rs/test.tiff, TIFF",
    "c2pa-rs/sample1.svg, SVG",
    "c2pa-rs/video1.mp4, MP4",
    "c2pa-rs/cloud_manifest.c2pa, UNKNOWN"
  })
  void detect_fixture_namesItsFormat(String fixture, FileFormat expected) throws Exception {
    byte[] head;
    try (InputStream in = Files.newInputStream(TestAssets.fixture(fixture))) {
      head = in.readNBytes(ImageFormats.HEAD_LENGTH);
    }
    assertEquals(expected, ImageFormats.detect(head));
  }

  @Test
  void detect_magicBytes_namesFormat() {
    assertEquals(FileFormat.GIF, detect("GIF89a\u0001\u0000\u0001\u0000"));
    assertEquals(FileFormat.PDF, detect("%PDF-1.7\n%\u00e2\u00e3"));
    byte[] bmp = new byte[18];
    bmp[0] = 'B';
    bmp[1] = 'M';
    bmp[10] = 54; // pixel data offset
    bmp[14] = 40; // BITMAPINFOHEADER size
    assertEquals(FileFormat.BMP, ImageFormats.detect(bmp));
    assertEquals(FileFormat.UNKNOWN, detect("BMW owners club newsletter"));
    assertEquals(FileFormat.HEIF, detect("\0\0\0\u0018ftypheic\0\0\0\0mif1heic"));
    assertEquals(FileFormat.AVIF, detect("\0\0\0\u001cftypmif1\0\0\0\0mif1avifmiaf"));
    assertEquals(FileFormat.MOV, detect("\0\0\0\u0014ftypqt  \0\0\0\0qt  "));
    assertEquals(FileFormat.MOV, detect("\0\0\0\u0008wide\0\0\0\0mdat"));
    assertEquals(FileFormat.MP4, detect("\0\0\0\u0018ftypisom\0\0\0\0isomavc1"));
    assertEquals(FileFormat.TIFF, detect("MM\0*\0\0\0\u0008"));
    assertEquals(
        FileFormat.SVG,
        detect("<?xml version=\"1.0\"?>\n<!-- x -->\n<svg xmlns=\"http://www.w3.org/2000/svg\">"));
    assertEquals(FileFormat.UNKNOWN, detect("<html><body>not an image</body></html>"));
    assertEquals(FileFormat.UNKNOWN, detect("plain text"));
    assertEquals(FileFormat.UNKNOWN, detect(""));
  }

  private static FileFormat detect(String head) {
    return ImageFormats.detect(head.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void forFormat_unsupported_emptyAndSupportedPresent() {
    assertTrue(ImageFormats.forFormat(FileFormat.JPEG).isPresent());
    assertTrue(ImageFormats.forFormat(FileFormat.WEBP).isPresent());
    assertFalse(ImageFormats.forFormat(FileFormat.AVIF).isPresent());
    assertFalse(FileFormat.TIFF.isSupported());
  }

  @Test
  void forMediaType_jpgAlias_jpegFormat() {
    assertEquals(
        JpegFormat.MEDIA_TYPE, ImageFormats.forMediaType("Image/JPG").orElseThrow().mediaType());
  }

  /** A PNG whose header declares w × h RGB pixels, with a few bytes of image data. */
  static byte[] pngDeclaring(int w, int h) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0, 0, 0, 1, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    crc.update(t);
    crc.update(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void decodePixels_declaredSizeOverTheLimit_refusedBeforeDecoding() {
    byte[] bomb = pngDeclaring(20000, 20000); // 1.2 GB decoded, from a file of a few dozen bytes
    for (boolean strict : new boolean[] {true, false}) {
      dev.candor.core.ProvenanceException e = org.junit.jupiter.api.Assertions.assertThrows(
          dev.candor.core.ProvenanceException.class,
          () -> { if (strict) ImageFormats.decodePixels(bomb); else ImageFormats.readPixels(bomb); });
      assertTrue(e.getMessage().contains("20000 × 20000") && e.getMessage().contains("bomb"),
          e.getMessage());
    }
  }

  @Test
  void decodePixels_limitSetByProperty() {
    byte[] small = pngDeclaring(200, 200); // 40,000 pixels, its image data too short
    String key = "candor.image.maxPixels";
    try {
      System.setProperty(key, "10000");
      dev.candor.core.ProvenanceException e = org.junit.jupiter.api.Assertions.assertThrows(
          dev.candor.core.ProvenanceException.class, () -> ImageFormats.readPixels(small));
      assertTrue(e.getMessage().contains("bomb"), e.getMessage());
      System.setProperty(key, "lots");
      e = org.junit.jupiter.api.Assertions.assertThrows(
          dev.candor.core.ProvenanceException.class, () -> ImageFormats.readPixels(small));
      assertTrue(e.getMessage().contains("whole number"), e.getMessage());
      System.clearProperty(key);
      // under the default limit the data itself is what fails
      e = org.junit.jupiter.api.Assertions.assertThrows(
          dev.candor.core.ProvenanceException.class, () -> ImageFormats.decodePixels(small));
      assertFalse(e.getMessage().contains("bomb"), e.getMessage());
    } finally {
      System.clearProperty(key);
    }
  }

  /** A 64×64 four-component (CMYK) JPEG, written from a raster as print workflows make them. */
  private static byte[] cmykJpeg() throws Exception {
    java.awt.image.WritableRaster r =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, 64, 64, 4, null);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        r.setPixel(x, y, new int[] {4 * x, 4 * y, 128, 20});
      }
    }
    javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.write(new javax.imageio.IIOImage(r, null, null));
    } finally {
      w.dispose();
    }
    return out.toByteArray();
  }

  @Test
  void decodePixels_cmykJpeg_refusedForRewriting_stillReadForMarks() throws Exception {
    byte[] cmyk = cmykJpeg();
    dev.candor.core.ProvenanceException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.candor.core.ProvenanceException.class, () -> ImageFormats.decodePixels(cmyk));
    assertTrue(e.getMessage().contains("CMYK"), e.getMessage());
    assertEquals(64, ImageFormats.readPixels(cmyk).getWidth(), "a detector may still search it");
  }
}
