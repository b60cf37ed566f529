package dev.candor.benchmarks;

import dev.candor.text.watermark.GreenListProcessor;
import dev.candor.text.watermark.GumbelSampler;
import dev.candor.text.watermark.TextWatermarkKey;
import dev.candor.text.watermark.TextWatermarkParameters;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Per-step cost of the text watermark over a full vocabulary and over top-k candidates, each beside
 * a baseline pass over the same array (argmax for the logits processor, softmax for the samplers)
 * so the results read as ratios. Each step hashes a different context.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextWatermarkBenchmark {
  /** Candidates handed to the sampler: 50,000 is a full LLM vocabulary, 50 a top-k list. */
  @Param({"50000", "50"})
  public int size;

  private float[] logits;
  private float[] work;
  private float[] probs;
  private int[] candidateIds;
  private final int[] context = new int[4];
  private int step;
  private GreenListProcessor kgw;
  private GreenListProcessor kgwMinSelf;
  private GumbelSampler gumbel;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    logits = new float[size];
    probs = new float[size];
    candidateIds = new int[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      logits[i] = (float) (3 * random.nextGaussian());
      probs[i] = (float) Math.exp(logits[i]);
      sum += probs[i];
      candidateIds[i] = size == 50_000 ? i : random.nextInt(50_000);
    }
    for (int i = 0; i < size; i++) {
      probs[i] /= (float) sum;
    }
    work = logits.clone();
    TextWatermarkKey key = TextWatermarkKey.of(new byte[32]);
    kgw = GreenListProcessor.of(key, TextWatermarkParameters.KGW_DEFAULT);
    kgwMinSelf = GreenListProcessor.of(key, TextWatermarkParameters.KGW_MIN_SELF_HASH);
    gumbel = GumbelSampler.of(key, TextWatermarkParameters.GUMBEL_DEFAULT);
  }

  private int nextContext() {
    context[0] = step++;
    return 1;
  }

  /** Baseline: one pass over the logits to find the arg-max (greedy decoding). */
  @Benchmark
  public int baselineArgmax() {
    float[] l = logits;
    int best = 0;
    for (int i = 1; i < l.length; i++) {
      if (l[i] > l[best]) {
        best = i;
      }
    }
    return best;
  }

  /** KGW over the whole array (full vocabulary), in place; the copy-back keeps logits bounded. */
  @Benchmark
  public float[] kgwFullVocabulary() {
    System.arraycopy(logits, 0, work, 0, work.length);
    kgw.apply(context, nextContext(), work);
    return work;
  }

  /** Baseline for {@link #kgwFullVocabulary}: the same copy without the watermark. */
  @Benchmark
  public float[] baselineCopy() {
    System.arraycopy(logits, 0, work, 0, work.length);
    return work;
  }

  /** KGW on a candidate list (token ids + logits). */
  @Benchmark
  public float[] kgwCandidates() {
    System.arraycopy(logits, 0, work, 0, work.length);
    kgw.apply(context, nextContext(), candidateIds, work);
    return work;
  }

  /** KGW with Min-SelfHash over the whole array, in place (as {@link #kgwFullVocabulary}). */
  @Benchmark
  public float[] kgwMinSelfFullVocabulary() {
    System.arraycopy(logits, 0, work, 0, work.length);
    kgwMinSelf.apply(context, nextContext(), work);
    return work;
  }

  /** KGW with Min-SelfHash on a candidate list. */
  @Benchmark
  public float[] kgwMinSelfCandidates() {
    System.arraycopy(logits, 0, work, 0, work.length);
    kgwMinSelf.apply(context, nextContext(), candidateIds, work);
    return work;
  }

  /** Baseline: softmax normaliser over the same array (one exp per entry). */
  @Benchmark
  public double baselineSoftmax() {
    float[] l = logits;
    float max = Float.NEGATIVE_INFINITY;
    for (float x : l) {
      max = Math.max(max, x);
    }
    double sum = 0;
    for (float x : l) {
      sum += Math.exp(x - max);
    }
    return sum;
  }

  /** Gumbel sampler over probabilities of the whole array. */
  @Benchmark
  public int gumbelProbabilities() {
    return size == 50_000
        ? gumbel.sample(context, nextContext(), probs)
        : gumbel.sample(context, nextContext(), candidateIds, probs);
  }
}
