package dev.candor.core;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A user-defined assertion: a label (reverse-domain for custom ones, e.g. {@code com.example.prompt})
 * and its content, stored as a CBOR or a JSON box.
 */
public final class Assertion {
  private final String label;
  private final Object cbor;
  private final byte[] json;
  private final boolean gathered;

  private Assertion(String label, Object cbor, byte[] json, boolean gathered) {
    Objects.requireNonNull(label, "label");
    if (label.isBlank() || label.chars().anyMatch(c -> c < 0x20 || "/;?#".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("assertion label is not a valid JUMBF label: " + label);
    }
    this.label = label;
    this.cbor = cbor;
    this.json = json;
    this.gathered = gathered;
  }

  /**
   * A CBOR assertion from a value tree of maps, lists, strings, numbers, booleans and byte arrays.
   * Maps keep their iteration order in the encoding.
   */
  public static Assertion cbor(String label, Map<String, ?> content) {
    return new Assertion(label, new java.util.LinkedHashMap<>(Objects.requireNonNull(content, "content")), null, false);
  }

  /** A JSON assertion from JSON text (checked to be well-formed when written). */
  public static Assertion json(String label, String jsonText) {
    return new Assertion(label, null, jsonText.getBytes(StandardCharsets.UTF_8), false);
  }

  /**
   * The same assertion listed under {@code gathered_assertions}: supplied by others, not attested
   * by the signer (C2PA 2.2 §10.2.2).
   */
  public Assertion gathered() {
    return new Assertion(label, cbor, json, true);
  }

  /** The label. */
  public String label() {
    return label;
  }

  /** Whether it is listed as gathered. */
  public boolean isGathered() {
    return gathered;
  }

  /** Whether it is a JSON assertion. */
  public boolean isJson() {
    return json != null;
  }

  /** The CBOR value tree, or {@code null} for JSON. */
  Object cborContent() {
    return cbor;
  }

  /** The JSON bytes, or {@code null}. */
  byte[] jsonContent() {
    return json == null ? null : json.clone();
  }
}
