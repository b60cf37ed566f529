package dev.candor.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into files: a file stands for itself; a directory for the regular
 * files in it (and below it with {@code recursive}), sorted, hidden ones ({@code .name}) left out,
 * filtered by include and exclude globs. Globs match the path relative to the directory argument or
 * the bare file name ({@code *.jpg}, {@code photos/**}).
 */
public final class Inputs {
  private final boolean recursive;
  private final List<PathMatcher> includes = new ArrayList<>();
  private final List<PathMatcher> excludes = new ArrayList<>();
  private final Predicate<Path> ignored;

  /**
   * @param ignored files found under directories that must be left out (earlier outputs)
   * @throws IllegalArgumentException when a glob is malformed
   */
  public Inputs(
      boolean recursive,
      List<String> includeGlobs,
      List<String> excludeGlobs,
      Predicate<Path> ignored) {
    this.recursive = recursive;
    for (String g : includeGlobs) {
      includes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    for (String g : excludeGlobs) {
      excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    this.ignored = ignored;
  }

  /**
   * The files the arguments stand for, in argument order. A path that does not exist is kept (it is
   * reported as failed when processed).
   *
   * @throws IOException when a directory cannot be listed
   */
  public List<InputFile> expand(List<Path> args) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (Path a : args) {
      if (!Files.isDirectory(a)) {
        out.add(new InputFile(a, null));
        continue;
      }
      List<Path> found;
      try (Stream<Path> s = recursive ? Files.walk(a) : Files.list(a)) {
        found =
            s.filter(p -> !p.equals(a))
                .filter(p -> !hiddenBelow(a, p))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      }
      for (Path p : found) {
        if (!ignored.test(p) && selected(a.relativize(p))) {
          out.add(new InputFile(p, a));
        }
      }
    }
    return out;
  }

  private static boolean hiddenBelow(Path base, Path p) {
    for (Path part : base.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private boolean selected(Path relative) {
    Path name = relative.getFileName();
    if (!includes.isEmpty()
        && includes.stream().noneMatch(m -> m.matches(relative) || m.matches(name))) {
      return false;
    }
    return excludes.stream().noneMatch(m -> m.matches(relative) || m.matches(name));
  }
}
