package dev.candor.image.watermark;

import dev.candor.image.internal.watermark.WatermarkDetector;
import dev.candor.image.internal.watermark.WatermarkEmbedder;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Invisible keyed watermark for raster images: a 128-pixel pseudo-random tile, chosen by the key
 * and carrying the payload, repeated over the luminance with texture-adaptive strength.
 *
 * <pre>{@code
 * WatermarkKey key = WatermarkKey.of(secret);
 * BufferedImage marked = ImageWatermark.embed(image, WatermarkPayload.ofHex("00000000c0ffee01"), key);
 * WatermarkDetection d = ImageWatermark.detect(received, key);
 * if (d.found()) { ... d.payload().get() ... }
 * }</pre>
 *
 * <p>False positives: a detection needs a keyed CRC-24 over the decoded 64 bits to verify in one of
 * at most {@value WatermarkDetector#MAX_DECODES} decoding trials, so on any image not marked with
 * this key the probability of a detection is at most 4 × 2⁻²⁴ ≈ 2.4 × 10⁻⁷; the pilot z-score
 * threshold only lowers it further.
 */
public final class ImageWatermark {
  /** Algorithm identifier for the C2PA soft-binding assertion ({@code c2pa.soft-binding}). */
  public static final String ALGORITHM = "dev.candor.wm.tile.1";

  /** Smallest width and height accepted by {@link #embed}. */
  public static final int MIN_SIDE = 128;

  private ImageWatermark() {}

  /**
   * Returns a marked copy of {@code image} of the same type (palette images come back as ARGB);
   * {@code image} is not modified. Deterministic for a given image, payload and key.
   *
   * @throws IllegalArgumentException if an argument is null or the image is smaller than {@link
   *     #MIN_SIDE} on a side
   */
  public static BufferedImage embed(
      BufferedImage image, WatermarkPayload payload, WatermarkKey key) {
    check(image, key);
    if (payload == null) {
      throw new IllegalArgumentException("payload must not be null");
    }
    return WatermarkEmbedder.embed(image, payload.bits(), key.patternSeed());
  }

  /**
   * Looks for a mark made with {@code key}; never throws on unmarked or damaged images.
   *
   * @throws IllegalArgumentException if an argument is null or the image is smaller than {@link
   *     #MIN_SIDE}/2 on a side
   */
  public static WatermarkDetection detect(BufferedImage image, WatermarkKey key) {
    if (image == null || key == null) {
      throw new IllegalArgumentException("image and key must not be null");
    }
    if (image.getWidth() < MIN_SIDE / 2 || image.getHeight() < MIN_SIDE / 2) {
      throw new IllegalArgumentException("image must be at least " + MIN_SIDE / 2 + " px a side");
    }
    WatermarkDetector.Result r = WatermarkDetector.detect(image, key.patternSeed());
    return new WatermarkDetection(
        r.found(),
        r.found() ? Optional.of(WatermarkPayload.of(r.payload())) : Optional.empty(),
        r.z(),
        WatermarkDetector.Z_THRESHOLD,
        r.corrected());
  }

  private static void check(BufferedImage image, WatermarkKey key) {
    if (image == null || key == null) {
      throw new IllegalArgumentException("image and key must not be null");
    }
    if (image.getWidth() < MIN_SIDE || image.getHeight() < MIN_SIDE) {
      throw new IllegalArgumentException("image must be at least " + MIN_SIDE + " px a side");
    }
  }
}
