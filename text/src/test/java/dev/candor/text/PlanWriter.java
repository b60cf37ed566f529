package dev.candor.text;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.PreparedStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** What core does with a plan, reduced to the essentials: hash the pieces, sign, write the slot. */
final class PlanWriter {
  private PlanWriter() {}

  static byte[] write(EmbedPlan plan, AssetSource source, PreparedStore store)
      throws IOException, ProvenanceException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance(store.hashAlgorithm());
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    for (EmbedPlan.Piece p : plan.pieces()) {
      if (p instanceof EmbedPlan.Copy c) {
        head.write(source.read(c.offset(), (int) c.length()));
      } else if (p instanceof EmbedPlan.Insert i) {
        head.write(i.bytes());
      } else {
        break; // the text format puts the slot last
      }
    }
    byte[] text = head.toByteArray();
    md.update(text);
    long framed = plan.framing().framedLength(store.length());
    byte[] signed = store.finish(md.digest(), List.of(new ByteRange(text.length, framed)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(text);
    plan.framing().write(signed, out);
    if (out.size() != text.length + framed) {
      throw new AssertionError(
          "framing wrote " + (out.size() - text.length) + " bytes, promised " + framed);
    }
    return out.toByteArray();
  }
}
