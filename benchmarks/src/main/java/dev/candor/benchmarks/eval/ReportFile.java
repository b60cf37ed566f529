package dev.candor.benchmarks.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an evaluation's generated Markdown over the tables of an existing report. */
final class ReportFile {
  private ReportFile() {}

  /**
   * One table row per attack ({@code cells}: recovered, cells, then whatever {@code rest} prints
   * after the exact-payload column), then the line "All cells: recovered/cells."
   */
  static void attackTable(
      StringBuilder md,
      java.util.Map<String, int[]> cells,
      java.util.function.Function<int[], String> rest) {
    int ok = 0;
    int all = 0;
    for (java.util.Map.Entry<String, int[]> e : cells.entrySet()) {
      int[] s = e.getValue();
      ok += s[0];
      all += s[1];
      md.append("| ").append(e.getKey()).append(" | ").append(s[0]).append('/').append(s[1]);
      md.append(" | ").append(rest.apply(s)).append(" |\n");
    }
    md.append("\nAll cells: ").append(ok).append('/').append(all).append(".\n\n");
  }

  /**
   * Replaces {@code report} with {@code generated}, keeping the hand-written part of the existing
   * report (from the first {@code handWritten} on, if present) after it. Written to a temporary
   * file and moved into place, so a failed run leaves the old report whole.
   */
  static void write(Path report, String generated, String handWritten) throws IOException {
    StringBuilder md = new StringBuilder(generated);
    if (Files.exists(report)) {
      String old = Files.readString(report);
      int at = old.indexOf(handWritten);
      if (at >= 0) {
        md.append('\n').append(old.substring(at));
      }
    }
    Path tmp = report.resolveSibling(report.getFileName() + ".tmp");
    Files.writeString(tmp, md.toString());
    Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
