package dev.candor.image;

import dev.candor.core.ValidationReport;
import dev.candor.image.watermark.WatermarkDetection;
import java.util.Optional;

/**
 * What the invisible watermark layer found: the detection, and when its id names a record in the
 * manifest repository, that record's validation and whether the record declares this watermark
 * (soft-binding match). A recovered record's hard binding is expected to fail on a re-encoded copy;
 * the finding rests on the watermark, not on the file's bytes.
 *
 * @param detection the detector's answer
 * @param recovered the validation of the record the watermark id names, when the repository has it
 * @param softBindingMatches whether that record's {@code c2pa.soft-binding} carries this payload
 */
public record WatermarkFinding(WatermarkDetection detection, Optional<ValidationReport> recovered,
    boolean softBindingMatches) {

  /** Whether a watermark made with the key was found. */
  public boolean found() {
    return detection.found();
  }
}
