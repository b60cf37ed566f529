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

  DetectorView(TileLayout layout, int w, int h) {
    this.rw = Math.min(w, WatermarkDetector.REGION);
    this.rh = Math.min(h, WatermarkDetector.REGION);
    this.x0 = (w - rw) / 2;
    this.y0 = (h - rh) / 2;
    // The fold puts the region's centre (rounded down) at tile coordinate 0.
    this.sx = Math.floorMod(-(x0 + rw / 2), TILE);
    this.sy = Math.floorMod(-(y0 + rh / 2), TILE);
    this.sync = new TileSync(layout);
  }

  /**
   * Per chip: the detector's statistic of the region {@code y + round(delta)} (as the image will be
   * written, 0..255; {@code delta} may be null) times the sign of {@code chips[c]}.
   */
  double[] margins(float[] region, float[] delta, float[] chips) {
    float[] seen = region;
    if (delta != null) {
      seen = new float[region.length];
      for (int i = 0; i < seen.length; i++) {
        seen[i] = Math.max(0, Math.min(255, region[i] + Math.round(delta[i])));
      }
    }
    int[] radii = Whitener.radiiFor(1);
    float[] wh = Whitener.whiten(seen, rw, rh, radii[0], radii[1]);
    double[] stat = sync.chipStatistics(TileFolder.fold(wh, rw, rh, IDENTITY), sx, sy);
    for (int c = 0; c < CHIPS; c++) {
      stat[c] = chips[c] < 0 ? -stat[c] : stat[c];
    }
    return stat;
  }
}
