package dev.candor.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A chatbot answer of about 2 KB (mostly ASCII, a few accented letters), and its tokens. */
final class Answers {
  private static final String PARAGRAPH =
      "Crème brûlée is a dessert of rich custard topped with a layer of hardened caramelized sugar."
          + " It is normally served slightly chilled; the heat from the caramelizing may partially"
          + " warm the top of the custard while leaving the middle cool. The custard base is"
          + " traditionally flavoured with vanilla in French cuisine, but can have other"
          + " flavourings. To make it at home, whisk the yolks with sugar, add warm cream, bake in"
          + " a water bath at 150 °C until just set, chill for four hours, then torch the"
          + " sugar.\n\n";

  private Answers() {}

  /** About 2 KiB of UTF-8. */
  static String twoKilobytes() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 2048) {
      sb.append(PARAGRAPH);
    }
    return sb.substring(0, 2048);
  }

  /** {@code text} cut into {@code chunkChars}-character pieces, like model tokens. */
  static List<String> tokens(String text, int chunkChars) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i += chunkChars) {
      out.add(text.substring(i, Math.min(text.length(), i + chunkChars)));
    }
    return out;
  }
}
