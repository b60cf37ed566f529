package dev.candor.core.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.Action;
import dev.candor.core.DevelopmentPki;
import dev.candor.core.DevelopmentPki.KeyType;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.SigningOptions;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.PreparedStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreWriterTest {
  private static final Manifest MANIFEST =
      Manifest.builder()
          .action(Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA).build())
          .build();

  @ParameterizedTest
  @EnumSource(
      value = KeyType.class,
      names = {"EC_P256", "RSA_3072", "ED25519"})
  void prepare_withoutTimeStamper_reservesNoRoomForAToken(KeyType type) throws Exception {
    DevelopmentPki pki = DevelopmentPki.create(type);
    SigningOptions signing = SigningOptions.of(pki.signer());

    PreparedStore store = Provenance.prepare(MANIFEST, signing, false);

    // room for a time-stamp token is kept only when a time-stamp authority will write one
    PreparedStore timed =
        Provenance.prepare(MANIFEST, signing.withTimeStamper(data -> new byte[0]), false);
    assertTrue(
        timed.length() >= store.length() + dev.candor.core.Signer.TIME_STAMP_RESERVE,
        type + ": " + store.length() + " vs " + timed.length());
    byte[] asset = {1, 2, 3};
    byte[] sidecar = Provenance.sidecar(MANIFEST, signing, AssetSource.of(asset));
    assertEquals(store.length(), sidecar.length);
    assertEquals(
        ValidationState.TRUSTED,
        Provenance.verifySidecar(
                sidecar,
                AssetSource.of(asset),
                VerifyOptions.defaults().withTrust(pki.trustAnchors()))
            .state(),
        type.toString());
  }
}
