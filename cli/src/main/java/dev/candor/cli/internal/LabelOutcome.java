package dev.candor.cli.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What happened to one input of {@code candor label}: one line of the report.
 *
 * @param file the input as named
 * @param output the output written (or found already labelled), or {@code null}
 * @param status labelled, skipped or failed
 * @param reason why it was skipped or failed, a note on a labelled file, or {@code null}
 * @param kind image, text or unsupported, or {@code null} when unreadable
 */
public record LabelOutcome(String file, String output, Status status, String reason, String kind) {
  /** The three ends of a file's labelling. */
  public enum Status {
    /** A labelled output was written. */
    LABELLED,
    /** Nothing was written: already labelled, or unsupported. */
    SKIPPED,
    /** Labelling failed; nothing was written. */
    FAILED
  }

  /** The report line: {@code {"file","output","status","reason","kind"}}, status in lower case. */
  public ObjectNode toJson() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("file", file);
    o.put("output", output);
    o.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
    o.put("reason", reason);
    o.put("kind", kind);
    return o;
  }

  /** A one-line log entry. */
  public String logLine() {
    switch (status) {
      case LABELLED:
        return "labelled " + file + " -> " + output + (reason == null ? "" : " (" + reason + ")");
      case SKIPPED:
        return "skipped  " + file + ": " + reason;
      default:
        return "FAILED   " + file + ": " + reason;
    }
  }
}
