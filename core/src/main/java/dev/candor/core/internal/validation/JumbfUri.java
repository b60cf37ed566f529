package dev.candor.core.internal.validation;

/**
 * Resolves C2PA JUMBF URIs (C2PA 2.2 §8.4): {@code self#jumbf=/c2pa/<manifest>/<path>} (absolute) or
 * {@code self#jumbf=<path>} (relative to the current manifest).
 *
 * @param manifest the manifest label the URI names, or {@code null} when relative
 * @param path the path inside the manifest, e.g. {@code c2pa.assertions/c2pa.hash.data}; empty for
 *     the manifest itself
 */
record JumbfUri(String manifest, String path) {

  static JumbfUri parse(String uri) {
    if (uri == null || !uri.startsWith("self#jumbf=")) {
      return null;
    }
    String p = uri.substring("self#jumbf=".length());
    if (p.startsWith("/")) {
      String[] parts = p.substring(1).split("/", 3);
      if (parts.length < 2 || !parts[0].equals("c2pa")) {
        return null;
      }
      return new JumbfUri(parts[1], parts.length == 3 ? parts[2] : "");
    }
    if (p.contains("..")) {
      return null;
    }
    return new JumbfUri(null, p);
  }

  /** The assertion label when the path is {@code c2pa.assertions/<label>}, else {@code null}. */
  String assertionLabel() {
    String prefix = "c2pa.assertions/";
    if (!path.startsWith(prefix)) {
      return null;
    }
    String l = path.substring(prefix.length());
    return l.isEmpty() || l.contains("/") ? null : l;
  }
}
