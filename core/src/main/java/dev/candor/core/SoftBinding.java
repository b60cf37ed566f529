package dev.candor.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code c2pa.soft-binding} assertion (C2PA 2.2 §18.10): links an invisible watermark or
 * fingerprint to the manifest, so a copy stripped of metadata can find its record again.
 *
 * @param algorithm the algorithm name, e.g. {@code dev.candor.wm.tile.1}
 * @param value the watermark payload or fingerprint
 */
public record SoftBinding(String algorithm, byte[] value) {
  /** The assertion label. */
  public static final String LABEL = "c2pa.soft-binding";

  /** Copies the value. */
  public SoftBinding {
    Objects.requireNonNull(algorithm, "algorithm");
    value = value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  /** The assertion, with one block covering the whole asset. */
  public Assertion toAssertion() {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("scope", new LinkedHashMap<String, Object>());
    block.put("value", value.clone());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alg", algorithm);
    m.put("blocks", List.of(block));
    m.put("pad", new byte[0]);
    return Assertion.cbor(LABEL, m);
  }
}
