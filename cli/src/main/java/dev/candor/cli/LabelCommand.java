package dev.candor.cli;

import dev.candor.cli.internal.AtomicOutput;
import dev.candor.cli.internal.Batch;
import dev.candor.cli.internal.InputFile;
import dev.candor.cli.internal.Inputs;
import dev.candor.cli.internal.Json;
import dev.candor.cli.internal.LabelOutcome;
import dev.candor.cli.internal.LabelSettings;
import dev.candor.cli.internal.Labeller;
import dev.candor.cli.internal.Progress;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.ProvenanceException;
import dev.candor.core.SigningOptions;
import dev.candor.core.VerifyOptions;
import dev.candor.image.ContentKind;
import dev.candor.image.Corner;
import dev.candor.image.watermark.WatermarkStrength;
import dev.candor.text.DisclosureFormat;
import dev.candor.text.TextLabels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code candor label}: labels images and text files. */
@Command(
    name = "label",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Label AI-generated images and text files.",
    descriptionHeading = "%nDescription:%n",
    description = {
      "Writes a labelled copy of each FILE (JPEG, PNG, WebP; .txt, .md, .html text): for images a"
          + " visible badge, the IPTC digital source type in XMP and a signed C2PA record; for text"
          + " a disclosure sentence as footer and a signed C2PA text wrapper.",
      "",
      "A DIR stands for the files in it (with -r, below it too). Inputs are never written over"
          + " unless --in-place; every output is written to a temporary file and moved into place,"
          + " so an interrupted run leaves outputs complete or absent. Files whose output is"
          + " already labelled by Candor are skipped unless --force. Unsupported files are skipped"
          + " with a reason; a file that fails does not stop the others.",
      "",
      "Without --key/--chain, --pkcs12 or --pkcs11, development keys are used (created on first use in"
          + " $CANDOR_HOME/dev-keys or ~/.config/candor/dev-keys): VALID, but trusted by no one.",
      "",
      "FILE - reads text from standard input and writes the labelled text to standard output."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  candor label cat.jpg -o cat-labelled.jpg",
      "  candor label -r generated/ -o labelled/ --model 'Example Diffusion'",
      "  candor label --in-place --key signer.key --chain chain.pem *.png",
      "  llm 'write a haiku' | candor label - > haiku.txt",
      "",
      "Exit status: 0 no file failed (skipped files are fine), 1 some file failed,"
          + " 2 usage error or unusable keys."
    })
