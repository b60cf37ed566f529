package dev.candor.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What {@code candor verify} says about one file: one JSON line, or a few lines for people.
 *
 * @param file the file as named ({@code -} for standard input)
 * @param state the marking state
 * @param format the detected format (e.g. {@code image/jpeg}, {@code text/plain}), or {@code null}
 * @param digitalSourceType the digital source type URI, or {@code null}
 * @param layers the markings found: {@code c2pa}, {@code xmp}, {@code watermark}, {@code
 *     text-label}
 * @param signer the subject of the signing certificate, or {@code null}
 * @param claimGenerator the name of the software that signed the record, or {@code null}
 * @param success C2PA success codes
 * @param informational C2PA informational codes
 * @param failure C2PA failure codes
 * @param message why the file is unsupported or could not be read, or {@code null}
 */
public record Verdict(
    String file,
    State state,
    String format,
    String digitalSourceType,
    List<String> layers,
    String signer,
    String claimGenerator,
    List<String> success,
    List<String> informational,
    List<String> failure,
    String message) {

  /** The states of the stable contract. */
  public enum State {
    /** A valid C2PA record whose signer chains to a {@code --trust} anchor. */
    TRUSTED,
    /** A valid C2PA record; the signer is not (or not known to be) trusted. */
    VALID,
    /** A C2PA record that failed validation, or markings without any signed record. */
    INVALID,
    /** No marking of any kind. */
    UNMARKED,
    /** A format Candor does not read. */
    UNSUPPORTED,
    /** The file could not be read. */
    ERROR
  }

  /** Copies the lists. */
  public Verdict {
    layers = List.copyOf(layers);
    success = List.copyOf(success);
    informational = List.copyOf(informational);
    failure = List.copyOf(failure);
  }

  /** A verdict without C2PA findings. */
  public static Verdict of(String file, State state, String format, String message) {
    return new Verdict(
        file, state, format, null, List.of(), null, null, List.of(), List.of(), List.of(), message);
  }

  /** Whether this file counts as good for the exit status. */
  public boolean isValid() {
    return state == State.VALID || state == State.TRUSTED;
  }

  /** The JSON Lines object, fields in a fixed order. */
  public ObjectNode toJson() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("file", file);
    o.put("state", state.name());
    o.put("format", format);
    o.put("digitalSourceType", digitalSourceType);
    strings(o.putArray("layers"), layers);
    o.put("signer", signer);
    o.put("claimGenerator", claimGenerator);
    strings(o.putArray("success"), success);
    strings(o.putArray("informational"), informational);
    strings(o.putArray("failure"), failure);
    o.put("message", message);
    return o;
  }

  private static void strings(ArrayNode a, List<String> l) {
    l.forEach(a::add);
  }

  /**
   * The human form: a headline, then what it rests on, who signed, the source type and failures.
   */
  public String toHuman() {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(": ").append(state);
    if (message != null) {
      sb.append(" (").append(message).append(')');
    }
    sb.append('\n');
    if (state == State.UNSUPPORTED || state == State.ERROR) {
      return sb.toString();
    }
    sb.append("  rests on:    ")
        .append(layers.isEmpty() ? "nothing" : String.join(", ", layers))
        .append('\n');
    if (signer != null) {
      sb.append("  signed by:   ").append(signer).append('\n');
    }
    if (claimGenerator != null) {
      sb.append("  made with:   ").append(claimGenerator).append('\n');
    }
    if (digitalSourceType != null) {
      sb.append("  source type: ").append(digitalSourceType).append('\n');
    }
    if (state == State.VALID && failure.contains("signingCredential.untrusted")) {
      sb.append("  trust:       signer not trusted here (add its root with --trust)\n");
    }
    List<String> problems =
        state == State.VALID
            ? failure.stream().filter(c -> !c.equals("signingCredential.untrusted")).toList()
            : failure;
    if (!problems.isEmpty()) {
      sb.append("  failures:    ").append(String.join(", ", problems)).append('\n');
    }
    return sb.toString();
  }
}
