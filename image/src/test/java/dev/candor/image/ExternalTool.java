package dev.candor.image;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool a test checks our output with. Absent: the test is skipped, unless the
 * environment says {@code CI=true}, where CI must have installed it (see the report's CI needs).
 */
final class ExternalTool {
  private ExternalTool() {}

  /** Skips (or, on CI, fails) unless {@code name} is on the PATH. */
  static void require(String name, String debianPackage) {
    boolean present = false;
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          present = true;
          break;
        }
      }
    }
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(name + " is required on CI: apt-get install " + debianPackage);
    }
    assumeTrue(present, name + " absent (Debian package " + debianPackage + ")");
  }

  /** Runs a command, returns stdout+stderr; fails the test on a non-zero exit. */
  static String run(String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command[0] + " did not finish");
    }
    String text = new String(out, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      fail(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + text);
    }
    return text;
  }
}
