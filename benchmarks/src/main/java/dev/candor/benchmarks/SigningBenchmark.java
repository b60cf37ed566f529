package dev.candor.benchmarks;

import dev.candor.core.GeneratorInfo;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.Signer;
import dev.candor.core.SigningOptions;
import dev.candor.core.asset.AssetSource;
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
 * The fixed cost of a record, per algorithm: one signature over a claim-sized message ({@code
 * sign}), one verification ({@code verify}), and a whole signed store for an empty asset ({@code
 * signedStore}: layout, CBOR, JUMBF, COSE and the signature), beside SHA-256 of the message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SigningBenchmark {
  @Param({"ES256", "PS256", "ED25519"})
  public String algorithm;

  private Signer signer;
  private SignatureFixture fixture;
  private Manifest manifest;
  private SigningOptions signing;
  private final AssetSource empty = AssetSource.of(new byte[0]);

  /** Makes the inputs and keys once per trial; checks the operation's output where it can. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    signer = Keys.pki(Keys.forAlgorithm(algorithm)).signer();
    fixture = new SignatureFixture(signer);
    signing = SigningOptions.of(signer);
    manifest = ChatLabels.modelCreated(GeneratorInfo.of("Example Model", "1.0"));
  }

  /** One signature over a 2 KiB message (about a COSE Sig_structure). */
  @Benchmark
  public byte[] sign() throws Exception {
    return signer.sign(fixture.message());
  }

  /** One verification of such a signature. */
  @Benchmark
  public boolean verify() throws Exception {
    return fixture.verify();
  }

  /** A complete signed side-car store over an empty asset: the whole fixed cost of a record. */
  @Benchmark
  public byte[] signedStore() throws Exception {
    return Provenance.sidecar(manifest, signing, empty);
  }

  /** SHA-256 of the same 2 KiB message. */
  @Benchmark
  public byte[] baseline() {
    return Baselines.sha256().digest(fixture.message());
  }
}
