package dev.candor.text.watermark;

import java.nio.charset.StandardCharsets;

/**
 * One token per UTF-8 byte: 256 ids, no vocabulary to ship. Round trips every string without
 * unpaired surrogates (those become U+FFFD, as in any UTF-8 encoding). Suits byte-level models; for
 * word-level generation use {@link WordTokenizer}.
 */
public final class ByteTokenizer implements Tokenizer {
  /** The single instance; it has no state. */
  public static final ByteTokenizer INSTANCE = new ByteTokenizer();

  private ByteTokenizer() {}

  @Override
  public int[] encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int[] ids = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      ids[i] = bytes[i] & 0xFF;
    }
    return ids;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if an id is outside [0, 256)
   */
  @Override
  public String decode(int[] tokens) {
    byte[] bytes = new byte[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] < 0 || tokens[i] > 0xFF) {
        throw new IllegalArgumentException("token id " + tokens[i] + " at " + i + " is not a byte");
      }
      bytes[i] = (byte) tokens[i];
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public int vocabularySize() {
    return 256;
  }
}
