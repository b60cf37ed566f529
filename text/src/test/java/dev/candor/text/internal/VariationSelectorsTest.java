package dev.candor.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VariationSelectorsTest {

  @Test
  void codePoint_everyByte_roundTripsThroughCodePointAndUtf8() {
    for (int b = 0; b < 256; b++) {
      int cp = VariationSelectors.codePoint(b);
      assertEquals(b, VariationSelectors.byteOf(cp), "byte " + b);
      byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      assertEquals(VariationSelectors.utf8Length(b), utf8.length, "utf-8 length of byte " + b);
      assertEquals(b, VariationSelectors.decodeUtf8(utf8, 0), "utf-8 decode of byte " + b);
    }
  }

  @Test
  void codePoint_blockEdges_matchTheDigestTable() {
    assertEquals(0xFE00, VariationSelectors.codePoint(0x00));
    assertEquals(0xFE0F, VariationSelectors.codePoint(0x0F));
    assertEquals(0xE0100, VariationSelectors.codePoint(0x10));
    assertEquals(0xE01EF, VariationSelectors.codePoint(0xFF));
  }

  @Test
  void byteOf_neighboursOfTheBlocks_areNotSelectors() {
    for (int cp : new int[] {0xFDFF, 0xFE10, 0xE00FF, 0xE01F0, 'a', 0xFEFF}) {
      assertEquals(-1, VariationSelectors.byteOf(cp), Integer.toHexString(cp));
      assertFalse(VariationSelectors.isSelector(cp));
    }
  }

  @Test
  void decodeUtf8_truncatedOrForeignSequences_returnMinusOne() {
    byte[][] bad = {
      {(byte) 0xEF, (byte) 0xB8}, // VS1 cut short
      {(byte) 0xF3, (byte) 0xA0, (byte) 0x84}, // VS17 cut short
      {(byte) 0xEF, (byte) 0xB8, (byte) 0x90}, // U+FE10, a vertical form
      {(byte) 0xF3, (byte) 0xA0, (byte) 0x87, (byte) 0xB0}, // U+E01F0, past VS256
      {(byte) 0xF3, (byte) 0xA0, (byte) 0x83, (byte) 0xBF}, // U+E00FF, a tag character
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // U+FEFF
    };
    for (byte[] b : bad) {
      assertEquals(-1, VariationSelectors.decodeUtf8(b, 0));
    }
  }

  @Test
  void put_everyByte_sameCharsAsItsCodePoint() {
    byte[] all = new byte[256];
    StringBuilder want = new StringBuilder();
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
      want.appendCodePoint(VariationSelectors.codePoint(b));
    }
    char[] out = new char[2 * all.length + 3];
    int end = VariationSelectors.put(all, out, 3);
    assertEquals(want.toString(), new String(out, 3, end - 3));
  }
}
