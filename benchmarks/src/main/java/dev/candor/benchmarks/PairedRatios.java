package dev.candor.benchmarks;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.DevelopmentPki.KeyType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningOptions;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A companion to the JMH suite for a shared, loaded machine: runs each operation and its baseline
 * alternately, round after round, and reports the median of each, the median of the per-round
 * ratios and the ratio of the fastest runs. Load that drifts over seconds or minutes biases JMH
 * figures taken minutes apart; it cannot bias a ratio of two runs a few milliseconds apart. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.candor.benchmarks.PairedRatios [rounds]}.
 */
public final class PairedRatios {
  private static final int WARMUP_ROUNDS = 60;

  private PairedRatios() {}

  /** Prints one Markdown row per operation and image. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    DevelopmentPki pki = Keys.pki(KeyType.EC_P256);
    ImageLabeler labeler =
        ImageLabels.labeler(SigningOptions.of(pki.signer()))
            .model(GeneratorInfo.of("Example Diffusion", "3.1"))
            .build();
    VerifyOptions options = VerifyOptions.defaults().withTrust(pki.trustAnchors());
    SignatureFixture signature = new SignatureFixture(pki.signer());
    Path out = Files.createTempDirectory(Inputs.dir(), "paired");
    System.out.println(
        "| operation | image | bytes | median | baseline median | median of ratios"
            + " | fastest / fastest |");
    System.out.println("|---|---|---|---|---|---|---|");
    try {
      for (Inputs image : Inputs.values()) {
        Path in = image.file();
        byte[] bytes = Files.readAllBytes(in);
        byte[] labelled = labeler.label(bytes);
        Path target = out.resolve("out-" + image.fileName());
        Path copy = out.resolve("copy-" + image.fileName());
        pair(
            "label bytes",
            image,
            bytes.length,
            rounds,
            () -> labeler.label(bytes),
            () -> Baselines.sha256AndCopy(bytes));
        pair(
            "label file",
            image,
            bytes.length,
            rounds,
            () -> {
              labeler.label(in, target);
              return target;
            },
            () -> Baselines.sha256AndCopyFile(in, copy),
            () -> {
              // Both sides write a new file (as a batch into an empty directory does); replacing
              // an existing one costs the file system more (freeing its blocks) on either side.
              Files.deleteIfExists(target);
              Files.deleteIfExists(copy);
            });
        pair(
            "verify",
            image,
            labelled.length,
            rounds,
            () -> ImageLabels.verify(AssetSource.of(labelled), options),
            () -> Baselines.sha256AndVerify(labelled, signature));
        Files.deleteIfExists(target);
        Files.deleteIfExists(copy);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void pair(
      String name, Inputs image, long size, int rounds, Callable<?> op, Callable<?> baseline)
      throws Exception {
    pair(name, image, size, rounds, op, baseline, () -> {});
  }

  /** Untimed work before each timed call. */
  private interface Reset {
    void run() throws Exception;
  }

  private static void pair(
      String name,
      Inputs image,
      long size,
      int rounds,
      Callable<?> op,
      Callable<?> baseline,
      Reset reset)
      throws Exception {
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      reset.run();
      op.call();
      baseline.call();
    }
    double[] a = new double[rounds];
    double[] b = new double[rounds];
    double[] ratio = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      reset.run();
      long t0 = System.nanoTime();
      baseline.call();
      long t1 = System.nanoTime();
      op.call();
      long t2 = System.nanoTime();
      b[i] = (t1 - t0) / 1e6;
      a[i] = (t2 - t1) / 1e6;
      ratio[i] = a[i] / b[i];
    }
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %,d | %.2f ms | %.2f ms | %.2fx | %.2fx |%n",
        name,
        image,
        size,
        median(a),
        median(b),
        median(ratio),
        min(a) / min(b));
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElseThrow();
  }
}
