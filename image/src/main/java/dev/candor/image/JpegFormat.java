package dev.candor.image;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.JpegC2paStore;
import dev.candor.image.internal.JpegLayout;
import dev.candor.image.internal.JpegSegment;
import dev.candor.image.internal.JpegStoreFraming;
import dev.candor.image.internal.JpegXmp;
import dev.candor.image.internal.PlanRanges;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.image.xmp.XmpPackets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JPEG (ITU T.81 / JFIF) with C2PA manifest stores in APP11 JPEG XT segments (C2PA 2.2 §A.3.1).
 *
 * <p>The slot goes where c2pa-rs puts it: right after the first segment following SOI when that is
 * an APPn (JFIF APP0 or Exif APP1, which their specs require first), else right after SOI. A new
 * XMP packet goes in an APP1 segment right after the slot.
 */
public final class JpegFormat implements ImageAssetFormat {

  /** The media type. */
  public static final String MEDIA_TYPE = "image/jpeg";

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public boolean recognizes(byte[] head) {
    return head.length >= 3
        && (head[0] & 0xff) == 0xFF
        && (head[1] & 0xff) == 0xD8
        && (head[2] & 0xff) == 0xFF;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each store's framing is one range when its segments are contiguous and in order, else one
   * range per segment, which no single-range exclusion can match.
   */
  @Override
  public List<EmbeddedStore> findStores(AssetSource source)
      throws ProvenanceException, IOException {
    JpegLayout layout = JpegLayout.read(source);
    List<EmbeddedStore> out = new ArrayList<>();
    for (JpegC2paStore store : JpegC2paStore.find(source, layout)) {
      out.add(store.read(source));
    }
    return out;
  }

  @Override
  public EmbedPlan planEmbedding(AssetSource source, byte[] xmpPacket)
      throws ProvenanceException, IOException {
    JpegLayout layout = JpegLayout.read(source);
    List<ByteRange> removed = new ArrayList<>();
    for (JpegC2paStore store : JpegC2paStore.find(source, layout)) {
      for (JpegSegment s : store.segments()) {
        removed.add(new ByteRange(s.offset(), s.length()));
      }
    }
    byte[] xmpSegment = null;
    if (xmpPacket != null) {
      xmpSegment = JpegXmp.segment(xmpPacket);
      for (JpegSegment s : JpegXmp.mainSegments(source, layout)) {
        removed.add(new ByteRange(s.offset(), s.length()));
      }
    }
    long slotAt = 2;
    for (JpegSegment s : layout.segments()) {
      if (PlanRanges.contains(removed, s.offset())) {
        continue;
      }
      if (s.isApp()) {
        slotAt = s.end();
      }
      break;
    }
    EmbedPlan.Builder plan = EmbedPlan.builder(MEDIA_TYPE);
    PlanRanges.copyExcept(plan, 0, slotAt, removed);
    plan.slot(new JpegStoreFraming());
    if (xmpSegment != null) {
      plan.insert(xmpSegment);
    }
    PlanRanges.copyExcept(plan, slotAt, source.size(), removed);
    return plan.build();
  }

  @Override
  public Optional<byte[]> readXmpPacket(AssetSource source)
      throws ProvenanceException, IOException {
    return JpegXmp.readMain(source, JpegLayout.read(source));
  }

  /**
   * {@inheritDoc}
   *
   * <p>When the main packet names extended XMP ({@code xmpNote:HasExtendedXMP}), fields missing
   * from the main packet are taken from the reassembled extension with that GUID.
   */
  @Override
  public Optional<IptcAiFields> readXmp(AssetSource source)
      throws ProvenanceException, IOException {
    JpegLayout layout = JpegLayout.read(source);
    Optional<byte[]> main = JpegXmp.readMain(source, layout);
    if (main.isEmpty()) {
      return Optional.empty();
    }
    IptcAiFields fields = XmpPackets.read(main.get());
    Optional<String> guid = XmpPackets.extendedXmpGuid(main.get());
    if (guid.isPresent()) {
      Optional<byte[]> ext = JpegXmp.readExtended(source, layout, guid.get());
      if (ext.isPresent()) {
        fields = fields.orElse(XmpPackets.read(ext.get()));
      }
    }
    return Optional.of(fields);
  }
}
