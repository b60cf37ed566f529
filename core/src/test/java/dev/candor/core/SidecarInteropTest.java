package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.Fixtures;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.testkit.ReaderVerdict;
import dev.candor.core.testkit.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Side-car stores written by Candor for an arbitrary file, checked by c2pa-rs (c2pa-node's side-car
 * reader) and by Candor: valid, trusted with the test root, and a changed byte is a data-hash
 * mismatch in both.
 */
class SidecarInteropTest {
  @TempDir Path dir;

  static Manifest generated() {
    return Manifest.builder()
        .title("data.bin")
        .action(Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
            .softwareAgent(GeneratorInfo.of("Example Diffusion", "3.1")).build())
        .assertion(TrainingMining.allNotAllowed().toAssertion())
        .build();
  }

  @ParameterizedTest
  @CsvSource({"es256,ES256", "ps256,PS256", "ed25519,ED25519", "es384,ES384", "es512,ES512"})
  void sidecar_signedByFixtureKey_validInC2paRsAndCandor(String key, SigningAlgorithm alg) throws Exception {
    C2paReaders.assumeAvailable();
    Signer signer = TestKeys.fixtureSigner(key, alg);
    byte[] asset = new byte[50_000];
    new Random(7).nextBytes(asset);
    Path assetFile = Files.write(dir.resolve("asset.bin"), asset);
    byte[] store;
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      store = Provenance.sidecar(generated(), SigningOptions.of(signer).withTimeStamper(
          TimeStamper.http(tsa.url())), AssetSource.of(asset));
    }
    Path storeFile = Files.write(dir.resolve("asset.c2pa"), store);

    ReaderVerdict rs = C2paReaders.verifySidecar(storeFile, assetFile, "application/octet-stream", null);
    assertEquals(ReaderVerdict.State.VALID, rs.state(), rs.toString());
    assertTrue(rs.digitalSourceTypes().contains(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri()), rs.toString());
    Path root = Fixtures.file("c2pa-rs/certs/trust/test_cert_root_bundle.pem");
    ReaderVerdict trusted = C2paReaders.verifySidecar(storeFile, assetFile, "application/octet-stream", root);
    assertEquals(ReaderVerdict.State.TRUSTED, trusted.state(), trusted.toString());

    ValidationReport ours = Provenance.verifySidecar(store, AssetSource.of(asset), VerifyOptions.defaults());
    assertEquals(ValidationState.VALID, ours.state(), ours.toString());
    assertTrue(ours.has(StatusCode.TIMESTAMP_VALIDATED), ours.toString());
    ValidationReport oursTrusted = Provenance.verifySidecar(store, AssetSource.of(asset),
        VerifyOptions.defaults().withTrustAnchorsPem(root));
    assertEquals(ValidationState.TRUSTED, oursTrusted.state(), oursTrusted.toString());

    asset[12_345] ^= 1;
    Files.write(assetFile, asset);
    ReaderVerdict rsTampered = C2paReaders.verifySidecar(storeFile, assetFile, "application/octet-stream", null);
    assertEquals(ReaderVerdict.State.INVALID, rsTampered.state(), rsTampered.toString());
    assertTrue(rsTampered.failure().contains(StatusCode.ASSERTION_DATAHASH_MISMATCH), rsTampered.toString());
    ValidationReport oursTampered = Provenance.verifySidecar(store, AssetSource.of(asset), VerifyOptions.defaults());
    assertEquals(ValidationState.INVALID, oursTampered.state());
    assertTrue(oursTampered.has(StatusCode.ASSERTION_DATAHASH_MISMATCH), oursTampered.toString());
  }
}
