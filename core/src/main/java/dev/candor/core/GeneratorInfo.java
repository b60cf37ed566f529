package dev.candor.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names a piece of software: the claim generator (C2PA 2.2 §10.2.1 {@code generator-info-map}) or,
 * in an action, the {@code softwareAgent} such as the generative model that produced the content.
 *
 * @param name the product name, e.g. {@code "Stable Diffusion"}; never blank
 * @param version the version, or {@code null}
 */
public record GeneratorInfo(String name, String version) {
  /** Requires a non-blank name. */
  public GeneratorInfo {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("generator name must not be blank");
    }
  }

  /** Software with a name and a version. */
  public static GeneratorInfo of(String name, String version) {
    return new GeneratorInfo(name, version);
  }

  /** Software with a name only. */
  public static GeneratorInfo of(String name) {
    return new GeneratorInfo(name, null);
  }

  /** The CBOR map form. */
  Map<Object, Object> toCbor() {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    if (version != null) {
      m.put("version", version);
    }
    return m;
  }
}
