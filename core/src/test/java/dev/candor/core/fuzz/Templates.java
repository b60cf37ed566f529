package dev.candor.core.fuzz;

import dev.candor.core.Action;
import dev.candor.core.DevelopmentPki;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.SigningOptions;
import dev.candor.core.TrainingMining;
import dev.candor.core.asset.AssetSource;

/**
 * A real signed side-car store over {@link #ASSET}, made once per JVM, that fuzz targets graft
 * fuzzed parts into.
 */
final class Templates {
  /** The one-byte asset the template store is bound to. */
  static final byte[] ASSET = {42};

  private static byte[] store;
  private static DevelopmentPki pki;

  private Templates() {}

  static synchronized DevelopmentPki pki() {
    if (pki == null) {
      pki = DevelopmentPki.create();
    }
    return pki;
  }

  static Manifest manifest() {
    return Manifest.builder()
        .title("fuzz.bin")
        .action(
            Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
                .softwareAgent(GeneratorInfo.of("Fuzz Model", "1.0"))
                .build())
        .assertion(TrainingMining.allNotAllowed().toAssertion())
        .build();
  }

  static synchronized byte[] store() {
    if (store == null) {
      try {
        store =
            Provenance.sidecar(
                manifest(), SigningOptions.of(pki().signer()), AssetSource.of(ASSET));
      } catch (Exception e) {
        throw new IllegalStateException("cannot sign the template store", e);
      }
    }
    return store.clone();
  }
}
