package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

import java.awt.image.BufferedImage;
import dev.candor.image.internal.pixels.Codec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The embedder's test of a mark against a copy of the kind platforms make of uploads: half the
 * size (2×2 box mean), then JPEG at quality {@value #QUALITY} (the JDK's encoder, luminance only),
 * and on images under {@value #SMALL_SIDE} px also the full size through JPEG at {@value
 * #SMALL_QUALITY}. The copy is read at its known scale, as the detector reads a copy whose lattice
 * it has found: whitened, folded, synchronised on the pilot, decoded. The mark holds when the pilot
 * reaches the detector's z threshold, the payload decodes with its keyed CRC, and the decoder's
 * best path explains the soft values at least {@value #MIN_DECISIVENESS} of their magnitude
 * ({@link TileSync#decisivenessAt}: 1 when every coded bit reads as sent, about 0.7 unmarked), a
 * margin for the differences between this copy and a real one (a crop's phase, another resampler,
 * chroma).
 */
final class DurabilityCheck {
  static final float QUALITY = 0.75f;

  /**
   * The margin. On the evaluation's brick and coins photographs (three payloads each), copies made
   * by the evaluation's own crop 90 % + 0.5× + JPEG 75 failed where this test read 0.79–0.86 and
   * decoded where it read 0.82–0.89.
   */
  static final double MIN_DECISIVENESS = 0.87;

  /**
   * Short side under which the mark is also tested in a full-size JPEG copy at {@value
   * #SMALL_QUALITY} ({@link #test}). There the half-size copy is under a tile and a half, lost at
   * every fit on most 256-px photographs, so it could not tell a mark that would lose JPEG 50,
   * WebP and resampled copies at full size (a 256-px brick wall's) from one that keeps them. From
   * 384 px the half-size copy holds a tile and a half and decides alone, as before (a first form
   * of this rule, from 512 px, took a 640×480 page, whose JPEG 50 copy loses the mark at every
   * strength, to 39.7 dB, and cost a 384-px brick wall its crop + half size + JPEG 75 copy).
   */
  static final int SMALL_SIDE = 384;

  /** The quality of the small image's full-size test copy. */
  static final float SMALL_QUALITY = 0.5f;

  /** The test copy's least short side: one tile at half scale. */
  private static final int MIN_SIDE = TILE / 2;

  /** How a mark reads in the test copy. */
  enum Verdict {
    /** Not found, or not the payload. */
    LOST,
    /** The payload decodes, below the margin. */
    MARGINAL,
    /** The payload decodes with the margin. */
    HOLDS
  }

  /**
   * Short side from which an image is not tested: its half-size copy holds at least eight tiles
   * across. On the robustness evaluation's photographs of 1000 px and more on the short side (ten,
   * up to 1920×1200) the test never raised the budget, and at 1920×1080 it would cost 20 ms, 40 %
   * of an embedding (JMH).
   */
  static final int MAX_SIDE = 1024;

  /**
   * Whether a w×h image is tested: its half-size copy holds a tile, and the image is under {@value
   * #MAX_SIDE} px on its short side.
   */
  static boolean applies(int w, int h) {
    int side = Math.min(w, h);
    return side / 2 >= MIN_SIDE && side < MAX_SIDE;
  }

  /** A mark whose RMS is under this share of the base budget lies mostly at the flat floor. */
  static final double FLAT_SHARE = 0.7;

  /**
   * Whether a w×h image whose fitted mark has RMS {@code rms} is tested: as {@link #applies(int,
   * int)}, and at any size when the mark is mostly at the flat floor.
   */
  static boolean applies(int w, int h, double rms) {
    return applies(w, h)
        || (Math.min(w, h) / 2 >= MIN_SIDE && rms < FLAT_SHARE * MarkStrength.RMS_BUDGET);
  }

  private final float[] y;
  private final int w;
  private final int h;
  /** The region the detector reads at 1×. */
  private final int rw;
  private final int rh;
  private final long payload;
  private final TileLayout layout;
  private final TileSync sync;

  /**
   * Tests of marks on the w×h luminance {@code y} ({@link #applies} must hold) that carry {@code
   * payload}; {@code sync} is {@code layout}'s.
   */
  DurabilityCheck(float[] y, int w, int h, long payload, TileLayout layout, TileSync sync) {
    this.y = y;
    this.w = w;
    this.h = h;
    this.rw = Math.min(w, WatermarkDetector.REGION);
    this.rh = Math.min(h, WatermarkDetector.REGION);
    this.payload = payload;
    this.layout = layout;
    this.sync = sync;
  }

  /**
   * How the test copies of a marked plane read: {@code score} from 0 to {@value #HOLDS_SCORE}, the
   * sum of two copies' {@link Verdict} ordinals (LOST 0, MARGINAL 1, HOLDS 2), so that either copy
   * reading better counts as better. On an image tested on the half-size copy alone, that copy's
   * counts twice.
   */
  record Reading(int score) {
    static final int HOLDS_SCORE = 4;

    /** Lost at score 0 (the deciding copy lost it), holds only at {@value #HOLDS_SCORE}. */
    Verdict verdict() {
      return score == 0 ? Verdict.LOST : score == HOLDS_SCORE ? Verdict.HOLDS : Verdict.MARGINAL;
    }

    boolean beats(Reading other) {
      return score > other.score;
    }
  }

  /**
   * How the plane marked with {@code mark} keeps the payload in the test copy. On an image under
   * {@value #SMALL_SIDE} px on its short side the half-size copy is a tile or so, which a mark of
   * a few grey levels rarely holds, and a full-size copy through JPEG at quality {@value
   * #SMALL_QUALITY} is read too: the mark is lost when that copy loses it (whatever the half-size
   * copy reads), holds when both copies hold it, and either copy reading better counts.
   */
  Reading test(MarkStrength.Fitted mark) {
    // Only the part of the half-size copy the detector would read (its central region) is made.
    int hw = w / 2;
    int hh = h / 2;
    int cw = Math.min(hw, WatermarkDetector.REGION);
    int ch = Math.min(hh, WatermarkDetector.REGION);
    int x0 = 2 * ((hw - cw) / 2);
    int y0 = 2 * ((hh - ch) / 2);
    Verdict half = read(jpeg(halved(y, w, x0, y0, cw, ch, mark), cw, ch, QUALITY), cw, ch, 0.5);
    if (Math.min(w, h) >= SMALL_SIDE) {
      return new Reading(2 * half.ordinal());
    }
    Verdict full = read(jpeg(markedRegion(mark), rw, rh, SMALL_QUALITY), rw, rh, 1);
    return new Reading(full == Verdict.LOST ? 0 : full.ordinal() + half.ordinal());
  }

  /**
   * How the plane marked with {@code mark} keeps the payload as it is, at 1× (the central region the
   * detector reads, rounded and clamped as written): for an image on which no mark holds in {@link
   * #test}'s copy, whether a mark reads at all.
   */
  Verdict unattacked(MarkStrength.Fitted mark) {
    return read(markedRegion(mark), rw, rh, 1);
  }

  /** The central rw×rh region the detector reads at 1×, marked (rounded and clamped as written). */
  private float[] markedRegion(MarkStrength.Fitted mark) {
    int x0 = (w - rw) / 2;
    int y0 = (h - rh) / 2;
    float[] region = new float[rw * rh];
    float[] d = new float[rw];
    for (int r = 0; r < rh; r++) {
      mark.row(y0 + r, x0, rw, d, 0);
      int a = (y0 + r) * w + x0;
      for (int x = 0; x < rw; x++) {
        region[r * rw + x] = marked(y[a + x], d[x]);
      }
    }
    return region;
  }

  /** How the rw×rh {@code region}, holding the tile at {@code scale}, reads the payload. */
  private Verdict read(float[] region, int rw, int rh, double scale) {
    int[] radii = Whitener.radiiFor(scale);
    float[] wh = Whitener.whiten(region, rw, rh, radii[0], radii[1]);
    double p = TILE * scale;
    GeometrySearch.Hypothesis hy =
        GeometrySearch.evaluate(wh, rw, rh, new double[] {p, 0, 0, p}, sync);
    if (hy.z() < WatermarkDetector.Z_THRESHOLD) {
      return Verdict.LOST;
    }
    TileSync.Read read = sync.sharpen(hy.fold(), hy.sx(), hy.sy());
    PayloadCodec.Decoded d = PayloadCodec.decode(read.soft(), layout.crcMask);
    if (!d.crcOk() || d.payload() != payload) {
      return Verdict.LOST;
    }
    return read.decisiveness() >= MIN_DECISIVENESS ? Verdict.HOLDS : Verdict.MARGINAL;
  }

  /**
   * The marked plane (rounded and clamped as it will be written) at half size, 2×2 means: the
   * hw×hh copy pixels whose source block starts at (x0, y0) of the w-wide plane.
   */
  private static float[] halved(
      float[] y, int w, int x0, int y0, int hw, int hh, MarkStrength.Fitted mark) {
    float[] out = new float[hw * hh];
    float[] d0 = new float[2 * hw];
    float[] d1 = new float[2 * hw];
    for (int r = 0; r < hh; r++) {
      mark.row(y0 + 2 * r, x0, 2 * hw, d0, 0);
      mark.row(y0 + 2 * r + 1, x0, 2 * hw, d1, 0);
      int a = (y0 + 2 * r) * w + x0;
      int b = a + w;
      for (int x = 0; x < hw; x++) {
        int i = 2 * x;
        out[r * hw + x] =
            (marked(y[a + i], d0[i])
                    + marked(y[a + i + 1], d0[i + 1])
                    + marked(y[b + i], d1[i])
                    + marked(y[b + i + 1], d1[i + 1]))
                / 4;
      }
    }
    return out;
  }

  private static float marked(float y, float d) {
    float v = y + LumaPlane.round(d);
    return v > 0 ? (v < 255 ? v : 255) : 0;
  }

  /** The w×h plane through a greyscale JPEG at {@code quality}, decoded. */
  private static float[] jpeg(float[] plane, int w, int h, float quality) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    int[] px = new int[plane.length];
    for (int i = 0; i < px.length; i++) {
      px[i] = Math.max(0, Math.min(255, LumaPlane.round(plane[i])));
    }
    img.getRaster().setSamples(0, 0, w, h, 0, px);
    try {
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(Codec.jpeg(img, quality)));
      int[] s = back.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
      float[] out = new float[s.length];
      for (int i = 0; i < s.length; i++) {
        out[i] = s[i];
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory JPEG of a luminance plane", e);
    }
  }
}
