package dev.candor.cli;

import dev.candor.cli.internal.Batch;
import dev.candor.cli.internal.InputFile;
import dev.candor.cli.internal.Inputs;
import dev.candor.cli.internal.Json;
import dev.candor.cli.internal.Verdict;
import dev.candor.cli.internal.Verifier;
import dev.candor.core.VerifyOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code candor verify}: says what marks each file carries and whether they hold. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Verify the AI markings of images and text files.",
    descriptionHeading = "%nDescription:%n",
    description = {
      "For each file: its state, what the state rests on (c2pa, xmp, watermark, text-label),"
          + " who signed it, the digital source type, and the C2PA status codes.",
      "",
      "States: TRUSTED (valid C2PA record, signer chains to a --trust anchor), VALID (valid C2PA"
          + " record), INVALID (a C2PA record that fails validation, or markings without any signed"
          + " record: failure claim.missing), UNMARKED (no marking of any kind), UNSUPPORTED"
          + " (format not handled), ERROR (could not be read or parsed).",
      "",
      "Results come in input order. FILE - reads text from standard input."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  candor verify out/",
      "  candor verify --trust ~/.config/candor/dev-keys/root.pem cat.jpg",
      "  candor verify --json -r photos/ | jq -r 'select(.state != \"TRUSTED\") | .file'",
      "",
      "Exit status: 0 every file VALID or TRUSTED; 1 some file INVALID, UNMARKED or UNSUPPORTED;"
          + " 2 usage error, unreadable --trust file, or some file in state ERROR."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "1..*",
      description = "Files or folders to verify; - for text on standard input.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--json",
      description = "One JSON object per file and line (JSON Lines), for pipelines.")
  boolean json;

  @Option(
      names = "--trust",
      paramLabel = "PEM",
      description =
          "Trust anchors: signers chaining to a certificate in this PEM file are TRUSTED"
              + " (repeatable).")
  List<Path> trust = new ArrayList<>();

  @picocli.CommandLine.Mixin SelectionOptions selection = new SelectionOptions();

  @picocli.CommandLine.Mixin WatermarkOptions watermark = new WatermarkOptions();

  @picocli.CommandLine.Mixin WatermarkSearchOption search = new WatermarkSearchOption();

  @Override
  public Integer call() throws Exception {
    VerifyOptions options = VerifyOptions.defaults();
    for (Path pem : trust) {
      try {
        options = options.withTrustAnchorsPem(pem);
      } catch (IOException e) {
        main.stderr().println("candor: --trust " + pem + ": " + e.getMessage());
        return Main.USAGE_OR_IO;
      }
    }
    String problem = watermark.problem();
    if (problem != null) {
      main.stderr().println("candor: " + problem);
      return Main.USAGE_OR_IO;
    }
    Verifier verifier = new Verifier(options, search.apply(watermark.layer(main)));
    PrintStream out = main.stdout();
    List<Verdict> verdicts = new ArrayList<>();
    List<Path> files = new ArrayList<>(inputs);
    if (files.removeIf(p -> p.toString().equals("-"))) {
      Verdict v = verifier.text("-", main.stdin().readAllBytes());
      print(out, v);
      verdicts.add(v);
    }
    List<InputFile> expanded;
    try {
      expanded = new Inputs(selection.recursive, selection.includes, selection.excludes, p -> false).expand(files);
    } catch (IOException e) {
      main.stderr().println("candor: cannot list inputs: " + e);
      return Main.USAGE_OR_IO;
    }
    verdicts.addAll(
        Batch.run(
            expanded,
            Math.max(1, selection.jobs),
            f -> verifier.verify(f.path()),
            v -> {},
            v -> print(out, v)));
    out.flush();
    if (!json && verdicts.size() > 1) {
      summary(verdicts);
    }
    if (verdicts.stream().anyMatch(v -> v.state() == Verdict.State.ERROR)) {
      return Main.USAGE_OR_IO;
    }
    return verdicts.stream().allMatch(Verdict::isValid) ? Main.OK : Main.SOME_FAILED;
  }

  private void print(PrintStream out, Verdict v) {
    if (json) {
      out.println(Json.line(v.toJson()));
    } else {
      out.print(v.toHuman());
    }
  }

  private void summary(List<Verdict> verdicts) {
    Map<Verdict.State, Integer> counts = new EnumMap<>(Verdict.State.class);
    verdicts.forEach(v -> counts.merge(v.state(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder().append(verdicts.size()).append(" files:");
    counts.forEach((s, n) -> sb.append(' ').append(n).append(' ').append(s).append(','));
    sb.setLength(sb.length() - 1);
    main.stderr().println(sb);
  }
}
