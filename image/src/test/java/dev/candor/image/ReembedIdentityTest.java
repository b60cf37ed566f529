package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.candor.core.asset.AssetSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our layout is c2pa-rs's layout: taking a c2pa-rs-signed file apart and embedding its own store
 * again gives back the very same bytes, so placement, segment split and framing all agree.
 */
class ReembedIdentityTest {

  @ParameterizedTest
  @CsvSource({
    "image/jpeg, c2pa-rs/C.jpg",
    "image/jpeg, c2pa-rs/CA.jpg",
    "image/jpeg, c2pa-rs/CACA.jpg",
    "image/jpeg, c2pa-rs/C_with_CAWG_data.jpg",
    "image/png, c2pa-rs-extra/100kb-signed.png",
    "image/png, c2pa-rs-extra/IMG_0003_aca_signed.png"
  })
  void planEmbedding_ownStoreBack_identicalBytes(String mediaType, String fixture)
      throws Exception {
    byte[] signed = TestAssets.fixtureBytes(fixture);
    ImageAssetFormat format = ImageFormats.forMediaType(mediaType).orElseThrow();
    AssetSource src = AssetSource.of(signed);
    byte[] store = format.findStores(src).get(0).store();
    assertArrayEquals(signed, TestAssets.write(format.planEmbedding(src), signed, store).bytes());
  }
}
