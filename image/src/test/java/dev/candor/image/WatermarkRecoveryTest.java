package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.FileManifestRepository;
import dev.candor.core.ProvenanceException;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.ReaderVerdict;
import dev.candor.core.testkit.TestKeys;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkStrength;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watermarked, labelled image whose metadata a platform strips still finds its record. */
class WatermarkRecoveryTest {
  @TempDir Path dir;

  private static final WatermarkKey KEY = WatermarkKey.of("0123456789abcdef-test-key".getBytes());

  /** A textured 640×480 PNG labelled with the watermark, its record stored in {@code repo}. */
  private static byte[] labelledPng(FileManifestRepository repo) throws Exception {
    return labelledPng(repo, WatermarkStrength.STANDARD);
  }

  private static byte[] labelledPng(FileManifestRepository repo, WatermarkStrength strength)
      throws Exception {
    ImageLabeler labeler = ImageLabels.labeler(
            SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256)))
        .watermark(KEY, repo, strength).build();
    return labeler.label(sourcePng());
  }

  private static byte[] sourcePng() throws Exception {
    ByteArrayOutputStream src = new ByteArrayOutputStream();
    ImageIO.write(TestImages.textured(640, 480), "png", src);
    return src.toByteArray();
  }

  /** PSNR of the image {@code b} against the image {@code a}. */
  private static double psnr(byte[] a, byte[] b) throws Exception {
    return dev.candor.image.watermark.TestImages.psnr(
        ImageIO.read(new ByteArrayInputStream(a)), ImageIO.read(new ByteArrayInputStream(b)));
  }

  @Test
  void robustStrength_marksMoreStrongly_strippedCopyStillFindsRecord_validInC2paRs()
      throws Exception {
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));
    byte[] subtle = labelledPng(repo, WatermarkStrength.SUBTLE);
    byte[] robust = labelledPng(repo, WatermarkStrength.ROBUST);
    // The labeller passes the strength to the pixels: 1.5 times the change, 3.5 dB less PSNR.
    assertEquals(psnr(sourcePng(), subtle) - 3.52, psnr(sourcePng(), robust), 0.2);

    ByteArrayOutputStream stripped = new ByteArrayOutputStream();
    ImageIO.write(ImageIO.read(new ByteArrayInputStream(robust)), "jpg", stripped);
    ImageVerification s =
        ImageLabels.verify(AssetSource.of(stripped.toByteArray()), VerifyOptions.defaults(), KEY, repo);
    WatermarkFinding w = s.watermark().orElseThrow();
    assertTrue(w.found() && w.softBindingMatches(), w.toString());
    assertTrue(w.recovered().orElseThrow().has(StatusCode.CLAIM_SIGNATURE_VALIDATED));

    C2paReaders.assumeAvailable();
    Path f = Files.write(dir.resolve("robust.png"), robust);
    ReaderVerdict rs = C2paReaders.verify(C2paReaders.Reader.NODE, f, "image/png", null);
    assertEquals(ReaderVerdict.State.VALID, rs.state(), rs.toString());
  }

  @Test
  void strippedCopy_watermarkFindsRecordInRepository() throws Exception {
    WatermarkKey key = KEY;
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));
    byte[] labelled = labelledPng(repo);

    ImageVerification v = ImageLabels.verify(AssetSource.of(labelled), VerifyOptions.defaults(), key, repo);
    assertEquals(ValidationState.VALID, v.c2pa().orElseThrow().state());
    assertTrue(v.c2pa().orElseThrow().activeManifest().orElseThrow().actions().contains("c2pa.watermarked"));
    assertTrue(v.watermark().orElseThrow().found());
    assertTrue(v.watermark().orElseThrow().softBindingMatches());

    // what a platform does: decode, re-encode as JPEG 80, metadata gone
    ByteArrayOutputStream stripped = new ByteArrayOutputStream();
    ImageIO.write(ImageIO.read(new ByteArrayInputStream(labelled)), "jpg", stripped);
    ImageVerification s = ImageLabels.verify(AssetSource.of(stripped.toByteArray()), VerifyOptions.defaults(), key, repo);
    assertFalse(s.c2pa().orElseThrow().hasManifest(), "metadata stripped");
    WatermarkFinding w = s.watermark().orElseThrow();
    assertTrue(w.found());
    assertTrue(w.softBindingMatches());
    assertTrue(w.recovered().orElseThrow().has(StatusCode.CLAIM_SIGNATURE_VALIDATED));

    ImageVerification other = ImageLabels.verify(AssetSource.of(stripped.toByteArray()), VerifyOptions.defaults(),
        WatermarkKey.of("another-key-of-sixteen+".getBytes()), repo);
    assertFalse(other.watermark().orElseThrow().found(), "wrong key finds nothing");

    C2paReaders.assumeAvailable();
    Path f = Files.write(dir.resolve("wm.png"), labelled);
    ReaderVerdict rs = C2paReaders.verify(C2paReaders.Reader.NODE, f, "image/png", null);
    assertEquals(ReaderVerdict.State.VALID, rs.state(), rs.toString());
  }

  @Test
  void validRecord_markLookedForAtTheSignedGeometryOnly_strippedCopySearchedInFull()
      throws Exception {
    // A mark resized before another labeller signed the pixels: the valid record vouches for
    // them, so the watermark is looked for at their geometry only (the quick search), where a
    // resized mark is not; the same pixels without the record are searched in full.
    WatermarkPayload id = WatermarkPayload.ofHex("00c0ffee00c0ffee");
    BufferedImage marked = ImageWatermark.embed(TestImages.textured(640, 480), id, KEY);
    BufferedImage resized = TestImages.resized(marked, 480, 360);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(resized, "png", png);
    byte[] signed = ImageLabels.labeler(
            SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256)))
        .build().label(png.toByteArray());
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));

    ImageVerification v =
        ImageLabels.verify(AssetSource.of(signed), VerifyOptions.defaults(), KEY, repo);
    assertEquals(ValidationState.VALID, v.c2pa().orElseThrow().state());
    assertFalse(v.watermark().orElseThrow().found(), "looked for at the signed geometry only");

    ByteArrayOutputStream stripped = new ByteArrayOutputStream();
    ImageIO.write(ImageIO.read(new ByteArrayInputStream(signed)), "png", stripped);
    ImageVerification s =
        ImageLabels.verify(AssetSource.of(stripped.toByteArray()), VerifyOptions.defaults(), KEY, repo);
    assertFalse(s.c2pa().orElseThrow().hasManifest());
    assertEquals(Optional.of(id), s.watermark().orElseThrow().detection().payload());
  }

  @Test
  void imageTooBusyForTheMark_labellingFails_andNothingIsWrittenOrFiled() throws Exception {
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));
    ImageLabeler labeler = ImageLabels.labeler(
            SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256)))
        .watermark(KEY, repo).build();
    Path in = dir.resolve("noise.png");
    // The labeller draws a random id; at 256² and sd 60 the mark read back for 2 ids in 100, so
    // smaller and noisier: 0 in 6000 (random ids, and random keys) measured.
    ImageIO.write(TestImages.noise(160, 160, 100, 7), "png", in.toFile());
    Path out = dir.resolve("noise-labelled.png");

    ProvenanceException e = assertThrows(ProvenanceException.class, () -> labeler.label(in, out));
    assertTrue(e.getMessage().contains("does not read back"), e.getMessage());
    assertTrue(e.getMessage().contains("160×160"), e.getMessage());
    assertFalse(Files.exists(out), "no output");
    try (Stream<Path> filed = Files.list(dir.resolve("manifests"))) {
      assertEquals(0, filed.filter(p -> !Files.isDirectory(p)).count(), "no record filed");
    }

    // the same labeller marks an ordinary image: the check refuses only what cannot be read
    Path photo = dir.resolve("photo.jpg");
    ImageIO.write(TestImages.textured(256, 256), "jpg", photo.toFile());
    labeler.label(photo, dir.resolve("photo-labelled.jpg"));
    assertTrue(ImageWatermark.detect(ImageIO.read(dir.resolve("photo-labelled.jpg").toFile()), KEY).found());
  }

  @Test
  void fallbackStrength_usedOnlyWhereTheFirstDoesNotReadBack() throws Exception {
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));
    SigningOptions signing =
        SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256));
    long id = 0x00112233445566ffL;
    // 256² grey noise of sd 50: this id's subtle mark does not read back, its robust one does.
    // (The standard strength takes the 1.5-fold fit there by itself, so the subtle one is first.)
    Path busy = dir.resolve("busy.png");
    ImageIO.write(TestImages.noise(256, 256, 50, 1), "png", busy.toFile());
    Path photo = dir.resolve("photo.png");
    ImageIO.write(TestImages.textured(320, 256), "png", photo.toFile());

    ImageLabeler subtleOnly = ImageLabels.labeler(signing)
        .watermark(KEY, repo, WatermarkStrength.SUBTLE).watermarkIds(() -> id).build();
    ProvenanceException e = assertThrows(ProvenanceException.class,
        () -> subtleOnly.label(busy, dir.resolve("busy-subtle.png")));
    assertTrue(e.getMessage().contains("subtle strength")
        && e.getMessage().contains("with --watermark-strength robust"), e.getMessage());

    ImageLabeler withFallback = ImageLabels.labeler(signing)
        .watermark(KEY, repo, WatermarkStrength.SUBTLE, WatermarkStrength.ROBUST)
        .watermarkIds(() -> id).build();
    ImageLabeler robustOnly = ImageLabels.labeler(signing)
        .watermark(KEY, repo, WatermarkStrength.ROBUST).watermarkIds(() -> id).build();
    for (Path in : new Path[] {busy, photo}) {
      Path fallback = dir.resolve("fallback-" + in.getFileName());
      LabelResult result = withFallback.label(in, fallback);
      assertEquals(new LabelResult(Optional.of(WatermarkPayload.of(id)),
          Optional.of(in == busy ? WatermarkStrength.ROBUST : WatermarkStrength.SUBTLE)), result);
      // The busy image gets the robust mark, the photograph keeps the subtle one: the same
      // pixels as the labeller with that strength alone writes.
      ImageLabeler alone = in == busy ? robustOnly : subtleOnly;
      Path expected = dir.resolve("alone-" + in.getFileName());
      alone.label(in, expected);
      BufferedImage a = ImageIO.read(fallback.toFile());
      BufferedImage b = ImageIO.read(expected.toFile());
      assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
          b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()), in.toString());
      assertEquals(id, ImageWatermark.detect(a, KEY).payload().orElseThrow().bits());
    }

    // Neither strength reads on 160² noise of sd 100: the message says every strength was tried.
    Path noise = dir.resolve("noise.png");
    ImageIO.write(TestImages.noise(160, 160, 100, 7), "png", noise.toFile());
    ProvenanceException none = assertThrows(ProvenanceException.class,
        () -> withFallback.label(noise, dir.resolve("noise-labelled.png")));
    assertTrue(none.getMessage().contains("every strength tried")
        && !none.getMessage().contains("--watermark-strength"), none.getMessage());

    assertThrows(IllegalArgumentException.class,
        () -> new LabelResult(Optional.empty(), Optional.of(WatermarkStrength.ROBUST)));
    assertEquals(new LabelResult(Optional.empty(), Optional.empty()),
        ImageLabels.labeler(signing).build().label(photo, dir.resolve("unmarked.png")));
  }

  @Test
  void webpCopyOfStrippedLabel_watermarkReadInTheJvm_findsRecord() throws Exception {
    ExternalTool.require("cwebp", "webp");
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));
    Path labelled = Files.write(dir.resolve("labelled.png"), labelledPng(repo));
    // what a platform does: transcode to lossy WebP (cwebp keeps no C2PA record)
    Path webp = dir.resolve("copy.webp");
    ExternalTool.run("cwebp", "-quiet", "-q", "75", labelled.toString(), "-o", webp.toString());

    ImageVerification s = ImageLabels.verify(AssetSource.of(Files.readAllBytes(webp)),
        VerifyOptions.defaults(), KEY, repo);
    assertEquals(FileFormat.WEBP, s.format());
    assertFalse(s.c2pa().orElseThrow().hasManifest(), "metadata stripped");
    WatermarkFinding w = s.watermark().orElseThrow();
    assertTrue(w.found(), "watermark read from the WebP decoded in the JVM: " + w);
    assertTrue(w.softBindingMatches());
    assertTrue(w.recovered().orElseThrow().has(StatusCode.CLAIM_SIGNATURE_VALIDATED));
  }

  @Test
  void lossyWebpLabelledWithWatermark_staysLossy_markReadAndRecordValidInC2paRs() throws Exception {
    ExternalTool.require("cwebp", "webp");
    FileManifestRepository repo = FileManifestRepository.open(dir.resolve("manifests"));
    Path png = dir.resolve("gen.png");
    ImageIO.write(TestImages.textured(640, 480), "png", png.toFile());
    Path webp = dir.resolve("gen.webp");
    ExternalTool.run("cwebp", "-quiet", "-q", "80", png.toString(), "-o", webp.toString());
    ImageLabeler labeler = ImageLabels.labeler(
            SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256)))
        .watermark(KEY, repo).build();
    Path out = dir.resolve("gen-labelled.webp");
    labeler.label(webp, out);

    byte[] labelled = Files.readAllBytes(out);
    ImageVerification v = ImageLabels.verify(AssetSource.of(labelled), VerifyOptions.defaults(), KEY, repo);
    assertEquals(FileFormat.WEBP, v.format());
    assertEquals(ValidationState.VALID, v.c2pa().orElseThrow().state(), v.c2pa().toString());
    assertTrue(v.watermark().orElseThrow().found());
    assertTrue(v.watermark().orElseThrow().softBindingMatches());
    assertTrue(ImageFormats.rewritesWebpLossy(labelled), "still a lossy WebP");
    assertTrue(labelled.length < 3 * Files.size(webp), labelled.length + " bytes from " + Files.size(webp));
    BufferedImage marked = ImageIO.read(out.toFile());
    assertTrue(ImageWatermark.detect(marked, KEY).found());

    C2paReaders.assumeAvailable();
    for (C2paReaders.Reader r : new C2paReaders.Reader[] {C2paReaders.Reader.NODE, C2paReaders.Reader.WASM}) {
      ReaderVerdict rs = C2paReaders.verify(r, out, "image/webp", null);
      assertEquals(ReaderVerdict.State.VALID, rs.state(), rs.toString());
    }
  }
}
