package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborException;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.jumbf.Box;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every hashed URI the claim lists (C2PA 2.2 §15.10.3): inside this manifest, present, hash
 * equal over the stored box payload, content well-formed; then flags assertions the claim does not
 * list, duplicate references, and references to a label the store holds twice.
 */
final class AssertionCheck {
  private AssertionCheck() {}

  static void check(ParsedManifest m, Findings f) {
    Set<String> referenced = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    for (String present : m.assertionLabels()) {
      if (!seen.add(present)) {
        duplicated.add(present);
      }
    }
    String claimAlg = m.claimAlg();
    for (Map<Object, Object> ref : m.assertionRefs()) {
      String url = CborValues.text(ref, "url");
      byte[] hash = CborValues.bytes(ref, "hash");
      JumbfUri uri = JumbfUri.parse(url);
      if (uri == null || hash == null) {
        f.failure(StatusCode.ASSERTION_MISSING, url, "the claim lists a malformed assertion reference");
        continue;
      }
      if (uri.manifest() != null && !uri.manifest().equals(m.label)) {
        f.failure(StatusCode.ASSERTION_OUTSIDE_MANIFEST, url, "assertion reference points outside this manifest");
        continue;
      }
      String label = uri.assertionLabel();
      String abs = label == null ? url : m.assertionUri(label);
      if (label != null && !referenced.add(label)) {
        f.failure(StatusCode.CLAIM_MALFORMED, abs, "the claim lists this assertion more than once");
        continue;
      }
      if (duplicated.contains(label)) {
        // Labels are unique in a superbox (ISO 19566-5); with two boxes the URI names neither.
        // c2pa-rs refuses such a store as AssertionMissing.
        f.failure(StatusCode.ASSERTION_MISSING, abs,
            "the store holds several assertions with this label; the reference is ambiguous");
        continue;
      }
      Box box = label == null ? null : m.assertion(label);
      if (box == null) {
        f.failure(StatusCode.ASSERTION_MISSING, abs, "the claim lists an assertion that is not in the store");
        continue;
      }
      String alg = Hashes.jca(firstNonNull(CborValues.text(ref, "alg"), claimAlg));
      if (alg == null) {
        f.failure(StatusCode.ALGORITHM_UNSUPPORTED, abs, "hash algorithm not allowed");
        continue;
      }
      byte[] actual = Hashes.digest(alg).digest(box.payload());
      if (!Arrays.equals(actual, hash)) {
        f.failure(StatusCode.ASSERTION_HASHEDURI_MISMATCH, abs, "hash of the assertion does not match the claim");
        continue;
      }
      f.success(StatusCode.ASSERTION_HASHEDURI_MATCH, abs, "hashed uri matched: " + label);
      wellFormed(box, abs, f);
    }
    for (String present : m.assertionLabels()) {
      if (!referenced.contains(present)) {
        f.failure(StatusCode.ASSERTION_UNDECLARED, m.assertionUri(present),
            "the store holds an assertion the claim does not list");
      }
    }
  }

  private static void wellFormed(Box box, String url, Findings f) {
    Box cbor = box.child(Box.CBOR);
    if (cbor != null) {
      try {
        Cbor.decode(cbor.payload());
      } catch (CborException e) {
        f.failure(StatusCode.ASSERTION_CBOR_INVALID, url, e.getMessage());
      }
      return;
    }
    Box json = box.child(Box.JSON);
    if (json != null) {
      try {
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.payload());
      } catch (java.io.IOException e) {
        f.failure(StatusCode.ASSERTION_JSON_INVALID, url, "assertion is not well-formed JSON");
      }
    }
  }

  /** The decoded CBOR content of an assertion superbox, or {@code null}. */
  static Map<Object, Object> cborContent(Box box) {
    if (box == null) {
      return null;
    }
    Box cbor = box.child(Box.CBOR);
    if (cbor == null) {
      return null;
    }
    try {
      return CborValues.map(Cbor.decode(cbor.payload()));
    } catch (CborException e) {
      return null;
    }
  }

  static String firstNonNull(String... s) {
    for (String x : s) {
      if (x != null) {
        return x;
      }
    }
    return null;
  }

  static boolean isHardBinding(String label) {
    String base = baseLabel(label);
    return base.equals("c2pa.hash.data") || base.equals("c2pa.hash.boxes")
        || base.startsWith("c2pa.hash.bmff") || base.equals("c2pa.hash.collection.data");
  }

  /** The label without a {@code __N} instance suffix. */
  static String baseLabel(String label) {
    int i = label.lastIndexOf("__");
    return i > 0 && label.substring(i + 2).chars().allMatch(Character::isDigit) ? label.substring(0, i) : label;
  }

  static List<String> referencedLabels(ParsedManifest m) {
    List<String> out = new java.util.ArrayList<>();
    for (Map<Object, Object> ref : m.assertionRefs()) {
      JumbfUri u = JumbfUri.parse(CborValues.text(ref, "url"));
      if (u != null && u.assertionLabel() != null) {
        out.add(u.assertionLabel());
      }
    }
    return out;
  }
}
