package dev.candor.text.watermark;

/**
 * Turns text into the token ids a watermark is computed over, and back. Detection on text only
 * works with the tokenizer the generator used (same segmentation, same ids): a language model's own
 * tokenizer can be plugged in through this interface.
 */
public interface Tokenizer {
  /** Token ids of {@code text}, each in [0, {@link #vocabularySize()}). */
  int[] encode(String text);

  /** Text of {@code tokens}; {@code decode(encode(s))} equals {@code s} for well-formed strings. */
  String decode(int[] tokens);

  /** Number of distinct token ids. */
  int vocabularySize();
}
