package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.CHIPS;
import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * What the detector's first hypothesis (unchanged geometry) reads of an image: its central region
 * ({@value WatermarkDetector#REGION} px square at most) whitened, folded at identity and matched-
 * filtered at the shift where the embedded tile lands, one statistic per chip, signed by the chip's
 * intended value (a positive margin means the detector reads that chip right).
 */
final class DetectorView {
  private static final double[] IDENTITY = {TILE, 0, 0, TILE};

  final int x0;
  final int y0;
  final int rw;
  final int rh;
  private final int sx;
  private final int sy;
  private final TileSync sync;
  private final int[] radii = Whitener.radiiFor(1);

  /** Planes reused from call to call: the region as seen, the whitened region and scratch. */
  private float[] seen;

  private float[] whitened;
  private float[] scratch;

  DetectorView(TileSync sync, int w, int h) {
    this.rw = Math.min(w, WatermarkDetector.REGION);
    this.rh = Math.min(h, WatermarkDetector.REGION);
    this.x0 = (w - rw) / 2;
    this.y0 = (h - rh) / 2;
    // The fold puts the region's centre (rounded down) at tile coordinate 0.
    this.sx = Math.floorMod(-(x0 + rw / 2), TILE);
    this.sy = Math.floorMod(-(y0 + rh / 2), TILE);
    this.sync = sync;
  }

  /**
   * Per chip: the detector's statistic of the region plus {@code round(mark)} (as the image will be
   * written, clamped to 0..255; {@code mark} null reads the host alone) times the sign of {@code
   * chips[c]}. The mark is taken a row at a time; the view's planes are reused from call to call.
   */
  double[] margins(float[] region, MarkStrength.Fitted mark, float[] chips) {
    if (whitened == null) {
      whitened = new float[rw * rh];
      scratch = new float[rw * rh];
    }
    float[] in = region;
    if (mark != null) {
      if (seen == null) {
        seen = new float[rw * rh];
      }
      for (int r = 0; r < rh; r++) {
        int at = r * rw;
        mark.row(y0 + r, x0, rw, seen, at);
        for (int i = at; i < at + rw; i++) {
          // Comparisons pick the same float as Math.max(0, Math.min(255, v)) for any v but NaN,
          // ±0 included (−0 becomes +0 either way).
          float v = region[i] + Math.round(seen[i]);
          seen[i] = v > 0 ? (v < 255 ? v : 255) : 0;
        }
      }
      in = seen;
    }
    float[] wh = Whitener.whiten(in, rw, rh, radii[0], radii[1], whitened, scratch);
    double[] stat = sync.chipStatistics(TileFolder.fold(wh, rw, rh, IDENTITY), sx, sy);
    for (int c = 0; c < CHIPS; c++) {
      stat[c] = chips[c] < 0 ? -stat[c] : stat[c];
    }
    return stat;
  }
}
