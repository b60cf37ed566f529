package dev.candor.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8DigesterTest {

  @Test
  void update_randomText_hashesExactlyWhatGetBytesGives() throws Exception {
    Random random = new Random(11);
    // Lengths around the 512-char block, and chars from every UTF-8 length plus lone surrogates.
    char[] alphabet = {
      'a', ' ', '\n', '\u00E9', '\u00B0', '\u07FF', '\u0800', '\u20AC', '\uFEFF', '\uFFFD',
      '\uD83D', '\uDE00', '\uDB40', '\uDD00'
    };
    for (int trial = 0; trial < 400; trial++) {
      int len = trial < 20 ? 505 + trial : random.nextInt(1500);
      char[] cs = new char[len];
      for (int i = 0; i < len; i++) {
        cs[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(cs);
      byte[] expected = s.getBytes(StandardCharsets.UTF_8);
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      long n = new Utf8Digester(md).update(s);
      assertEquals(expected.length, n, "byte count of trial " + trial);
      assertArrayEquals(
          MessageDigest.getInstance("SHA-256").digest(expected), md.digest(), "trial " + trial);
    }
  }

  @Test
  void update_pairAtTheBlockEdge_staysOnePair() throws Exception {
    String s = "x".repeat(511) + "\uD83D\uDE00" + "y";
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    assertEquals(516, new Utf8Digester(md).update(s));
    assertArrayEquals(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)),
        md.digest());
  }
}
