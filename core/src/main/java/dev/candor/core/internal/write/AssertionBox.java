package dev.candor.core.internal.write;

import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.C2paUuid;
import dev.candor.core.internal.jumbf.JumbfWriter;

/**
 * A finished assertion superbox with its label, where the claim lists it, and its hash as the claim
 * references it (made once: a store lists every assertion in two claims, placeholder and final).
 */
record AssertionBox(String label, byte[] superbox, boolean gathered, byte[] hash) {

  private AssertionBox(String label, byte[] superbox, boolean gathered) {
    this(label, superbox, gathered, HashedUri.hashSuperbox(superbox));
  }

  static AssertionBox cbor(String label, byte[] cbor, boolean gathered) {
    return new AssertionBox(
        label,
        JumbfWriter.superbox(C2paUuid.CBOR, label, null, JumbfWriter.box(Box.CBOR, cbor)),
        gathered);
  }

  static AssertionBox json(String label, byte[] json, boolean gathered) {
    return new AssertionBox(
        label,
        JumbfWriter.superbox(C2paUuid.JSON, label, null, JumbfWriter.box(Box.JSON, json)),
        gathered);
  }

  /** The URI relative to the manifest, as c2pa-rs writes assertion references. */
  String relativeUri() {
    return "self#jumbf=c2pa.assertions/" + label;
  }
}
