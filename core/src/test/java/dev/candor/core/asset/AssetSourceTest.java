package dev.candor.core.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssetSourceTest {
  @Test
  void read_smallStream_inMemory() throws Exception {
    byte[] b = {1, 2, 3, 4};
    try (AssetSource s = AssetSource.read(new ByteArrayInputStream(b), 100)) {
      assertEquals(4, s.size());
      assertArrayEquals(new byte[] {2, 3}, s.read(1, 2));
    }
  }

  @Test
  void read_largeStream_spooledAndSame() throws Exception {
    byte[] b = new byte[(32 << 20) + 12345];
    new Random(1).nextBytes(b);
    try (AssetSource s = AssetSource.read(new ByteArrayInputStream(b), Long.MAX_VALUE)) {
      assertEquals(b.length, s.size());
      assertArrayEquals(java.util.Arrays.copyOfRange(b, b.length - 100, b.length), s.read(b.length - 100, 100));
    }
  }

  @Test
  void read_overLimit_error() {
    assertThrows(IOException.class, () -> AssetSource.read(new ByteArrayInputStream(new byte[10]), 9));
  }

  @Test
  void read_pastEnd_eof() {
    AssetSource s = AssetSource.of(new byte[10]);
    assertThrows(EOFException.class, () -> s.read(5, 6));
    assertThrows(EOFException.class, () -> s.read(-1, 2));
  }
}
