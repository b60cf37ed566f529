package dev.candor.image.watermark;

import java.util.Optional;

/**
 * What detection found: either a payload whose checksum verified under the key, or "no watermark".
 *
 * @param found true only when a payload decoded with a valid keyed checksum and the synchronisation
 *     score reached {@code threshold}
 * @param payload the recovered payload; empty when not found
 * @param score synchronisation z-score of the best geometric hypothesis (pilot correlation peak
 *     over its null spread); about 3.5 to 5 on unmarked images (the maximum over 16384 shifts),
 *     usually 5 to 10 on marked ones
 * @param threshold the z-score a detection must reach in addition to the checksum
 * @param correctedBits coded bits the error-correcting decoder flipped (0 when not found)
 */
public record WatermarkDetection(
    boolean found,
    Optional<WatermarkPayload> payload,
    double score,
    double threshold,
    int correctedBits) {

  /** Checks the record's invariant: a payload is present exactly when found. */
  public WatermarkDetection {
    if (payload == null || found != payload.isPresent()) {
      throw new IllegalArgumentException("payload must be present exactly when found");
    }
  }
}
