package dev.candor.benchmarks;

import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.text.TextLabels;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@link TextLabelBenchmark#labelAndSign} costs beyond the signature: the same 2 KB answer
 * labelled the same way, with a signer that returns one ES256 signature made at setup (so the
 * output is the right shape but does not verify). A diagnostic, not a target: the target ratio is
 * TextLabelBenchmark's, with the real signature.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextOverheadBenchmark {
  private String answer;
  private TextLabels labels;

  /** A labeller whose signer replays one signature. */
  @Setup
  public void setUp() throws Exception {
    answer = Answers.twoKilobytes();
    Signer real = Keys.pki(Keys.forAlgorithm("ES256")).signer();
    byte[] signature = real.sign(new byte[32]);
    Signer replaying =
        new Signer() {
          @Override
          public byte[] sign(byte[] toBeSigned) {
            return signature.clone();
          }

          @Override
          public SigningAlgorithm algorithm() {
            return real.algorithm();
          }

          @Override
          public List<X509Certificate> certificateChain() {
            return real.certificateChain();
          }
        };
    labels = ChatLabels.signed(SigningOptions.of(replaying));
  }

  /** Disclosure, NFC, hashing, store layout and wrapper, everything but the signature. */
  @Benchmark
  public String labelWithoutSigning() throws Exception {
    return labels.label(answer);
  }
}
