package dev.candor.image;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.RiffChunk;
import dev.candor.image.internal.Vp8xHeader;
import dev.candor.image.internal.WebpLayout;
import dev.candor.image.internal.WebpStoreFraming;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * WebP with C2PA manifest stores in a RIFF {@code C2PA} chunk (C2PA 2.2 §A.3.4), placed last as
 * c2pa-rs does.
 *
 * <p>Unlike c2pa-rs, a simple-format file (a lone VP8 or VP8L chunk) is converted to the extended
 * format, because RFC 9649 allows other chunks only after a {@code VP8X} header: the new VP8X takes
 * its canvas size from the bitstream header. A new XMP packet goes in an {@code XMP } chunk before
 * the store, with the VP8X XMP flag set. The RIFF header and an odd store's pad byte depend on the
 * store length, so the plan carries them as {@link EmbedPlan.Derived} pieces.
 */
public final class WebpFormat implements ImageAssetFormat {

  /** The media type. */
  public static final String MEDIA_TYPE = "image/webp";

  private static final String XMP = "XMP ";

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public boolean recognizes(byte[] head) {
    return head.length >= 12
        && head[0] == 'R'
        && head[1] == 'I'
        && head[2] == 'F'
        && head[3] == 'F'
        && head[8] == 'W'
        && head[9] == 'E'
        && head[10] == 'B'
        && head[11] == 'P';
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each store's framing is its chunk header and data, without the pad byte (as c2pa-rs excludes
   * it).
   */
  @Override
  public List<EmbeddedStore> findStores(AssetSource source)
      throws ProvenanceException, IOException {
    WebpLayout layout = WebpLayout.read(source);
    List<EmbeddedStore> out = new ArrayList<>();
    for (RiffChunk c : layout.chunks()) {
      if (c.fourcc().equals(WebpStoreFraming.FOURCC)) {
        out.add(
            new EmbeddedStore(
                source.read(c.dataOffset(), (int) c.dataLength()),
                List.of(new ByteRange(c.offset(), c.unpaddedLength()))));
      }
    }
    return out;
  }

  @Override
  public EmbedPlan planEmbedding(AssetSource source, byte[] xmpPacket)
      throws ProvenanceException, IOException {
    WebpLayout layout = WebpLayout.read(source);
    int xmpFlag = xmpPacket != null ? Vp8xHeader.XMP : 0;
    Optional<RiffChunk> vp8x = layout.first("VP8X");
    List<Object> body = new ArrayList<>(); // byte[] to insert or RiffChunk to copy
    if (vp8x.isEmpty()) {
      body.add(Vp8xHeader.forSimple(source, layout.chunks().get(0), xmpFlag));
    }
    for (RiffChunk c : layout.chunks()) {
      if (c.fourcc().equals(WebpStoreFraming.FOURCC)
          || (xmpPacket != null && c.fourcc().equals(XMP))) {
        continue;
      }
      if (vp8x.isPresent() && c.equals(vp8x.get()) && xmpFlag != 0) {
        body.add(Vp8xHeader.withFlags(source, c, xmpFlag));
      } else {
        body.add(c);
      }
    }
    if (xmpPacket != null) {
      body.add(xmpChunk(xmpPacket));
    }
    EmbedPlan.Builder plan = EmbedPlan.builder(MEDIA_TYPE);
    long fixed = 0;
    for (Object part : body) {
      fixed += part instanceof byte[] b ? b.length : ((RiffChunk) part).length();
    }
    WebpStoreFraming framing = new WebpStoreFraming();
    long bodyBeforeStore = fixed;
    plan.derived(storeLength -> riffHeader(bodyBeforeStore, framing, storeLength));
    for (Object part : body) {
      if (part instanceof byte[] b) {
        plan.insert(b);
      } else {
        copyChunk(plan, (RiffChunk) part, source.size());
      }
    }
    plan.slot(framing);
    plan.derived(storeLength -> new byte[storeLength & 1]);
    return plan.build();
  }

  @Override
  public Optional<byte[]> readXmpPacket(AssetSource source)
      throws ProvenanceException, IOException {
    Optional<RiffChunk> xmp = WebpLayout.read(source).first(XMP);
    if (xmp.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(source.read(xmp.get().dataOffset(), (int) xmp.get().dataLength()));
  }

  /** Copies a chunk with its pad byte, supplying the pad when the input ended without it. */
  private static void copyChunk(EmbedPlan.Builder plan, RiffChunk c, long size) {
    long available = Math.min(c.length(), size - c.offset());
    plan.copy(c.offset(), available);
    if (available < c.length()) {
      plan.insert(new byte[] {0});
    }
  }

  private static byte[] riffHeader(long body, WebpStoreFraming framing, int storeLength) {
    long riffSize = 4 + body + framing.framedLength(storeLength) + (storeLength & 1);
    if (riffSize > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("a WebP file cannot exceed 4 GiB: " + riffSize);
    }
    byte[] h = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};
    h[4] = (byte) riffSize;
    h[5] = (byte) (riffSize >>> 8);
    h[6] = (byte) (riffSize >>> 16);
    h[7] = (byte) (riffSize >>> 24);
    return h;
  }

  private static byte[] xmpChunk(byte[] packet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(packet.length + 9);
    out.writeBytes(new byte[] {'X', 'M', 'P', ' '});
    int n = packet.length;
    out.writeBytes(new byte[] {(byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)});
    out.writeBytes(packet);
    if ((n & 1) == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }
}
