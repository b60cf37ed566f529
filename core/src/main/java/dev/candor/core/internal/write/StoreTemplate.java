package dev.candor.core.internal.write;

import dev.candor.core.ProvenanceException;
import dev.candor.core.internal.cbor.Cbor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every store made from one manifest shares: the ingredient manifests it carries and its
 * assertion boxes (encoded and hashed), all but the data hash. Built once per manifest and reused
 * for each label, since none of it depends on the asset, the signer or the store's own labels.
 *
 * <p>Immutable: the lists are unmodifiable and nobody writes into the arrays they hold.
 *
 * @param spec the manifest's description
 * @param ingredientManifests the ingredients' manifests, deduplicated, in store order
 * @param assertions the assertion boxes, in store order
 */
public record StoreTemplate(
    ManifestSpec spec, List<byte[]> ingredientManifests, List<AssertionBox> assertions) {

  /**
   * Builds the assertions of {@code spec}: its ingredients (reading their stores), its actions and
   * its further assertions, in store order.
   *
   * @throws ProvenanceException when an ingredient store is unreadable
   */
  public static StoreTemplate of(ManifestSpec spec) throws ProvenanceException {
    List<byte[]> ingredientManifests = new ArrayList<>();
    List<AssertionBox> assertions = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    Object parentRef = null;
    Set<String> seenManifests = new LinkedHashSet<>();
    for (ManifestSpec.IngredientSpec ing : spec.ingredients()) {
      Map<Object, Object> m = new LinkedHashMap<>();
      if (ing.title() != null) {
        m.put("dc:title", ing.title());
      }
      if (ing.format() != null) {
        m.put("dc:format", ing.format());
      }
      m.put("relationship", ing.relationship());
      if (ing.instanceId() != null) {
        m.put("instanceID", ing.instanceId());
      }
      if (ing.store() != null) {
        IngredientManifests im = IngredientManifests.read(ing.store());
        for (int i = 0; i < im.manifests().size(); i++) {
          if (seenManifests.add(im.labels().get(i))) {
            ingredientManifests.add(im.manifests().get(i));
          }
        }
        m.put("activeManifest", HashedUri.of("self#jumbf=/c2pa/" + im.activeLabel(), im.activeHash()));
        if (im.signatureHash() != null) {
          m.put("claimSignature",
              HashedUri.of("self#jumbf=/c2pa/" + im.activeLabel() + "/c2pa.signature", im.signatureHash()));
        }
        if (ing.validationResults() != null) {
          m.put("validationResults", ing.validationResults());
        }
      }
      AssertionBox box = AssertionBox.cbor(unique(used, "c2pa.ingredient.v3"), Cbor.encode(m), false);
      assertions.add(box);
      if ("parentOf".equals(ing.relationship())) {
        parentRef = HashedUri.of(box.relativeUri(), HashedUri.hashSuperbox(box.superbox()));
      }
    }
    Map<Object, Object> actions = new LinkedHashMap<>();
    actions.put("actions", spec.actions().apply(parentRef));
    assertions.add(AssertionBox.cbor(unique(used, "c2pa.actions.v2"), Cbor.encode(actions), false));
    for (ManifestSpec.AssertionSpec a : spec.assertions()) {
      String l = unique(used, a.label());
      assertions.add(a.json() != null
          ? AssertionBox.json(l, a.json(), a.gathered())
          : AssertionBox.cbor(l, Cbor.encode(a.cbor()), a.gathered()));
    }
    return new StoreTemplate(spec, List.copyOf(ingredientManifests), List.copyOf(assertions));
  }

  private static String unique(Set<String> used, String l) {
    String candidate = l;
    for (int i = 1; !used.add(candidate); i++) {
      candidate = l + "__" + i;
    }
    return candidate;
  }
}
