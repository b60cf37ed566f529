package dev.candor.core.internal.jumbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Bounded JUMBF parsing: hostile lengths and nesting give a clear error, never OOM or overflow. */
class JumbfReaderTest {

  static byte[] store() {
    byte[] cbor = JumbfWriter.box(Box.CBOR, new byte[] {(byte) 0xA0});
    byte[] claim = JumbfWriter.superbox(C2paUuid.CLAIM, "c2pa.claim.v2", null, cbor);
    byte[] manifest = JumbfWriter.superbox(C2paUuid.MANIFEST, "urn:c2pa:x", null, claim);
    return JumbfWriter.superbox(C2paUuid.STORE, "c2pa", null, manifest);
  }

  @Test
  void parse_writtenStore_treeAndLabelsAsWritten() throws Exception {
    Box root = JumbfReader.parse(store());
    assertEquals("c2pa", root.label());
    Box m = root.childLabelled("urn:c2pa:x");
    assertEquals("c2pa.claim.v2", m.children().get(0).label());
    assertEquals(1, m.children().get(0).child(Box.CBOR).payload().length);
  }

  @Test
  void parse_saltedDescription_readsSalt() throws Exception {
    byte[] salt = new byte[16];
    salt[0] = 7;
    byte[] b = JumbfWriter.superbox(C2paUuid.CBOR, "c2pa.actions.v2", salt, JumbfWriter.box(Box.CBOR, new byte[1]));
    Box box = JumbfReader.parse(b);
    assertEquals(0x13, box.description().toggles());
    assertEquals(7, box.description().salt()[0]);
  }

  @Test
  void parse_truncated_error() {
    byte[] s = store();
    for (int cut : new int[] {0, 4, 7, 20, s.length / 2, s.length - 1}) {
      byte[] t = java.util.Arrays.copyOf(s, cut);
      assertThrows(JumbfException.class, () -> JumbfReader.parse(t), "cut at " + cut);
    }
  }

  @Test
  void parse_childLengthPastParent_error() {
    byte[] s = store();
    // the manifest superbox's LBox sits after the root header (8) and root jumd
    int at = 8 + (int) ByteBuffer.wrap(s, 8, 4).getInt();
    ByteBuffer.wrap(s).putInt(at, s.length);
    JumbfException e = assertThrows(JumbfException.class, () -> JumbfReader.parse(s));
    assertTrue(e.getMessage().contains("declares"), e.getMessage());
  }

  @Test
  void parse_fourGibibyteExtendedLength_errorWithoutAllocating() {
    ByteBuffer b = ByteBuffer.allocate(16);
    b.putInt(1).putInt(Box.JUMB).putLong(4L << 30);
    JumbfException e = assertThrows(JumbfException.class, () -> JumbfReader.parse(b.array()));
    assertTrue(e.getMessage().contains("declares 4294967296"), e.getMessage());
  }

  @Test
  void parse_nesting1000Deep_errorNotStackOverflow() {
    byte[] inner = JumbfWriter.box(Box.CBOR, new byte[0]);
    for (int i = 0; i < 1000; i++) {
      inner = JumbfWriter.superbox(C2paUuid.CBOR, "n", null, inner);
    }
    byte[] deep = inner;
    JumbfException e = assertThrows(JumbfException.class, () -> JumbfReader.parse(deep));
    assertTrue(e.getMessage().contains("nesting"), e.getMessage());
  }

  @Test
  void parse_unterminatedLabel_error() {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.writeBytes(C2paUuid.STORE);
    p.write(0x03);
    p.writeBytes("c2pa".getBytes()); // no NUL
    byte[] jumd = JumbfWriter.box(Box.JUMD, p.toByteArray());
    byte[] b = JumbfWriter.box(Box.JUMB, jumd);
    assertThrows(JumbfException.class, () -> JumbfReader.parse(b));
  }
}
