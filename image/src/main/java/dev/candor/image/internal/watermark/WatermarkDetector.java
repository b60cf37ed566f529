package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection: luminance of the central region (at most {@value #REGION} px square), lattice
 * hypotheses from the autocorrelation plus the identity, for each a scale-matched whitening, fold
 * and pilot synchronisation; then Viterbi decoding of the best {@value #MAX_DECODES} hypotheses by
 * z-score. A hypothesis is accepted only when its keyed CRC-24 verifies and its z-score reaches
 * {@link #Z_THRESHOLD}.
 */
public final class WatermarkDetector {
  static final int REGION = 1024;
  /** Most Viterbi decodes (each a CRC trial) per image: the multiple-testing factor. */
  public static final int MAX_DECODES = 4;
  /** Pilot z-score a detection must reach besides the CRC. */
  public static final double Z_THRESHOLD = 4.0;

  private WatermarkDetector() {}

  /** Outcome; {@code payload} is meaningful only when {@code found}. */
  public record Result(boolean found, long payload, double z, int corrected, long rawPayload) {}

  public static Result detect(BufferedImage img, byte[] seed) {
    int w = img.getWidth();
    int h = img.getHeight();
    int rw = Math.min(w, REGION);
    int rh = Math.min(h, REGION);
    float[] y = LumaPlane.read(img, (w - rw) / 2, (h - rh) / 2, rw, rh);
    TileLayout layout = new TileLayout(seed);
    TileSync sync = new TileSync(layout);
    List<double[]> bases = new ArrayList<>();
    bases.add(new double[] {TILE, 0, 0, TILE});
    bases.addAll(LatticeEstimator.estimate(y, rw, rh));
    Map<String, float[]> whitened = new HashMap<>();
    List<double[]> hyps = new ArrayList<>();
    List<double[]> folds = new ArrayList<>();
    for (double[] b : bases) {
      double scale = Math.sqrt(Math.abs(b[0] * b[3] - b[2] * b[1])) / TILE;
      int[] r = Whitener.radiiFor(scale);
      float[] wh =
          whitened.computeIfAbsent(
              r[0] + "/" + r[1], k -> Whitener.whiten(y, rw, rh, r[0], r[1]));
      double[] fold = TileFolder.fold(wh, rw, rh, b);
      double[] s = sync.synchronise(fold);
      hyps.add(new double[] {s[0], s[1], s[2], folds.size()});
      folds.add(fold);
    }
    hyps.sort((a, c) -> Double.compare(c[0], a[0]));
    double bestZ = hyps.get(0)[0];
    long raw = 0;
    for (int i = 0; i < Math.min(MAX_DECODES, hyps.size()); i++) {
      double[] hy = hyps.get(i);
      float[] soft = sync.softBits(folds.get((int) hy[3]), (int) hy[1], (int) hy[2]);
      PayloadCodec.Decoded d = PayloadCodec.decode(soft, layout.crcMask);
      if (i == 0) {
        raw = d.payload();
      }
      if (d.crcOk() && hy[0] >= Z_THRESHOLD) {
        return new Result(true, d.payload(), hy[0], d.corrected(), d.payload());
      }
    }
    return new Result(false, 0, bestZ, 0, raw);
  }
}
