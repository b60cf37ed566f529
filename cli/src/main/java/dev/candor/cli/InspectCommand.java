package dev.candor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.cli.internal.ContentType;
import dev.candor.cli.internal.Json;
import dev.candor.cli.internal.Texts;
import dev.candor.cli.internal.Verdict;
import dev.candor.cli.internal.Verifier;
import dev.candor.core.ManifestStoreDump;
import dev.candor.core.ProvenanceException;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.ImageFormats;
import dev.candor.text.TextFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code candor inspect}: the whole manifest store of one file as JSON. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Show the whole C2PA manifest store of a file as JSON.",
    descriptionHeading = "%nDescription:%n",
    description = {
      "Prints one JSON document: \"file\", \"format\", \"verification\" (the object 'candor verify"
          + " --json' prints), \"stores\" (how many manifest stores the file carries) and"
          + " \"manifestStore\": per manifest its label, claim, assertions and signature"
          + " (algorithm, certificate subjects, issuers and validity, time-stamp present). CBOR is"
          + " shown as JSON with byte strings in base64.",
      "",
      "FILE - reads text from standard input."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExit status:%n",
    footer = {
      "  0 a manifest store was shown; 1 the file has none or is unsupported;"
          + " 2 usage error or unreadable file."
    })
final class InspectCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE", description = "The image or text file; - for standard input.")
  Path file;

  @Option(
      names = "--trust",
      paramLabel = "PEM",
      description = "Trust anchors for the verification part (repeatable).")
  List<Path> trust = new java.util.ArrayList<>();

  @picocli.CommandLine.Mixin WatermarkOptions watermark = new WatermarkOptions();

  @picocli.CommandLine.Mixin WatermarkSearchOption search = new WatermarkSearchOption();

  @Override
  public Integer call() throws Exception {
    VerifyOptions options = VerifyOptions.defaults();
    for (Path pem : trust) {
      options = options.withTrustAnchorsPem(pem);
    }
    String problem = watermark.problem();
    if (problem != null) {
      main.stderr().println("candor: " + problem);
      return Main.USAGE_OR_IO;
    }
    Verifier verifier = new Verifier(options, search.apply(watermark.layer(main)));
    boolean stdin = file.toString().equals("-");
    byte[] textBytes = stdin ? main.stdin().readAllBytes() : null;
    Verdict verdict = stdin ? verifier.text("-", textBytes) : verifier.verify(file);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("file", file.toString());
    out.put("format", verdict.format());
    out.set("verification", verdict.toJson());
    if (verdict.state() == Verdict.State.ERROR) {
      main.stdout().println(Json.pretty(out));
      return Main.USAGE_OR_IO;
    }
    List<EmbeddedStore> stores;
    try {
      stores = stdin ? Texts.stores(textBytes) : stores(file);
    } catch (ProvenanceException e) {
      out.put("error", e.getMessage());
      main.stdout().println(Json.pretty(out));
      return Main.SOME_FAILED;
    }
    out.put("stores", stores.size());
    if (stores.isEmpty()) {
      out.putNull("manifestStore");
      main.stdout().println(Json.pretty(out));
      return Main.SOME_FAILED;
    }
    try {
      out.set("manifestStore", ManifestStoreDump.toJson(stores.get(0).store()));
    } catch (ProvenanceException e) {
      out.put("error", e.getMessage());
    }
    main.stdout().println(Json.pretty(out));
    return Main.OK;
  }

  private static List<EmbeddedStore> stores(Path file) throws IOException, ProvenanceException {
    ContentType type = ContentType.of(file);
    switch (type.kind()) {
      case IMAGE:
        try (AssetSource src = AssetSource.open(file)) {
          return ImageFormats.forFormat(type.imageFormat()).orElseThrow().findStores(src);
        }
      case TEXT:
        return new TextFormat().scan(AssetSource.of(Files.readAllBytes(file))).stores();
      default:
        return List.of();
    }
  }
}
