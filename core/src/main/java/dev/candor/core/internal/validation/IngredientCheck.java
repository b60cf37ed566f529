package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import dev.candor.core.internal.cbor.CborValues;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks the ingredient assertions of the active manifest (C2PA 2.2 §15.11): the ingredient manifest
 * each names must be in the store and hash to what the ingredient records.
 */
final class IngredientCheck {
  private IngredientCheck() {}

  static void check(ParsedManifest m, List<String> labels, Map<String, ParsedManifest> byLabel,
      Findings f) {
    for (String l : labels) {
      if (!AssertionCheck.baseLabel(l).startsWith("c2pa.ingredient")) {
        continue;
      }
      String url = m.assertionUri(l);
      Map<Object, Object> ing = AssertionCheck.cborContent(m.assertion(l));
      if (ing == null) {
        continue;
      }
      Map<Object, Object> ref = CborValues.map(ing, "activeManifest");
      if (ref == null) {
        ref = CborValues.map(ing, "c2pa_manifest");
      }
      if (ref == null) {
        f.info(StatusCode.INGREDIENT_UNKNOWN_PROVENANCE, url, "ingredient has no manifest");
        continue;
      }
      JumbfUri u = JumbfUri.parse(CborValues.text(ref, "url"));
      ParsedManifest target = u == null || u.manifest() == null ? null : byLabel.get(u.manifest());
      if (target == null) {
        f.failure(StatusCode.INGREDIENT_MANIFEST_MISSING, url, "the ingredient's manifest is not in the store");
        continue;
      }
      String alg = Hashes.jca(AssertionCheck.firstNonNull(CborValues.text(ref, "alg"), m.claimAlg()));
      byte[] hash = CborValues.bytes(ref, "hash");
      if (alg == null || hash == null) {
        f.failure(StatusCode.INGREDIENT_MANIFEST_MISMATCH, url, "the ingredient's manifest reference is malformed");
        continue;
      }
      if (!Arrays.equals(Hashes.digest(alg).digest(target.box.payload()), hash)
          && !legacyMatch(target, hash, alg)) {
        f.failure(StatusCode.INGREDIENT_MANIFEST_MISMATCH, url, "the ingredient's manifest does not match its hash");
      }
    }
  }

  // 1.0-era writers hashed the ingredient's claim (the CBOR content) instead of its manifest box.
  private static boolean legacyMatch(ParsedManifest target, byte[] hash, String alg) {
    return target.claimBytes != null && Arrays.equals(Hashes.digest(alg).digest(target.claimBytes), hash);
  }
}
