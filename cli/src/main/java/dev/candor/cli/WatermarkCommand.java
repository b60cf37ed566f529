package dev.candor.cli;

import dev.candor.cli.internal.AtomicOutput;
import dev.candor.core.ProvenanceException;
import dev.candor.image.FileFormat;
import dev.candor.image.ImageFormats;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkSearch;
import dev.candor.image.watermark.WatermarkStrength;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code candor watermark embed|detect}: the invisible watermark alone, for experts and evaluations. */
@Command(
    name = "watermark",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    header = "Embed or detect the invisible image watermark alone (for experts and evaluations).",
    description = {
      "'candor label --watermark' is the normal way: it also signs a record that the watermark"
          + " points back to. These commands only change or read pixels.",
      "The key is a file of at least 16 secret bytes (default: the development watermark key,"
          + " $CANDOR_HOME/dev-keys/watermark.key or ~/.config/candor/dev-keys/watermark.key)."
    },
    subcommands = {WatermarkCommand.Embed.class, WatermarkCommand.Detect.class})
final class WatermarkCommand {
  @ParentCommand Main main;

  /**
   * The key named by {@code --key}, else the default one (created when {@code create}).
   *
   * @throws IOException with the reason when a named key is missing or too short
   */
  static Optional<WatermarkKey> key(Main main, Path file, boolean create) throws IOException {
    if (file != null) {
      String problem = WatermarkOptions.keyProblem("--key", file);
      if (problem != null) {
        throw new IOException(problem);
      }
      return Optional.of(WatermarkKey.of(Files.readAllBytes(file)));
    }
    return WatermarkLayer.fromEnvironment(main.env()).key(create);
  }

  /** {@code candor watermark embed IN OUT --payload HEX}. */
  @Command(
      name = "embed",
      mixinStandardHelpOptions = true,
      header = "Write a watermarked copy of an image (PNG, JPEG or lossless WebP by OUT's extension).",
      footerHeading = "%nExit status:%n",
      footer = {
        "  0 written (a warning on standard error when the mark does not read back from it);",
        "  2 usage error, unreadable input or unwritable output."
      })
  static final class Embed implements Callable<Integer> {
    @ParentCommand WatermarkCommand parent;

    @Parameters(index = "0", paramLabel = "IN", description = "The image (JPEG, PNG or WebP).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The marked copy (.png, .jpg, .jpeg, or .webp: lossless).")
    Path out;

    @Option(names = "--payload", required = true, paramLabel = "HEX", description = "64 bits, 16 hex digits.")
    String payload;

    @Option(names = "--key", paramLabel = "FILE", description = "The secret key file.")
    Path keyFile;

    @Option(
        names = "--strength",
        paramLabel = "STRENGTH",
        defaultValue = "standard",
        description =
            "'standard' (default; PSNR at least 42.7 dB, 40.1 on busy textures, 1.5 times as"
                + " strong on images whose half-size JPEG copy would not hold the mark), 'subtle'"
                + " (never 1.5 times) or 'robust' (1.5 times as strong everywhere, PSNR 3.5 dB"
                + " lower).")
    WatermarkStrength strength;