final class LabelCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "1..*",
      description = "Images, text files or folders to label; - for text on standard input.")
  List<Path> inputs = new ArrayList<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nWhat the AI did:%n")
  Kind kind;

  static final class Kind {
    @Option(
        names = "--generated",
        required = true,
        description = "Generated from scratch (default): IPTC trainedAlgorithmicMedia.")
    boolean generated;

    @Option(
        names = "--edited",
        required = true,
        description = "Existing content edited with AI: IPTC compositeWithTrainedAlgorithmicMedia.")
    boolean edited;
  }

  @Option(
      names = {"-m", "--model"},
      paramLabel = "NAME",
      description = "The model that made the content (C2PA softwareAgent, IPTC AISystemUsed).")
  String model;

  @Option(names = "--model-version", paramLabel = "VERSION", description = "The model's version.")
  String modelVersion;

  @Option(
      names = "--visible-label",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Draw a visible AI badge on images (default: on; --no-visible-label for off).")
  boolean visibleLabel;

  @Option(
      names = "--corner",
      paramLabel = "CORNER",
      defaultValue = "top-right",
      converter = CornerConverter.class,
      description =
          "Badge corner: top-left, top-right, bottom-left, bottom-right"
              + " (default: ${DEFAULT-VALUE}).")
  Corner corner;

  @Option(
      names = {"-l", "--lang"},
      paramLabel = "TAG",
      defaultValue = "en",
      description =
          "Language of the badge and the text disclosure, a BCP 47 tag; the 24 EU"
              + " languages are bundled, others fall back to English (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--watermark",
      negatable = true,
      defaultValue = "false",
      description =
          "Embed an invisible watermark in JPEG and PNG images (default: off). Its id points back"
              + " to the signed record, kept in the manifest repository ($CANDOR_HOME/manifests or"
              + " ~/.config/candor/manifests, or --manifests), so 'candor verify' finds the record"
              + " of a copy whose metadata was stripped. An image the mark cannot be read back from"
              + " (too small or too busy) fails, and nothing is written for it.")
  boolean watermark;

  /** The choices of {@code --watermark-strength}: the strengths tried, in turn, per image. */
  enum StrengthChoice {
    STANDARD(WatermarkStrength.STANDARD),
    SUBTLE(WatermarkStrength.SUBTLE),
    ROBUST(WatermarkStrength.ROBUST),
    AUTO(WatermarkStrength.STANDARD, WatermarkStrength.ROBUST);

    final List<WatermarkStrength> strengths;

    StrengthChoice(WatermarkStrength... strengths) {
      this.strengths = List.of(strengths);
    }
  }

  @Option(
      names = "--watermark-strength",
      paramLabel = "STRENGTH",
      description =
          "How strongly --watermark marks: 'standard' (default; PSNR at least 42.7 dB, 40.1 on busy"
              + " textures, 1.5 times as strong on images whose half-size JPEG copy would not hold"
              + " the mark), 'subtle' (never 1.5 times: the least visible, the least durable),"
              + " 'robust' (1.5 times as strong everywhere, PSNR 3.5 dB lower) for copies that"
              + " will be recompressed hard or shrunk to thumbnails, or 'auto' (standard, and"
              + " robust for an image the standard mark does not read back from). 'candor verify'"
              + " reads each.")
  StrengthChoice watermarkStrength;

  @picocli.CommandLine.Mixin WatermarkOptions watermarkOptions = new WatermarkOptions();

  Path output;

  /** Whether -o was written with a trailing separator ("out/"), which names a folder. */
  private boolean outputNamesFolder;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description =
          "Output file (one input) or folder (several inputs, a folder input, an existing folder,"
              + " or a PATH ending in /); outputs keep their names, and their paths below a folder"
              + " input.")
  void output(String path) {
    // Kept as text first: Path drops a trailing separator, and with it "out/" meaning a folder.
    this.output = Path.of(path);
    this.outputNamesFolder = path.endsWith("/") || path.endsWith(java.io.File.separator);
  }

  @Option(
      names = "--suffix",
      paramLabel = "SUFFIX",
      description =
          "Write each output beside its input with SUFFIX before the extension"
              + " (cat.jpg -> cat.labelled.jpg). The default when neither -o nor --in-place is given:"
              + " .labelled")
  String suffix;

  @Option(
      names = "--in-place",
      description = "Replace each input with its labelled version, atomically.")
  boolean inPlace;

  @ArgGroup(validate = false, heading = "%nSigning:%n")
  Signing signing;

  @picocli.CommandLine.Mixin SelectionOptions selection = new SelectionOptions();

  @Option(names = "--force", description = "Label again files whose output is already labelled.")
  boolean force;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write a JSON Lines report: one {file, output, status, reason, kind} per input.")
  Path report;

  @Option(
      names = "--text-format",
      paramLabel = "FORMAT",
      description = "Markup of text on standard input: plain, markdown or html (default: plain).")
  DisclosureFormat textFormat = DisclosureFormat.PLAIN;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress or per-file lines; the summary only.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    Signing sign = signing == null ? new Signing() : signing;
    check(sign);
    Locale locale = locale();
    boolean stdin = inputs.size() == 1 && inputs.get(0).toString().equals("-");
    SigningOptions signingOptions;
    try {
      signingOptions = sign.resolve(main.env(), main.stderr());
    } catch (IOException | ProvenanceException e) {
      main.stderr().println("candor: cannot use the signing key: " + e.getMessage());
      return Main.USAGE_OR_IO;
    }
    GeneratorInfo gen = model == null ? null : GeneratorInfo.of(model, modelVersion);
    LabelSettings settings =
        new LabelSettings(
            signingOptions,
            gen,
            kind != null && kind.edited ? ContentKind.EDITED : ContentKind.GENERATED,
            visibleLabel,
            corner,
            locale,
            watermark ? watermarkOptions.layer(main) : null,
            (watermarkStrength == null ? StrengthChoice.STANDARD : watermarkStrength).strengths,
            force);
    Labeller labeller = new Labeller(settings);
    return stdin ? labelStdin(labeller) : labelFiles(labeller);
  }

  private void check(Signing sign) {
    String problem = sign.problem();
    if (problem == null && inPlace && (output != null || suffix != null)) {
      problem = "--in-place writes over the inputs: leave out -o and --suffix";
    }
    if (problem == null && output != null && suffix != null) {
      problem = "use either -o or --suffix";
    }
    if (problem == null
        && inputs.stream().anyMatch(p -> p.toString().equals("-"))
        && (inputs.size() > 1 || output != null || inPlace || suffix != null)) {
      problem = "- (standard input) stands alone and writes to standard output";
    }
    if (problem == null && suffix != null && suffix.isEmpty()) {
      problem = "--suffix must not be empty (use --in-place to replace inputs)";
    }
    if (problem == null && selection.jobs < 1) {
      problem = "--jobs must be at least 1";
    }
    if (problem == null && watermark && !main.watermark().available()) {
      problem = "--watermark: no invisible watermark is available in this build yet";
    }
    if (problem == null && (watermarkOptions.given() || watermarkStrength != null) && !watermark) {
      problem = "--watermark-key, --manifests and --watermark-strength go with --watermark";
    }
    if (problem == null) {
      problem = watermarkOptions.problem();
    }
    if (problem != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), problem);
    }
  }

  private Locale locale() {
    try {
      Locale l = new Locale.Builder().setLanguageTag(lang).build();
      if (l.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("no language");
      }
      return l;
    } catch (IllformedLocaleException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--lang: not a BCP 47 language tag: " + lang);
    }
  }

  private int labelStdin(Labeller labeller) throws IOException {
    byte[] in = main.stdin().readAllBytes();
    try {
      byte[] out;
      if (!force
          && Labeller.isCandorValid(
              TextLabels.verify(
                  dev.candor.cli.internal.Texts.decode(in), VerifyOptions.defaults()))) {
        main.stderr()
            .println(
                "candor: the text is already labelled by Candor; passed through"
                    + " unchanged (use --force to label again)");
        out = in;
      } else {
        out = labeller.labelText(in, textFormat, null);
      }
      main.stdout().write(out);
      main.stdout().flush();
      return Main.OK;
    } catch (ProvenanceException e) {
      main.stderr().println("candor: cannot label standard input: " + e.getMessage());
      return Main.SOME_FAILED;
    }
  }

  private int labelFiles(Labeller labeller) throws Exception {
    boolean single = inputs.size() == 1 && !Files.isDirectory(inputs.get(0));
    Path outDir = null;
    Path outFile = null;
    String sfx = null;
    if (output != null) {
      if (single && !Files.isDirectory(output) && !outputNamesFolder) {
        outFile = output;
      } else {
        outDir = output;
      }
    } else if (!inPlace) {
      sfx = suffix == null ? ".labelled" : suffix;
    }
    Path outAbs = outDir == null ? null : outDir.toAbsolutePath().normalize();
    // An output folder inside an input folder holds earlier outputs: leave them out. The same
    // folder as an input is not left out, so each file is refused rather than silently skipped.
    Path outDirAbs =
        outAbs != null
                && inputs.stream().noneMatch(i -> i.toAbsolutePath().normalize().equals(outAbs))
            ? outAbs
            : null;
    String suffixFinal = sfx;
    Inputs expander =
        new Inputs(
            selection.recursive,
            selection.includes,
            selection.excludes,
            p ->
                (outDirAbs != null && p.toAbsolutePath().normalize().startsWith(outDirAbs))
                    || (suffixFinal != null
                        && stem(p.getFileName().toString()).endsWith(suffixFinal)));
    List<InputFile> files;
    try {
      files = expander.expand(inputs);
    } catch (IOException e) {
      main.stderr().println("candor: cannot list inputs: " + e);
      return Main.USAGE_OR_IO;
    }
    Map<Path, String> claimed = new HashMap<>();
    List<Job> jobsList = new ArrayList<>();
    for (InputFile f : files) {
      Path target =
          inPlace
              ? f.path()
              : outFile != null
                  ? outFile
                  : outDir != null
                      ? outDir.resolve(f.relative().toString())
                      : f.path()
                          .resolveSibling(
                              withSuffix(f.path().getFileName().toString(), suffixFinal));
      Path key = target.toAbsolutePath().normalize();
      String problem = null;
      if (!inPlace && key.equals(f.path().toAbsolutePath().normalize())) {
        problem = "the output would replace the input; use --in-place for that";
      } else if (claimed.containsKey(key)) {
        problem = "another input (" + claimed.get(key) + ") has the same output " + target;
      }
      claimed.putIfAbsent(key, f.display());
      jobsList.add(new Job(f, target, problem));
    }
    Progress.Mode mode =
        quiet ? Progress.Mode.NONE : main.terminal() ? Progress.Mode.BAR : Progress.Mode.LINES;
    Progress progress = new Progress(main.stderr(), mode, jobsList.size());
    long start = System.nanoTime();
    List<LabelOutcome> outcomes =
        Batch.run(
            jobsList,
            selection.jobs,
            j ->
                j.problem != null
                    ? new LabelOutcome(
                        j.in.display(), null, LabelOutcome.Status.FAILED, j.problem, null)
                    : labeller.label(j.in, j.target),
            o -> progress.finished(o.logLine()),
            o -> {});
    progress.close();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (report != null) {
      StringBuilder sb = new StringBuilder();
      outcomes.forEach(o -> sb.append(Json.line(o.toJson())).append('\n'));
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      AtomicOutput.write(report, out -> out.write(bytes));
    }
    Summary.print(main.stderr(), outcomes, seconds, report);
    return outcomes.stream().anyMatch(o -> o.status() == LabelOutcome.Status.FAILED)
        ? Main.SOME_FAILED
        : Main.OK;
  }

  private record Job(InputFile in, Path target, String problem) {}

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  static String withSuffix(String name, String suffix) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
  }

  /** Reads {@code top-right}, {@code TOP_RIGHT} or {@code topright}. */
  static final class CornerConverter implements CommandLine.ITypeConverter<Corner> {
    @Override
    public Corner convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Corner c : Corner.values()) {
        if (c.name().equals(v) || c.name().replace("_", "").equals(v)) {
          return c;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a corner: top-left, top-right, bottom-left or bottom-right");
    }
  }
}
