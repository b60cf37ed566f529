package dev.candor.image.internal.watermark;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The central region (at most {@value WatermarkDetector#REGION} px square after binning) of an
 * image's luminance, box-binned {@code bin}×{@code bin}, as the detector reads it, with its
 * whitened planes cached by filter size. The binned region lies where the embedder's binned proxy
 * has its own central region ({@link TileScale}), so an untouched enlarged tile folds at identity.
 */
final class DetectorPlane {
  final int bin;

  /** Whether the detector searches this plane's geometry, or reads it unchanged only. */
  final boolean searched;

  final float[] y;
  final int rw;
  final int rh;

  /** Whitened planes of the region by filter radii, shared by the searches. */
  final Map<String, float[]> cache = new HashMap<>();

  private DetectorPlane(int bin, boolean searched, float[] y, int rw, int rh) {
    this.bin = bin;
    this.searched = searched;
    this.y = y;
    this.rw = rw;
    this.rh = rh;
  }

  /** The planes of {@code img} the detector reads, as it is first ({@link TileScale#views}). */
  static List<DetectorPlane> of(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    List<DetectorPlane> out = new ArrayList<>();
    for (int s : TileScale.views(w, h)) {
      int cw = w / s;
      int ch = h / s;
      int rw = Math.min(cw, WatermarkDetector.REGION);
      int rh = Math.min(ch, WatermarkDetector.REGION);
      float[] y = LumaPlane.read(img, (cw - rw) / 2 * s, (ch - rh) / 2 * s, rw * s, rh * s);
      float[] plane = s == 1 ? y : TileScale.bin(y, rw * s, rh * s, s);
      out.add(new DetectorPlane(s, TileScale.searched(w, h, s), plane, rw, rh));
    }
    return out;
  }

  /** The region whitened for a tile seen at {@code scale} (cached). */
  float[] whitened(double scale) {
    return GeometrySearch.whitenedFor(y, rw, rh, cache, scale);
  }
}
