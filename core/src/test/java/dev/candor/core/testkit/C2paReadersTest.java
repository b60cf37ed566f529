package dev.candor.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candor.core.StatusCode;
import dev.candor.core.ValidationState;
import dev.candor.core.testkit.C2paReaders.Reader;
import dev.candor.core.testkit.ReaderVerdict.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the bridge reaches the real readers: verdicts on c2pa-rs's own fixtures match what {@code
 * /work/shared/c2pa-fixtures/README.md} records for c2pa-rs and c2pa-ts.
 */
class C2paReadersTest {
  private static final String JPEG = "image/jpeg";
  private static final String ALGORITHMIC_MEDIA =
      "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia";
  private static final String TEST_ROOTS = "c2pa-rs/certs/trust/test_cert_root_bundle.pem";

  @BeforeAll
  static void readersInstalled() {
    C2paReaders.assumeAvailable();
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void verify_signedJpegWithParent_valid(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/CA.jpg"), JPEG, null);

    assertEquals(State.VALID, v.state(), v.toString());
    assertEquals("contentauth:urn:uuid:c2677d4b-0a93-4444-876f-ed2f2d40b8cf", v.activeManifest());
    assertTrue(v.success().contains(StatusCode.CLAIM_SIGNATURE_VALIDATED), v.toString());
    assertTrue(v.success().contains(StatusCode.ASSERTION_DATAHASH_MATCH), v.toString());
    assertNull(v.error());
  }

  @ParameterizedTest
  @EnumSource(
      value = Reader.class,
      names = {"NODE", "WASM"})
  void verify_noTrustAnchors_c2paRsFlagsSignerUntrusted(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/CA.jpg"), JPEG, null);

    assertEquals(List.of(StatusCode.SIGNING_CREDENTIAL_UNTRUSTED), v.failure(), v.toString());
    assertEquals(ValidationState.VALID, v.validationState().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(
      value = Reader.class,
      names = {"NODE", "WASM"})
  void verify_testRootAsTrustAnchor_trusted(Reader reader) {
    ReaderVerdict v =
        C2paReaders.verify(reader, fixture("c2pa-rs/CA.jpg"), JPEG, fixture(TEST_ROOTS));

    assertEquals(State.TRUSTED, v.state(), v.toString());
    assertTrue(v.success().contains(StatusCode.SIGNING_CREDENTIAL_TRUSTED), v.toString());
    assertEquals(List.of(), v.failure());
  }

  @Test
  void verify_tsWithTrustAnchors_staysValidBecauseItChecksNoAnchors() {
    ReaderVerdict v =
        C2paReaders.verify(Reader.TS, fixture("c2pa-rs/CA.jpg"), JPEG, fixture(TEST_ROOTS));

    assertEquals(State.VALID, v.state(), v.toString());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void verify_pixelsChangedAfterSigning_dataHashMismatch(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/XCA.jpg"), JPEG, null);

    assertEquals(State.INVALID, v.state(), v.toString());
    assertTrue(v.failure().contains(StatusCode.ASSERTION_DATAHASH_MISMATCH), v.toString());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void verify_claimNoLongerMatchesSignature_claimSignatureMismatch(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/E-sig-CA.jpg"), JPEG, null);

    assertEquals(State.INVALID, v.state(), v.toString());
    assertTrue(v.failure().contains(StatusCode.CLAIM_SIGNATURE_MISMATCH), v.toString());
    assertTrue(v.hasCode(StatusCode.TIMESTAMP_MISMATCH), v.toString());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void verify_plainJpeg_noManifest(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/no_manifest.jpg"), JPEG, null);

    assertEquals(State.NO_MANIFEST, v.state(), v.toString());
    assertNull(v.activeManifest());
    assertTrue(v.validationState().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void verify_createdByAlgorithm_reportsDigitalSourceType(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/C.jpg"), JPEG, null);

    assertEquals(List.of(ALGORITHMIC_MEDIA), v.digitalSourceTypes(), v.toString());
  }

  @ParameterizedTest
  @EnumSource(
      value = Reader.class,
      names = {"NODE", "WASM"})
  void verify_signedPng_validWithAlgorithmicMedia(Reader reader) {
    ReaderVerdict v =
        C2paReaders.verify(reader, fixture("c2pa-rs-extra/100kb-signed.png"), "image/png", null);

    assertEquals(State.VALID, v.state(), v.toString());
    assertEquals(List.of(ALGORITHMIC_MEDIA), v.digitalSourceTypes());
  }

  @Test
  void verifySidecar_cloudStoreBoundToCloudJpeg_valid() {
    ReaderVerdict v =
        C2paReaders.verifySidecar(
            fixture("c2pa-rs/cloud_manifest.c2pa"), fixture("c2pa-rs/cloud.jpg"), JPEG, null);

    assertEquals(State.VALID, v.state(), v.toString());
    assertEquals("urn:uuid:e5412b29-135b-4c2d-8513-580286e19726", v.activeManifest());
    assertTrue(v.success().contains(StatusCode.ASSERTION_DATAHASH_MATCH), v.toString());
  }

  @Test
  void verifySidecar_tsReader_readsTheStoreAgainstTheAsset() {
    ReaderVerdict v =
        C2paReaders.verifySidecar(
            Reader.TS,
            fixture("c2pa-rs/cloud_manifest.c2pa"),
            fixture("c2pa-rs/cloud.jpg"),
            JPEG,
            null);

    // c2pa-ts judges the same store (same active manifest) but rejects its actions.
    assertEquals("urn:uuid:e5412b29-135b-4c2d-8513-580286e19726", v.activeManifest());
    assertEquals(State.INVALID, v.state(), v.toString());
    assertEquals(List.of(StatusCode.ASSERTION_ACTION_INGREDIENT_MISMATCH), v.failure());
  }

  @Test
  void verifySidecar_wasmReader_refuses() {
    ReaderVerdict v =
        C2paReaders.verifySidecar(
            Reader.WASM,
            fixture("c2pa-rs/cloud_manifest.c2pa"),
            fixture("c2pa-rs/cloud.jpg"),
            JPEG,
            null);

    assertEquals(State.ERROR, v.state(), v.toString());
  }

  @Test
  void verify_onlyRemoteManifestReference_noManifestSayingWhy() {
    ReaderVerdict v = C2paReaders.verify(Reader.NODE, fixture("c2pa-rs/cloud.jpg"), JPEG, null);

    assertEquals(State.NO_MANIFEST, v.state(), v.toString());
    assertTrue(v.error().contains("RemoteManifestUrl"), v.error());
  }

  @ParameterizedTest
  @EnumSource(
      value = Reader.class,
      names = {"NODE", "WASM"})
  void verify_prereleaseStore_c2paRsRefuses(Reader reader) {
    ReaderVerdict v = C2paReaders.verify(reader, fixture("c2pa-rs/prerelease.jpg"), JPEG, null);

    assertEquals(State.ERROR, v.state(), v.toString());
    assertTrue(v.error().contains("PrereleaseError"), v.error());
    assertNull(v.report());
  }

  @Test
  void verifyAll_signedJpeg_oneVerdictPerReaderWithFullReport() {
    Map<Reader, ReaderVerdict> all = C2paReaders.verifyAll(fixture("c2pa-rs/C.jpg"), JPEG, null);

    assertEquals(List.of(Reader.NODE, Reader.WASM, Reader.TS), List.copyOf(all.keySet()));
    assertEquals("c2pa-node", all.get(Reader.NODE).reader());
    assertEquals("c2pa-wasm", all.get(Reader.WASM).reader());
    assertEquals("c2pa-ts", all.get(Reader.TS).reader());
    String active = all.get(Reader.NODE).activeManifest();
    assertTrue(all.get(Reader.NODE).report().path("manifests").has(active), "c2pa-rs report");
    assertFalse(all.get(Reader.TS).report().path("statusEntries").isEmpty(), "c2pa-ts report");
  }

  @Test
  void verify_missingFile_rejectedBeforeAskingNode() {
    Path missing = Paths.get("no/such/file.jpg");

    assertThrows(
        IllegalArgumentException.class, () -> C2paReaders.verify(Reader.NODE, missing, JPEG, null));
  }

  /** A shared fixture, read in place; the test is skipped when the fixtures are not there. */
  static Path fixture(String relative) {
    String root = System.getProperty("candor.fixtures");
    assumeTrue(root != null, "candor.fixtures not set");
    Path file = Paths.get(root, relative);
    assumeTrue(Files.isRegularFile(file), "fixture absent: " + file);
    return file;
  }
}
