package dev.candor.text;

import dev.candor.core.ProvenanceException;
import dev.candor.core.StatusCode;
import dev.candor.core.asset.ByteRange;

/**
 * A text carries a C2PA wrapper whose magic is present but whose frame is invalid (unknown version,
 * truncated header, declared length past the end of the selectors): {@value
 * StatusCode#MANIFEST_TEXT_CORRUPTED_WRAPPER}.
 */
public final class CorruptedWrapperException extends ProvenanceException {
  private static final long serialVersionUID = 1L;

  private final transient ByteRange range;

  CorruptedWrapperException(ByteRange range) {
    super(
        StatusCode.MANIFEST_TEXT_CORRUPTED_WRAPPER
            + ": the C2PA text wrapper at UTF-8 bytes "
            + range.start()
            + "+"
            + range.length()
            + " has a C2PA magic but an invalid frame");
    this.range = range;
  }

  /** The C2PA status code, {@value StatusCode#MANIFEST_TEXT_CORRUPTED_WRAPPER}. */
  public String statusCode() {
    return StatusCode.MANIFEST_TEXT_CORRUPTED_WRAPPER;
  }

  /** The UTF-8 byte range of the first corrupted wrapper (U+FEFF through its last selector). */
  public ByteRange range() {
    return range;
  }
}
