package dev.candor.benchmarks;

import dev.candor.core.DevelopmentPki.KeyType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningOptions;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Labels an image with a signed C2PA record (ES256, no time-stamp, no thumbnail) and the IPTC AI
 * fields in XMP, in memory and file to file, beside the floor: SHA-256 plus a copy of the same
 * bytes ({@code baseline*}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LabelImageBenchmark {
  @Param({"JPEG_2MP", "JPEG_12MP", "JPEG_24MP", "PNG_1080P", "PNG_4K", "WEBP_12MP"})
  public Inputs image;

  private byte[] bytes;
  private Path inFile;
  private Path outDir;
  private Path outFile;
  private ImageLabeler labeler;

  /** Makes the inputs and keys once per trial; checks the operation's output where it can. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    inFile = image.file();
    bytes = Files.readAllBytes(inFile);
    outDir = Files.createTempDirectory(inFile.getParent(), "label-out");
    outFile = outDir.resolve("out-" + image.fileName());
    labeler =
        ImageLabels.labeler(SigningOptions.of(Keys.pki(KeyType.EC_P256).signer()))
            .model(GeneratorInfo.of("Example Diffusion", "3.1"))
            .build();
  }

  /** Removes the files the trial wrote. */
  /**
   * Both file benchmarks write a new file each time, as a batch into an empty directory does:
   * replacing an existing file costs the file system more (freeing its blocks), on either side.
   */
  @Setup(Level.Invocation)
  public void removeOutputs() throws IOException {
    Files.deleteIfExists(outFile);
    Files.deleteIfExists(outDir.resolve("copy"));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(outFile);
    Files.deleteIfExists(outDir.resolve("copy"));
    Files.deleteIfExists(outDir);
  }

  /** Bytes in memory to bytes in memory. */
  @Benchmark
  public byte[] labelBytes() throws Exception {
    return labeler.label(bytes);
  }

  /** The floor for {@link #labelBytes}: SHA-256 and a copy of the input bytes. */
  @Benchmark
  public byte[] baselineBytes() {
    return Baselines.sha256AndCopy(bytes);
  }

  /** File to a new file (temporary file beside it, forced to disk, moved into place). */
  @Benchmark
  public Path labelFile() throws Exception {
    labeler.label(inFile, outFile);
    return outFile;
  }

  /** The floor for {@link #labelFile}: read, SHA-256, write and force the same bytes. */
  @Benchmark
  public byte[] baselineFile() throws IOException {
    return Baselines.sha256AndCopyFile(inFile, outDir.resolve("copy"));
  }
}
