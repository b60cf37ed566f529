package dev.candor.image;

import dev.candor.core.DigitalSourceType;
import dev.candor.core.ValidationReport;
import dev.candor.image.xmp.IptcAiFields;
import java.util.Optional;

/**
 * What an image carries, layer by layer: its format, the C2PA record's validation (when the format
 * is supported) and the IPTC fields of its XMP, each reported separately so a finding can say what
 * it rests on.
 *
 * @param format the detected file format
 * @param c2pa the validation of the embedded C2PA record; absent when the format is not supported
 * @param xmp the IPTC AI fields of the XMP packet, when there is one
 * @param watermark what the watermark layer found, when a watermark key was given
 */
public record ImageVerification(FileFormat format, Optional<ValidationReport> c2pa,
    Optional<IptcAiFields> xmp, Optional<WatermarkFinding> watermark) {

  /** Whether the format is one Candor reads C2PA records from. */
  public boolean supported() {
    return format.isSupported();
  }

  /**
   * The digital source type, from the active manifest when it validated, else from the XMP.
   */
  public Optional<DigitalSourceType> digitalSourceType() {
    Optional<DigitalSourceType> fromC2pa = c2pa.filter(ValidationReport::hasManifest)
        .flatMap(ValidationReport::activeManifest).flatMap(m -> m.digitalSourceType());
    return fromC2pa.isPresent() ? fromC2pa : xmp.flatMap(IptcAiFields::digitalSourceType);
  }
}
