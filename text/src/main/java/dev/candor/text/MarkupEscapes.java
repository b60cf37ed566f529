package dev.candor.text;

/** Escaping for the markup a disclosure is rendered into. */
final class MarkupEscapes {
  private MarkupEscapes() {}

  /** HTML text and attribute-value escaping: {@code & < > " '}. */
  static String html(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Markdown escaping for text inside emphasis on one line: backslash before the CommonMark
   * characters that could open or close markup here ({@code \ ` * _ [ ] < > # | ~ !}); line breaks
   * become spaces so the emphasis stays on one line.
   */
  static String markdown(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
      } else {
        if ("\\`*_[]<>#|~!".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
