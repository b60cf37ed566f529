package dev.candor.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.JpegFormat;
import dev.candor.image.TestAssets;
import dev.candor.image.xmp.IptcAiFields;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JpegXmpTest {
  private static final String GUID = "0123456789ABCDEF0123456789ABCDEF";
  private static final String RDF_OPEN =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
          + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
          + " rdf:about=\"\" ";

  @Test
  void readXmp_extendedXmp_fieldsFromBothPackets() throws Exception {
    String main =
        RDF_OPEN
            + "xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\""
            + " xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\""
            + " xmpNote:HasExtendedXMP=\""
            + GUID
            + "\" Iptc4xmpExt:AISystemUsed=\"Main Model\"/></rdf:RDF></x:xmpmeta>";
    String ext =
        RDF_OPEN
            + "xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\">"
            + "<Iptc4xmpExt:AIPromptInformation>"
            + "a very long prompt ".repeat(50)
            + "</Iptc4xmpExt:AIPromptInformation>"
            + "<Iptc4xmpExt:AISystemUsed>Shadowed</Iptc4xmpExt:AISystemUsed>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    byte[] extBytes = ext.getBytes(StandardCharsets.UTF_8);
    int half = extBytes.length / 2;

    byte[] base = TestAssets.image("jpg", 16, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(base, 0, 20);
    out.write(JpegXmp.segment(main.getBytes(StandardCharsets.UTF_8)));
    out.write(extension(extBytes, half, extBytes.length - half)); // portions out of order
    out.write(extension(extBytes, 0, half));
    out.write(base, 20, base.length - 20);

    IptcAiFields f = new JpegFormat().readXmp(AssetSource.of(out.toByteArray())).orElseThrow();
    assertEquals(Optional.of("Main Model"), f.aiSystemUsed());
    assertTrue(f.aiPromptInformation().orElseThrow().startsWith("a very long prompt"));
  }

  @Test
  void segment_packetOverOneSegment_refused() {
    ProvenanceException e =
        assertThrows(
            ProvenanceException.class,
            () -> JpegXmp.segment(new byte[JpegXmp.MAX_MAIN_PACKET + 1]));
    assertTrue(e.getMessage().contains("65504-byte limit"), e.getMessage());
  }

  /** An extended-XMP APP1 segment carrying {@code len} bytes of {@code ext} from {@code off}. */
  private static byte[] extension(byte[] ext, int off, int len) {
    byte[] ns = "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.US_ASCII);
    int content = ns.length + 32 + 8 + len;
    byte[] seg = new byte[4 + content];
    seg[0] = (byte) 0xFF;
    seg[1] = (byte) 0xE1;
    WireInts.putU16be(seg, 2, 2 + content);
    System.arraycopy(ns, 0, seg, 4, ns.length);
    System.arraycopy(GUID.getBytes(StandardCharsets.US_ASCII), 0, seg, 4 + ns.length, 32);
    WireInts.putU32be(seg, 4 + ns.length + 32, ext.length);
    WireInts.putU32be(seg, 4 + ns.length + 36, off);
    System.arraycopy(ext, off, seg, 4 + ns.length + 40, len);
    return seg;
  }
}
