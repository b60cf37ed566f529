package dev.candor.image;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.PlanRanges;
import dev.candor.image.internal.PngChunk;
import dev.candor.image.internal.PngLayout;
import dev.candor.image.internal.PngStoreFraming;
import dev.candor.image.internal.PngXmp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PNG with C2PA manifest stores in {@code caBX} chunks (C2PA 2.2 §A.3.2). Every chunk's CRC is
 * checked when reading.
 *
 * <p>The slot goes right after IHDR (offset 33), as c2pa-rs puts it; a new XMP {@code iTXt} chunk
 * goes right after the slot, before any image data.
 */
public final class PngFormat implements ImageAssetFormat {

  /** The media type. */
  public static final String MEDIA_TYPE = "image/png";

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public boolean recognizes(byte[] head) {
    return head.length >= 8
        && (head[0] & 0xff) == 0x89
        && head[1] == 'P'
        && head[2] == 'N'
        && head[3] == 'G'
        && head[4] == '\r'
        && head[5] == '\n'
        && head[6] == 0x1A
        && head[7] == '\n';
  }

  /** {@inheritDoc} Each store's framing is its whole chunk, length field to CRC. */
  @Override
  public List<EmbeddedStore> findStores(AssetSource source)
      throws ProvenanceException, IOException {
    PngLayout layout = PngLayout.read(source);
    List<EmbeddedStore> out = new ArrayList<>();
    for (PngChunk c : layout.chunks()) {
      if (c.type().equals(PngStoreFraming.TYPE)) {
        out.add(
            new EmbeddedStore(
                source.read(c.dataOffset(), (int) c.dataLength()),
                List.of(new ByteRange(c.offset(), c.length()))));
      }
    }
    return out;
  }

  @Override
  public EmbedPlan planEmbedding(AssetSource source, byte[] xmpPacket)
      throws ProvenanceException, IOException {
    PngLayout layout = PngLayout.read(source);
    List<ByteRange> removed = new ArrayList<>();
    for (PngChunk c : layout.chunks()) {
      if (c.type().equals(PngStoreFraming.TYPE) || (xmpPacket != null && PngXmp.isXmp(source, c))) {
        removed.add(new ByteRange(c.offset(), c.length()));
      }
    }
    long slotAt = layout.chunks().get(0).end();
    EmbedPlan.Builder plan = EmbedPlan.builder(MEDIA_TYPE);
    plan.copy(0, slotAt);
    plan.slot(new PngStoreFraming());
    if (xmpPacket != null) {
      plan.insert(PngXmp.chunk(xmpPacket));
    }
    PlanRanges.copyExcept(plan, slotAt, source.size(), removed);
    return plan.build();
  }

  @Override
  public Optional<byte[]> readXmpPacket(AssetSource source)
      throws ProvenanceException, IOException {
    return PngXmp.read(source, PngLayout.read(source));
  }
}
