package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.Assertion;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.ManifestSummary;
import dev.candor.core.ProvenanceException;
import dev.candor.core.Relationship;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.Fixtures;
import dev.candor.core.testkit.ReaderVerdict;
import dev.candor.core.testkit.TestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases users have: generated, AI-edited photos, re-labelling, large images, bad input. */
class ImageLabelerTest {
  static SigningOptions signing;
  @TempDir Path dir;

  @BeforeAll
  static void keys() throws Exception {
    signing = SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256));
  }

  static ImageLabeler.Builder labeler() {
    return ImageLabels.labeler(signing).model(GeneratorInfo.of("Example Diffusion", "3.1"));
  }

  static ManifestSummary active(byte[] image) throws Exception {
    ValidationReport r = ImageLabels.verify(AssetSource.of(image), VerifyOptions.defaults()).c2pa().orElseThrow();
    assertEquals(ValidationState.VALID, r.state(), r.toString());
    return r.activeManifest().orElseThrow();
  }

  @Test
  void label_generated_createdWithTrainedAlgorithmicMediaAndModel() throws Exception {
    ManifestSummary m = active(labeler().build().label(TestImages.of("png")));
    assertEquals("c2pa.created", m.actions().get(0));
    assertEquals(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, m.digitalSourceType().orElseThrow());
    assertTrue(m.softwareAgents().contains("Example Diffusion"));
  }

  @Test
  void label_editedPhotoWithoutManifest_parentIngredientOpenedEdited() throws Exception {
    byte[] photo = Files.readAllBytes(Fixtures.file("c2pa-rs/earth_apollo17.jpg"));
    byte[] out = labeler().kind(ContentKind.EDITED).build().label(photo);
    ManifestSummary m = active(out);
    assertEquals(java.util.List.of("c2pa.opened", "c2pa.edited"), m.actions());
    assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, m.digitalSourceType().orElseThrow());
    assertTrue(m.assertionLabels().contains("c2pa.ingredient.v3"));
  }

  @Test
  void label_editedPhotoWithManifest_keepsItsManifestAsParentAndC2paRsAgrees() throws Exception {
    byte[] photo = Files.readAllBytes(Fixtures.file("c2pa-rs/CA.jpg"));
    byte[] out = labeler().kind(ContentKind.EDITED).build().label(photo);
    ValidationReport r = ImageLabels.verify(AssetSource.of(out), VerifyOptions.defaults()).c2pa().orElseThrow();
    assertEquals(ValidationState.VALID, r.state(), r.toString());
    assertEquals(2, r.manifests().size(), "CA.jpg manifest plus ours");
    assertEquals(1, new JpegFormat().findStores(AssetSource.of(out)).size());
    C2paReaders.assumeAvailable();
    Path f = Files.write(dir.resolve("edited.jpg"), out);
    ReaderVerdict v = C2paReaders.verify(C2paReaders.Reader.NODE, f, "image/jpeg", null);
    assertEquals(ReaderVerdict.State.VALID, v.state(), v.toString());
  }

  @Test
  void label_twice_oneStoreWithPreviousManifestAsIngredient() throws Exception {
    byte[] once = labeler().build().label(TestImages.of("jpeg"));
    byte[] twice = labeler().build().label(once);
    assertEquals(1, new JpegFormat().findStores(AssetSource.of(twice)).size());
    ValidationReport r = ImageLabels.verify(AssetSource.of(twice), VerifyOptions.defaults()).c2pa().orElseThrow();
    assertEquals(ValidationState.VALID, r.state(), r.toString());
    assertEquals(2, r.manifests().size());
    assertEquals("c2pa.opened", r.activeManifest().orElseThrow().actions().get(0));
  }

  @Test
  void label_largeStoreOver64KiB_splitsSegmentsAndValidatesInC2paRs() throws Exception {
    byte[] blob = new byte[150_000];
    new Random(3).nextBytes(blob);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("data", blob);
    byte[] out = labeler().assertion(Assertion.cbor("com.example.large", content)).build()
        .label(TestImages.of("jpeg"));
    var stores = new JpegFormat().findStores(AssetSource.of(out));
    assertTrue(stores.get(0).store().length > 150_000);
    active(out);
    C2paReaders.assumeAvailable();
    Path f = Files.write(dir.resolve("large.jpg"), out);
    assertEquals(ReaderVerdict.State.VALID, C2paReaders.verify(C2paReaders.Reader.NODE, f, "image/jpeg", null).state());
  }

  @Test
  void label_24MegapixelJpegFileToFile_roundTrips() throws Exception {
    java.awt.image.BufferedImage img = TestImages.picture(6000, 4000);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", buf);
    Path in = Files.write(dir.resolve("big.jpg"), buf.toByteArray());
    Path out = dir.resolve("big-labelled.jpg");
    labeler().build().label(in, out);
    ValidationReport r = ImageLabels.verify(out, VerifyOptions.defaults()).c2pa().orElseThrow();
    assertEquals(ValidationState.VALID, r.state(), r.toString());
    assertArrayEquals(buf.toByteArray(), Files.readAllBytes(in), "input untouched");
  }

  @Test
  void label_fileToNewFile_defaultPermissionsNotOwnerOnly() throws Exception {
    Path in = Files.write(dir.resolve("in.png"), TestImages.of("png"));
    Path plain = Files.write(dir.resolve("plain.bin"), new byte[1]); // what the umask gives
    Path out = dir.resolve("out.png");
    labeler().build().label(in, out);
    assertEquals(
        PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.filter(f -> f.toString().endsWith(".part")).count(), "no temp left");
    }
  }

  @Test
  void label_overExistingFile_keepsItsPermissions() throws Exception {
    Path in = Files.write(dir.resolve("in.png"), TestImages.of("png"));
    Path out = Files.write(dir.resolve("out.png"), new byte[] {1, 2, 3});
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    labeler().build().label(in, out);
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals(ValidationState.VALID,
        ImageLabels.verify(out, VerifyOptions.defaults()).c2pa().orElseThrow().state());
  }

  @Test
  void label_visibleLabel_pixelsChangedAndRecordValid() throws Exception {
    byte[] in = TestImages.of("png");
    byte[] out = labeler().visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build())
        .build().label(in);
    active(out);
    var a = ImageIO.read(new java.io.ByteArrayInputStream(in));
    var b = ImageIO.read(new java.io.ByteArrayInputStream(out));
    assertEquals(a.getWidth(), b.getWidth());
    assertTrue(a.getRGB(a.getWidth() - 30, 20) != b.getRGB(b.getWidth() - 30, 20), "label drawn top-right");
  }

  @Test
  void label_visibleLabelOnTruncatedJpeg_refusedNotRepairedWithGreyRows() throws Exception {
    byte[] whole = TestImages.of("jpeg");
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
    // The JDK decodes this without complaint, the missing rows grey: a copy must not be made of it.
    assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(cut)) != null);
    Path in = Files.write(dir.resolve("cut.jpg"), cut);
    Path out = dir.resolve("out.jpg");
    ProvenanceException e = assertThrows(ProvenanceException.class, () -> labeler()
        .visibleLabel(VisibleLabel.builder().style(LabelStyle.AI_GENERATED).build())
        .build().label(in, out));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertFalse(Files.exists(out), "no output");
    assertArrayEquals(cut, Files.readAllBytes(in));
  }

  @Test
  void label_xmp_readByExiftool() throws Exception {
    ExternalTool.require("exiftool", "libimage-exiftool-perl");
    for (String fmt : new String[] {"jpeg", "png", "webp"}) {
      byte[] out = labeler().prompt("a cat on a sofa").build().label(TestImages.of(fmt));
      Path f = Files.write(dir.resolve("x." + fmt), out);
      String json = ExternalTool.run("exiftool", "-j", "-XMP-iptcExt:all", f.toString());
      assertTrue(json.contains(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri()), fmt + ": " + json);
      assertTrue(json.contains("Example Diffusion"), fmt + ": " + json);
      assertTrue(json.contains("a cat on a sofa"), fmt + ": " + json);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated-jpeg", "bad-crc-png", "lying-riff-webp", "not-an-image", "tiff"})
  void label_badInput_clearErrorNoOutputInputUntouched(String kind) throws Exception {
    byte[] bad = switch (kind) {
      case "truncated-jpeg" -> Arrays.copyOf(TestImages.of("jpeg"), 300);
      case "bad-crc-png" -> {
        byte[] p = TestImages.of("png");
        p[29] ^= 0x55; // inside IHDR's CRC
        yield p;
      }
      case "lying-riff-webp" -> {
        byte[] w = TestImages.of("webp");
        w[4] = (byte) 0xFF;
        w[5] = (byte) 0xFF;
        yield w;
      }
      case "tiff" -> Files.readAllBytes(Fixtures.file("c2pa-rs/test.tiff"));
      default -> "hello, this is text".getBytes();
    };
    Path in = Files.write(dir.resolve("in.bin"), bad);
    Path out = dir.resolve("out.bin");
    ProvenanceException e = assertThrows(ProvenanceException.class, () -> labeler().build().label(in, out));
    assertFalse(e.getMessage().isBlank());
    assertFalse(Files.exists(out), "no output");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left: " + e.getMessage());
    }
    assertArrayEquals(bad, Files.readAllBytes(in));
  }
}
