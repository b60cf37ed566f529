package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.JpegC2paStore;
import dev.candor.image.internal.JpegLayout;
import dev.candor.image.internal.JpegStoreFraming;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpegFormatTest {
  private final JpegFormat jpeg = new JpegFormat();

  @Test
  void findStores_caJpg_oneStoreInTwoSegmentsFramedAsOneRun() throws Exception {
    AssetSource src = AssetSource.of(TestAssets.fixtureBytes("c2pa-rs/CA.jpg"));
    List<JpegC2paStore> raw = JpegC2paStore.find(src, JpegLayout.read(src));
    assertEquals(1, raw.size());
    assertEquals(2, raw.get(0).segments().size());
    List<EmbeddedStore> stores = jpeg.findStores(src);
    assertEquals(1, stores.size());
    // segments at 20 (Lp 64010) and 64032 (Lp 53259): one run of 64012 + 53261 bytes
    assertEquals(List.of(new ByteRange(20, 117273)), stores.get(0).framing());
    // store = 64000 bytes from segment 1 + (53261 - 20) from segment 2
    assertEquals(64000 + 53241, stores.get(0).store().length);
  }

  @Test
  void findStores_cacaJpg_fourSegmentsAndTheDigestExclusion() throws Exception {
    AssetSource src = AssetSource.of(TestAssets.fixtureBytes("c2pa-rs/CACA.jpg"));
    JpegC2paStore raw = JpegC2paStore.find(src, JpegLayout.read(src)).get(0);
    assertEquals(
        List.of(20L, 64032L, 128052L, 192072L),
        raw.segments().stream().map(s -> s.offset()).toList());
    EmbeddedStore store = jpeg.findStores(src).get(0);
    assertEquals(List.of(new ByteRange(20, 231965)), store.framing());
    assertEquals(231965, new JpegStoreFraming().framedLength(store.store().length));
  }

  @Test
  void findStores_cacaJpg_storeIsAJumbSuperboxLabelledC2pa() throws Exception {
    byte[] store =
        jpeg.findStores(AssetSource.of(TestAssets.fixtureBytes("c2pa-rs/CACA.jpg"))).get(0).store();
    assertEquals("jumb", ascii(store, 4, 4));
    assertEquals("jumd", ascii(store, 12, 4));
    assertEquals("c2pa", ascii(store, 16, 4)); // UUID starts with c2pa
    assertEquals("c2pa\0", ascii(store, 33, 5)); // label after 16-byte UUID and toggles
    long lbox =
        ((store[0] & 0xffL) << 24)
            | ((store[1] & 0xff) << 16)
            | ((store[2] & 0xff) << 8)
            | (store[3] & 0xff);
    assertEquals(store.length, lbox);
  }

  @Test
  void findStores_cJpg_equalsTheBareStoreFixture() throws Exception {
    byte[] store =
        jpeg.findStores(AssetSource.of(TestAssets.fixtureBytes("c2pa-rs/C.jpg"))).get(0).store();
    assertArrayEquals(TestAssets.fixtureBytes("c2pa-rs-extra/manifest_data.c2pa"), store);
  }

  @Test
  void findStores_plainJpeg_none() throws Exception {
    assertEquals(List.of(), jpeg.findStores(AssetSource.of(TestAssets.image("jpg", 40, 30))));
  }

  @Test
  void framedLength_segmentBoundaries_exact() {
    JpegStoreFraming f = new JpegStoreFraming();
    assertEquals(12, f.framedLength(0));
    assertEquals(64012, f.framedLength(64000));
    assertEquals(64001 + 24 + 8, f.framedLength(64001));
    assertEquals(231893 + 48 + 24, f.framedLength(231893));
  }

  @Test
  void planEmbedding_largeStore_splitsAndReadsBackAfterApp0() throws Exception {
    byte[] input = TestAssets.image("jpg", 64, 48);
    byte[] store = TestAssets.fakeStore(150_000);
    EmbedPlan plan = jpeg.planEmbedding(AssetSource.of(input));
    TestAssets.Written out = TestAssets.write(plan, input, store);

    assertEquals(20, out.slot().start()); // SOI + 18-byte JFIF APP0
    List<EmbeddedStore> found = jpeg.findStores(out.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertEquals(List.of(out.slot()), found.get(0).framing());
    assertEquals(
        3,
        JpegC2paStore.find(out.source(), JpegLayout.read(out.source())).get(0).segments().size());
    assertArrayEquals(input, out.withoutSlot());
  }

  @Test
  void planEmbedding_signedInput_replacesTheOldStore() throws Exception {
    byte[] input = TestAssets.fixtureBytes("c2pa-rs/CACA.jpg");
    byte[] store = TestAssets.fakeStore(1000);
    TestAssets.Written out =
        TestAssets.write(jpeg.planEmbedding(AssetSource.of(input)), input, store);

    List<EmbeddedStore> found = jpeg.findStores(out.source());
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).store());
    assertEquals(List.of(new ByteRange(20, 1012)), found.get(0).framing());
    assertArrayEquals(TestAssets.cut(input, List.of(new ByteRange(20, 231965))), out.withoutSlot());
  }

  @Test
  void planEmbedding_noApp0_slotRightAfterSoi() throws Exception {
    byte[] withApp0 = TestAssets.image("jpg", 16, 16);
    byte[] input = TestAssets.cut(withApp0, List.of(new ByteRange(2, 18))); // drop JFIF APP0
    TestAssets.Written out =
        TestAssets.write(
            jpeg.planEmbedding(AssetSource.of(input)), input, TestAssets.fakeStore(100));
    assertEquals(2, out.slot().start());
  }

  @Test
  void findStores_segmentsSeparatedByAnotherSegment_eachSegmentFramedAlone() throws Exception {
    byte[] store = TestAssets.fakeStore(70_000);
    ByteArrayOutputStream framed = new ByteArrayOutputStream();
    new JpegStoreFraming().write(store, framed);
    byte[] f = framed.toByteArray();
    int seg1 = 64012;
    byte[] com = {(byte) 0xFF, (byte) 0xFE, 0, 4, 'h', 'i'}; // COM segment between the two
    byte[] base = TestAssets.image("jpg", 16, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(base, 0, 20);
    out.write(f, 0, seg1);
    out.write(com);
    out.write(f, seg1, f.length - seg1);
    out.write(base, 20, base.length - 20);

    EmbeddedStore found = jpeg.findStores(AssetSource.of(out.toByteArray())).get(0);
    assertArrayEquals(store, found.store());
    assertEquals(
        List.of(new ByteRange(20, seg1), new ByteRange(20 + seg1 + 6, f.length - seg1)),
        found.framing());
  }

  @Test
  void findStores_twoStores_returnsBoth() throws Exception {
    byte[] base = TestAssets.image("jpg", 16, 16);
    ByteArrayOutputStream framed = new ByteArrayOutputStream();
    new JpegStoreFraming().write(TestAssets.fakeStore(100), framed);
    new JpegStoreFraming().write(TestAssets.fakeStore(200), framed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(base, 0, 20);
    out.write(framed.toByteArray());
    out.write(base, 20, base.length - 20);
    List<EmbeddedStore> found = jpeg.findStores(AssetSource.of(out.toByteArray()));
    assertEquals(2, found.size());
    assertEquals(100, found.get(0).store().length);
    assertEquals(200, found.get(1).store().length);
  }

  @Test
  void findStores_truncatedInHeader_saysLengthPastEnd() throws Exception {
    byte[] input = Arrays.copyOf(TestAssets.image("jpg", 32, 32), 60);
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> jpeg.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("past the end of the file"), e.getMessage());
  }

  @Test
  void findStores_cutAtSegmentBoundary_saysTruncatedBeforeSos() throws Exception {
    byte[] input = Arrays.copyOf(TestAssets.image("jpg", 32, 32), 20);
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> jpeg.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("before the start of scan"), e.getMessage());
  }

  @Test
  void findStores_missingSoi_saysSoi() {
    byte[] input = "not a jpeg at all, just text".getBytes(StandardCharsets.US_ASCII);
    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> jpeg.findStores(AssetSource.of(input)));
    assertTrue(e.getMessage().contains("missing SOI"), e.getMessage());
  }

  @Test
  void findStores_fillBytesAndStandaloneMarkers_walkedOver() throws Exception {
    byte[] base = TestAssets.image("jpg", 16, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(base, 0, 20);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01}); // fill bytes, then TEM
    out.write(base, 20, base.length - 20);
    JpegLayout layout = JpegLayout.read(AssetSource.of(out.toByteArray()));
    assertEquals(0x01, layout.segments().get(1).marker());
    assertEquals(22, layout.segments().get(1).offset());
  }

  private static String ascii(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.ISO_8859_1);
  }
}
