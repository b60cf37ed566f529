package dev.candor.benchmarks.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prose corpus as word-level token ids: lower-cased words and punctuation marks, the {@code
 * vocabularySize − 1} most frequent as ids 1.., everything else as {@link #UNK} (id 0). The last
 * tenth is held out as human-written text the model never saw.
 */
final class WordCorpus {
  static final int UNK = 0;

  /** Verse references such as {@code Ge1:1} that the KJV dump puts before each verse. */
  private static final Pattern REFERENCE = Pattern.compile("(?m)^\\S+\\d+:\\d+\\s");

  private static final Pattern TOKEN = Pattern.compile("[a-z]+(?:'[a-z]+)?|[.,;:!?]");

  final List<String> vocabulary;
  final int[] train;
  final int[] heldOut;

  private WordCorpus(List<String> vocabulary, int[] train, int[] heldOut) {
    this.vocabulary = vocabulary;
    this.train = train;
    this.heldOut = heldOut;
  }

  static WordCorpus read(Path file, int vocabularySize) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    text = REFERENCE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      counts.merge(w, 1, Integer::sum);
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(
        Comparator.<String>comparingInt(counts::get)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    List<String> vocabulary = new ArrayList<>();
    vocabulary.add("<unk>");
    vocabulary.addAll(ranked.subList(0, Math.min(ranked.size(), vocabularySize - 1)));
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    int[] all = words.stream().mapToInt(w -> ids.getOrDefault(w, UNK)).toArray();
    int split = all.length - all.length / 10;
    return new WordCorpus(
        List.copyOf(vocabulary),
        java.util.Arrays.copyOfRange(all, 0, split),
        java.util.Arrays.copyOfRange(all, split, all.length));
  }

  int vocabularySize() {
    return vocabulary.size();
  }

  String render(int[] tokens) {
    StringBuilder out = new StringBuilder();
    for (int t : tokens) {
      String w = vocabulary.get(t);
      if (out.length() > 0 && !w.matches("[.,;:!?]")) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }
}
