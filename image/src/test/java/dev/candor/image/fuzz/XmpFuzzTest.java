package dev.candor.image.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.ProvenanceException;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.image.xmp.XmpPackets;

/**
 * Fuzz target: an XMP packet as read from an image: read the IPTC AI fields, find the extended-XMP
 * GUID, merge new fields in. Only {@link ProvenanceException} (unreadable XML) may escape; DTDs and
 * entities are refused, so no input expands.
 */
class XmpFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void read(byte[] packet) {
    try {
      IptcAiFields f = XmpPackets.read(packet);
      XmpPackets.extendedXmpGuid(packet);
      XmpPackets.merge(packet, f);
    } catch (ProvenanceException e) {
      // unreadable XMP
    }
  }
}
