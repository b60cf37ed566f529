package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XMP in JPEG APP1 segments (XMP Specification Part 3 §1.1.3). Main packet payload: {@code
 * "http://ns.adobe.com/xap/1.0/\0" | packet}, at most {@value #MAX_MAIN_PACKET} bytes. Extended XMP
 * payload: {@code "http://ns.adobe.com/xmp/extension/\0" | GUID (32 hex chars) | full length u32 |
 * offset u32 | portion}.
 */
public final class JpegXmp {
  private static final String MAIN_NS = "http://ns.adobe.com/xap/1.0/";
  private static final String EXT_NS = "http://ns.adobe.com/xmp/extension/";
  private static final int MAIN_HEADER = MAIN_NS.length() + 1;
  private static final int EXT_HEADER = EXT_NS.length() + 1 + 32 + 8;

  /** The largest main packet one APP1 segment holds: 65535 - 2 (Lp) - 29 (namespace). */
  public static final int MAX_MAIN_PACKET = 65535 - 2 - MAIN_HEADER;

  /** Extended XMP beyond this is not read. */
  private static final long MAX_EXTENDED = 16L << 20;

  private JpegXmp() {}

  /** The APP1 segments that hold a main XMP packet (normally one). */
  public static List<JpegSegment> mainSegments(AssetSource source, JpegLayout layout)
      throws IOException {
    List<JpegSegment> out = new ArrayList<>();
    for (JpegSegment s : layout.segments()) {
      if (s.marker() == JpegSegment.APP1 && s.contentLength() >= MAIN_HEADER) {
        byte[] head = source.read(s.contentOffset(), MAIN_HEADER);
        // c2pa-rs also accepts a space where the NUL belongs
        if (WireInts.matches(head, 0, MAIN_NS)
            && (head[MAIN_HEADER - 1] == 0 || head[MAIN_HEADER - 1] == ' ')) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The first main packet, if any. */
  public static Optional<byte[]> readMain(AssetSource source, JpegLayout layout)
      throws IOException {
    List<JpegSegment> main = mainSegments(source, layout);
    if (main.isEmpty()) {
      return Optional.empty();
    }
    JpegSegment s = main.get(0);
    return Optional.of(
        source.read(s.contentOffset() + MAIN_HEADER, s.contentLength() - MAIN_HEADER));
  }

  /**
   * The extended XMP with {@code guid}, reassembled from its portions; empty when absent or
   * incomplete.
   */
  public static Optional<byte[]> readExtended(AssetSource source, JpegLayout layout, String guid)
      throws ProvenanceException, IOException {
    byte[] whole = null;
    long filled = 0;
    for (JpegSegment s : layout.segments()) {
      if (s.marker() != JpegSegment.APP1 || s.contentLength() < EXT_HEADER) {
        continue;
      }
      byte[] head = source.read(s.contentOffset(), EXT_HEADER);
      if (!WireInts.matches(head, 0, EXT_NS + "\0")
          || !WireInts.matches(head, EXT_NS.length() + 1, guid)) {
        continue;
      }
      long full = WireInts.u32be(head, EXT_NS.length() + 33);
      long offset = WireInts.u32be(head, EXT_NS.length() + 37);
      int portion = s.contentLength() - EXT_HEADER;
      if (full > MAX_EXTENDED || full > source.size()) {
        throw new ProvenanceException(
            "JPEG: extended XMP at offset "
                + s.offset()
                + " declares "
                + full
                + " bytes, too many");
      }
      if (offset + portion > full) {
        throw new ProvenanceException(
            "JPEG: extended XMP portion at offset "
                + s.offset()
                + " runs past its declared length");
      }
      if (whole == null) {
        whole = new byte[(int) full];
      } else if (whole.length != full) {
        throw new ProvenanceException("JPEG: extended XMP portions disagree on the full length");
      }
      source.readFully(s.contentOffset() + EXT_HEADER, whole, (int) offset, portion);
      filled += portion;
    }
    if (whole == null || filled < whole.length) {
      return Optional.empty();
    }
    return Optional.of(whole);
  }

  /**
   * An APP1 segment holding {@code packet} as the main XMP.
   *
   * @throws ProvenanceException when the packet is larger than one segment holds
   */
  public static byte[] segment(byte[] packet) throws ProvenanceException {
    if (packet.length > MAX_MAIN_PACKET) {
      throw new ProvenanceException(
          "JPEG: XMP packet of "
              + packet.length
              + " bytes exceeds the "
              + MAX_MAIN_PACKET
              + "-byte limit of one APP1 segment (extended XMP is not written)");
    }
    byte[] seg = new byte[4 + MAIN_HEADER + packet.length];
    seg[0] = (byte) 0xFF;
    seg[1] = (byte) JpegSegment.APP1;
    WireInts.putU16be(seg, 2, 2 + MAIN_HEADER + packet.length);
    byte[] ns = MAIN_NS.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ns, 0, seg, 4, ns.length);
    seg[4 + ns.length] = 0;
    System.arraycopy(packet, 0, seg, 4 + MAIN_HEADER, packet.length);
    return seg;
  }
}
