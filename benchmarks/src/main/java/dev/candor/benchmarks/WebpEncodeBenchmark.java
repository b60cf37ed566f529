package dev.candor.benchmarks;

import dev.candor.image.FileFormat;
import dev.candor.image.ImageFormats;
import dev.candor.image.internal.pixels.WebpLossy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Cost of writing a labelled WebP's pixels with Candor's own encoders (what labelling uses when a
 * badge or watermark changes a WebP): lossless (VP8L) beside the JDK writing the same pixels as
 * PNG, and lossy (VP8, quality 80) beside the JDK writing them as JPEG at labelling's quality
 * 0.92. Sizes are printed once per trial.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WebpEncodeBenchmark {
  /** Image size, width x height. */
  @Param({"1024x1024", "1920x1080"})
  public String size;

  private BufferedImage image;

  @Setup
  public void setUp() throws Exception {
    String[] wh = size.split("x");
    image = WatermarkBenchmark.photo(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    System.out.printf("%n%s: WebP lossless %d bytes, PNG %d bytes, WebP lossy %d bytes, JPEG %d"
            + " bytes%n", size, ImageFormats.encodePixels(image, FileFormat.WEBP).length,
        png().length, webpLossy().length, jpeg().length);
  }

  @Benchmark
  public byte[] webpLossy() throws Exception {
    return WebpLossy.encode(image, 80);
  }

  @Benchmark
  public byte[] baselineJpegImageIo() throws Exception {
    return jpeg();
  }

  private byte[] jpeg() throws Exception {
    return ImageFormats.encodePixels(image, FileFormat.JPEG);
  }

  @Benchmark
  public byte[] webpLossless() throws Exception {
    return ImageFormats.encodePixels(image, FileFormat.WEBP);
  }

  @Benchmark
  public byte[] baselinePngImageIo() throws IOException {
    return png();
  }

  private byte[] png() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
