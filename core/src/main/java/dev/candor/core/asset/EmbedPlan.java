package dev.candor.core.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The layout of an output asset: pieces copied from the input, bytes inserted by the format
 * (metadata, headers whose sizes changed), and exactly one slot where the framed manifest store goes.
 *
 * <p>Core hashes every piece except the slot and writes them in order; the slot becomes the single
 * hard-binding exclusion.
 */
public final class EmbedPlan {

  /** One part of the output. */
  public sealed interface Piece permits Copy, Insert, Derived, Slot {}

  /** Bytes copied from the input asset. */
  public record Copy(long offset, long length) implements Piece {}

  /** Bytes the format inserts. */
  public record Insert(byte[] bytes) implements Piece {}

  /**
   * Bytes the format can only compute once the store length is known, e.g. a RIFF header whose size
   * field counts the framed store, or a pad byte after an odd-sized chunk. Hashed like an {@link
   * Insert}; {@link #resolve(int)} turns it into one.
   *
   * @param bytesForStoreLength maps the store length to the bytes to write; must be deterministic
   */
  public record Derived(IntFunction<byte[]> bytesForStoreLength) implements Piece {
    /** Rejects a null function. */
    public Derived {
      Objects.requireNonNull(bytesForStoreLength, "bytesForStoreLength");
    }
  }

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

  /**
   * The pieces in output order; exactly one is a {@link Slot}, unless the plan is for a side-car.
   * May hold {@link Derived} pieces: writers and hashers use {@link #resolve(int)} instead.
   */
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

  /**
   * The pieces for a store of {@code storeLength} bytes: every {@link Derived} becomes an {@link
   * Insert} (empty results are dropped), so the list holds only copies, inserts and the slot.
   */
  public List<Piece> resolve(int storeLength) {
    if (storeLength < 0) {
      throw new IllegalArgumentException("storeLength must not be negative: " + storeLength);
    }
    List<Piece> out = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      if (p instanceof Derived d) {
        byte[] b = d.bytesForStoreLength().apply(storeLength);
        if (b.length > 0) {
          out.add(new Insert(b.clone()));
        }
      } else {
        out.add(p);
      }
    }
    return List.copyOf(out);
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

    /** Inserts bytes computed from the final store length (see {@link Derived}). */
    public Builder derived(IntFunction<byte[]> bytesForStoreLength) {
      pieces.add(new Derived(bytesForStoreLength));
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
