package dev.candor.benchmarks;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.DevelopmentPki.KeyType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningOptions;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.ImageLabels;
import dev.candor.image.ImageVerification;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifies a labelled image (record, hard binding, certificate chain to a configured anchor, XMP)
 * beside the floor: SHA-256 of the same bytes plus one signature verification.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class VerifyImageBenchmark {
  @Param({"JPEG_2MP", "JPEG_12MP", "JPEG_24MP", "PNG_1080P", "PNG_4K", "WEBP_12MP"})
  public Inputs image;

  private byte[] labelled;
  private VerifyOptions options;
  private SignatureFixture signature;

  /** Makes the inputs and keys once per trial; checks the operation's output where it can. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    DevelopmentPki pki = Keys.pki(KeyType.EC_P256);
    labelled =
        ImageLabels.labeler(SigningOptions.of(pki.signer()))
            .model(GeneratorInfo.of("Example Diffusion", "3.1"))
            .build()
            .label(image.bytes());
    options = VerifyOptions.defaults().withTrust(pki.trustAnchors());
    signature = new SignatureFixture(pki.signer());
    ImageVerification v = verify();
    ValidationState state = v.c2pa().orElseThrow().state();
    if (state != ValidationState.TRUSTED) {
      throw new IllegalStateException("the labelled " + image + " verifies as " + state);
    }
  }

  /** The whole verification of bytes in memory. */
  @Benchmark
  public ImageVerification verify() throws Exception {
    return ImageLabels.verify(AssetSource.of(labelled), options);
  }

  /** The floor: SHA-256 of the labelled bytes plus one ES256 signature verification. */
  @Benchmark
  public boolean baseline() throws Exception {
    return Baselines.sha256AndVerify(labelled, signature);
  }
}
