package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.DigitalSourceType;
import dev.candor.core.ManifestSummary;
import dev.candor.core.Provenance;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Candor's verdict on every signed JPEG in the shared fixtures equals what c2pa-rs reports (the
 * fixtures README, column "other libraries", rs), without trust anchors; and Trusted where c2pa-rs
 * says so with the test root. Expected codes are separated by {@code |}.
 */
class JpegFixtureVerdictTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // file; state; codes that must be present; codes that must be absent
    "c2pa-rs/C.jpg; VALID; claimSignature.validated|claimSignature.insideValidity|assertion.dataHash.match|timeStamp.validated; assertion.dataHash.mismatch",
    "c2pa-rs/CA.jpg; VALID; assertion.dataHash.match|ingredient.unknownProvenance; ",
    "c2pa-rs/CACA.jpg; VALID; claimSignature.validated|timeStamp.validated; ",
    "c2pa-rs/C_with_CAWG_data.jpg; VALID; claimSignature.validated; ",
    "c2pa-rs/XCA.jpg; INVALID; assertion.dataHash.mismatch; ",
    "c2pa-rs/E-sig-CA.jpg; INVALID; claimSignature.mismatch|timeStamp.mismatch; claimSignature.validated",
    "c2pa-rs/CIE-sig-CA.jpg; VALID; claimSignature.validated; ",
    "c2pa-rs/CACAE-uri-CA.jpg; VALID; claimSignature.validated; ",
    "c2pa-rs/no_alg.jpg; INVALID; algorithm.unsupported; ",
    "c2pa-rs/update_manifest.jpg; VALID; claimSignature.validated; ",
    "c2pa-rs/ocsp.jpg; VALID; claimSignature.validated; ",
    "c2pa-rs/adobe-20220124-E-clm-CAICAI.jpg; INVALID; ingredient.manifest.missing|assertion.hashedURI.mismatch; ",
    "c2pa-rs/boxhash.jpg; VALID; assertion.dataHash.match; ",
    "c2pa-rs/legacy_ingredient_hash.jpg; VALID; claimSignature.validated; ",
    "c2pa-rs/prerelease.jpg; INVALID; general.error; ",
    "c2pa-rs-extra/CA_ct.jpg; VALID; timeStamp.malformed; timeStamp.validated",
    "c2pa-rs-extra/CA_assertion-tampered.jpg; INVALID; assertion.hashedURI.mismatch; ",
    "c2pa-rs-extra/C_claim-tampered.jpg; INVALID; claimSignature.mismatch|timeStamp.mismatch; ",
    "c2pa-rs-extra/CIE-sig-CA_claim-missing.jpg; INVALID; ingredient.manifest.missing|assertion.hashedURI.mismatch; ",
  })
  void verify_signedFixture_matchesC2paRs(String file, ValidationState state, String present, String absent)
      throws Exception {
    ValidationReport r = verify(Fixtures.file(file), VerifyOptions.defaults());
    assertTrue(r.hasManifest(), file);
    assertEquals(state, r.state(), file + ": " + r);
    for (String c : split(present)) {
      assertTrue(r.has(c), file + " lacks " + c + ": " + r);
    }
    for (String c : split(absent)) {
      assertFalse(r.has(c), file + " has " + c + ": " + r);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"c2pa-rs/C.jpg", "c2pa-rs/CA.jpg", "c2pa-rs/CACA.jpg", "c2pa-rs/CACAE-uri-CA.jpg",
      "c2pa-rs/boxhash.jpg", "c2pa-rs/update_manifest.jpg"})
  void verify_withTestRoot_trusted(String file) throws Exception {
    Path root = Fixtures.file("c2pa-rs/certs/trust/test_cert_root_bundle.pem");
    ValidationReport r = verify(Fixtures.file(file), VerifyOptions.defaults().withTrustAnchorsPem(root));
    assertEquals(ValidationState.TRUSTED, r.state(), file + ": " + r);
    assertTrue(r.has(StatusCode.SIGNING_CREDENTIAL_TRUSTED));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"c2pa-rs/no_manifest.jpg", "c2pa-rs/IMG_0003.jpg", "c2pa-rs/cloud.jpg", "c2pa-rs/P1000827.jpg"})
  void verify_plainJpeg_noManifest(String file) throws Exception {
    assertFalse(verify(Fixtures.file(file), VerifyOptions.defaults()).hasManifest());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"c2pa-rs/cloud_manifest.c2pa; c2pa-rs/cloud.jpg; VALID",
      "c2pa-rs/cloud_manifest.c2pa; c2pa-rs/no_manifest.jpg; INVALID"})
  void verifySidecar_fixtureStore_matchesC2paRs(String store, String asset, ValidationState state) throws Exception {
    ValidationReport r = Provenance.verifySidecar(Files.readAllBytes(Fixtures.file(store)),
        AssetSource.of(Files.readAllBytes(Fixtures.file(asset))), VerifyOptions.defaults());
    assertEquals(state, r.state(), r.toString());
  }

  @org.junit.jupiter.api.Test
  void verify_activeManifestSummary_namesSourceTypeAndSigner() throws Exception {
    ValidationReport r = verify(Fixtures.file("c2pa-rs/ocsp.jpg"), VerifyOptions.defaults());
    ManifestSummary m = r.activeManifest().orElseThrow();
    assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, m.digitalSourceType().orElseThrow());
    assertTrue(m.signer().contains("Adobe"), m.signer());
  }

  static ValidationReport verify(Path file, VerifyOptions o) throws Exception {
    return Provenance.verify(new JpegFormat(), AssetSource.of(Files.readAllBytes(file)), o);
  }

  private static String[] split(String s) {
    return s == null || s.isBlank() ? new String[0]
        : Arrays.stream(s.split("\\|")).map(String::trim).toArray(String[]::new);
  }
}
