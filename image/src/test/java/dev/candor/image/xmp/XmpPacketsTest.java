package dev.candor.image.xmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.DigitalSourceType;
import dev.candor.core.ProvenanceException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmpPacketsTest {
  static final IptcAiFields FIELDS =
      IptcAiFields.builder()
          .digitalSourceType(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
          .aiSystemUsed("Example Diffusion")
          .aiSystemVersionUsed("2.1")
          .aiPromptInformation("a lighthouse at dusk <oil painting> & gulls")
          .aiPromptWriterName("Jane Doe")
          .provenance("https://example.com/manifests/1")
          .build();

  private static final String EXISTING =
      "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
          + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
          + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
          + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
          + " xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\""
          + " xmp:CreatorTool=\"Paint 3\""
          + " Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture\"/>\n"
          + "<rdf:Description rdf:about=\"\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>Ann"
          + " Author</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>\n"
          + "                                  \n"
          + "<?xpacket end=\"w\"?>";

  @Test
  void merge_noExistingPacket_readsBackEveryField() throws Exception {
    byte[] packet = XmpPackets.merge(null, FIELDS);
    assertEquals(FIELDS, XmpPackets.read(packet));
    String text = new String(packet, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("<?xpacket begin="), text);
    assertTrue(text.endsWith("<?xpacket end=\"w\"?>"), text);
    assertTrue(text.contains("http://iptc.org/std/Iptc4xmpExt/2008-02-29/"), text);
  }

  @Test
  void merge_existingPacket_keepsOtherPropertiesAndReplacesTheSourceType() throws Exception {
    byte[] merged = XmpPackets.merge(EXISTING.getBytes(StandardCharsets.UTF_8), FIELDS);
    String text = new String(merged, StandardCharsets.UTF_8);
    assertTrue(text.contains("Paint 3"), text);
    assertTrue(text.contains("Ann Author"), text);
    assertTrue(!text.contains("digitalCapture"), text);
    assertEquals(FIELDS, XmpPackets.read(merged));
  }

  @Test
  void read_attributeForm_readsTheSourceType() throws Exception {
    IptcAiFields f = XmpPackets.read(EXISTING.getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of(DigitalSourceType.DIGITAL_CAPTURE), f.digitalSourceType());
    assertEquals(Optional.empty(), f.aiSystemUsed());
  }

  @Test
  void read_langAltAndResourceForms_readsValues() throws Exception {
    String xmp =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
            + " xmlns:I=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\"><I:DigitalSourceType"
            + " rdf:resource=\"http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia\"/><I:AIPromptInformation><rdf:Alt><rdf:li"
            + " xml:lang=\"de\">Leuchtturm</rdf:li><rdf:li"
            + " xml:lang=\"x-default\">lighthouse</rdf:li></rdf:Alt></I:AIPromptInformation>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    IptcAiFields f = XmpPackets.read(xmp.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Optional.of(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA),
        f.digitalSourceType());
    assertEquals(Optional.of("lighthouse"), f.aiPromptInformation());
  }

  @Test
  void read_doctypeWithExternalEntity_refused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">&e;</x:xmpmeta>";
    ProvenanceException e =
        assertThrows(
            ProvenanceException.class, () -> XmpPackets.read(xxe.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void read_notXml_saysNotWellFormed() {
    ProvenanceException e =
        assertThrows(
            ProvenanceException.class,
            () -> XmpPackets.read("<x:xmpmeta><rdf:RDF>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("XMP: packet is not well-formed"), e.getMessage());
  }

  @Test
  void read_noRdf_saysSo() {
    ProvenanceException e =
        assertThrows(
            ProvenanceException.class,
            () -> XmpPackets.read("<a/>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("rdf:RDF"), e.getMessage());
  }
}
