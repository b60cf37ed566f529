package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Candor's verdicts on the shared fixtures through the real containers, equal to what c2pa-rs
 * reports per the fixtures README: signed PNGs, unsigned images of every kind, and formats Candor
 * does not read yet (reported as unsupported, never as "no manifest").
 */
class ImageFixtureVerdictTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "c2pa-rs-extra/100kb-signed.png; VALID; assertion.dataHash.match",
    "c2pa-rs-extra/IMG_0003_aca_signed.png; VALID; claimSignature.validated",
    "c2pa-rs-extra/IMG_0003_aca.png; INVALID; signingCredential.expired",
    "c2pa-rs/CA.jpg; VALID; assertion.dataHash.match",
    "c2pa-rs/XCA.jpg; INVALID; assertion.dataHash.mismatch",
    "c2pa-rs/CACA.jpg; VALID; timeStamp.validated",
  })
  void verify_signedImage_matchesC2paRs(String file, ValidationState state, String code) throws Exception {
    ImageVerification v = ImageLabels.verify(Fixtures.file(file), VerifyOptions.defaults());
    ValidationReport r = v.c2pa().orElseThrow();
    assertEquals(state, r.state(), file + ": " + r);
    assertTrue(r.has(code), file + ": " + r);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"c2pa-rs/sample1.png", "c2pa-rs/libpng-test.png", "c2pa-rs/sample1.webp", "c2pa-rs/no_manifest.jpg"})
  void verify_unsignedImage_noManifest(String file) throws Exception {
    ImageVerification v = ImageLabels.verify(Fixtures.file(file), VerifyOptions.defaults());
    assertTrue(v.supported());
    assertFalse(v.c2pa().orElseThrow().hasManifest(), file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"c2pa-rs/sample1.avif, AVIF", "c2pa-rs/sample1.svg, SVG", "c2pa-rs/test.tiff, TIFF",
      "c2pa-rs/video1.mp4, MP4"})
  void verify_otherFormat_unsupportedNotUnmarked(String file, FileFormat format) throws Exception {
    ImageVerification v = ImageLabels.verify(Fixtures.file(file), VerifyOptions.defaults());
    assertEquals(format, v.format());
    assertFalse(v.supported());
    assertTrue(v.c2pa().isEmpty());
  }

  @Test
  void verify_adobeFireflyPhotoshop_readsAiSourceType() throws Exception {
    ImageVerification v = ImageLabels.verify(Fixtures.file("c2pa-rs/ocsp.jpg"), VerifyOptions.defaults());
    assertEquals(ValidationState.VALID, v.c2pa().orElseThrow().state());
    assertEquals(dev.candor.core.DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
        v.digitalSourceType().orElseThrow());
    assertFalse(v.c2pa().orElseThrow().has(StatusCode.ASSERTION_DATAHASH_MISMATCH));
  }
}
