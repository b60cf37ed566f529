package dev.candor.core.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.core.ValidationState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one third-party C2PA reader (c2pa-rs through npm, or c2pa-ts) concluded about one asset.
 *
 * <p>The code lists hold the reader's status codes for the active manifest, in the reader's order,
 * duplicates kept. c2pa-rs lists {@code signingCredential.untrusted} under {@link #failure()} even
 * when its {@link #state()} is {@code VALID}: judge the state, and look for specific codes.
 *
 * @param reader the reader's name: {@code c2pa-node}, {@code c2pa-wasm} or {@code c2pa-ts}
 * @param state the overall verdict
 * @param success success codes
 * @param informational informational codes (c2pa-ts has none: it reports success or failure)
 * @param failure failure codes
 * @param digitalSourceTypes every {@code digitalSourceType} in the active manifest's actions, as
 *     written (no trimming, no normalisation)
 * @param activeManifest the active manifest's label, or null when there is none
 * @param error the reader's error message when it refused the asset, or null; also set for {@code
 *     NO_MANIFEST} when c2pa-rs said why (e.g. {@code C2pa(JumbfNotFound)})
 * @param rawJson the whole verdict line the bridge received, including the reader's own report
 */
public record ReaderVerdict(
    String reader,
    State state,
    List<String> success,
    List<String> informational,
    List<String> failure,
    List<String> digitalSourceTypes,
    String activeManifest,
    String error,
    String rawJson) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The reader's overall verdict: C2PA's three states plus the two ways of not judging. */
  public enum State {
    /** Some check failed. */
    INVALID,
    /** Well-formed and cryptographically sound, signer not chained to a given trust anchor. */
    VALID,
    /** Valid and the signer chains to a trust anchor passed with the request. */
    TRUSTED,
    /** The asset carries no (embedded) manifest store. */
    NO_MANIFEST,
    /** The reader refused the asset without producing a report. */
    ERROR;

    static State parse(String text) {
      return switch (text) {
        case "Invalid" -> INVALID;
        case "Valid" -> VALID;
        case "Trusted" -> TRUSTED;
        case "NoManifest" -> NO_MANIFEST;
        case "Error" -> ERROR;
        default -> throw new IllegalStateException("unknown reader state: " + text);
      };
    }
  }

  /** Copies the lists so the verdict cannot change after it is built. */
  public ReaderVerdict {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(state, "state");
    success = List.copyOf(success);
    informational = List.copyOf(informational);
    failure = List.copyOf(failure);
    digitalSourceTypes = List.copyOf(digitalSourceTypes);
    Objects.requireNonNull(rawJson, "rawJson");
  }

  /** Parses one line printed by {@code .ci/interop/verify.mjs}. */
  static ReaderVerdict parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("interop bridge printed non-JSON: " + abbreviate(line), e);
    }
    if (node == null || !node.isObject() || !node.path("state").isTextual()) {
      throw new IllegalStateException("interop bridge printed no verdict: " + abbreviate(line));
    }
    return new ReaderVerdict(
        node.path("reader").asText(),
        State.parse(node.path("state").asText()),
        strings(node.path("success")),
        strings(node.path("informational")),
        strings(node.path("failure")),
        strings(node.path("digitalSourceTypes")),
        textOrNull(node.path("activeManifest")),
        textOrNull(node.path("error")),
        line);
  }

  /** The C2PA state, or empty for {@code NO_MANIFEST} and {@code ERROR}. */
  public Optional<ValidationState> validationState() {
    return switch (state) {
      case INVALID -> Optional.of(ValidationState.INVALID);
      case VALID -> Optional.of(ValidationState.VALID);
      case TRUSTED -> Optional.of(ValidationState.TRUSTED);
      case NO_MANIFEST, ERROR -> Optional.empty();
    };
  }

  /** Whether the code appears in any of the three lists. */
  public boolean hasCode(String code) {
    return success.contains(code) || informational.contains(code) || failure.contains(code);
  }

  /** The reader's own full report (c2pa-rs manifest store JSON, or c2pa-ts's result), or null. */
  public JsonNode report() {
    try {
      JsonNode report = JSON.readTree(rawJson).get("report");
      return report == null || report.isNull() ? null : report;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("verdict JSON no longer parses", e);
    }
  }

  /** A one-line summary for assertion messages (no report). */
  @Override
  public String toString() {
    String summary =
        String.format(
            "%s %s failure=%s informational=%s digitalSourceTypes=%s active=%s",
            reader, state, failure, informational, digitalSourceTypes, activeManifest);
    return error == null ? summary : summary + " error=" + error;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }
}
