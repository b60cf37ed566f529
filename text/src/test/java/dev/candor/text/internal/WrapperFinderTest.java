package dev.candor.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.asset.ByteRange;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WrapperFinderTest {
  private static final String HOST = TextWrapperTest.HOST;
  private static final byte[] PAYLOAD = TextWrapperTest.PAYLOAD;

  private static WrapperFinder.Result scan(String text) {
    return WrapperFinder.scan(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A U+FEFF and one selector per byte, no frame logic: for hand-built frames. */
  private static String selectors(byte... bytes) {
    StringBuilder sb = new StringBuilder().append('\uFEFF');
    for (byte b : bytes) {
      VariationSelectors.append(b, sb);
    }
    return sb.toString();
  }

  private static byte[] frame(int version, long declared, byte[] body) {
    byte[] f = new byte[13 + body.length];
    System.arraycopy("C2PATXT\0".getBytes(StandardCharsets.US_ASCII), 0, f, 0, 8);
    f[8] = (byte) version;
    f[9] = (byte) (declared >>> 24);
    f[10] = (byte) (declared >>> 16);
    f[11] = (byte) (declared >>> 8);
    f[12] = (byte) declared;
    System.arraycopy(body, 0, f, 13, body.length);
    return f;
  }

  @Test
  void scan_publishedVector_findsPayloadAtExclusion73Plus114() {
    WrapperFinder.Result r = scan(HOST + TextWrapper.encode(PAYLOAD));
    assertEquals(1, r.wrappers().size());
    assertArrayEquals(PAYLOAD, r.wrappers().get(0).store());
    assertEquals(new ByteRange(73, 114), r.wrappers().get(0).range(), "vector exclusion");
  }

  @Test
  void scan_paddedVector_rangeIncludesPadding() {
    WrapperFinder.Result r = scan(HOST + TextWrapper.encodePadded(PAYLOAD));
    assertEquals(new ByteRange(73, 125), r.wrappers().get(0).range());
    assertArrayEquals(PAYLOAD, r.wrappers().get(0).store());
  }

  @Test
  void scan_plainText_findsNothing() {
    WrapperFinder.Result r = scan(HOST);
    assertTrue(r.wrappers().isEmpty() && r.corrupted().isEmpty() && r.foreignRuns().isEmpty());
  }

  @Test
  void scan_byteOrderMarkAndEmojiSelector_areNotRuns() {
    // BOM at the start, U+FEFF mid-text, an emoji with VS16 (not preceded by U+FEFF), FEFF at the
    // end.
    WrapperFinder.Result r = scan("\uFEFFHello \uFEFFworld \u2764\uFE0F!\uFEFF");
    assertTrue(r.wrappers().isEmpty() && r.corrupted().isEmpty() && r.foreignRuns().isEmpty());
  }

  @Test
  void scan_feffWithSelectorsWithoutMagic_isForeignRun() {
    WrapperFinder.Result r = scan("abc" + selectors((byte) 1, (byte) 2, (byte) 0x99) + "def");
    assertTrue(r.wrappers().isEmpty());
    assertTrue(r.corrupted().isEmpty());
    assertEquals(new ByteRange(3, 3 + 3 + 3 + 4), r.foreignRuns().get(0));
  }

  @Test
  void scan_twoWrappers_findsBothInOrder() {
    String text =
        "a" + TextWrapper.encode(PAYLOAD) + "b" + TextWrapper.encodePadded(new byte[] {7});
    WrapperFinder.Result r = scan(text);
    assertEquals(2, r.wrappers().size());
    assertArrayEquals(PAYLOAD, r.wrappers().get(0).store());
    assertArrayEquals(new byte[] {7}, r.wrappers().get(1).store());
    assertEquals(1 + 114 + 1, r.wrappers().get(1).range().start());
  }

  @Test
  void scan_badVersion_isCorrupted() {
    WrapperFinder.Result r = scan(HOST + selectors(frame(2, 1, new byte[] {5})));
    assertTrue(r.wrappers().isEmpty());
    assertEquals(1, r.corrupted().size());
    assertEquals(73, r.corrupted().get(0).start());
  }

  @Test
  void scan_lengthPastEndOfRun_isCorrupted() {
    WrapperFinder.Result r = scan(HOST + selectors(frame(1, 5, new byte[] {1, 2, 3, 4})) + "tail");
    assertTrue(r.wrappers().isEmpty());
    assertEquals(1, r.corrupted().size());
  }

  @Test
  void scan_lengthFieldMaxUnsigned_isCorruptedWithoutAllocating() {
    WrapperFinder.Result r = scan(selectors(frame(1, 0xFFFFFFFFL, new byte[] {1, 2, 3})));
    assertEquals(1, r.corrupted().size());
    assertTrue(r.wrappers().isEmpty());
  }

  @Test
  void scan_truncatedHeader_isCorrupted() {
    byte[] f = frame(1, 16, new byte[0]);
    WrapperFinder.Result r = scan(HOST + selectors(java.util.Arrays.copyOf(f, 10)));
    assertEquals(1, r.corrupted().size());
  }

  @Test
  void scan_magicCutShort_isForeign() {
    WrapperFinder.Result r = scan(selectors("C2PAT".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(1, r.foreignRuns().size());
    assertTrue(r.corrupted().isEmpty());
  }

  @Test
  void scan_utf8CutInsideWrapper_isCorrupted() {
    byte[] whole = (HOST + TextWrapper.encode(PAYLOAD)).getBytes(StandardCharsets.UTF_8);
    WrapperFinder.Result r = WrapperFinder.scan(java.util.Arrays.copyOf(whole, whole.length - 2));
    assertTrue(r.wrappers().isEmpty());
    assertEquals(1, r.corrupted().size());
  }

  @Test
  void scan_millionSelectorsAfterMarker_isOneForeignRun() {
    byte[] text = new byte[3 + 1_000_000 * 3];
    text[0] = (byte) 0xEF;
    text[1] = (byte) 0xBB;
    text[2] = (byte) 0xBF;
    for (int i = 3; i < text.length; i += 3) {
      text[i] = (byte) 0xEF;
      text[i + 1] = (byte) 0xB8;
      text[i + 2] = (byte) 0x81;
    }
    WrapperFinder.Result r = WrapperFinder.scan(text);
    assertEquals(1, r.foreignRuns().size());
    assertEquals(text.length, r.foreignRuns().get(0).length());
  }

  @Test
  void scan_millionMarkersEachWithHeaderOnly_staysLinear() {
    // 100k candidates with a magic but a hostile length: each classified once, none allocated.
    String one = selectors(frame(1, 0xFFFFFFF0L, new byte[0])) + "x";
    String text = one.repeat(100_000);
    WrapperFinder.Result r = scan(text);
    assertEquals(100_000, r.corrupted().size());
  }

  @Test
  void scan_wrapperDeclaringFewerBytesThanRun_ignoresTrailingPadding() {
    byte[] body = {9, 8, 7, 6, 5};
    String text = selectors(frame(1, 2, body));
    WrapperFinder.Result r = scan(text);
    assertArrayEquals(new byte[] {9, 8}, r.wrappers().get(0).store());
    assertEquals(
        new ByteRange(0, text.getBytes(StandardCharsets.UTF_8).length),
        r.wrappers().get(0).range());
  }

  @Test
  void scan_wrappersBackToBack_findsBoth() {
    String one = TextWrapper.encode(PAYLOAD);
    WrapperFinder.Result r = scan(HOST + one + one);
    assertEquals(2, r.wrappers().size());
    assertEquals(new ByteRange(73 + 114, 114), r.wrappers().get(1).range());
  }

  @Test
  void scan_manyBareMarkers_findsNothing() {
    WrapperFinder.Result r = scan("\uFEFF".repeat(1_000_000));
    assertTrue(r.wrappers().isEmpty() && r.corrupted().isEmpty() && r.foreignRuns().isEmpty());
  }
}
