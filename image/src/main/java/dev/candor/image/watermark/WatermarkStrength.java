package dev.candor.image.watermark;

/**
 * How strongly {@link ImageWatermark#embed(java.awt.image.BufferedImage, WatermarkPayload,
 * WatermarkKey, WatermarkStrength)} marks an image: imperceptibility against robustness. Every
 * setting writes the same tile format, read by the same detector with the same false-positive
 * bound; only the amplitude differs, so a reader needs no setting.
 *
 * <p>Figures from the robustness evaluation ({@code benchmarks/WATERMARK-RESULTS.md}: 23
 * photographs from 300 to 1920 px, 17 attacks each, 0 false positives under every setting).
 */
public enum WatermarkStrength {
  /**
   * Never beyond the standard fit: at most 1.85 grey levels RMS, 2.5 on busy textures or where the
   * half-size JPEG test asks for it (PSNR ≥ 42.7 dB, ≥ 40.1 dB there), 0.8 grey levels on flat
   * areas. For images where the least visible mark matters more than its hold: 388 of 391
   * attacked copies recovered at a mean PSNR of 42.9 dB; a flat fog sky under WebP, and the crop +
   * half size + JPEG 75 combination on it and on a busy gravel close-up, lose the mark.
   */
  SUBTLE(1.0, 1.0),

  /**
   * The default: {@link #SUBTLE}, and on an image whose mark the half-size JPEG 75 test copy (and
   * under 384 px a full-size JPEG 50 one) still does not hold with margin (a flat sky, a busy
   * texture, a small image), every pixel's strength 1.5 times as high where that copy reads better
   * for it; on a small image whose mark would not read even untouched, twice as high where that
   * reads. 391 of 391 attacked copies recovered at a mean PSNR of 42.3 dB (5 of the 23
   * photographs raised 1.5-fold, to 36.6–46.2 dB); 375 of 391 with every photograph shrunk to
   * 256 px first. On the flattest sky the raised mark shows as a fine grain beside the original,
   * a little more than the subtle one's.
   */
  STANDARD(1.0, 1.5),

  /**
   * Every pixel's strength 1.5 times the subtle fit's (PSNR 3.5 dB lower: ≥ 39.2 dB, ≥ 36.6 dB on
   * busy textures; flat areas at 1.2 grey levels; twice, as for {@link #STANDARD}, on a small
   * image whose mark would not read even untouched), for channels that recompress hard or shrink
   * to thumbnails. 391 of 391 attacked copies recovered at a mean PSNR of 39.7 dB, 380 of 391 with
   * every photograph shrunk to 256 px first, and 147 of 170 attacked copies of rendered text
   * pages (132 at the standard strength). On a flat sky the mark shows as a fine grain when the
   * image is set beside the original; on textured photographs and skin none was seen.
   */
  ROBUST(1.5, 1.5);

  private final double amplitude;
  private final double ceiling;

  WatermarkStrength(double amplitude, double ceiling) {
    this.amplitude = amplitude;
    this.ceiling = ceiling;
  }

  /** The factor on every pixel's subtle strength. */
  double amplitude() {
    return amplitude;
  }

  /** The factor the embedder may raise {@link #amplitude()} to where its durability test asks. */
  double ceiling() {
    return ceiling;
  }
}
