package dev.candor.core.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.asset.ByteRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data hash is rewritten to exactly the placeholder's length whatever the exclusion values. */
class DataHashBoxTest {
  @Test
  void finalContent_anyExclusionSize_placeholderLength() {
    int size = DataHashBox.placeholder(1).length;
    long[] values = {0, 23, 24, 255, 256, 65535, 65536, 1L << 32, (1L << 40) + 7};
    for (long start : values) {
      for (long length : values) {
        byte[] b = DataHashBox.finalContent(List.of(new ByteRange(start, length)), new byte[32], size);
        assertEquals(size, b.length, start + "+" + length);
      }
    }
  }

  @Test
  void finalContent_sidecarWithoutExclusions_placeholderLength() {
    int size = DataHashBox.placeholder(0).length;
    assertEquals(size, DataHashBox.finalContent(List.of(), new byte[32], size).length);
  }
}
