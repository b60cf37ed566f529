package dev.candor.core.internal.validation;

import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborException;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.C2paUuid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One manifest superbox of a store, with its claim decoded and its boxes located; nothing is
 * validated here and stored bytes are kept as they are.
 */
final class ParsedManifest {
  final Box box;
  final String label;
  final boolean update;
  final List<Box> claimBoxes = new ArrayList<>();
  final Box assertionStore;
  Box claimBox;
  byte[] claimBytes;
  Map<Object, Object> claim;
  String claimProblem;
  int claimVersion;

  ParsedManifest(Box box) {
    this.box = box;
    this.label = box.label();
    this.update = Arrays.equals(box.description().uuid(), C2paUuid.UPDATE_MANIFEST);
    Box as = null;
    for (Box c : box.children()) {
      if (!c.isSuperbox()) {
        continue;
      }
      byte[] u = c.description().uuid();
      if (Arrays.equals(u, C2paUuid.CLAIM)) {
        claimBoxes.add(c);
      } else if (Arrays.equals(u, C2paUuid.ASSERTIONS) && as == null) {
        as = c;
      }
    }
    this.assertionStore = as;
    if (claimBoxes.size() == 1) {
      decodeClaim(claimBoxes.get(0));
    }
  }

  private void decodeClaim(Box c) {
    claimBox = c;
    claimVersion = "c2pa.claim.v2".equals(c.label()) ? 2 : 1;
    Box cbor = c.child(Box.CBOR);
    if (cbor == null) {
      claimProblem = "the claim box holds no CBOR box";
      return;
    }
    claimBytes = cbor.payload();
    try {
      claim = CborValues.map(Cbor.decode(claimBytes));
      if (claim == null) {
        claimProblem = "the claim is not a CBOR map";
      }
    } catch (CborException e) {
      claimProblem = e.getMessage();
    }
  }

  /**
   * The active manifest of a store: the last standard or update manifest superbox (C2PA 2.2
   * §15.5.1), or {@code null}.
   */
  static Box activeBox(Box root) {
    Box active = null;
    for (Box b : root.children()) {
      if (b.isSuperbox() && (Arrays.equals(b.description().uuid(), C2paUuid.MANIFEST)
          || Arrays.equals(b.description().uuid(), C2paUuid.UPDATE_MANIFEST)
          || Arrays.equals(b.description().uuid(), C2paUuid.MANIFEST_LEGACY))) {
        active = b;
      }
    }
    return active;
  }

  /** The hashed-uri references the claim lists: created + gathered (v2) or assertions (v1). */
  List<Map<Object, Object>> assertionRefs() {
    List<Map<Object, Object>> out = new ArrayList<>();
    for (String key : new String[] {"created_assertions", "gathered_assertions", "assertions"}) {
      List<Object> l = CborValues.list(claim, key);
      if (l != null) {
        for (Object o : l) {
          Map<Object, Object> m = CborValues.map(o);
          if (m != null) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /** The assertion superbox with a label, or {@code null}. */
  Box assertion(String assertionLabel) {
    return assertionStore == null ? null : assertionStore.childLabelled(assertionLabel);
  }

  /** Labels of all assertion superboxes present. */
  List<String> assertionLabels() {
    List<String> out = new ArrayList<>();
    if (assertionStore != null) {
      for (Box b : assertionStore.children()) {
        if (b.isSuperbox()) {
          out.add(b.label());
        }
      }
    }
    return out;
  }

  /** The claim's hash algorithm name (e.g. {@code sha256}), or {@code null}. */
  String claimAlg() {
    return CborValues.text(claim, "alg");
  }

  /** The absolute JUMBF URI of this manifest. */
  String uri() {
    return "self#jumbf=/c2pa/" + label;
  }

  /** The absolute URI of one of its assertions. */
  String assertionUri(String assertionLabel) {
    return uri() + "/c2pa.assertions/" + assertionLabel;
  }
}
