package dev.candor.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.ByteRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextHashingTest {

  private static byte[] sha256(String s) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void digest_exclusionRemoved_hashesTheRest() throws Exception {
    byte[] utf8 = "abcXYZdef".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(
        sha256("abcdef"), TextHashing.digest(utf8, List.of(new ByteRange(3, 3)), "SHA-256"));
  }

  @Test
  void digest_decomposedText_hashesItsNfcForm() throws Exception {
    byte[] utf8 = "cafe\u0301".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(sha256("caf\u00E9"), TextHashing.digest(utf8, List.of(), "SHA-256"));
  }

  @Test
  void digest_removalJoinsAMarkToALetter_normalizesAfterRemoval() throws Exception {
    // e | excluded | U+0301: the validator removes first, then normalizes.
    byte[] utf8 = "e--\u0301".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(
        sha256("\u00E9"), TextHashing.digest(utf8, List.of(new ByteRange(1, 2)), "SHA-256"));
  }

  @Test
  void digest_malformedUtf8_hashesRawBytes() throws Exception {
    byte[] utf8 = {'a', (byte) 0xC3, 'b'};
    byte[] raw = MessageDigest.getInstance("SHA-256").digest(utf8);
    assertArrayEquals(raw, TextHashing.digest(utf8, List.of(), "SHA-256"));
    byte[] other = {'a', (byte) 0xC4, 'b'};
    assertFalse(Arrays.equals(raw, TextHashing.digest(other, List.of(), "SHA-256")));
  }

  @Test
  void digest_badExclusions_throwProvenanceException() {
    byte[] utf8 = "0123456789".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        ProvenanceException.class,
        () -> TextHashing.digest(utf8, List.of(new ByteRange(8, 5)), "SHA-256"));
    assertThrows(
        ProvenanceException.class,
        () ->
            TextHashing.digest(utf8, List.of(new ByteRange(4, 2), new ByteRange(1, 4)), "SHA-256"));
  }

  @Test
  void digest_unknownAlgorithm_isMisuse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TextHashing.digest(new byte[0], List.of(), "SHA-999"));
  }
}
