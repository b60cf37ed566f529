package dev.candor.core.internal.write;

import dev.candor.core.ProvenanceException;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.C2paUuid;
import dev.candor.core.internal.jumbf.JumbfException;
import dev.candor.core.internal.jumbf.JumbfReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The manifests an ingredient's store brings along, and the hashed URIs to its active one. */
record IngredientManifests(List<byte[]> manifests, List<String> labels, String activeLabel,
    byte[] activeHash, byte[] signatureHash) {

  static IngredientManifests read(byte[] store) throws ProvenanceException {
    Box root;
    try {
      root = JumbfReader.parse(store);
    } catch (JumbfException e) {
      throw new ProvenanceException("the ingredient's manifest store is unreadable: " + e.getMessage(), e);
    }
    List<byte[]> out = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Box active = null;
    for (Box b : root.children()) {
      if (b.isSuperbox() && isManifest(b.description().uuid())) {
        out.add(b.bytes());
        labels.add(b.label());
        active = b;
      }
    }
    if (active == null) {
      throw new ProvenanceException("the ingredient's manifest store holds no manifest");
    }
    Box sig = active.childLabelled("c2pa.signature");
    byte[] activeBytes = active.bytes();
    return new IngredientManifests(out, labels, active.label(), HashedUri.hashSuperbox(activeBytes),
        sig == null ? null : HashedUri.hashSuperbox(sig.bytes()));
  }

  static boolean isManifest(byte[] uuid) {
    return Arrays.equals(uuid, C2paUuid.MANIFEST) || Arrays.equals(uuid, C2paUuid.UPDATE_MANIFEST)
        || Arrays.equals(uuid, C2paUuid.MANIFEST_LEGACY);
  }
}
