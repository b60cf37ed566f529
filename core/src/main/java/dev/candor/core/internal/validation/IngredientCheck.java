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
    int parents = 0;
    for (String l : labels) {
      if (!AssertionCheck.baseLabel(l).startsWith("c2pa.ingredient")) {
        continue;
      }
      String url = m.assertionUri(l);
      Map<Object, Object> ing = AssertionCheck.cborContent(m.assertion(l));
      if (ing == null) {
        continue;
      }
      if ("parentOf".equals(CborValues.text(ing, "relationship"))) {
        parents++;
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
        continue;
      }
      f.success(StatusCode.INGREDIENT_MANIFEST_VALIDATED, url, "ingredient manifest hash matches");
      checkClaimSignature(ing, target, m, url, f);
    }
    if (parents > 1) {
      f.failure(StatusCode.MANIFEST_MULTIPLE_PARENTS, m.uri(), "the manifest has more than one parentOf ingredient");
    }
  }

  // v3 ingredients also bind the ingredient's claim signature box (C2PA 2.2 §15.11).
  private static void checkClaimSignature(Map<Object, Object> ing, ParsedManifest target,
      ParsedManifest m, String url, Findings f) {
    Map<Object, Object> ref = CborValues.map(ing, "claimSignature");
    if (ref == null) {
      return;
    }
    byte[] hash = CborValues.bytes(ref, "hash");
    String alg = Hashes.jca(AssertionCheck.firstNonNull(CborValues.text(ref, "alg"), m.claimAlg()));
    var sig = target.box.childLabelled("c2pa.signature");
    if (hash == null || alg == null || sig == null) {
      f.failure(StatusCode.INGREDIENT_CLAIMSIGNATURE_MISSING, url, "the ingredient's claim signature is missing");
    } else if (!Arrays.equals(Hashes.digest(alg).digest(sig.payload()), hash)
        // some writers (Adobe, 2023-24) hashed the whole box, header included
        && !Arrays.equals(Hashes.digest(alg).digest(sig.bytes()), hash)) {
      f.failure(StatusCode.INGREDIENT_CLAIMSIGNATURE_MISMATCH, url, "the ingredient's claim signature does not match");
    } else {
      f.success(StatusCode.INGREDIENT_CLAIMSIGNATURE_VALIDATED, url, "ingredient claim signature hash matches");
    }
  }

  // 1.0-era writers hashed the ingredient's claim (the CBOR content) instead of its manifest box.
  private static boolean legacyMatch(ParsedManifest target, byte[] hash, String alg) {
    return target.claimBytes != null && Arrays.equals(Hashes.digest(alg).digest(target.claimBytes), hash);
  }
}
