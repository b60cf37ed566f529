package dev.candor.text.watermark;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content of a {@code c2pa.soft-binding} assertion (C2PA §18.10) declaring that the text carries a
 * Candor statistical watermark: algorithm name, the key's public id and the scheme parameters. It
 * holds nothing secret; detection still needs the key, which the verifier obtains out of band.
 *
 * <p>{@link #toMap()} gives the CBOR-ready map:
 *
 * <pre>
 * { "alg":        "dev.candor.textwm.kgw.1" | "dev.candor.textwm.gumbel.1",
 *   "blocks":     [ { "scope": {}, "value": keyId (8 bytes, bstr) } ],   -- whole text
 *   "pad":        h'' (empty bstr),
 *   "name":       "Candor text watermark (KGW)" | "... (Gumbel)",
 *   "alg-params": { "keyId": "16 hex digits", "contextWidth": h,
 *                   "gamma": γ, "delta": δ,  -- KGW only
 *                   "contextHash": "left" | "min-self"  -- KGW only
 *                   "tokenizer": name } }
 * </pre>
 *
 * <p>The {@code alg} names are Candor's own (not yet in the C2PA soft-binding algorithm list).
 *
 * @param parameters scheme and parameters of the watermark
 * @param keyId the key's public id, {@link TextWatermarkKey#keyId()}
 * @param tokenizer name of the tokenizer detection must use, e.g. {@code "candor.byte"} or a
 *     model's tokenizer id
 */
public record TextWatermarkBinding(
    TextWatermarkParameters parameters, String keyId, String tokenizer) {
  /** The assertion label. */
  public static final String LABEL = "c2pa.soft-binding";

  /** Validates that all fields are present and the key id is 16 lowercase hex digits. */
  public TextWatermarkBinding {
    if (parameters == null || keyId == null || tokenizer == null || tokenizer.isBlank()) {
      throw new IllegalArgumentException("parameters, keyId and tokenizer are required");
    }
    if (!keyId.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("keyId must be 16 lowercase hex digits: " + keyId);
    }
  }

  /** The binding for a watermark made with {@code key} and {@code parameters}. */
  public static TextWatermarkBinding of(
      TextWatermarkKey key, TextWatermarkParameters parameters, String tokenizer) {
    return new TextWatermarkBinding(parameters, key.keyId(), tokenizer);
  }

  /**
   * The assertion to add to the answer's manifest, together with a {@code c2pa.watermarked} action,
   * so the record says the words carry a mark.
   */
  public dev.candor.core.Assertion toAssertion() {
    return dev.candor.core.Assertion.cbor(LABEL, toMap());
  }

  /** Insertion-ordered map of the assertion content, values as CBOR types (see class doc). */
  public Map<String, Object> toMap() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("keyId", keyId);
    params.put("contextWidth", parameters.contextWidth());
    if (parameters.scheme() == WatermarkScheme.KGW) {
      params.put("gamma", parameters.gamma());
      params.put("delta", parameters.delta());
      params.put("contextHash", parameters.contextHash().label());
    }
    params.put("tokenizer", tokenizer);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("alg", parameters.scheme().algorithm());
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("scope", new LinkedHashMap<String, Object>());
    block.put("value", HexFormat.of().parseHex(keyId));
    map.put("blocks", List.of(block));
    map.put("pad", new byte[0]);
    map.put(
        "name",
        parameters.scheme() == WatermarkScheme.KGW
            ? "Candor text watermark (KGW)"
            : "Candor text watermark (Gumbel)");
    map.put("alg-params", params);
    return map;
  }
}
