package dev.candor.cli;

import dev.candor.image.watermark.WatermarkKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the watermark key and the manifest repository are, for the commands that embed or look for
 * the invisible watermark ({@code label}, {@code verify}, {@code inspect}). Without these options
 * the defaults under {@code $CANDOR_HOME} apply ({@link WatermarkLayer#fromEnvironment}).
 */
final class WatermarkOptions {
  @Option(
      names = "--watermark-key",
      paramLabel = "FILE",
      description =
          "The secret watermark key: a file of at least 16 random bytes, such as 'candor keys"
              + " watermark --out FILE' writes (default: $CANDOR_HOME/dev-keys/watermark.key,"
              + " created by the first 'label --watermark').")
  Path key;

  @Option(
      names = "--manifests",
      paramLabel = "DIR|JDBC-URL",
      description =
          "The manifest repository: where 'label --watermark' files each signed record under its"
              + " watermark id, and where 'verify' looks a found id up. A folder (default:"
              + " $CANDOR_HOME/manifests), or a database: jdbc:h2:/path/to/file (one file,"
              + " embedded) or jdbc:postgresql://host/db (a server every machine shares), the"
              + " user and password in $CANDOR_MANIFESTS_USER and $CANDOR_MANIFESTS_PASSWORD.")
  String manifests;

  /** Whether either option was given. */
  boolean given() {
    return key != null || manifests != null;
  }

  /** What is wrong with the options as given, or null: a named key must exist and be long enough. */
  String problem() {
    return key == null ? null : keyProblem("--watermark-key", key);
  }

  /** What is wrong with the key file {@code key} given as {@code option}, or null. */
  static String keyProblem(String option, Path key) {
    if (!Files.isRegularFile(key)) {
      return option + ": " + key + ": " + (Files.exists(key) ? "not a regular file" : "no such file");
    }
    try {
      long size = Files.size(key);
      if (size < WatermarkKey.MIN_LENGTH) {
        return option + ": " + key + ": holds " + size + " bytes; a key needs at least "
            + WatermarkKey.MIN_LENGTH;
      }
    } catch (IOException e) {
      return option + ": " + key + ": " + e.getMessage();
    }
    return null;
  }

  /** The layer these options name, over {@code main}'s default for what they leave out. */
  WatermarkLayer layer(Main main) {
    return given() ? main.watermark().with(key, manifests, main.env()) : main.watermark();
  }
}
