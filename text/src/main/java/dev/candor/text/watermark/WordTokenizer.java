package dev.candor.text.watermark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits text into words (runs of letters, digits and combining marks), whitespace runs and single
 * other characters, and numbers each piece by a fixed vocabulary; a piece outside the vocabulary is
 * spelt as its UTF-8 bytes (ids 0–255), so every string round trips exactly.
 *
 * <p>Ids: 0–255 are bytes, 256 + i is {@code pieces().get(i)}. The vocabulary comes from data
 * ({@link #train}) or a stored list ({@link #of}); generator and detector must share it.
 */
public final class WordTokenizer implements Tokenizer {
  private static final int BYTE_IDS = 256;
  private static final int WORD = 0;
  private static final int SPACE = 1;
  private static final int OTHER = 2;

  private final List<String> pieces;
  private final Map<String, Integer> ids;

  private WordTokenizer(List<String> pieces) {
    this.pieces = List.copyOf(pieces);
    this.ids = new HashMap<>();
    for (int i = 0; i < this.pieces.size(); i++) {
      if (ids.putIfAbsent(this.pieces.get(i), BYTE_IDS + i) != null || pieces.get(i).isEmpty()) {
        throw new IllegalArgumentException("piece " + i + " is empty or repeated");
      }
    }
  }

  /**
   * A tokenizer over a stored vocabulary.
   *
   * @throws IllegalArgumentException if a piece is empty or repeated
   */
  public static WordTokenizer of(List<String> pieces) {
    return new WordTokenizer(pieces);
  }

  /**
   * A tokenizer whose vocabulary is the {@code vocabularySize − 256} most frequent pieces of {@code
   * corpus} (ties broken by text order, so the result is deterministic).
   *
   * @throws IllegalArgumentException if {@code vocabularySize} is below 256
   */
  public static WordTokenizer train(String corpus, int vocabularySize) {
    if (vocabularySize < BYTE_IDS) {
      throw new IllegalArgumentException("vocabularySize must be at least 256: " + vocabularySize);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String piece : split(corpus)) {
      counts.merge(piece, 1, Integer::sum);
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(
        Comparator.<String>comparingInt(counts::get)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return new WordTokenizer(ranked.subList(0, Math.min(ranked.size(), vocabularySize - BYTE_IDS)));
  }

  /** The vocabulary pieces; id of piece i is 256 + i. */
  public List<String> pieces() {
    return pieces;
  }

  @Override
  public int[] encode(String text) {
    List<Integer> out = new ArrayList<>();
    for (String piece : split(text)) {
      Integer id = ids.get(piece);
      if (id != null) {
        out.add(id);
      } else {
        for (byte b : piece.getBytes(StandardCharsets.UTF_8)) {
          out.add(b & 0xFF);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if an id is outside the vocabulary
   */
  @Override
  public String decode(int[] tokens) {
    StringBuilder text = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < tokens.length; i++) {
      int id = tokens[i];
      if (id < 0 || id >= vocabularySize()) {
        throw new IllegalArgumentException("token id " + id + " at " + i + " is out of vocabulary");
      }
      if (id < BYTE_IDS) {
        bytes.write(id);
      } else {
        flush(bytes, text);
        text.append(pieces.get(id - BYTE_IDS));
      }
    }
    flush(bytes, text);
    return text.toString();
  }

  @Override
  public int vocabularySize() {
    return BYTE_IDS + pieces.size();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder text) {
    if (bytes.size() > 0) {
      text.append(bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
    }
  }

  /** Pieces of {@code text}: word runs, whitespace runs, and single other code points. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int kind = kind(text.codePointAt(i));
      int end = i + Character.charCount(text.codePointAt(i));
      if (kind != OTHER) {
        while (end < text.length() && kind(text.codePointAt(end)) == kind) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }

  private static int kind(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)
        || Character.getType(codePoint) == Character.NON_SPACING_MARK
        || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK) {
      return WORD;
    }
    return Character.isWhitespace(codePoint) ? SPACE : OTHER;
  }
}
