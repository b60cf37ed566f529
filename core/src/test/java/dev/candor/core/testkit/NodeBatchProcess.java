package dev.candor.core.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-lived {@code node verify.mjs --batch} process: a request line in, a verdict line out, so
 * each asset costs milliseconds instead of a Node start-up. Restarted when it dies; stopped when
 * the JVM exits. Calls are serialised.
 */
final class NodeBatchProcess {
  /** Generous: the first c2pa-node call loads a 48 MB native library. */
  private static final long ANSWER_TIMEOUT_SECONDS = 120;

  private static final int MAX_STRAY_LINES = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> command;
  private final Path workDir;
  private final ExecutorService lineReader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "c2pa-interop-reader");
            t.setDaemon(true);
            return t;
          });
  private Process process;
  private BufferedWriter toNode;
  private BufferedReader fromNode;
  private Path stderrLog;
  private long nextId;

  NodeBatchProcess(String nodeExecutable, Path script) {
    this.command = List.of(nodeExecutable, script.toString(), "--batch");
    this.workDir = script.getParent();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "c2pa-interop-stop"));
  }

  /** Sends one request and returns the verdict; {@code request} gets an {@code id} added. */
  synchronized ReaderVerdict ask(ObjectNode request) {
    ensureStarted();
    long id = nextId++;
    request.put("id", id);
    try {
      toNode.write(JSON.writeValueAsString(request));
      toNode.write('\n');
      toNode.flush();
      String line = readVerdictLine();
      ReaderVerdict verdict = ReaderVerdict.parse(line);
      long echoed = echoedId(line);
      if (echoed != id) {
        throw new IllegalStateException(
            "interop bridge answered request " + echoed + ", not " + id);
      }
      return verdict;
    } catch (IOException | ExecutionException e) {
      stop();
      throw new IllegalStateException("interop bridge failed: " + stderrTail(), e);
    } catch (TimeoutException e) {
      stop();
      throw new IllegalStateException("interop bridge gave no answer in time: " + stderrTail(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IllegalStateException("interrupted while waiting for the interop bridge", e);
    } catch (IllegalStateException e) {
      stop(); // out of step with the process: start afresh on the next request
      throw e;
    }
  }

  /**
   * The next line that looks like a verdict. Native code could write to stdout behind the script's
   * back; such lines are skipped, a bounded number of them.
   */
  private String readVerdictLine()
      throws InterruptedException, ExecutionException, TimeoutException {
    StringBuilder stray = new StringBuilder();
    for (int skipped = 0; skipped <= MAX_STRAY_LINES; skipped++) {
      Future<String> answer = lineReader.submit(fromNode::readLine);
      String line = answer.get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (line == null) {
        throw new IllegalStateException("interop bridge exited: " + stray + stderrTail());
      }
      if (line.startsWith("{")) {
        return line;
      }
      stray.append(line).append('\n');
    }
    throw new IllegalStateException("interop bridge printed no verdict, only: " + stray);
  }

  private static long echoedId(String line) {
    try {
      return JSON.readTree(line).path("id").asLong(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  private void ensureStarted() {
    if (process != null && process.isAlive()) {
      return;
    }
    stop();
    try {
      stderrLog = Files.createTempFile("candor-c2pa-interop-", ".log");
      stderrLog.toFile().deleteOnExit();
      process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectError(stderrLog.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    toNode =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    fromNode =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  synchronized void stop() {
    if (process == null) {
      return;
    }
    try {
      toNode.close(); // end of input: the script finishes its loop and exits
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      process = null;
    }
  }

  private String stderrTail() {
    try {
      if (stderrLog == null || !Files.exists(stderrLog)) {
        return "(no stderr)";
      }
      String text = Files.readString(stderrLog, StandardCharsets.UTF_8);
      return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
    } catch (IOException e) {
      return "(stderr unreadable: " + e.getMessage() + ")";
    }
  }
}
