package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.RiffChunk;
import dev.candor.image.internal.WebpLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebpFormatTest {
  private final WebpFormat webp = new WebpFormat();

  @Test
  void planEmbedding_simpleVp8OddStore_convertsToVp8xAndReadsBack() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs/sample1.webp"); // simple VP8, 1050 x 700
    byte[] store = TestAssets.fakeStore(150_001);
    TestAssets.Written out =
        TestAssets.write(webp.planEmbedding(AssetSource.of(input)), input, store);

    WebpLayout layout = WebpLayout.read(out.source()); // RIFF size must match the file
    assertEquals(
        List.of("VP8X", "VP8 ", "C2PA"), layout.chunks().stream().map(RiffChunk::fourcc).toList());
    byte[] b = out.bytes();
    assertEquals(0, b[20]); // flags: no alpha, no XMP
    assertEquals(1050 - 1, u24(b, 24));
    assertEquals(700 - 1, u24(b, 27));
    assertEquals(0, b[b.length - 1]); // pad byte after the odd store, outside the slot
    assertEquals(b.length - 1, out.slot().end());

    List<EmbeddedStore> found = webp.findStores(out.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertEquals(List.of(out.slot()), found.get(0).framing());
  }

  @Test
  void planEmbedding_signedOutputResigned_oneStoreLeft() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs/sample1.webp");
    byte[] once =
        TestAssets.write(
                webp.planEmbedding(AssetSource.of(input)), input, TestAssets.fakeStore(500))
            .bytes();
    byte[] store = TestAssets.fakeStore(600);
    TestAssets.Written twice =
        TestAssets.write(webp.planEmbedding(AssetSource.of(once)), once, store);
    List<EmbeddedStore> found = webp.findStores(twice.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertEquals(once.length + 100, twice.bytes().length);
  }

  @Test
  void findStores_riffSizeLies_saysRiffSize() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs/sample1.webp").clone();
    input[4] += 2;
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> webp.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("RIFF size"), e.getMessage());
  }

  @Test
  void findStores_chunkPastEnd_namesTheChunk() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs/sample1.webp").clone();
    input[16] = (byte) 0xFF; // VP8 chunk size now runs past the end
    input[17] = (byte) 0xFF;
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> webp.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("'VP8 '"), e.getMessage());
  }

  @Test
  void findStores_notWebp_saysHeader() {
    byte[] input = "RIFF\0\0\0\0AVI LIST and more bytes".getBytes(StandardCharsets.US_ASCII);
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> webp.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("RIFF....WEBP"), e.getMessage());
  }

  private static int u24(byte[] b, int off) {
    return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16;
  }
}
