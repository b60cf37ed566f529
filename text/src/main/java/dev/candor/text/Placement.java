package dev.candor.text;

/**
 * Where a disclosure goes relative to the content. Art. 50(5) asks for disclosure "at the latest at
 * the time of the first interaction or exposure", which {@link #PREFIX} meets for any reader.
 */
public enum Placement {
  /** Before the content, separated by a blank line. */
  PREFIX,
  /** After the content, separated by a blank line. */
  SUFFIX,
  /** After the content, set apart as a footer (a rule in text and Markdown, a footer in HTML). */
  FOOTER
}
