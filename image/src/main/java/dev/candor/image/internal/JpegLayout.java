package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The header segments of a JPEG file, from SOI up to and including the SOS header (ITU T.81
 * §B.1.1). Everything after the SOS header (entropy-coded data, further tables and scans, EOI) is
 * the tail, which containers copy verbatim.
 *
 * @param segments the header segments in file order (SOI itself excluded)
 * @param tailOffset the offset of the first byte after the last header segment
 */
public record JpegLayout(List<JpegSegment> segments, long tailOffset) {

  /** Marker segments without a length field: TEM, RST0..RST7, SOI, EOI (T.81 §B.1.1.3). */
  private static boolean isStandalone(int marker) {
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9);
  }

  /** Copies the segment list. */
  public JpegLayout {
    segments = List.copyOf(segments);
  }

  /**
   * Walks the header segments, checking every declared length against the file size.
   *
   * @throws ProvenanceException when SOI is missing, a length runs past the end, or the file ends
   *     before the start of scan
   */
  public static JpegLayout read(AssetSource source) throws ProvenanceException, IOException {
    long size = source.size();
    if (size < 4) {
      throw new ProvenanceException("JPEG: file of " + size + " bytes is too short to be a JPEG");
    }
    byte[] head = source.read(0, 2);
    if ((head[0] & 0xff) != 0xFF || (head[1] & 0xff) != 0xD8) {
      throw new ProvenanceException("JPEG: missing SOI marker (FF D8) at offset 0");
    }
    List<JpegSegment> segments = new ArrayList<>();
    long pos = 2;
    byte[] one = new byte[1];
    byte[] two = new byte[2];
    while (true) {
      if (pos >= size) {
        throw new ProvenanceException(
            "JPEG: truncated, the file ends at offset " + size + " before the start of scan (SOS)");
      }
      source.readFully(pos, one, 0, 1);
      if ((one[0] & 0xff) != 0xFF) {
        throw new ProvenanceException(
            String.format("JPEG: expected a marker (FF) at offset %d, found 0x%02X", pos, one[0]));
      }
      long ff = pos;
      int marker;
      do { // fill bytes: any number of FF before the marker code (T.81 §B.1.1.2)
        ff = pos;
        pos++;
        if (pos >= size) {
          throw new ProvenanceException("JPEG: truncated inside a marker at offset " + ff);
        }
        source.readFully(pos, one, 0, 1);
        marker = one[0] & 0xff;
      } while (marker == 0xFF);
      pos++;
      if (marker == 0x00) {
        throw new ProvenanceException("JPEG: invalid marker FF 00 at offset " + ff);
      }
      if (isStandalone(marker)) {
        segments.add(new JpegSegment(marker, ff, 2));
        if (marker == JpegSegment.EOI) {
          return new JpegLayout(segments, pos);
        }
        continue;
      }
      if (pos + 2 > size) {
        throw new ProvenanceException(
            String.format(
                "JPEG: truncated, marker FF %02X at offset %d has no length", marker, ff));
      }
      source.readFully(pos, two, 0, 2);
      int lp = WireInts.u16be(two, 0);
      if (lp < 2) {
        throw new ProvenanceException(
            String.format(
                "JPEG: marker FF %02X at offset %d declares length %d (< 2)", marker, ff, lp));
      }
      if (pos + lp > size) {
        throw new ProvenanceException(
            String.format(
                "JPEG: marker FF %02X at offset %d declares length %d, past the end of the file"
                    + " (%d bytes)",
                marker, ff, lp, size));
      }
      segments.add(new JpegSegment(marker, ff, 2L + lp));
      pos += lp;
      if (marker == JpegSegment.SOS) {
        return new JpegLayout(segments, pos);
      }
    }
  }
  /**
   * Checks that the data after the header segments, from {@code from} on, reaches an end-of-image
   * marker (FF D9). The JDK's decoder fills the rows of a truncated JPEG with grey instead of
   * failing, so a caller about to write decoded pixels back must ask first. Walks the entropy-coded
   * data (stuffed FF 00, restart markers and fill bytes skipped) and the marker segments between
   * scans (tables, the further scans of a progressive file), checking each declared length against
   * the file size. Bytes after EOI (which some cameras append) are allowed.
   *
   * @throws ProvenanceException when the file ends before EOI or a segment's length runs past it
   */
  public static void requireEnd(byte[] jpeg, long from) throws ProvenanceException {
    int n = jpeg.length;
    int pos = (int) Math.min(from, n);
    while (pos < n) {
      if (jpeg[pos] != (byte) 0xFF) {
        pos++;
        continue;
      }
      int code = pos + 1;
      while (code < n && jpeg[code] == (byte) 0xFF) {
        code++;
      }
      if (code >= n) {
        break;
      }
      int marker = jpeg[code] & 0xff;
      if (marker == JpegSegment.EOI) {
        return;
      }
      if (marker == 0x00 || isStandalone(marker)) {
        pos = code + 1;
        continue;
      }
      if (code + 3 > n) {
        break;
      }
      int lp = WireInts.u16be(jpeg, code + 1);
      if (lp < 2 || (long) code + 1 + lp > n) {
        throw new ProvenanceException(
            String.format(
                "JPEG: marker FF %02X at offset %d declares length %d, past the end of the file"
                    + " (%d bytes)",
                marker, code - 1, lp, n));
      }
      pos = code + 1 + lp;
    }
    throw new ProvenanceException(
        "JPEG: truncated, the image data ends at offset " + n
            + " without an end-of-image marker (FF D9)");
  }
}
