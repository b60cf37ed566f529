package dev.candor.cli;

import dev.candor.cli.internal.LabelOutcome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The end-of-run summary of {@code candor label}: counts, then skips and failures grouped by
 * reason.
 */
final class Summary {
  private static final int MAX_LISTED = 10;

  private Summary() {}

  static void print(PrintStream err, List<LabelOutcome> outcomes, double seconds, Path report) {
    Map<LabelOutcome.Status, List<LabelOutcome>> by =
        outcomes.stream().collect(Collectors.groupingBy(LabelOutcome::status));
    List<LabelOutcome> labelled = by.getOrDefault(LabelOutcome.Status.LABELLED, List.of());
    List<LabelOutcome> skipped = by.getOrDefault(LabelOutcome.Status.SKIPPED, List.of());
    List<LabelOutcome> failed = by.getOrDefault(LabelOutcome.Status.FAILED, List.of());
    err.printf(
        "%nLabelled %d, skipped %d, failed %d of %d files in %.1f s (%.1f files/s).%n",
        labelled.size(),
        skipped.size(),
        failed.size(),
        outcomes.size(),
        seconds,
        seconds > 0 ? outcomes.size() / seconds : 0.0);
    list(err, "Skipped", skipped);
    list(err, "Failed", failed);
    if (report != null) {
      err.println("Report: " + report);
    }
  }

  private static void list(PrintStream err, String heading, List<LabelOutcome> items) {
    if (items.isEmpty()) {
      return;
    }
    Map<String, List<LabelOutcome>> byReason =
        new TreeMap<>(
            items.stream()
                .collect(Collectors.groupingBy(o -> o.reason() == null ? "?" : o.reason())));
    err.println(heading + ":");
    for (Map.Entry<String, List<LabelOutcome>> e : byReason.entrySet()) {
      List<LabelOutcome> l = e.getValue();
      err.printf("  %d x %s%n", l.size(), e.getKey());
      for (int i = 0; i < Math.min(MAX_LISTED, l.size()); i++) {
        err.println("      " + l.get(i).file());
      }
      if (l.size() > MAX_LISTED) {
        err.printf("      ... and %d more (see --report)%n", l.size() - MAX_LISTED);
      }
    }
  }
}
