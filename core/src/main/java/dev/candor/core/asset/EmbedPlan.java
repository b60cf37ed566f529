package dev.candor.core.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The layout of an output asset: pieces copied from the input, bytes inserted by the format
 * (metadata, headers whose sizes changed), and exactly one slot where the framed manifest store goes.
 *
 * <p>Core hashes every piece except the slot and writes them in order; the slot becomes the single
 * hard-binding exclusion.
 */
public final class EmbedPlan {

  /** One part of the output. */
  public sealed interface Piece permits Copy, Insert, Slot {}

  /** Bytes copied from the input asset. */
  public record Copy(long offset, long length) implements Piece {}

  /** Bytes the format inserts. */
  public record Insert(byte[] bytes) implements Piece {}

  /** The place of the framed manifest store. */
  public record Slot() implements Piece {}

  private final List<Piece> pieces;
  private final StoreFraming framing;
  private final String mediaType;

  private EmbedPlan(List<Piece> pieces, StoreFraming framing, String mediaType) {
    this.pieces = List.copyOf(pieces);
    this.framing = framing;
    this.mediaType = mediaType;
  }

  /** The pieces in output order; exactly one is a {@link Slot}, unless the plan is for a side-car. */
  public List<Piece> pieces() {
    return pieces;
  }

  /** How the store is framed in the slot. */
  public StoreFraming framing() {
    return framing;
  }

  /** The media type written into the claim ({@code dc:format}), e.g. {@code image/jpeg}. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether the plan has a slot (embedded) or not (side-car: the store lives apart). */
  public boolean hasSlot() {
    return pieces.stream().anyMatch(p -> p instanceof Slot);
  }

  /** A builder for plans. */
  public static Builder builder(String mediaType) {
    return new Builder(mediaType);
  }

  /** Collects pieces in output order. */
  public static final class Builder {
    private final List<Piece> pieces = new ArrayList<>();
    private final String mediaType;
    private StoreFraming framing;

    private Builder(String mediaType) {
      this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /** Copies {@code length} input bytes from {@code offset}; empty ranges are dropped. */
    public Builder copy(long offset, long length) {
      if (length > 0) {
        pieces.add(new Copy(offset, length));
      }
      return this;
    }

    /** Inserts bytes of the format's own. */
    public Builder insert(byte[] bytes) {
      if (bytes.length > 0) {
        pieces.add(new Insert(bytes.clone()));
      }
      return this;
    }

    /** Places the framed store here. */
    public Builder slot(StoreFraming framing) {
      if (this.framing != null) {
        throw new IllegalStateException("a plan has one slot");
      }
      this.framing = Objects.requireNonNull(framing, "framing");
      pieces.add(new Slot());
      return this;
    }

    /** The plan. */
    public EmbedPlan build() {
      return new EmbedPlan(pieces, framing, mediaType);
    }
  }
}
