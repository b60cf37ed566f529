package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.image.xmp.XmpPackets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XMP placed by a plan reads back, and other tools read it too. */
class ImageXmpRoundTripTest {
  private static final IptcAiFields FIELDS =
      IptcAiFields.builder()
          .digitalSourceType(dev.candor.core.DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
          .aiSystemUsed("Example Diffusion")
          .aiSystemVersionUsed("2.1-beta")
          .aiPromptInformation("a lighthouse at dusk <oil painting> & gulls")
          .aiPromptWriterName("Jane Doe")
          .build();

  @TempDir Path tmp;

  private static byte[] embed(ImageAssetFormat f, byte[] input, byte[] store) throws Exception {
    AssetSource src = AssetSource.of(input);
    byte[] packet = XmpPackets.merge(f.readXmpPacket(src).orElse(null), FIELDS);
    TestAssets.Written out = TestAssets.write(f.planEmbedding(src, packet), input, store);
    List<EmbeddedStore> found = f.findStores(out.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertEquals(List.of(out.slot()), found.get(0).framing());
    IptcAiFields before = f.readXmp(src).orElse(IptcAiFields.builder().build());
    assertEquals(Optional.of(FIELDS.orElse(before)), f.readXmp(out.source()));
    return out.bytes();
  }

  @Test
  void jpeg_writeThenRead_fieldsBackAndOneXmpSegment() throws Exception {
    JpegFormat jpeg = new JpegFormat();
    byte[] once = embed(jpeg, TestAssets.image("jpg", 40, 30), TestAssets.fakeStore(70_000));
    byte[] twice = embed(jpeg, once, TestAssets.fakeStore(300)); // XMP replaced, not duplicated
    var layout = dev.candor.image.internal.JpegLayout.read(AssetSource.of(twice));
    assertEquals(
        1, dev.candor.image.internal.JpegXmp.mainSegments(AssetSource.of(twice), layout).size());
  }

  @Test
  void jpeg_signedFixture_keepsTheRestOfItsXmp() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs/cloud.jpg");
    JpegFormat jpeg = new JpegFormat();
    String before = new String(jpeg.readXmpPacket(AssetSource.of(input)).orElseThrow(), "UTF-8");
    assertTrue(before.contains("provenance"), before);
    byte[] out = embed(jpeg, input, TestAssets.fakeStore(100));
    String after = new String(jpeg.readXmpPacket(AssetSource.of(out)).orElseThrow(), "UTF-8");
    assertTrue(after.contains("adobe-urn-uuid-5f37e182"), after); // dcterms:provenance kept
    assertTrue(after.contains("trainedAlgorithmicMedia"), after);
  }

  @Test
  void png_writeThenRead_fieldsBack() throws Exception {
    PngFormat png = new PngFormat();
    byte[] once = embed(png, TestAssets.image("png", 40, 30), TestAssets.fakeStore(5000));
    embed(png, once, TestAssets.fakeStore(77));
  }

  @Test
  void webp_writeThenRead_fieldsBackAndXmpFlagSet() throws Exception {
    WebpFormat webp = new WebpFormat();
    byte[] out =
        embed(webp, TestAssets.fixtureBytes("c2pa-rs/sample1.webp"), TestAssets.fakeStore(1001));
    assertEquals(0x04, out[20] & 0x04);
    byte[] again = embed(webp, out, TestAssets.fakeStore(1000));
    assertEquals(0x04, again[20] & 0x04);
  }

  @Test
  void exiftool_readsSourceTypeAndAiFields() throws Exception {
    ExternalTool.require("exiftool", "libimage-exiftool-perl");
    byte[] jpg =
        embed(new JpegFormat(), TestAssets.image("jpg", 40, 30), TestAssets.fakeStore(100));
    byte[] png = embed(new PngFormat(), TestAssets.image("png", 40, 30), TestAssets.fakeStore(100));
    var outputs =
        new java.util.TreeMap<String, byte[]>(java.util.Map.of("out.jpg", jpg, "out.png", png));
    var webpInput = TestAssets.fixtureIfPresent("c2pa-rs/sample1.webp");
    if (webpInput.isPresent()) {
      outputs.put("out.webp", embed(new WebpFormat(), webpInput.get(), TestAssets.fakeStore(101)));
    }
    for (var e : outputs.entrySet()) {
      Path file = tmp.resolve(e.getKey());
      Files.write(file, e.getValue());
      String json = ExternalTool.run("exiftool", "-j", "-XMP-iptcExt:all", file.toString());
      assertTrue(
          json.contains(
              "\"DigitalSourceType\":"
                  + " \"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia\""),
          json);
      assertTrue(json.contains("\"AISystemUsed\": \"Example Diffusion\""), json);
      assertTrue(json.contains("\"AISystemVersionUsed\": \"2.1-beta\""), json);
      assertTrue(json.contains("\"AIPromptWriterName\": \"Jane Doe\""), json);
      assertTrue(json.contains("lighthouse at dusk <oil painting> & gulls"), json);
    }
  }

  @Test
  void webpinfo_acceptsConvertedAndLosslessAlphaOutputs() throws Exception {
    ExternalTool.require("webpinfo", "webp");
    ExternalTool.require("cwebp", "webp");
    Path png = tmp.resolve("alpha.png");
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(33, 21, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    img.setRGB(3, 4, 0x80FF0000);
    javax.imageio.ImageIO.write(img, "png", png.toFile());
    Path lossless = tmp.resolve("lossless.webp");
    ExternalTool.run("cwebp", "-quiet", "-lossless", png.toString(), "-o", lossless.toString());

    byte[] out = embed(new WebpFormat(), Files.readAllBytes(lossless), TestAssets.fakeStore(2001));
    assertEquals(0x10 | 0x04, out[20] & 0xff); // alpha from VP8L header, XMP
    Path outFile = tmp.resolve("out.webp");
    Files.write(outFile, out);
    String info = ExternalTool.run("webpinfo", outFile.toString());
    assertTrue(info.contains("No error detected"), info);
    assertTrue(info.contains("Canvas size 33 x 21") || info.contains("Width: 33"), info);
    ExternalTool.run("dwebp", "-quiet", outFile.toString(), "-o", tmp.resolve("d.png").toString());
  }
}
