package dev.candor.core.internal.validation;

import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.cbor.Tagged;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.JumbfReader;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the signing chain of a store's active manifest, without judging it. */
public final class SignerCertificates {
  private SignerCertificates() {}

  /** The {@code x5chain} of the active manifest's claim signature, leaf first; empty if unreadable. */
  public static Optional<List<X509Certificate>> activeChain(byte[] store) {
    try {
      Box root = JumbfReader.parse(store);
      Box active = ParsedManifest.activeBox(root);
      Box sig = active == null ? null : active.childLabelled("c2pa.signature");
      Box cbor = sig == null ? null : sig.child(Box.CBOR);
      if (cbor == null) {
        return Optional.empty();
      }
      Object v = Cbor.decode(cbor.payload());
      if (v instanceof Tagged t) {
        v = t.value();
      }
      List<Object> arr = CborValues.list(v);
      if (arr == null || arr.size() != 4 || !(arr.get(0) instanceof byte[] prot)) {
        return Optional.empty();
      }
      Map<Object, Object> ph = prot.length == 0 ? Map.of() : CborValues.map(Cbor.decode(prot));
      Map<Object, Object> uh = CborValues.map(arr.get(1));
      if (ph == null || uh == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(CoseCheck.chain(ph, uh)).filter(l -> !l.isEmpty());
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
