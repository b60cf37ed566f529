package dev.candor.image.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.asset.AssetSource;
import dev.candor.image.TestAssets;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpegC2paStoreTest {

  /** An APP11 segment: CI "JP", En, Z, then {@code box} bytes. */
  private static byte[] app11(int en, int z, byte[] box) {
    byte[] seg = new byte[12 + box.length];
    seg[0] = (byte) 0xFF;
    seg[1] = (byte) 0xEB;
    WireInts.putU16be(seg, 2, 10 + box.length);
    seg[4] = 'J';
    seg[5] = 'P';
    WireInts.putU16be(seg, 6, en);
    WireInts.putU32be(seg, 8, z);
    System.arraycopy(box, 0, seg, 12, box.length);
    return seg;
  }

  private static byte[] jpegWith(byte[]... segments) throws Exception {
    byte[] base = TestAssets.image("jpg", 16, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(base, 0, 20);
    for (byte[] s : segments) {
      out.write(s);
    }
    out.write(base, 20, base.length - 20);
    return out.toByteArray();
  }

  @Test
  void read_xlBoxStore_skipsSixteenRepeatedBytes() throws Exception {
    // a store whose superbox uses LBox = 1 and an 8-byte XLBox: jumb, then jumd with c2pa UUID
    byte[] plain = TestAssets.fakeStore(200);
    byte[] store = new byte[208];
    WireInts.putU32be(store, 0, 1);
    System.arraycopy(plain, 4, store, 4, 4); // "jumb"
    WireInts.putU32be(store, 8, 0);
    WireInts.putU32be(store, 12, 208); // XLBox
    System.arraycopy(plain, 8, store, 16, 192); // jumd box follows at 16, its UUID at 24
    byte[] first = Arrays.copyOfRange(store, 0, 100);
    byte[] rest = new byte[16 + 108];
    System.arraycopy(store, 0, rest, 0, 16); // LBox, TBox, XLBox repeated
    System.arraycopy(store, 100, rest, 16, 108);
    AssetSource src = AssetSource.of(jpegWith(app11(7, 1, first), app11(7, 2, rest)));

    List<JpegC2paStore> found = JpegC2paStore.find(src, JpegLayout.read(src));
    assertEquals(1, found.size());
    assertArrayEquals(store, found.get(0).read(src).store());
  }

  @Test
  void find_continuationWithoutStart_ignored() throws Exception {
    byte[] orphan = Arrays.copyOf(TestAssets.fakeStore(100), 40);
    AssetSource src = AssetSource.of(jpegWith(app11(0x0211, 2, orphan)));
    assertEquals(List.of(), JpegC2paStore.find(src, JpegLayout.read(src)));
  }

  @Test
  void find_outOfOrderSequence_reassembledInZOrderButIrregular() throws Exception {
    byte[] store = TestAssets.fakeStore(300);
    byte[] part2 = new byte[8 + 100];
    System.arraycopy(store, 0, part2, 0, 8);
    System.arraycopy(store, 200, part2, 8, 100);
    byte[] part1 = new byte[8 + 100];
    System.arraycopy(store, 0, part1, 0, 8);
    System.arraycopy(store, 100, part1, 8, 100);
    AssetSource src =
        AssetSource.of(
            jpegWith(
                app11(5, 1, Arrays.copyOf(store, 100)), app11(5, 3, part2), app11(5, 2, part1)));
    JpegC2paStore found = JpegC2paStore.find(src, JpegLayout.read(src)).get(0);
    assertEquals(false, found.isRegular());
    assertEquals(3, found.framing().size());
    assertArrayEquals(store, found.read(src).store());
  }
}
