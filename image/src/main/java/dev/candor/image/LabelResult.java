package dev.candor.image;

import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkStrength;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ImageLabeler} put into one image besides the signed record: the invisible watermark's
 * id and the strength it was embedded at (which, with fallback strengths, can differ per image).
 *
 * @param watermark the watermark id, the key the record is filed under; empty without a watermark
 * @param watermarkStrength the strength the watermark was embedded at; present exactly when
 *     {@code watermark} is
 */
public record LabelResult(
    Optional<WatermarkPayload> watermark, Optional<WatermarkStrength> watermarkStrength) {
  /** Checks that the strength is present exactly when the watermark is. */
  public LabelResult {
    Objects.requireNonNull(watermark, "watermark");
    Objects.requireNonNull(watermarkStrength, "watermarkStrength");
    if (watermark.isPresent() != watermarkStrength.isPresent()) {
      throw new IllegalArgumentException("a strength goes with a watermark, and only with one");
    }
  }
}
