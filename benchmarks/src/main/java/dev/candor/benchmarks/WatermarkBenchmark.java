package dev.candor.benchmarks;

import dev.candor.benchmarks.eval.Attacks;
import dev.candor.core.DevelopmentPki.KeyType;
import dev.candor.core.ManifestRepository;
import dev.candor.core.SigningOptions;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import dev.candor.image.VisibleLabel;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkSearch;
import dev.candor.image.watermark.WatermarkStrength;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of embedding and detecting the image watermark at 1080p and 4K on a synthetic photograph
 * (Java2D gradients, shapes and grain), beside baselines that decode and encode the same image as
 * PNG and JPEG with ImageIO, so the results read as "how many image saves is a watermark".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class WatermarkBenchmark {
  /** Image size, width x height. */
  @Param({"1920x1080", "3840x2160"})
  public String size;

  private BufferedImage image;
  private BufferedImage decoded;
  private BufferedImage sky;
  private BufferedImage marked;
  private byte[] png;
  private byte[] jpeg;
  private WatermarkKey key;
  private BufferedImage mirrored;
  private WatermarkPayload payload;
  private ImageLabeler labelWatermark;
  private ImageLabeler labelBadge;

  @Setup
  public void setUp() throws IOException {
    String[] wh = size.split("x");
    image = photo(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    sky = sky(image.getWidth(), image.getHeight());
    key = WatermarkKey.of("benchmark-key-0123456789abcdef01".getBytes(StandardCharsets.US_ASCII));
    payload = WatermarkPayload.ofHex("00000000c0ffee01");
    marked = ImageWatermark.embed(image, payload, key);
    if (!ImageWatermark.detect(marked, key).found()) {
      throw new IllegalStateException("benchmark image does not detect");
    }
    mirrored = Attacks.mirror(marked);
    if (!ImageWatermark.detect(mirrored, key).found()) {
      throw new IllegalStateException("mirrored benchmark image does not detect");
    }
    png = encode(image, "png");
    jpeg = encode(image, "jpeg");
    decoded = ImageIO.read(new ByteArrayInputStream(png));
    SigningOptions signing = SigningOptions.of(Keys.pki(KeyType.EC_P256).signer());
    labelWatermark =
        ImageLabels.labeler(signing)
            .watermark(key, new DiscardingRepository())
            .build();
    labelBadge = ImageLabels.labeler(signing).visibleLabel(VisibleLabel.builder().build()).build();
  }

  /** Keeps nothing: the benchmark measures labelling, not a file system. */
  private static final class DiscardingRepository implements ManifestRepository {
    @Override
    public void put(String id, byte[] store) {
      ManifestRepository.checkId(id);
    }

    @Override
    public Optional<byte[]> get(String id) {
      return Optional.empty();
    }
  }

  /** A vertical grey-blue gradient under seeded Gaussian grain of σ 1.5 grey levels. */
  static BufferedImage sky(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    SplittableRandom rnd = new SplittableRandom(5);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      double t = (double) y / h;
      for (int x = 0; x < w; x++) {
        double d = 1.5 * rnd.nextGaussian();
        int r = (int) Math.round(150 + 50 * t + d);
        int g = (int) Math.round(160 + 35 * t + d);
        int b = (int) Math.round(170 + 20 * t + d);
        row[x] = (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
      }
      img.setRGB(0, y, w, 1, row, 0, w);
    }
    return img;
  }

  /** Gradient sky, overlapping shapes with soft edges, and Gaussian grain (seeded). */
  static BufferedImage photo(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(70, 120, 190), 0, h, new Color(230, 200, 160)));
    g.fillRect(0, 0, w, h);
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 60; i++) {
      int x = rnd.nextInt(w);
      int y = rnd.nextInt(h);
      int r = 20 + rnd.nextInt(Math.max(21, w / 6));
      Color a = new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256));
      Color b = a.darker().darker();
      g.setPaint(new GradientPaint(x - r, y - r, a, x + r, y + r, b));
      if (i % 3 == 0) {
        g.fillOval(x - r, y - r, 2 * r, r + rnd.nextInt(r));
      } else if (i % 3 == 1) {
        g.fillRoundRect(x - r, y - r / 2, 2 * r, r, r / 3, r / 3);
      } else {
        g.setStroke(new BasicStroke(1 + rnd.nextInt(6)));
        g.drawLine(x, y, x + rnd.nextInt(2 * r) - r, y + rnd.nextInt(2 * r) - r);
      }
    }
    g.dispose();
    int[] px = img.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) {
      int d = (int) Math.round(4 * rnd.nextGaussian());
      int p = px[i];
      px[i] =
          (clamp(((p >> 16) & 0xff) + d) << 16)
              | (clamp(((p >> 8) & 0xff) + d) << 8)
              | clamp((p & 0xff) + d);
    }
    img.setRGB(0, 0, w, h, px, 0, w);
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  private static byte[] encode(BufferedImage img, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** Embeds the 64-bit payload (returns the marked copy). */
  @Benchmark
  public BufferedImage embed() {
    return ImageWatermark.embed(image, payload, key);
  }

  /**
   * Embeds in the same image as ImageIO decodes its PNG (interleaved bytes, {@code
   * TYPE_3BYTE_BGR}, the layout JPEG and PNG decoders produce), where {@link #embed} has Java2D's
   * packed ints.
   */
  @Benchmark
  public BufferedImage embedDecoded() {
    return ImageWatermark.embed(decoded, payload, key);
  }

  /**
   * Embeds in a hazy sky (a gradient under grain of σ 1.5): the mark lies at the flat floor, so the
   * embedder also tests a half-size JPEG 75 copy and, where that does not hold the mark, fits it
   * again 1.5 times as strong and tests that (the standard strength's costliest path at 1×).
   */
  @Benchmark
  public BufferedImage embedFlatSky() {
    return ImageWatermark.embed(sky, payload, key);
  }

  /** The same sky at the subtle strength: no test copy, no second fit. */
  @Benchmark
  public BufferedImage embedFlatSkySubtle() {
    return ImageWatermark.embed(sky, payload, key, WatermarkStrength.SUBTLE);
  }

  /** Detects on the marked image (the mark is found). */
  @Benchmark
  public WatermarkDetection detectMarked() {
    return ImageWatermark.detect(marked, key);
  }

  /**
   * Detects on the marked image mirrored left to right: the copy as read does not verify, and its
   * other orientations are scored before the mirrored one decodes.
   */
  @Benchmark
  public WatermarkDetection detectMirrored() {
    return ImageWatermark.detect(mirrored, key);
  }

  /** Detects on the unmarked image (every hypothesis is tried, nothing found). */
  @Benchmark
  public WatermarkDetection detectUnmarked() {
    return ImageWatermark.detect(image, key);
  }

  /**
   * Detects on the unmarked image at the marked geometry only ({@link WatermarkSearch#QUICK}:
   * the identity on every plane, its orientations, list decoding; no lattice or sweep).
   */
  @Benchmark
  public WatermarkDetection detectUnmarkedQuick() {
    return ImageWatermark.detect(image, key, WatermarkSearch.QUICK);
  }

  /** Detects on the marked image at the marked geometry only (found as by the full search). */
  @Benchmark
  public WatermarkDetection detectMarkedQuick() {
    return ImageWatermark.detect(marked, key, WatermarkSearch.QUICK);
  }

  /**
   * The library's labeller with the watermark and no visible label, on the image as a JPEG, in memory: decode, embed,
   * encode at quality 0.92, read the mark back from what was encoded, sign (ES256). Compare with
   * {@link #labelVisibleLabel}, which also decodes, changes pixels, encodes and signs.
   */
  @Benchmark
  public byte[] labelWatermarked() throws Exception {
    return labelWatermark.label(jpeg);
  }

  /** The labeller with the default visible badge and no watermark, on the same JPEG. */
  @Benchmark
  public byte[] labelVisibleLabel() throws Exception {
    return labelBadge.label(jpeg);
  }

  /** Baseline: ImageIO PNG decode + encode of the same image. */
  @Benchmark
  public byte[] baselinePngRoundTrip() throws IOException {
    return encode(ImageIO.read(new ByteArrayInputStream(png)), "png");
  }

  /** Baseline: ImageIO JPEG decode + encode (default quality) of the same image. */
  @Benchmark
  public byte[] baselineJpegRoundTrip() throws IOException {
    return encode(ImageIO.read(new ByteArrayInputStream(jpeg)), "jpeg");
  }
}
