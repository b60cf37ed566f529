package dev.candor.benchmarks.eval;

import dev.candor.text.watermark.ContextHash;
import dev.candor.text.watermark.DetectionResult;
import dev.candor.text.watermark.GreenListProcessor;
import dev.candor.text.watermark.GumbelSampler;
import dev.candor.text.watermark.TextWatermarkDetector;
import dev.candor.text.watermark.TextWatermarkKey;
import dev.candor.text.watermark.TextWatermarkParameters;
import dev.candor.text.watermark.WatermarkScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures detection power, false positives, perplexity cost and robustness of the text watermarks
 * on a word-trigram model trained at run time, and writes a Markdown report.
 *
 * <pre>
 * java -cp benchmarks.jar dev.candor.benchmarks.eval.TextWatermarkEvaluation \
 *     --corpus kjv.txt --out TEXT-WATERMARK-RESULTS.md [--texts 1000] [--unmarked 10000] \
 *     [--length 200] [--vocabulary 5000] [--key LABEL]   (key = SHA-256 of LABEL)
 * </pre>
 */
public final class TextWatermarkEvaluation {
  static final double[] REPLACED = {0, 0.10, 0.25, 0.40};

  private final Options options;
  private final WordCorpus corpus;
  private final TrigramModel model;
  private final Generator generator;
  private final TextWatermarkKey key;

  private TextWatermarkEvaluation(Options options, WordCorpus corpus) {
    this.options = options;
    this.corpus = corpus;
    this.model = new TrigramModel(corpus.train, corpus.vocabularySize());
    this.generator = new Generator(model, corpus.train);
    this.key = TextWatermarkKey.of(sha256(options.keyLabel));
  }

