package dev.candor.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How folders are walked and how many files are worked on at once; shared by label and verify. */
final class SelectionOptions {
  @Option(
      names = {"-r", "--recursive"},
      description = "Also take files in folders below a DIR.")
  boolean recursive;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Only files under a DIR whose name or relative path matches (repeatable).")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out files under a DIR whose name or relative path matches (repeatable).")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Files worked on at once (default: the number of cores, here ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();
}
