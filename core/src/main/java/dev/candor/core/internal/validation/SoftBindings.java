package dev.candor.core.internal.validation;

import dev.candor.core.SoftBinding;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.JumbfReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@code c2pa.soft-binding} assertions of a store's active manifest, unjudged. */
public final class SoftBindings {
  private SoftBindings() {}

  /** Every (algorithm, block value) pair; values stored as text (seen in real files) as UTF-8. */
  public static List<SoftBinding> ofActiveManifest(byte[] store) {
    List<SoftBinding> out = new ArrayList<>();
    try {
      Box root = JumbfReader.parse(store);
      Box active = ParsedManifest.activeBox(root);
      Box as = active == null ? null : active.childLabelled("c2pa.assertions");
      if (as == null) {
        return out;
      }
      for (Box a : as.children()) {
        if (!a.isSuperbox() || !AssertionCheck.baseLabel(a.label()).equals(SoftBinding.LABEL)) {
          continue;
        }
        Map<Object, Object> m = AssertionCheck.cborContent(a);
        String alg = CborValues.text(m, "alg");
        List<Object> blocks = CborValues.list(m, "blocks");
        if (alg == null || blocks == null) {
          continue;
        }
        for (Object o : blocks) {
          Object v = CborValues.map(o) == null ? null : CborValues.map(o).get("value");
          if (v instanceof byte[] b) {
            out.add(new SoftBinding(alg, b));
          } else if (v instanceof String s) {
            out.add(new SoftBinding(alg, s.getBytes(StandardCharsets.UTF_8)));
          }
        }
      }
    } catch (Exception e) {
      return out;
    }
    return out;
  }
}
