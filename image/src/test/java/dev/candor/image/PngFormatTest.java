package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.PngLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PngFormatTest {
  private final PngFormat png = new PngFormat();

  @Test
  void findStores_signedPng_caBxRightAfterIhdr() throws Exception {
    AssetSource src = AssetSource.of(TestAssets.fixtureBytes("c2pa-rs-extra/100kb-signed.png"));
    List<EmbeddedStore> stores = png.findStores(src);
    assertEquals(1, stores.size());
    // caBX at 33 (8 signature + 25 IHDR) with 117139 data bytes
    assertEquals(List.of(new ByteRange(33, 117139 + 12)), stores.get(0).framing());
    byte[] store = stores.get(0).store();
    assertEquals("jumb", new String(store, 4, 4, StandardCharsets.ISO_8859_1));
    assertEquals("c2pa\0", new String(store, 33, 5, StandardCharsets.ISO_8859_1));
  }

  @Test
  void findStores_unsignedFixture_none() throws Exception {
    assertEquals(
        List.of(), png.findStores(AssetSource.of(TestAssets.fixtureBytes("c2pa-rs/sample1.png"))));
  }

  @Test
  void planEmbedding_largeStore_readsBackAsOneChunkAt33() throws Exception {
    byte[] input = TestAssets.image("png", 64, 48);
    byte[] store = TestAssets.fakeStore(150_000);
    TestAssets.Written out =
        TestAssets.write(png.planEmbedding(AssetSource.of(input)), input, store);

    assertEquals(new ByteRange(33, 150_012), out.slot());
    List<EmbeddedStore> found = png.findStores(out.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertEquals(List.of(out.slot()), found.get(0).framing());
    assertArrayEquals(input, out.withoutSlot());
    PngLayout.read(out.source()); // every CRC, including the new chunk's, checks
  }

  @Test
  void planEmbedding_signedInput_replacesTheOldStore() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs-extra/100kb-signed.png");
    byte[] store = TestAssets.fakeStore(999);
    TestAssets.Written out =
        TestAssets.write(png.planEmbedding(AssetSource.of(input)), input, store);
    List<EmbeddedStore> found = png.findStores(out.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertArrayEquals(TestAssets.cut(input, List.of(new ByteRange(33, 117151))), out.withoutSlot());
  }

  @Test
  void findStores_badCrc_namesTheChunk() throws Exception {
    byte[] input = TestAssets.image("png", 16, 16);
    input[8 + 8 + 2] ^= 0x01; // a bit of IHDR's width
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> png.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("CRC mismatch in chunk IHDR"), e.getMessage());
  }

  @Test
  void findStores_truncated_saysPastTheEnd() throws Exception {
    byte[] full = TestAssets.image("png", 64, 64);
    byte[] input = Arrays.copyOf(full, full.length - 20);
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> png.findStores(AssetSource.of(input)));
    assertTrue(
        e.getMessage().contains("past the end") || e.getMessage().contains("truncated"),
        e.getMessage());
  }

  @Test
  void findStores_hugeChunkLength_saysPastTheEnd() throws Exception {
    byte[] input = TestAssets.image("png", 16, 16);
    int second = 33; // the chunk after IHDR
    input[second] = (byte) 0x7F;
    input[second + 1] = (byte) 0xFF;
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> png.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("past the end of the file"), e.getMessage());
  }

  @Test
  void readXmp_compressedItxt_inflated() throws Exception {
    byte[] packet =
        dev.candor.image.xmp.XmpPackets.merge(
            null, dev.candor.image.xmp.IptcAiFields.builder().aiSystemUsed("Zipped Model").build());
    java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
    data.write("XML:com.adobe.xmp".getBytes(StandardCharsets.US_ASCII));
    data.write(new byte[] {0, 1, 0, 0, 0}); // NUL, compressed, zlib, empty language, empty keyword
    java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(data);
    z.write(packet);
    z.finish();
    byte[] d = data.toByteArray();
    java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream();
    chunk.write(
        new byte[] {
          (byte) (d.length >>> 24),
          (byte) (d.length >>> 16),
          (byte) (d.length >>> 8),
          (byte) d.length
        });
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] type = "iTXt".getBytes(StandardCharsets.US_ASCII);
    crc.update(type);
    crc.update(d);
    chunk.write(type);
    chunk.write(d);
    long c = crc.getValue();
    chunk.write(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    byte[] base = TestAssets.image("png", 16, 16);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(base, 0, 33);
    out.write(chunk.toByteArray());
    out.write(base, 33, base.length - 33);

    assertEquals(
        java.util.Optional.of("Zipped Model"),
        png.readXmp(AssetSource.of(out.toByteArray())).orElseThrow().aiSystemUsed());
  }

  @Test
  void findStores_notPng_saysSignature() {
    byte[] input = TestAssets.fakeStore(100);
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> png.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("PNG signature"), e.getMessage());
  }
}