    @Override
    public Integer call() throws Exception {
      Main main = parent.main;
      String ext = out.getFileName().toString().toLowerCase(Locale.ROOT);
      FileFormat as =
          ext.endsWith(".png") ? FileFormat.PNG
              : ext.endsWith(".jpg") || ext.endsWith(".jpeg") ? FileFormat.JPEG
              : ext.endsWith(".webp") ? FileFormat.WEBP : null;
      if (as == null) {
        main.stderr().println("candor: OUT must end in .png, .jpg, .jpeg or .webp");
        return Main.USAGE_OR_IO;
      }
      WatermarkPayload p;
      try {
        p = WatermarkPayload.ofHex(payload);
      } catch (IllegalArgumentException e) {
        main.stderr().println("candor: --payload: " + e.getMessage());
        return Main.USAGE_OR_IO;
      }
      // Refuses a truncated JPEG, which the JDK would decode with grey rows for the marked copy.
      BufferedImage img = pixels(main, in, true);
      if (img == null) {
        return Main.USAGE_OR_IO;
      }
      WatermarkKey key = key(main, keyFile, true).orElseThrow();
      // The encoder labelling uses: JPEG at quality 0.92 (not ImageIO's default 0.75, a loss the
      // mark would carry into every later test), alpha flattened on white; WebP lossless.
      byte[] encoded;
      try {
        encoded = ImageFormats.encodePixels(ImageWatermark.embed(img, p, key, strength), as);
      } catch (ProvenanceException e) {
        main.stderr().println("candor: " + out + ": " + e.getMessage());
        return Main.USAGE_OR_IO;
      }
      // Whole or not at all, with the input's permissions (label's outputs get the same).
      AtomicOutput.write(out, in, o -> o.write(encoded));
      // Written either way (an evaluation may want the weak copy), but said: label refuses these.
      WatermarkDetection back;
      try {
        // The written copy keeps the marked geometry: the quick search reads all of it.
        back = ImageWatermark.detect(ImageFormats.readPixels(encoded), key, WatermarkSearch.QUICK);
      } catch (ProvenanceException e) {
        main.stderr().println("candor: warning: " + out + ": cannot be read back: " + e.getMessage());
        return 0;
      }
      if (back.payload().filter(p::equals).isEmpty()) {
        main.stderr().printf(
            Locale.ROOT,
            "candor: warning: %s: the mark does not read back from the written copy (pilot z %.1f,"
                + " %.1f needed): the image is too small or too busy for it%n",
            out,
            back.score(),
            back.threshold());
      }
      return 0;
    }
  }

  /** {@code candor watermark detect IN}. */
  @Command(
      name = "detect",
      mixinStandardHelpOptions = true,
      header = "Print the watermark payload in hex, or 'none'.",
      footerHeading = "%nExit status:%n",
      footer = {"  0 answered (found or none); 2 unreadable input or no key."})
  static final class Detect implements Callable<Integer> {
    @ParentCommand WatermarkCommand parent;

    @Parameters(paramLabel = "IN", description = "The image (JPEG, PNG or WebP).")
    Path in;

    @Option(names = "--key", paramLabel = "FILE", description = "The secret key file.")
    Path keyFile;

    @Option(
        names = "--search",
        paramLabel = "SEARCH",
        defaultValue = "full",
        description =
            "'full' (default; also resized, rotated and shrunk copies) or 'quick' (copies at the"
                + " marked size only: re-encoded, cropped, filtered, flipped).")
    WatermarkSearch search;

    @Override
    public Integer call() throws Exception {
      Main main = parent.main;
      Optional<WatermarkKey> key = key(main, keyFile, false);
      if (key.isEmpty()) {
        main.stderr().println("candor: no watermark key (give --key FILE)");
        return Main.USAGE_OR_IO;
      }
      // What decodes is searched, so a truncated copy is still read (as verify does).
      BufferedImage img = pixels(main, in, false);
      if (img == null) {
        return Main.USAGE_OR_IO;
      }
      if (img.getWidth() < ImageWatermark.MIN_SIDE / 2
          || img.getHeight() < ImageWatermark.MIN_SIDE / 2) {
        main.stderr().println("candor: " + in + ": too small for a watermark (under "
            + ImageWatermark.MIN_SIDE / 2 + " px a side)");
        return Main.USAGE_OR_IO;
      }
      WatermarkDetection d = ImageWatermark.detect(img, key.get(), search);
      main.stdout().println(d.payload().map(WatermarkPayload::toHex).orElse("none"));
      return 0;
    }
  }

  /**
   * The pixels of {@code in}, all of them ({@code whole}: refused when cut short) or what decodes;
   * null after saying on stderr why there are none.
   */
  private static BufferedImage pixels(Main main, Path in, boolean whole) throws IOException {
    if (!Files.isRegularFile(in)) {
      main.stderr().println(
          "candor: " + in + ": " + (Files.exists(in) ? "not a regular file" : "no such file"));
      return null;
    }
    try {
      byte[] bytes = Files.readAllBytes(in);
      return whole ? ImageFormats.decodePixels(bytes) : ImageFormats.readPixels(bytes);
    } catch (ProvenanceException e) {
      main.stderr().println("candor: " + in + ": " + e.getMessage());
      return null;
    }
  }
}
