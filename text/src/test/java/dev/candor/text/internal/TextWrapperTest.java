package dev.candor.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Known-answer test: the C2PA text-wrapper vector (c2pa-digest.md §6; writerslogic
 * c2pa-unstructured-text tests/vectors.rs).
 */
class TextWrapperTest {
  static final String HOST =
      "This sentence carries an invisible C2PA text manifest wrapper at its end.";
  static final byte[] PAYLOAD = "c2pa-manifest-01".getBytes(StandardCharsets.US_ASCII);
  static final String UNPADDED_HEX =
      "efbbbff3a084b3f3a084a2f3a08580f3a084b1f3a08584f3a08588f3a08584efb880efb881efb880efb880efb880"
          + "f3a08480f3a08593f3a084a2f3a085a0f3a08591f3a0849df3a0859df3a08591f3a0859ef3a08599f3a08596"
          + "f3a08595f3a085a3f3a085a4f3a0849df3a084a0f3a084a1";
  static final String PADDING_HEX = "efb880f3a08480f3a08480";

  @Test
  void encode_publishedVector_matchesByteForByte() {
    byte[] wrapper = TextWrapper.encode(PAYLOAD).getBytes(StandardCharsets.UTF_8);
    assertEquals(73, HOST.getBytes(StandardCharsets.UTF_8).length, "vector host length");
    assertEquals(114, wrapper.length, "vector unpadded wrapper length");
    assertEquals(UNPADDED_HEX, HexFormat.of().formatHex(wrapper), "vector unpadded wrapper");
  }

  @Test
  void encodePadded_publishedVector_appendsOneZeroAndTwo0x10() {
    byte[] wrapper = TextWrapper.encodePadded(PAYLOAD).getBytes(StandardCharsets.UTF_8);
    assertEquals(125, wrapper.length, "vector padded wrapper length");
    assertEquals(125, TextWrapper.paddedLength(PAYLOAD.length));
    assertEquals(UNPADDED_HEX + PADDING_HEX, HexFormat.of().formatHex(wrapper), "vector padded");
  }

  @Test
  void encodePaddedWithText_equalsTheTextThenTheWrapper() {
    Random random = new Random(5);
    for (String text : new String[] {"", "plain ASCII", "Cr\u00E8me br\u00FBl\u00E9e", "\uD83D\uDE00 ok"}) {
      for (int m : new int[] {0, 1, 16, 999, 5000}) {
        byte[] store = new byte[m];
        random.nextBytes(store);
        assertEquals(text + TextWrapper.encodePadded(store), TextWrapper.encodePadded(text, store));
      }
    }
    // Longer than the kept per-thread buffer: a fresh one is used, same result.
    byte[] big = new byte[40_000];
    random.nextBytes(big);
    assertEquals("x" + TextWrapper.encodePadded(big), TextWrapper.encodePadded("x", big));
  }

  @Test
  void encodePadded_anyStore_hasExactlyThePaddedLength() {
    Random random = new Random(42);
    for (int m : new int[] {0, 1, 2, 15, 16, 17, 255, 1000, 4096}) {
      for (int trial = 0; trial < 20; trial++) {
        byte[] store = new byte[m];
        random.nextBytes(store);
        if (trial == 1) {
          java.util.Arrays.fill(store, (byte) 0); // all 3-byte selectors
        } else if (trial == 2) {
          java.util.Arrays.fill(store, (byte) 0xFF); // all 4-byte selectors
        }
        int actual = TextWrapper.encodePadded(store).getBytes(StandardCharsets.UTF_8).length;
        assertEquals(TextWrapper.paddedLength(m), actual, "store of " + m + " bytes");
      }
    }
  }

  @Test
  void padding_gaps_useTheSpecifiedDecomposition() {
    assertArrayEquals(new byte[0], TextWrapper.padding(0));
    assertArrayEquals(new byte[] {0, 0}, TextWrapper.padding(6));
    assertArrayEquals(new byte[] {0, 0x10}, TextWrapper.padding(7));
    assertArrayEquals(new byte[] {0x10, 0x10}, TextWrapper.padding(8));
    assertArrayEquals(new byte[] {0, 0, 0, 0}, TextWrapper.padding(12));
    assertArrayEquals(new byte[] {0, 0x10, 0x10}, TextWrapper.padding(11));
    for (int gap : new int[] {1, 2, 5}) {
      assertThrows(IllegalArgumentException.class, () -> TextWrapper.padding(gap));
    }
  }

  @Test
  void paddedLength_negativeStore_isMisuse() {
    assertThrows(IllegalArgumentException.class, () -> TextWrapper.paddedLength(-1));
  }
}
