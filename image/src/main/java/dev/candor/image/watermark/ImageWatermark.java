package dev.candor.image.watermark;

import dev.candor.image.internal.watermark.WatermarkDetector;
import dev.candor.image.internal.watermark.WatermarkEmbedder;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Invisible keyed watermark for raster images ({@value #ALGORITHM}).
 *
 * <p>Embedding: the 64-bit payload gets a CRC-24 XORed with a keyed mask, a rate-1/3 K=7
 * convolutional code (282 coded bits) and a keyed scrambling; a 128×128-pixel tile holds a 32×32
 * grid of chips (4 px apart, raised-cosine interpolated): 128 keyed pilot chips and 896 data chips,
 * each coded bit on about three keyed-sign chips. The tile is band-passed, repeated over the whole
 * luminance from the image origin and added to R, G and B alike with a strength that follows local
 * texture (weaker on flat areas), capped at 1.85 grey levels RMS (PSNR ≥ 42 dB). Busy textures
 * whose own structure outweighs that mark in the detector get up to 2.5 grey levels RMS (PSNR ≥ 40
 * dB), spent in their textured pixels only; flat areas keep the strength they get at 1.85. A pixel
 * within 0.8 grey levels of black or white (a white page, a highlight, a black background) is first
 * moved inward by up to 0.8, so that the mark swings around it instead of being clipped to half.
 *
 * <p>Images under 1024 px on the short side are also marked against a test copy, the image halved
 * and through JPEG 75: where the mark would be lost there, the budget is raised to 2.15 and then
 * 2.5 grey levels RMS (PSNR ≥ 41.4, ≥ 40 dB) within the same per-pixel caps (at most the local
 * texture's masking strength, 0.8 grey levels on flat areas), and a raise is kept only if the copy
 * reads better for it. So are larger images whose mark lies mostly at the flat floor (under 0.7 of
 * the 1.85 budget: a fog sky, an empty backdrop), whose mark lossy coding quantises away first.
 * Where the copy still does not hold the mark with margin, every pixel's strength is multiplied by
 * 1.5, kept on the same rule, or, where neither holds in the copy (a 256-px close-up of grass), if
 * only the stronger reads in the image as marked ({@link WatermarkStrength#STANDARD}; {@link
 * WatermarkStrength#SUBTLE} stops before that). Images under 384 px are also tested on a
 * full-size JPEG 50 copy, their half-size copy being a tile or so; and where a small image's mark
 * would not read even untouched (a 256-px close-up of gravel), the standard and robust strengths
 * mark it twice as strongly if that reads, rather than leave a mark no one can find.
 *
 * <p>{@link WatermarkStrength#ROBUST} multiplies all of the above, every pixel's strength after the
 * fit, by 1.5 on every image: PSNR 3.5 dB lower (≥ 39.2, ≥ 36.6 dB on busy textures), 1.2 grey
 * levels on flat areas and a shift of up to 1.2 near black and white, for copies that will be
 * recompressed hard or shrunk to thumbnails.
 *
 * <p>Large images carry the tile enlarged: 2× (256 px, 8-px chips) from 2048 px on the short side,
 * or from 2688 px on the long side with 1280 on the short (a 2× upscale, an ultrawide), 4× from
 * twice those. The mark is computed as above on the luminance binned 2×2 (4×4) and added
 * upsampled, so a 4K image shrunk to a web size (1080 px wide, 0.28×) still holds it at a period
 * the detector reads; at 1× it was lost below about 0.4×.
 *
 * <p>Detection: on the central region (≤ 1024 px square) the luminance is band-passed and
 * normalised by local activity; the autocorrelation of that (from a whitened power spectrum) shows
 * the tile lattice, which gives scale and rotation (and a stretch along one axis, where a copy's
 * aspect ratio changed); each lattice hypothesis (and its unrotated copy, plus "no geometric
 * change") is scored by folding the image modulo the tile and finding the cyclic shift by FFT
 * correlation with the pilot; the best are refined by a small scale/angle
 * search, which keeps, of its best few geometries by pilot score, the one whose bits read most
 * decisively. When none of them decodes, direct sweeps (±3° at scale 1, and scales 0.4–1 at angle
 * 0, to 1.6 on copies that may hold an enlarged tile) supply one last hypothesis. Mirrored and
 * quarter-turned copies (a selfie flipped, an orientation lost) are read too: each "no geometric
 * change" and lattice hypothesis is also scored in the tile's seven other orientations, and one
 * whose pilot clearly beats the hypothesis as read is tried as well, no trial added; the scale
 * sweep scores each scale mirrored too, so a mirrored, resized close-up of grass (whose lattice
 * its texture hides) is found, while the angle sweep reads the mark's own orientation only (a
 * quarter-turned copy of such a close-up, rotated 2° more, is missed). The data chips
 * are read with a matched filter into soft bits for a Viterbi decoder. Large copies are also read
 * binned 2×2 (and 4×4), where an enlarged tile appears at its own size: at the unchanged geometry
 * on copies from 320 px on the short side (a crop keeps the enlarged period), with the lattice
 * search and the scale sweep too from 1280 px per unit of binning, or 1000 on the long side with
 * 480 on the short (a shrunk copy), and with the lattice search alone binned 2×2 from 600 px on
 * the short side (a small image enlarged 1.6 to 2.5 times, by an upscaler or a platform's square
 * canvas, holds the tile past the reach of the search at its own size); those hypotheses join the
 * others, within the same number of trials.
 *
 * <p>{@link WatermarkSearch#QUICK} stops after the unchanged geometry (as read, mirrored and
 * quarter-turned), for screening many images: it reads re-encoded, cropped and filtered copies at
 * a tenth of the full search's cost on an unmarked image, not resized or rotated ones.
 *
 * <pre>{@code
 * WatermarkKey key = WatermarkKey.of(secret);
 * BufferedImage marked = ImageWatermark.embed(image, WatermarkPayload.ofHex("00000000c0ffee01"), key);
 * WatermarkDetection d = ImageWatermark.detect(received, key);
 * if (d.found()) { ... d.payload().get() ... }
 * }</pre>
 *
 * <p>False positives, by construction: a detection needs the keyed CRC-24 over the decoded 64 bits
 * to verify in one of at most {@value WatermarkDetector#MAX_DECODES} trials: one per decoded
 * geometric hypothesis (however many are scored, no more are decoded), and the trials they leave
 * go to the best hypothesis's next most likely Viterbi paths, one each. On an image not marked
 * with this key the decoded bits, and which paths are tried, are independent of the key's CRC
 * mask, so each trial passes with probability 2⁻²⁴ and the per-image false-positive rate is at most 16 × 2⁻²⁴ ≈
 * 9.5 × 10⁻⁷ (union bound over the trials). The pilot z-score must also reach {@link
 * WatermarkDetection#threshold()}, which only lowers that rate.
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
   * <p>Readability is not guaranteed: an image too small or too busy for the mark (a 256-px
   * close-up of grass) can come back with a mark {@link #detect} does not find, even untouched.
   * Where that matters, detect on the copy as it will be stored (after a lossy encoder), as {@code
   * ImageLabeler} does before it signs a record that says the image is watermarked.
   *
   * @throws IllegalArgumentException if an argument is null or the image is smaller than {@link
   *     #MIN_SIDE} on a side
   */
  public static BufferedImage embed(
      BufferedImage image, WatermarkPayload payload, WatermarkKey key) {
    return embed(image, payload, key, WatermarkStrength.STANDARD);
  }

  /**
   * As {@link #embed(BufferedImage, WatermarkPayload, WatermarkKey)}, at {@code strength}: {@link
   * WatermarkStrength#STANDARD} is what the three-argument form writes, {@link
   * WatermarkStrength#SUBTLE} never raises the strength 1.5-fold, {@link WatermarkStrength#ROBUST}
   * marks every pixel 1.5 times as strongly (PSNR 3.5 dB lower) for copies that will be
   * recompressed hard or shrunk. The detector reads each without being told.
   *
   * @throws IllegalArgumentException if an argument is null or the image is smaller than {@link
   *     #MIN_SIDE} on a side
   */
  public static BufferedImage embed(
      BufferedImage image, WatermarkPayload payload, WatermarkKey key, WatermarkStrength strength) {
    check(image, key);
    if (payload == null || strength == null) {
      throw new IllegalArgumentException("payload and strength must not be null");
    }
    return WatermarkEmbedder.embed(
        image, payload.bits(), key.patternSeed(), strength.amplitude(), strength.ceiling());
  }

  /**
   * Looks for a mark made with {@code key}; never throws on unmarked or damaged images.
   *
   * @throws IllegalArgumentException if an argument is null or the image is smaller than {@link
   *     #MIN_SIDE}/2 on a side
   */
  public static WatermarkDetection detect(BufferedImage image, WatermarkKey key) {
    return detect(image, key, WatermarkSearch.FULL);
  }

  /**
   * As {@link #detect(BufferedImage, WatermarkKey)}, searching as far as {@code search} says:
   * {@link WatermarkSearch#FULL} is what the two-argument form does, {@link WatermarkSearch#QUICK}
   * reads only copies at the marked geometry (re-encoded, cropped, filtered, mirrored), for
   * screening many images at a third of the cost of an unmarked one.
   *
   * @throws IllegalArgumentException if an argument is null or the image is smaller than {@link
   *     #MIN_SIDE}/2 on a side
   */
  public static WatermarkDetection detect(
      BufferedImage image, WatermarkKey key, WatermarkSearch search) {
    if (image == null || key == null || search == null) {
      throw new IllegalArgumentException("image, key and search must not be null");
    }
    if (image.getWidth() < MIN_SIDE / 2 || image.getHeight() < MIN_SIDE / 2) {
      throw new IllegalArgumentException("image must be at least " + MIN_SIDE / 2 + " px a side");
    }
    WatermarkDetector.Result r = WatermarkDetector.detect(image, key.patternSeed(), search == WatermarkSearch.FULL);
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
