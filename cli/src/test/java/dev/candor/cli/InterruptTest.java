package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.cli.internal.Verdict;
import dev.candor.cli.internal.Verifier;
import dev.candor.core.VerifyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing {@code candor label} mid-batch leaves every input as it was and every output complete or
 * absent; the next run cleans up and finishes. Runs the CLI as a separate JVM.
 */
class InterruptTest {
  private static final int FILES = 40;

  @TempDir Path tmp;

  @Test
  void sigkillMidBatch_inputsIntactOutputsCompleteOrAbsent_rerunFinishes() throws Exception {
    interrupt(true);
  }

  @Test
  void sigtermMidBatch_noTemporaryFilesLeft() throws Exception {
    Path out = interrupt(false);
    assertEquals(List.of(), parts(out), "the shutdown hook removed temporary files");
  }

  private Path interrupt(boolean kill) throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Path home = tmp.resolve("home");
    for (int i = 0; i < FILES; i++) {
      Cli.image(in.resolve(String.format("img%03d.png", i)), "png", i);
    }
    Map<Path, String> before = hashes(in);
    Cli cli = new Cli(home);
    assertEquals(0, cli.run("keys", "init").status());
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "label",
            "--jobs",
            "1",
            in.toString(),
            "-o",
            out.toString());
    pb.environment().put("CANDOR_HOME", home.toString());
    pb.redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile());
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && outputs(out).size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (kill) {
      p.destroyForcibly();
    } else {
      p.destroy();
    }
    p.waitFor(60, TimeUnit.SECONDS);
    String log = Files.readString(tmp.resolve("log.txt"));
    assertTrue(outputs(out).size() < FILES, "the run was interrupted before the end:\n" + log);
    assertEquals(before, hashes(in), "inputs untouched");
    Verifier verifier = new Verifier(VerifyOptions.defaults(), WatermarkLayer.NONE);
    for (Path o : outputs(out)) {
      assertEquals(Verdict.State.VALID, verifier.verify(o).state(), o + " is complete");
    }
    List<Path> leftOver = parts(out);
    Cli.Result rerun = cli.run("label", "--jobs", "1", in.toString(), "-o", out.toString());
    assertEquals(0, rerun.status(), rerun.toString());
    assertEquals(FILES, outputs(out).size());
    assertEquals(List.of(), parts(out), "stale temporary files removed: " + leftOver);
    for (Path o : outputs(out)) {
      assertEquals(Verdict.State.VALID, verifier.verify(o).state(), o.toString());
    }
    return out;
  }

  private static List<Path> outputs(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static List<Path> parts(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).sorted().toList();
    }
  }

  private static Map<Path, String> hashes(Path dir) throws Exception {
    Map<Path, String> m = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        m.put(
            p,
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return m;
  }
}
