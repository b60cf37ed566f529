package dev.candor.core.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void digest_arrayAndFile_sameAsHashingTheRange(@TempDir Path dir)
      throws Exception {
    byte[] b = new byte[200_000];
    new Random(2).nextBytes(b);
    Path f = dir.resolve("a.bin");
    Files.write(f, b);
    MessageDigest expected = MessageDigest.getInstance("SHA-256");
    expected.update(b, 70_000, 100_001);
    byte[] want = expected.digest();
    try (AssetSource file = AssetSource.open(f)) {
      for (AssetSource s : new AssetSource[] {AssetSource.of(b), file}) {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        s.digest(md, 70_000, 100_001);
        assertArrayEquals(want, md.digest());
        assertThrows(EOFException.class, () -> s.digest(md, 150_000, 50_001));
        assertThrows(EOFException.class, () -> s.digest(md, -1, 2));
      }
    }
  }
}
