package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An XMP packet as a DOM (XMP Specification Part 1 §7, RDF/XML), parsed with DOCTYPEs refused and
 * no external entities, so a hostile packet cannot reach files or the network.
 *
 * <p>Simple properties are read whether written as attributes of {@code rdf:Description}, as
 * element text, as {@code rdf:resource}, or as the first (x-default) item of an array.
 */
public final class XmpDocument {
  /** RDF. */
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  private static final String X = "adobe:ns:meta/";
  private static final int MAX_PACKET = 16 << 20;
  private static final String XPACKET_BEGIN =
      "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>";
  private static final String XPACKET_END = "<?xpacket end=\"w\"?>";

  // Made once: looking a factory up costs about a millisecond, more than the rest of a label
  // outside hashing. Factories are not thread-safe, so making parsers is locked.
  private static final DocumentBuilderFactory BUILDERS = builderFactory();

  private final Document doc;

  private XmpDocument(Document doc) {
    this.doc = doc;
  }

  /**
   * Parses a packet.
   *
   * @throws ProvenanceException when the packet is not well-formed XML, has a DOCTYPE, is too
   *     large, or has no {@code rdf:RDF}
   */
  public static XmpDocument parse(byte[] packet) throws ProvenanceException {
    if (packet.length > MAX_PACKET) {
      throw new ProvenanceException("XMP: packet of " + packet.length + " bytes is too large");
    }
    int end = packet.length;
    while (end > 0 && packet[end - 1] != '>') { // padding, NULs after the trailer
      end--;
    }
    try {
      Document doc = builder().parse(new ByteArrayInputStream(packet, 0, end));
      XmpDocument x = new XmpDocument(doc);
      x.rdf();
      return x;
    } catch (SAXException e) {
      throw new ProvenanceException("XMP: packet is not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ProvenanceException("XMP: packet cannot be read: " + e.getMessage(), e);
    }
  }

  /** An empty packet: {@code x:xmpmeta / rdf:RDF / rdf:Description rdf:about=""}. */
  public static XmpDocument empty() {
    try {
      Document doc = builder().newDocument();
      Element meta = doc.createElementNS(X, "x:xmpmeta");
      meta.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:x", X);
      Element rdf = doc.createElementNS(RDF, "rdf:RDF");
      rdf.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:rdf", RDF);
      meta.appendChild(rdf);
      doc.appendChild(meta);
      return new XmpDocument(doc);
    } catch (ProvenanceException e) {
      throw new IllegalStateException("JDK XML parser unavailable", e);
    }
  }

  /** The value of a simple property, from the first description that has it. */
  public String get(String ns, String local) throws ProvenanceException {
    NodeList ds = rdf().getElementsByTagNameNS(RDF, "Description");
    for (int i = 0; i < ds.getLength(); i++) {
      Element d = (Element) ds.item(i);
      Attr a = d.getAttributeNodeNS(ns, local);
      if (a != null) {
        return a.getValue();
      }
      for (Node n = d.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e
            && ns.equals(e.getNamespaceURI())
            && local.equals(e.getLocalName())) {
          return valueOf(e);
        }
      }
    }
    return null;
  }

  private static String valueOf(Element e) {
    String resource = e.getAttributeNS(RDF, "resource");
    if (!resource.isEmpty()) {
      return resource;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element array && RDF.equals(array.getNamespaceURI())) {
        NodeList items = array.getElementsByTagNameNS(RDF, "li");
        for (int i = 0; i < items.getLength(); i++) {
          Element li = (Element) items.item(i);
          if ("x-default".equals(li.getAttributeNS(XMLConstants.XML_NS_URI, "lang"))) {
            return li.getTextContent();
          }
        }
        return items.getLength() > 0 ? items.item(0).getTextContent() : null;
      }
    }
    return e.getTextContent();
  }

  /**
   * Sets a simple text property: removes it from every description (attribute or element form) and
   * adds it as an element of the first top-level description.
   */
  public void set(String ns, String prefix, String local, String value) throws ProvenanceException {
    Element rdf = rdf();
    NodeList ds = rdf.getElementsByTagNameNS(RDF, "Description");
    for (int i = 0; i < ds.getLength(); i++) {
      Element d = (Element) ds.item(i);
      d.removeAttributeNS(ns, local);
      Node n = d.getFirstChild();
      while (n != null) {
        Node next = n.getNextSibling();
        if (n instanceof Element e
            && ns.equals(e.getNamespaceURI())
            && local.equals(e.getLocalName())) {
          d.removeChild(n);
        }
        n = next;
      }
    }
    Element target = firstDescription(rdf);
    Element prop = doc.createElementNS(ns, prefix + ":" + local);
    String bound = target.lookupNamespaceURI(prefix);
    if (bound == null) {
      target.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, ns);
    } else if (!bound.equals(ns)) {
      prop.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, ns);
    }
    prop.setTextContent(value);
    target.appendChild(prop);
  }

  private Element firstDescription(Element rdf) {
    for (Node n = rdf.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && RDF.equals(e.getNamespaceURI())
          && "Description".equals(e.getLocalName())) {
        return e;
      }
    }
    Element d = doc.createElementNS(RDF, "rdf:Description");
    d.setAttributeNS(RDF, "rdf:about", "");
    rdf.appendChild(d);
    return d;
  }

  private Element rdf() throws ProvenanceException {
    NodeList l = doc.getElementsByTagNameNS(RDF, "RDF");
    if (l.getLength() == 0) {
      throw new ProvenanceException("XMP: packet has no rdf:RDF element");
    }
    return (Element) l.item(0);
  }

  /** The packet: the root element wrapped in a fresh {@code xpacket} header and trailer, UTF-8. */
  public byte[] serialize() {
    return (XPACKET_BEGIN + XmlWriter.write(doc.getDocumentElement()) + XPACKET_END)
        .getBytes(StandardCharsets.UTF_8);
  }

  // A DocumentBuilder is not thread-safe but can be reused after reset(); one per labelling thread
  // (making one costs more than parsing a small packet).
  private static final ThreadLocal<DocumentBuilder> BUILDER =
      ThreadLocal.withInitial(XmpDocument::newBuilder);

  private static DocumentBuilder builder() throws ProvenanceException {
    DocumentBuilder b = BUILDER.get();
    if (b == null) {
      BUILDER.remove();
      throw new ProvenanceException("XMP: the JDK XML parser cannot be configured safely");
    }
    b.reset();
    b.setErrorHandler(STRICT);
    return b;
  }

  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private static DocumentBuilder newBuilder() {
    if (BUILDERS == null) {
      return null;
    }
    try {
      synchronized (BUILDERS) {
        return BUILDERS.newDocumentBuilder();
      }
    } catch (ParserConfigurationException e) {
      return null;
    }
  }

  private static DocumentBuilderFactory builderFactory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (ParserConfigurationException e) {
      return null; // every parse then fails with a ProvenanceException
    }
  }
}
