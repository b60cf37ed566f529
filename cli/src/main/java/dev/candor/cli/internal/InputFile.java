package dev.candor.cli.internal;

import java.nio.file.Path;

/**
 * One file to process, as named on the command line or found under a directory argument.
 *
 * @param path the file
 * @param base the directory argument it was found under, or {@code null} when named directly
 */
public record InputFile(Path path, Path base) {
  /**
   * The path to show and to keep under an output directory: relative to the base, else the name.
   */
  public Path relative() {
    return base == null ? path.getFileName() : base.relativize(path);
  }

  /** The path as the user would recognise it. */
  public String display() {
    return path.toString();
  }
}
