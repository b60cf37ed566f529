package dev.candor.image.internal.pixels;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.internal.RiffChunk;
import dev.candor.image.internal.WebpLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How changed pixels of a WebP are written back: a lossy original (a VP8 bitstream, with or
 * without an alpha channel) as lossy WebP at the quantiser it was coded with ({@link WebpLossy};
 * alpha kept exactly), which keeps about its size; a lossless original, or none at all, as
 * lossless WebP ({@link WebpLossless}), which keeps every pixel.
 */
public final class WebpEncoding {
  private WebpEncoding() {}

  /**
   * The quantiser index of {@code original}'s lossy bitstream, or empty when it should be written
   * lossless (lossless, or not a readable WebP).
   */
  public static OptionalInt lossyIndex(byte[] original) {
    try {
      AssetSource source = AssetSource.of(original);
      WebpLayout layout = WebpLayout.read(source);
      Optional<RiffChunk> vp8 = layout.first("VP8 ");
      if (vp8.isEmpty()) {
        return OptionalInt.empty();
      }
      RiffChunk c = vp8.get();
      return Vp8Quantiser.of(original, (int) c.dataOffset(), (int) c.dataLength());
    } catch (ProvenanceException | IOException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * {@code img} as a WebP file written the way {@code original} was (see the class comment).
   *
   * @throws ProvenanceException when the image exceeds what WebP can state
   */
  public static byte[] encode(BufferedImage img, byte[] original) throws ProvenanceException {
    return encode(img, original, 0);
  }

  /**
   * As {@link #encode(BufferedImage, byte[])}, {@code finer} steps finer than the original: each
   * step takes the quantiser index to two thirds (a third of the way to lossless), and after the
   * steps down to index 0 comes lossless, so that a mark the original's quantiser would wipe out
   * can be kept at the least cost in size. {@link #steps} says how many there are.
   *
   * @throws ProvenanceException when the image exceeds what WebP can state
   */
  public static byte[] encode(BufferedImage img, byte[] original, int finer)
      throws ProvenanceException {
    OptionalInt qi = original == null ? OptionalInt.empty() : lossyIndex(original);
    if (qi.isPresent()) {
      int q = qi.getAsInt();
      for (int i = 0; i < finer && q > 0; i++) {
        q = q * 2 / 3;
      }
      if (finer < steps(original)) {
        try {
          return WebpLossy.encodeAtIndex(img, q);
        } catch (ProvenanceException e) {
          // Too large for one VP8 frame: lossless states up to 16384 px a side.
        }
      }
    }
    return WebpLossless.encode(img);
  }

  /** How many finer encodings there are of a copy of {@code original}, lossless the last. */
  public static int steps(byte[] original) {
    OptionalInt qi = original == null ? OptionalInt.empty() : lossyIndex(original);
    if (qi.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int q = qi.getAsInt(); q > 0; q = q * 2 / 3) {
      n++;
    }
    return n;
  }
}