  /** Entry point; see the class comment for arguments. */
  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    long start = System.nanoTime();
    WordCorpus corpus = WordCorpus.read(options.corpus, options.vocabulary);
    TextWatermarkEvaluation evaluation = new TextWatermarkEvaluation(options, corpus);
    String report = evaluation.run();
    report +=
        String.format(
            Locale.ROOT, "%nEvaluation wall time: %.0f s.%n", (System.nanoTime() - start) / 1e9);
    Files.writeString(options.out, report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  private String run() {
    List<TextWatermarkParameters> variants =
        List.of(
            TextWatermarkParameters.KGW_DEFAULT,
            TextWatermarkParameters.kgw(0.2, 2.0, 1),
            TextWatermarkParameters.kgw(0.15, 2.0, 1),
            TextWatermarkParameters.KGW_MIN_SELF_HASH,
            TextWatermarkParameters.kgw(0.25, 2.0, 4, ContextHash.MIN_SELF),
            TextWatermarkParameters.kgw(0.25, 2.0, 0),
            TextWatermarkParameters.kgw(0.25, 2.0, 2),
            TextWatermarkParameters.KGW_ROBUST,
            TextWatermarkParameters.kgw(0.25, 3.0, 1),
            TextWatermarkParameters.gumbel(1),
            TextWatermarkParameters.gumbel(2));
    List<TextWatermarkDetector> detectors = new ArrayList<>();
    for (TextWatermarkParameters p : variants) {
      detectors.add(TextWatermarkDetector.of(key, p));
    }
    Report report = new Report(options, corpus, model);

    // Unmarked machine text: perplexity on the first `texts`, false positives on all of them.
    long[] flagged = new long[variants.size()];
    double[] maxLog10 = new double[variants.size()];
    Arrays.fill(maxLog10, 0);
    double plainLogLik = 0;
    long plainTokens = 0;
    for (int i = 0; i < options.unmarked; i++) {
      int[] tokens = generator.plain(options.length, 1_000_000L + i);
      if (i < options.texts) {
        plainLogLik += generator.logLikelihood(tokens);
        plainTokens += options.length;
      }
      int[] text = Generator.withoutPrompt(tokens);
      for (int v = 0; v < variants.size(); v++) {
        DetectionResult r = detectors.get(v).detect(text);
        flagged[v] += r.watermarked() ? 1 : 0;
        maxLog10[v] = Math.min(maxLog10[v], r.log10PValue());
      }
    }
    report.unmarked(Math.exp(-plainLogLik / plainTokens), flagged, maxLog10);

    // Human text: held-out windows the model never saw.
    long[] humanFlagged = new long[variants.size()];
    int windows = 0;
    for (int at = 0; at + options.length <= corpus.heldOut.length; at += options.length / 2) {
      int[] text = Arrays.copyOfRange(corpus.heldOut, at, at + options.length);
      windows++;
      for (int v = 0; v < variants.size(); v++) {
        humanFlagged[v] += detectors.get(v).detect(text).watermarked() ? 1 : 0;
      }
    }
    report.human(windows, humanFlagged);

    for (int v = 0; v < variants.size(); v++) {
      report.variant(variants.get(v), measure(variants.get(v), detectors.get(v)));
    }
    return report.render(variants);
  }

  private VariantStats measure(TextWatermarkParameters p, TextWatermarkDetector detector) {
    GreenListProcessor processor =
        p.scheme() == WatermarkScheme.KGW ? GreenListProcessor.of(key, p) : null;
    GumbelSampler sampler = p.scheme() == WatermarkScheme.GUMBEL ? GumbelSampler.of(key, p) : null;
    VariantStats stats = new VariantStats(options.texts);
    for (int i = 0; i < options.texts; i++) {
      long seed = 2_000_000L + i;
      int[] tokens =
          processor != null
              ? generator.kgw(processor, options.length, seed)
              : generator.gumbel(sampler, options.length, seed);
      stats.logLikelihood += generator.logLikelihood(tokens);
      int[] text = Generator.withoutPrompt(tokens);
      for (int r = 0; r < REPLACED.length; r++) {
        DetectionResult result = detector.detect(replace(text, REPLACED[r], seed));
        stats.detected[r] += result.watermarked() ? 1 : 0;
        if (r == 0) {
          stats.z[i] = result.zScore();
          stats.scored += result.scoredTokens();
        }
      }
    }
    stats.perplexity = Math.exp(-stats.logLikelihood / ((double) options.texts * options.length));
    return stats;
  }

  /** A copy of {@code text} with round(fraction·n) distinct positions set to random words. */
  private int[] replace(int[] text, double fraction, long seed) {
    int[] out = text.clone();
    SplittableRandom random = new SplittableRandom(seed ^ Double.doubleToLongBits(fraction));
    int count = (int) Math.round(fraction * text.length);
    int[] positions = new int[text.length];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(positions.length - i);
      int tmp = positions[i];
      positions[i] = positions[j];
      positions[j] = tmp;
      out[positions[i]] = random.nextInt(model.vocabulary());
    }
    return out;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Per-variant counters. */
  static final class VariantStats {
    final long[] detected = new long[REPLACED.length];
    final double[] z;
    long scored;
    double logLikelihood;
    double perplexity;

    VariantStats(int texts) {
      z = new double[texts];
    }
  }

  /** Command-line options. */
  record Options(
      Path corpus, Path out, int texts, int unmarked, int length, int vocabulary, String keyLabel) {
    static Options parse(String[] args) {
      Path corpus = null;
      Path out = Path.of("TEXT-WATERMARK-RESULTS.md");
      int texts = 1000;
      int unmarked = 10_000;
      int length = 200;
      int vocabulary = 5000;
      String keyLabel = "candor text watermark evaluation key";
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--corpus" -> corpus = Path.of(args[i + 1]);
          case "--out" -> out = Path.of(args[i + 1]);
          case "--texts" -> texts = Integer.parseInt(args[i + 1]);
          case "--unmarked" -> unmarked = Integer.parseInt(args[i + 1]);
          case "--length" -> length = Integer.parseInt(args[i + 1]);
          case "--vocabulary" -> vocabulary = Integer.parseInt(args[i + 1]);
          case "--key" -> keyLabel = args[i + 1];
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (corpus == null) {
        throw new IllegalArgumentException("--corpus FILE is required");
      }
      return new Options(corpus, out, texts, unmarked, length, vocabulary, keyLabel);
    }
  }
}
