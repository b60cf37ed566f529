package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.TimeStamper;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.Fixtures;
import dev.candor.core.testkit.ReaderVerdict;
import dev.candor.core.testkit.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every JPEG / PNG / WebP x ES256 / PS256 / Ed25519 combination Candor writes is valid in c2pa-rs
 * (native and WebAssembly builds) with {@code trainedAlgorithmicMedia}, Trusted with the test root,
 * readable by c2pa-ts, and one changed pixel byte is a data-hash mismatch in c2pa-rs and Candor.
 */
class ImageInteropTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "jpeg,es256,ES256", "jpeg,ps256,PS256", "jpeg,ed25519,ED25519",
    "png,es256,ES256", "png,ps256,PS256", "png,ed25519,ED25519",
    "webp,es256,ES256", "webp,ps256,PS256", "webp,ed25519,ED25519"})
  void label_eachFormatAndAlgorithm_validInC2paRs(String fmt, String key, SigningAlgorithm alg)
      throws Exception {
    C2paReaders.assumeAvailable();
    byte[] input = TestImages.of(fmt);
    ImageLabeler labeler = ImageLabels.labeler(SigningOptions.of(TestKeys.fixtureSigner(key, alg)))
        .model(GeneratorInfo.of("Example Diffusion", "3.1"))
        .build();
    byte[] out = labeler.label(input);
    String mime = TestImages.mime(fmt);
    Path file = Files.write(dir.resolve("out." + fmt), out);

    for (C2paReaders.Reader reader : new C2paReaders.Reader[] {C2paReaders.Reader.NODE, C2paReaders.Reader.WASM}) {
      ReaderVerdict v = C2paReaders.verify(reader, file, mime, null);
      assertEquals(ReaderVerdict.State.VALID, v.state(), v.toString());
      assertTrue(v.digitalSourceTypes().contains(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri()), v.toString());
    }
    Path root = Fixtures.file("c2pa-rs/certs/trust/test_cert_root_bundle.pem");
    ReaderVerdict trusted = C2paReaders.verify(C2paReaders.Reader.WASM, file, mime, root);
    assertEquals(ReaderVerdict.State.TRUSTED, trusted.state(), trusted.toString());
    if (!fmt.equals("webp")) { // c2pa-ts 0.9.4 reads JPEG, PNG, BMFF only
      ReaderVerdict ts = C2paReaders.verify(C2paReaders.Reader.TS, file, mime, null);
      assertNotEquals(ReaderVerdict.State.ERROR, ts.state(), ts.toString());
      assertNotEquals(ReaderVerdict.State.NO_MANIFEST, ts.state(), ts.toString());
      assertTrue(!ts.failure().contains(StatusCode.ASSERTION_DATAHASH_MISMATCH), ts.toString());
    }
    ImageVerification ours = ImageLabels.verify(AssetSource.of(out), VerifyOptions.defaults());
    assertEquals(ValidationState.VALID, ours.c2pa().orElseThrow().state(), ours.c2pa().toString());
    assertEquals(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, ours.xmp().orElseThrow().digitalSourceType().orElseThrow());

    byte[] tampered = TestImages.changePixelByte(fmt, out);
    Path tamperedFile = Files.write(dir.resolve("tampered." + fmt), tampered);
    ReaderVerdict rs = C2paReaders.verify(C2paReaders.Reader.NODE, tamperedFile, mime, null);
    assertEquals(ReaderVerdict.State.INVALID, rs.state(), rs.toString());
    assertTrue(rs.failure().contains(StatusCode.ASSERTION_DATAHASH_MISMATCH), rs.toString());
    var oursTampered = ImageLabels.verify(AssetSource.of(tampered), VerifyOptions.defaults()).c2pa().orElseThrow();
    assertEquals(ValidationState.INVALID, oursTampered.state());
    assertTrue(oursTampered.has(StatusCode.ASSERTION_DATAHASH_MISMATCH), oursTampered.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"EC_P256", "RSA_3072", "ED25519"})
  void label_developmentPki_validAndTrustedWithDevRootInC2paRs(DevelopmentPki.KeyType type) throws Exception {
    C2paReaders.assumeAvailable();
    DevelopmentPki pki = DevelopmentPki.create(type);
    pki.writeTo(dir.resolve("keys"));
    byte[] out = ImageLabels.labeler(SigningOptions.of(pki.signer())).build().label(TestImages.of("jpeg"));
    Path file = Files.write(dir.resolve("dev.jpg"), out);
    ReaderVerdict plain = C2paReaders.verify(C2paReaders.Reader.NODE, file, "image/jpeg", null);
    assertEquals(ReaderVerdict.State.VALID, plain.state(), plain.toString());
    for (C2paReaders.Reader r : new C2paReaders.Reader[] {C2paReaders.Reader.NODE, C2paReaders.Reader.WASM}) {
      ReaderVerdict v = C2paReaders.verify(r, file, "image/jpeg", dir.resolve("keys/root.pem"));
      assertEquals(ReaderVerdict.State.TRUSTED, v.state(), v.toString());
    }
    var ours = ImageLabels.verify(AssetSource.of(out),
        VerifyOptions.defaults().withTrustAnchorsPem(dir.resolve("keys/root.pem"))).c2pa().orElseThrow();
    assertEquals(ValidationState.TRUSTED, ours.state(), ours.toString());
  }

  @org.junit.jupiter.api.Test
  void label_withTimeStamp_validatedInC2paRsAndCandor() throws Exception {
    C2paReaders.assumeAvailable();
    byte[] out;
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      SigningOptions signing = SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256))
          .withTimeStamper(TimeStamper.http(tsa.url()));
      out = ImageLabels.labeler(signing).build().label(TestImages.of("png"));
    }
    Path file = Files.write(dir.resolve("tst.png"), out);
    ReaderVerdict v = C2paReaders.verify(C2paReaders.Reader.NODE, file, "image/png", null);
    assertEquals(ReaderVerdict.State.VALID, v.state(), v.toString());
    assertTrue(v.success().contains(StatusCode.TIMESTAMP_VALIDATED), v.toString());
    var ours = ImageLabels.verify(AssetSource.of(out), VerifyOptions.defaults()).c2pa().orElseThrow();
    assertTrue(ours.has(StatusCode.TIMESTAMP_VALIDATED), ours.toString());
  }
}
