package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.asset.AssetSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every JPEG, PNG and WebP fixture walks cleanly and has the stores its catalogue says. */
class FixtureSweepTest {

  @ParameterizedTest
  @CsvSource({
    "c2pa-rs/C.jpg, 1",
    "c2pa-rs/CACAE-uri-CA.jpg, 1",
    "c2pa-rs/CIE-sig-CA.jpg, 1",
    "c2pa-rs/E-sig-CA.jpg, 1",
    "c2pa-rs/XCA.jpg, 1",
    "c2pa-rs/adobe-20220124-E-clm-CAICAI.jpg, 1",
    "c2pa-rs/boxhash.jpg, 1",
    "c2pa-rs/legacy_ingredient_hash.jpg, 1",
    "c2pa-rs/no_alg.jpg, 1",
    "c2pa-rs/ocsp.jpg, 1",
    "c2pa-rs/update_manifest.jpg, 1",
    "c2pa-rs/no_manifest.jpg, 0",
    "c2pa-rs/IMG_0003.jpg, 0",
    "c2pa-rs/P1000827.jpg, 0",
    "c2pa-rs/earth_apollo17.jpg, 0",
    "c2pa-rs/cloud.jpg, 0",
    "c2pa-rs/libpng-test.png, 0",
    "c2pa-rs-extra/IMG_0003_aca.png, 1",
    "c2pa-rs/sample1.webp, 0"
  })
  void findStores_fixture_catalogueCount(String fixture, int stores) throws Exception {
    byte[] bytes = TestAssets.fixtureBytes(fixture);
    ImageAssetFormat f = ImageFormats.forFormat(ImageFormats.detect(bytes)).orElseThrow();
    assertEquals(stores, f.findStores(AssetSource.of(bytes)).size());
  }
}
