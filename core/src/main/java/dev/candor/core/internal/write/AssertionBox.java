package dev.candor.core.internal.write;

import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.C2paUuid;
import dev.candor.core.internal.jumbf.JumbfWriter;

/** A finished assertion superbox with its label and where the claim lists it. */
record AssertionBox(String label, byte[] superbox, boolean gathered) {

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
