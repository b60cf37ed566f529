package dev.candor.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The XMP serialiser: what it writes parses back to the same tree. */
class XmlWriterTest {
  private static final String PACKET =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
          + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
          + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"A &amp; B &lt;c&gt; &quot;d&quot;\">"
          + "<!-- a comment --><?php nothing?>"
          + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Caf\u00e9 &lt;&amp;&gt; \"q\"\n"
          + "line\ttab</rdf:li></rdf:Alt></dc:title>"
          + "<dc:description><![CDATA[raw <b>cdata</b>]]></dc:description>"
          + "<xmp:Empty/></rdf:Description></rdf:RDF></x:xmpmeta>";

  @Test
  void write_parsedPacket_parsesBackToTheSameTree() throws Exception {
    Document doc = parse(PACKET);
    String xml = XmlWriter.write(doc.getDocumentElement());
    Document again = parse(xml);
    doc.normalizeDocument();
    again.normalizeDocument();
    assertTrue(
        doc.getDocumentElement().isEqualNode(again.getDocumentElement()),
        "round trip changed the tree:\n" + xml);
  }

  @Test
  void write_undeclaredPrefix_declaredWhereUsed() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    Element root = doc.createElementNS("urn:a", "a:root");
    Element child = doc.createElementNS("urn:b", "b:child");
    child.setAttributeNS("urn:c", "c:attr", "v");
    child.setTextContent("x");
    root.appendChild(child);
    doc.appendChild(root);
    String xml = XmlWriter.write(root);
    Document back = parse(xml);
    Element c = (Element) back.getDocumentElement().getFirstChild();
    assertEquals("urn:a", back.getDocumentElement().getNamespaceURI(), xml);
    assertEquals("urn:b", c.getNamespaceURI(), xml);
    assertEquals("v", c.getAttributeNS("urn:c", "attr"), xml);
  }

  @Test
  void write_controlCharacterAndAttributeWhitespace_keptParseable() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    Element root = doc.createElementNS("urn:a", "a:root");
    root.setAttributeNS("urn:a", "a:v", "one\ntwo\tthree\r");
    root.setTextContent("bell\u0007end");
    doc.appendChild(root);
    Document back = parse(XmlWriter.write(root));
    assertEquals("one\ntwo\tthree\r", back.getDocumentElement().getAttributeNS("urn:a", "v"));
    assertEquals("bell\uFFFDend", back.getDocumentElement().getTextContent());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
