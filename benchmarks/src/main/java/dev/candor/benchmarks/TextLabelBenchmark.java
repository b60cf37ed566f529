package dev.candor.benchmarks;

import dev.candor.core.Signer;
import dev.candor.core.SigningOptions;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.text.TextLabels;
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
 * Labels a 2 KB answer in one piece: disclosure, NFC, signed C2PA record in the text wrapper
 * ({@code labelAndSign}); the disclosure alone ({@code disclosureOnly}); beside the floor, one
 * signature over a claim-sized message ({@code baseline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TextLabelBenchmark {
  @Param({"ES256", "ED25519"})
  public String algorithm;

  private String answer;
  private Signer signer;
  private SignatureFixture fixture;
  private TextLabels signed;
  private TextLabels disclosed;

  /** Makes the inputs and keys once per trial; checks the operation's output where it can. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    answer = Answers.twoKilobytes();
    signer = Keys.pki(Keys.forAlgorithm(algorithm)).signer();
    fixture = new SignatureFixture(signer);
    signed = ChatLabels.signed(SigningOptions.of(signer));
    disclosed = ChatLabels.disclosed();
    ValidationState state = TextLabels.verify(labelAndSign(), VerifyOptions.defaults()).state();
    if (state != ValidationState.VALID) {
      throw new IllegalStateException("the labelled answer verifies as " + state);
    }
  }

  /** Disclosure, NFC, hashing, store layout, signature and wrapper for one 2 KB answer. */
  @Benchmark
  public String labelAndSign() throws Exception {
    return signed.label(answer);
  }

  /** The visible disclosure (and NFC) alone, nothing signed. */
  @Benchmark
  public String disclosureOnly() throws Exception {
    return disclosed.label(answer);
  }

  /** The floor: one signature over a 2 KiB message. */
  @Benchmark
  public byte[] baseline() throws Exception {
    return signer.sign(fixture.message());
  }
}
