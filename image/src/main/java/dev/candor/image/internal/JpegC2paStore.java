package dev.candor.image.internal;

import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbeddedStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A C2PA manifest store carried in JPEG XT APP11 segments (ISO 19566-5 via C2PA 2.2 §A.3.1).
 *
 * <p>Each segment's payload: {@code CI "JP" (2) | En u16 box instance | Z u32 packet sequence | box
 * bytes}. Z=1 carries the superbox from its start (LBox, TBox, ...); Z&gt;1 repeats LBox and TBox
 * (and XLBox when LBox is 1) before the next bytes. A store is recognized by {@code c2pa}, the
 * first four bytes of the jumd UUID, at payload offset 24 of its Z=1 segment (as c2pa-rs does), or
 * 32 when the superbox has an XLBox.
 *
 * @param en the box instance number shared by the segments
 * @param segments the segments in file order
 * @param sequence each segment's Z, parallel to {@code segments}
 */
public record JpegC2paStore(int en, List<JpegSegment> segments, List<Long> sequence) {
  /** Payload offset of the JUMBF box in a Z=1 segment: CI, En, Z. */
  static final int XT_HEADER = 8;

  /** Copies the lists. */
  public JpegC2paStore {
    segments = List.copyOf(segments);
    sequence = List.copyOf(sequence);
  }

  /** Groups the C2PA APP11 segments of a JPEG into stores, in file order of their first segment. */
  public static List<JpegC2paStore> find(AssetSource source, JpegLayout layout) throws IOException {
    List<Builder> stores = new ArrayList<>();
    Map<Integer, Builder> open = new LinkedHashMap<>();
    for (JpegSegment s : layout.segments()) {
      if (s.marker() != JpegSegment.APP11 || s.contentLength() <= 16) {
        continue;
      }
      byte[] head = source.read(s.contentOffset(), Math.min(36, s.contentLength()));
      if (!WireInts.matches(head, 0, "JP")) {
        continue;
      }
      int en = WireInts.u16be(head, 2);
      long z = WireInts.u32be(head, 4);
      if (z == 1 && isC2paSuperbox(head)) {
        Builder b = new Builder(en);
        b.add(s, z);
        stores.add(b);
        open.put(en, b);
      } else if (z > 1 && open.containsKey(en)) {
        open.get(en).add(s, z);
      }
    }
    List<JpegC2paStore> out = new ArrayList<>();
    for (Builder b : stores) {
      out.add(new JpegC2paStore(b.en, b.segments, b.sequence));
    }
    return out;
  }

  /**
   * Whether a Z=1 payload starts a C2PA superbox: the jumd UUID begins with {@code c2pa} at payload
   * offset 24, or 32 when the superbox uses an XLBox.
   */
  private static boolean isC2paSuperbox(byte[] head) {
    boolean xlBox = head.length >= 12 && WireInts.u32be(head, XT_HEADER) == 1;
    return WireInts.matches(head, xlBox ? 32 : 24, "c2pa");
  }

  /** Whether the segments are contiguous and numbered 1, 2, 3... in file order. */
  public boolean isRegular() {
    for (int i = 0; i < segments.size(); i++) {
      if (sequence.get(i) != i + 1) {
        return false;
      }
      if (i > 0 && segments.get(i).offset() != segments.get(i - 1).end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The framing: one range over the whole run when regular, else each segment on its own, so a hard
   * binding that excludes one range cannot match an irregular store.
   */
  public List<ByteRange> framing() {
    if (isRegular()) {
      JpegSegment first = segments.get(0);
      JpegSegment last = segments.get(segments.size() - 1);
      return List.of(new ByteRange(first.offset(), last.end() - first.offset()));
    }
    List<ByteRange> ranges = new ArrayList<>();
    for (JpegSegment s : segments) {
      ranges.add(new ByteRange(s.offset(), s.length()));
    }
    return ranges;
  }

  /** Reassembles the store bytes in Z order, dropping the repeated box header of Z&gt;1. */
  public EmbeddedStore read(AssetSource source) throws IOException {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong(sequence::get));
    JpegSegment first = segments.get(order.get(0));
    byte[] firstPayload = source.read(first.contentOffset(), first.contentLength());
    int repeated = WireInts.u32be(firstPayload, XT_HEADER) == 1 ? 16 : 8;
    var store = new java.io.ByteArrayOutputStream(segments.size() * 64_000);
    store.write(firstPayload, XT_HEADER, firstPayload.length - XT_HEADER);
    for (int i = 1; i < order.size(); i++) {
      JpegSegment s = segments.get(order.get(i));
      int skip = XT_HEADER + repeated;
      if (s.contentLength() > skip) {
        store.write(
            source.read(s.contentOffset() + skip, s.contentLength() - skip),
            0,
            s.contentLength() - skip);
      }
    }
    return new EmbeddedStore(store.toByteArray(), framing());
  }

  private static final class Builder {
    final int en;
    final List<JpegSegment> segments = new ArrayList<>();
    final List<Long> sequence = new ArrayList<>();

    Builder(int en) {
      this.en = en;
    }

    void add(JpegSegment s, long z) {
      segments.add(s);
      sequence.add(z);
    }
  }
}
