package dev.candor.text;

/** The markup a disclosure is rendered in: it must match the text it is placed in. */
public enum DisclosureFormat {
  /** The sentence as it is. */
  PLAIN,
  /** An italic Markdown line, with Markdown syntax characters escaped. */
  MARKDOWN,
  /** An accessible HTML element with the text escaped. */
  HTML,
  /** A JSON object for API responses; carried beside the text, never inside it. */
  JSON
}
