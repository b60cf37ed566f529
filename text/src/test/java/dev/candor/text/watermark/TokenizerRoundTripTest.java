package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerRoundTripTest {
  private static final List<String> SAMPLES =
      List.of(
          "",
          "In the beginning God created the heaven and the earth.",
          "Größe, naïve café — e\u0301 (combining), 日本語のテキスト, emoji 👩‍💻!",
          "tabs\tand\nnewlines  \r\n double  spaces",
          "123,456.78 $%&");

  @Test
  void byteTokenizer_roundTripsAndStaysInVocabulary() {
    for (String s : SAMPLES) {
      int[] ids = ByteTokenizer.INSTANCE.encode(s);
      assertEquals(s, ByteTokenizer.INSTANCE.decode(ids));
      for (int id : ids) {
        assertTrue(id >= 0 && id < 256);
      }
    }
    assertThrows(
        IllegalArgumentException.class, () -> ByteTokenizer.INSTANCE.decode(new int[] {256}));
  }

  @Test
  void wordTokenizer_trainedVocabulary_roundTripsIncludingUnknownWords() {
    WordTokenizer tokenizer = WordTokenizer.train(String.join(" ", SAMPLES.subList(0, 2)), 300);
    for (String s : SAMPLES) {
      assertEquals(s, tokenizer.decode(tokenizer.encode(s)), s);
    }
  }

  @Test
  void wordTokenizer_knownWordsAreSingleIds() {
    WordTokenizer tokenizer = WordTokenizer.of(List.of("the", " ", "earth", "."));
    assertArrayEquals(new int[] {256, 257, 258, 259}, tokenizer.encode("the earth."));
    assertEquals(260, tokenizer.vocabularySize());
    // "sea" is unknown: spelt as three byte ids.
    assertArrayEquals(new int[] {256, 257, 's', 'e', 'a'}, tokenizer.encode("the sea"));
  }

  @Test
  void wordTokenizer_split_wordsSpacesAndPunctuation() {
    assertEquals(
        List.of("Hello", ",", "  ", "wörld", "!", "!"), WordTokenizer.split("Hello,  wörld!!"));
  }

  @Test
  void wordTokenizer_sameCorpus_sameVocabulary() {
    String corpus = "b a b c a b";
    assertEquals(
        WordTokenizer.train(corpus, 260).pieces(), WordTokenizer.train(corpus, 260).pieces());
    assertEquals(List.of(" ", "b", "a", "c"), WordTokenizer.train(corpus, 260).pieces());
  }

  @Test
  void wordTokenizer_repeatedPiece_rejected() {
    assertThrows(IllegalArgumentException.class, () -> WordTokenizer.of(List.of("a", "a")));
  }
}
