package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import dev.candor.core.internal.cbor.CborValues;
import java.util.List;
import java.util.Map;

/** The actions rules for v2 claims (C2PA 2.2 §18.14.2, §15.10.3.2.2), as c2pa-rs applies them. */
final class ActionsCheck {
  private ActionsCheck() {}

  static void check(ParsedManifest m, List<String> labels, Findings f) {
    if (m.claimVersion < 2 || m.update) {
      return;
    }
    String first = null;
    for (String l : labels) {
      String base = AssertionCheck.baseLabel(l);
      if (base.equals("c2pa.actions") || base.equals("c2pa.actions.v2")) {
        first = l;
        break;
      }
    }
    if (first == null) {
      f.failure(StatusCode.CLAIM_MALFORMED, m.uri(), "a standard manifest needs an actions assertion");
      return;
    }
    String url = m.assertionUri(first);
    Map<Object, Object> content = AssertionCheck.cborContent(m.assertion(first));
    List<Object> actions = CborValues.list(content, "actions");
    if (actions == null || actions.isEmpty()) {
      f.failure(StatusCode.ASSERTION_ACTION_MALFORMED, url, "the actions assertion holds no actions");
      return;
    }
    int createdOrOpened = 0;
    for (int i = 0; i < actions.size(); i++) {
      Map<Object, Object> a = CborValues.map(actions.get(i));
      String name = CborValues.text(a, "action");
      if (name == null) {
        f.failure(StatusCode.ASSERTION_ACTION_MALFORMED, url, "an action has no name");
        continue;
      }
      boolean isFirstKind = name.equals("c2pa.created") || name.equals("c2pa.opened");
      if (isFirstKind) {
        createdOrOpened++;
        if (i != 0) {
          f.failure(StatusCode.ASSERTION_ACTION_MALFORMED, url, name + " must be the first action");
        }
      }
      if (name.equals("c2pa.created") && CborValues.text(a, "digitalSourceType") == null) {
        f.failure(StatusCode.ASSERTION_ACTION_MALFORMED, url, "c2pa.created must carry a digitalSourceType");
      }
      if (name.equals("c2pa.opened") || name.equals("c2pa.placed") || name.equals("c2pa.removed")) {
        checkIngredients(m, a, name, url, f);
      }
    }
    if (createdOrOpened > 1) {
      f.failure(StatusCode.ASSERTION_ACTION_MALFORMED, url, "more than one c2pa.created or c2pa.opened action");
    }
  }

  private static void checkIngredients(ParsedManifest m, Map<Object, Object> a, String name, String url,
      Findings f) {
    Map<Object, Object> params = CborValues.map(a, "parameters");
    List<Object> refs = CborValues.list(params, "ingredients");
    if (refs == null) {
      Map<Object, Object> single = CborValues.map(params, "ingredient");
      refs = single == null ? null : List.of(single);
    }
    if (refs == null || refs.isEmpty()) {
      f.failure(StatusCode.ASSERTION_ACTION_INGREDIENT_MISMATCH, url, name + " names no ingredient");
      return;
    }
    for (Object r : refs) {
      JumbfUri u = JumbfUri.parse(CborValues.text(CborValues.map(r), "url"));
      String l = u == null ? null : u.assertionLabel();
      if (l == null || (u.manifest() != null && !u.manifest().equals(m.label))
          || !AssertionCheck.baseLabel(l).startsWith("c2pa.ingredient") || m.assertion(l) == null) {
        f.failure(StatusCode.ASSERTION_ACTION_INGREDIENT_MISMATCH, url,
            name + " points at an ingredient that is not in this manifest");
      }
    }
  }
}
