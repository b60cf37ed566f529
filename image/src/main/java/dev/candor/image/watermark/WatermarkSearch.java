package dev.candor.image.watermark;

/**
 * How far {@link ImageWatermark#detect(java.awt.image.BufferedImage, WatermarkKey, WatermarkSearch)}
 * searches the geometry of a copy. Both have the same false-positive bound (at most 16 keyed
 * checksum trials an image, ≤ 9.5 × 10⁻⁷); they differ in which copies they read and what an
 * unmarked image costs.
 *
 * <p>Figures from {@code benchmarks/WATERMARK-RESULTS.md} and {@code benchmarks/RESULTS.md}.
 */
public enum WatermarkSearch {
  /**
   * The default: the marked geometry first, then the geometry of copies that were resized,
   * rotated, shrunk or enlarged, mirrored or quarter-turned (lattices from the autocorrelation,
   * refined; angle and scale sweeps). Reads every attacked copy of the evaluation's 17 attacks.
   * Where the mark is not found, all of it is searched: an unmarked 1920×1080 image costs about
   * three to four times the embedding of a mark and about ten times {@link #QUICK}.
   */
  FULL,

  /**
   * The marked geometry only, as read and in its mirror images and quarter turns: copies
   * re-encoded (JPEG, WebP), cropped, blurred, noised, recoloured, greyed, flipped, or resized and
   * brought back to the marked size, but <em>not</em> copies resized for good, rotated by a few
   * degrees, screenshots or thumbnails. The checksum trials the full search spends on other
   * geometries go to list decoding instead. For high-volume screening where most images are
   * unmarked: an unmarked 1920×1080 image costs about a tenth of the full search, less than
   * embedding a mark; a marked copy at its geometry is found as fast by either.
   */
  QUICK
}
