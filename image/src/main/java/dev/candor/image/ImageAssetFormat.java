package dev.candor.image;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetFormat;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.image.xmp.XmpPackets;
import java.io.IOException;
import java.util.Optional;

/**
 * An image container that carries a C2PA manifest store and an XMP packet. Implementations are
 * stateless and thread-safe.
 */
public interface ImageAssetFormat extends AssetFormat {

  /**
   * Plans an output that is the input with existing stores removed, one slot for the new store and,
   * when {@code xmpPacket} is not null, that packet replacing the existing XMP. The packet lies
   * outside the slot, so the hard binding covers it.
   *
   * @param xmpPacket a serialized XMP packet (UTF-8), or null to keep the existing XMP as it is
   * @throws ProvenanceException when the container is unreadable or the packet does not fit it
   * @throws IOException when the bytes cannot be read
   */
  EmbedPlan planEmbedding(AssetSource source, byte[] xmpPacket)
      throws ProvenanceException, IOException;

  /** Same as {@link #planEmbedding(AssetSource, byte[])} with the existing XMP kept. */
  @Override
  default EmbedPlan planEmbedding(AssetSource source) throws ProvenanceException, IOException {
    return planEmbedding(source, null);
  }

  /**
   * The raw XMP packet of the asset (UTF-8 bytes), if there is one. For JPEG: the main packet only.
   *
   * @throws ProvenanceException when the container is unreadable
   * @throws IOException when the bytes cannot be read
   */
  Optional<byte[]> readXmpPacket(AssetSource source) throws ProvenanceException, IOException;

  /**
   * The IPTC AI fields of the asset's XMP; empty when the asset has no XMP.
   *
   * @throws ProvenanceException when the container or the XMP is unreadable
   * @throws IOException when the bytes cannot be read
   */
  default Optional<IptcAiFields> readXmp(AssetSource source)
      throws ProvenanceException, IOException {
    Optional<byte[]> packet = readXmpPacket(source);
    if (packet.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(XmpPackets.read(packet.get()));
  }
}
