package dev.candor.image.internal.watermark;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The central region (at most {@value WatermarkDetector#REGION} px square after binning) of an
 * image's luminance, box-binned {@code bin}×{@code bin}, as the detector reads it, with its
 * whitened planes cached by filter size. A searched binned region lies where the embedder's binned
 * proxy has its own central region ({@link TileScale}), so an untouched enlarged tile folds at
 * identity; a plane read at identity only (for crops, whose offset is arbitrary) is usually the
 * as-is region binned.
 */
final class DetectorPlane {
  final int bin;

  /** Whether the detector searches this plane's geometry, or reads it unchanged only. */
  final boolean searched;

  /** Whether the detector tries the lattices the autocorrelation shows here (all searched ones). */
  final boolean lattices;

  final int rw;
  final int rh;
  private final BufferedImage img;
  private final int x0;
  private final int y0;

  /** The as-is plane this one bins, when read at identity only and that plane is large enough. */
  private final DetectorPlane source;

  private float[] y;

  /** Whitened planes of the region by filter radii, shared by the searches. */
  final Map<String, float[]> cache = new HashMap<>();

  private DetectorPlane(
      BufferedImage img,
      int bin,
      boolean searched,
      boolean lattices,
      int x0,
      int y0,
      int rw,
      int rh,
      DetectorPlane source) {
    this.img = img;
    this.source = source;
    this.bin = bin;
    this.searched = searched;
    this.lattices = lattices;
    this.x0 = x0;
    this.y0 = y0;
    this.rw = rw;
    this.rh = rh;
  }

  /**
   * The planes of {@code img} the detector reads, as it is first ({@link TileScale#views}); each
   * is read from the image when first used, so a copy found at its first plane reads no other.
   */
  static List<DetectorPlane> of(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    List<DetectorPlane> out = new ArrayList<>();
    for (int s : TileScale.views(w, h)) {
      boolean searched = TileScale.searched(w, h, s);
      boolean lattices = searched || TileScale.latticesSearched(w, h, s);
      DetectorPlane asIs = out.isEmpty() ? null : out.get(0);
      // Its own read where it is searched, or where that gives more than the as-is region binned.
      boolean own =
          asIs == null
              || searched
              || (Math.min(w, h) >= TileScale.IDENTITY_SIDE * s
                  && Math.min(asIs.rw, asIs.rh) / s < TileScale.IDENTITY_SIDE);
      if (!own) {
        // Read at identity only (a crop, whose offset is arbitrary anyway): the as-is region
        // binned holds enough tiles, and costs no second read of the image.
        out.add(new DetectorPlane(img, s, false, lattices, 0, 0, asIs.rw / s, asIs.rh / s, asIs));
        continue;
      }
      int cw = w / s;
      int ch = h / s;
      int rw = Math.min(cw, WatermarkDetector.REGION);
      int rh = Math.min(ch, WatermarkDetector.REGION);
      int x0 = (cw - rw) / 2 * s;
      int y0 = (ch - rh) / 2 * s;
      out.add(new DetectorPlane(img, s, searched, lattices, x0, y0, rw, rh, null));
    }
    return out;
  }

  /** The region's luminance, binned: rw×rh. */
  float[] y() {
    if (y == null) {
      if (source != null) {
        y = TileScale.bin(source.y(), source.rw, source.rh, bin);
      } else if (bin == 1) {
        y = LumaPlane.read(img, x0, y0, rw, rh);
      } else {
        y = TileScale.readBinned(img, x0, y0, rw, rh, bin);
      }
    }
    return y;
  }

  /** The region whitened for a tile seen at {@code scale} (cached). */
  float[] whitened(double scale) {
    return GeometrySearch.whitenedFor(y(), rw, rh, cache, scale);
  }
}
