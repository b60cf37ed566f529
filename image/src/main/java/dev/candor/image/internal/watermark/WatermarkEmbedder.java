package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.CHIPS;

import java.awt.image.BufferedImage;

/**
 * Adds the keyed tile, repeated from the image origin, to the luminance, at the strength {@link
 * MarkStrength} allows: at most {@value MarkStrength#RMS_BUDGET} grey levels RMS, or up to {@value
 * MarkStrength#MAX_RMS_BUDGET} on textured hosts whose own reading in the detector outweighs the
 * plain mark (the budget is raised by that ratio, {@link MarkStrength#budgetFor}, in texture only).
 *
 * <p>Informed embedding (improved spread spectrum): the host is known here, so the embedder reads
 * it as the detector will ({@link DetectorView}) and sets each chip's amplitude ({@link
 * ChipAllocation}) so that the host's own contribution to the detector's statistics is cancelled
 * where the energy allows; then it reads the marked result once more and counts what the linear
 * model missed (the whitener's activity normalisation and clipping) as host interference to
 * allocate against. Same tile format and detector; only the chip amplitudes differ from ±1.
 */
public final class WatermarkEmbedder {
  private static final int CORRECTIONS = 1;

  private WatermarkEmbedder() {}

  /**
   * A copy of {@code img} marked with {@code payload}; large and wide images carry the tile
   * enlarged ({@link TileScale#forEmbedding}).
   */
  public static BufferedImage embed(BufferedImage img, long payload, byte[] seed) {
    int w = img.getWidth();
    int h = img.getHeight();
    int s = TileScale.forEmbedding(w, h);
    if (s == 1) {
      return LumaPlane.addDelta(img, mark(LumaPlane.read(img, 0, 0, w, h), w, h, payload, seed));
    }
    int cw = w / s;
    int ch = h / s;
    // The proxy is read binned in strips: a full-size luminance plane of an 8K image is 130 MB.
    float[] proxy = TileScale.readBinned(img, 0, 0, cw, ch, s);
    LumaPlane.RowDelta coarse = mark(proxy, cw, ch, payload, seed);
    return LumaPlane.addDelta(img, TileScale.upsampled(coarse, cw, ch, s, w));
  }

  /** The luminance change that marks the w×h plane {@code y} with {@code payload}. */
  private static MarkStrength.Fitted mark(float[] y, int w, int h, long payload, byte[] seed) {
    TileLayout layout = new TileLayout(seed);
    boolean[] coded = PayloadCodec.encode(payload, layout.crcMask);
    float[] chips = layout.chipValues(coded);
    MarkStrength strength = new MarkStrength(y, w, h);
    DetectorView view = new DetectorView(layout, w, h);
    float[] region = new float[view.rw * view.rh];
    for (int r = 0; r < view.rh; r++) {
      System.arraycopy(y, (view.y0 + r) * w + view.x0, region, r * view.rw, view.rw);
    }
    float[] tile = TileRenderer.shaped(chips);
    double[] host = view.margins(region, null, chips);
    double gain = markGain(view, region, strength, tile, chips, host);
    if (gain > 0) {
      // Host interference in units of the plain mark: a texture that outweighs it gets more budget.
      MarkStrength raised = strength.withInterference(rms(host) / gain);
      if (raised != strength) {
        strength = raised;
        gain = markGain(view, region, strength, tile, chips, host);
      }
    }
    if (gain > 0) {
      ChipAllocation alloc = new ChipAllocation(layout, coded);
      double[] rel = new double[CHIPS];
      for (int c = 0; c < CHIPS; c++) {
        rel[c] = host[c] / gain;
      }
      float[] amp = alloc.amplitudes(rel);
      for (int k = 0; k < CORRECTIONS; k++) {
        tile = TileRenderer.shaped(scaled(chips, amp));
        double[] seen = view.margins(region, strength.fit(tile), chips);
        // Shaping renormalises the tile to unit RMS: the mark's share is amp / rms(amp).
        double rms = rms(amp);
        for (int c = 0; c < CHIPS; c++) {
          rel[c] = seen[c] / gain - amp[c] / rms;
        }
        amp = alloc.amplitudes(rel);
      }
      tile = TileRenderer.shaped(scaled(chips, amp));
    }
    return strength.fit(tile);
  }

  /** What one unit of plain chip amplitude adds to a chip's statistic, on average. */
  private static double markGain(
      DetectorView view,
      float[] region,
      MarkStrength strength,
      float[] tile,
      float[] chips,
      double[] host) {
    double[] plain = view.margins(region, strength.fit(tile), chips);
    double gain = 0;
    for (int c = 0; c < CHIPS; c++) {
      gain += plain[c] - host[c];
    }
    return gain / CHIPS;
  }

  private static double rms(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s / v.length);
  }

  private static double rms(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s / v.length);
  }

  private static float[] scaled(float[] chips, float[] amp) {
    float[] out = new float[CHIPS];
    for (int c = 0; c < CHIPS; c++) {
      out[c] = chips[c] * amp[c];
    }
    return out;
  }
}
