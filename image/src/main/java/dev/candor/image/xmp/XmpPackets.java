package dev.candor.image.xmp;

import dev.candor.core.ProvenanceException;
import dev.candor.image.internal.XmpDocument;
import java.util.Optional;

/**
 * Reads and writes the IPTC AI fields of XMP packets, keeping every other property of an existing
 * packet. Parsing refuses DOCTYPEs and external entities.
 *
 * <pre>{@code
 * byte[] packet = XmpPackets.merge(format.readXmpPacket(src).orElse(null), fields);
 * EmbedPlan plan = format.planEmbedding(src, packet);
 * }</pre>
 */
public final class XmpPackets {
  /** The IPTC Extension namespace. */
  public static final String IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";

  /** The DCMI terms namespace ({@code dcterms:provenance}). */
  public static final String DCTERMS = "http://purl.org/dc/terms/";

  /** The XMP note namespace ({@code xmpNote:HasExtendedXMP}). */
  public static final String XMP_NOTE = "http://ns.adobe.com/xmp/note/";

  /** The XMP TIFF namespace ({@code tiff:Orientation}). */
  public static final String TIFF = "http://ns.adobe.com/tiff/1.0/";

  private XmpPackets() {}

  /**
   * The AI fields of a packet; fields it lacks are empty.
   *
   * @throws ProvenanceException when the packet is not well-formed RDF/XML
   */
  public static IptcAiFields read(byte[] packet) throws ProvenanceException {
    XmpDocument x = XmpDocument.parse(packet);
    return IptcAiFields.builder()
        .digitalSourceTypeUri(x.get(IPTC_EXT, "DigitalSourceType"))
        .aiSystemUsed(x.get(IPTC_EXT, "AISystemUsed"))
        .aiSystemVersionUsed(x.get(IPTC_EXT, "AISystemVersionUsed"))
        .aiPromptInformation(x.get(IPTC_EXT, "AIPromptInformation"))
        .aiPromptWriterName(x.get(IPTC_EXT, "AIPromptWriterName"))
        .provenance(x.get(DCTERMS, "provenance"))
        .build();
  }

  /**
   * A packet with the set fields of {@code fields} written over {@code existing} (or over an empty
   * packet when null); every other property of {@code existing} is kept.
   *
   * @throws ProvenanceException when {@code existing} is not well-formed RDF/XML
   */
  public static byte[] merge(byte[] existing, IptcAiFields fields) throws ProvenanceException {
    XmpDocument x = existing == null ? XmpDocument.empty() : XmpDocument.parse(existing);
    set(x, IPTC_EXT, "Iptc4xmpExt", "DigitalSourceType", fields.digitalSourceTypeUri());
    set(x, IPTC_EXT, "Iptc4xmpExt", "AISystemUsed", fields.aiSystemUsed());
    set(x, IPTC_EXT, "Iptc4xmpExt", "AISystemVersionUsed", fields.aiSystemVersionUsed());
    set(x, IPTC_EXT, "Iptc4xmpExt", "AIPromptInformation", fields.aiPromptInformation());
    set(x, IPTC_EXT, "Iptc4xmpExt", "AIPromptWriterName", fields.aiPromptWriterName());
    set(x, DCTERMS, "dcterms", "provenance", fields.provenance());
    return x.serialize();
  }

  /**
   * {@code packet} for pixels turned upright: {@code tiff:Orientation} set to 1 where it is given,
   * every other property kept.
   *
   * @throws ProvenanceException when {@code packet} is not well-formed RDF/XML
   */
  public static byte[] upright(byte[] packet) throws ProvenanceException {
    XmpDocument x = XmpDocument.parse(packet);
    if (x.get(TIFF, "Orientation") == null) {
      return packet;
    }
    x.set(TIFF, "tiff", "Orientation", "1");
    return x.serialize();
  }

  /**
   * The GUID of the extended XMP a JPEG main packet points to ({@code xmpNote:HasExtendedXMP}).
   *
   * @throws ProvenanceException when the packet is not well-formed RDF/XML
   */
  public static Optional<String> extendedXmpGuid(byte[] packet) throws ProvenanceException {
    String guid = XmpDocument.parse(packet).get(XMP_NOTE, "HasExtendedXMP");
    return guid != null && guid.length() == 32 ? Optional.of(guid) : Optional.empty();
  }

  private static void set(
      XmpDocument x, String ns, String prefix, String local, Optional<String> value)
      throws ProvenanceException {
    if (value.isPresent()) {
      x.set(ns, prefix, local, value.get());
    }
  }
}
