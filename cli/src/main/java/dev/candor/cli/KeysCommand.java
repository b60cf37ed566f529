package dev.candor.cli;

import dev.candor.cli.internal.DevKeys;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code candor keys}: development keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    headerHeading = "%n",
    header = "Manage development signing keys and watermark keys.",
    subcommands = {KeysCommand.Init.class, KeysCommand.Watermark.class})
final class KeysCommand implements Runnable {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a keys command: init or watermark");
  }

  /** {@code candor keys init}. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      usageHelpAutoWidth = true,
      headerHeading = "%n",
      header = "Create a development root and signing certificate.",
      descriptionHeading = "%nDescription:%n",
      description = {
        "Writes DIR/root.pem (the root CA certificate), DIR/chain.pem (the signing certificate,"
            + " then its issuers; no root) and DIR/signer.key (PKCS#8 PEM, mode 0600): EC P-256,"
            + " signing ES256, meeting the C2PA certificate profile. The key is never printed.",
        "",
        "DEVELOPMENT KEYS ARE TRUSTED BY NO ONE ELSE. Records signed with them verify as VALID;"
            + " they are TRUSTED only where root.pem is given as --trust.",
        "",
        "Use them with: candor label --key DIR/signer.key --chain DIR/chain.pem FILE",
        "'candor label' creates them in the default folder on first use when no key is given."
      },
      optionListHeading = "%nOptions:%n",
      footerHeading = "%nExit status:%n",
      footer = {"  0 keys created, or kept because they exist; 2 they could not be written."})
  static final class Init implements Callable<Integer> {
    @ParentCommand KeysCommand keys;

    @Option(
        names = "--dir",
        paramLabel = "DIR",
        description =
            "Where to write the keys (default: $CANDOR_HOME/dev-keys, else"
                + " ${XDG_CONFIG_HOME:-~/.config}/candor/dev-keys).")
    Path dir;

    @Option(names = "--force", description = "Replace keys that exist.")
    boolean force;

    @Override
    public Integer call() throws Exception {
      Main main = keys.main;
      Path target = dir != null ? dir : DevKeys.defaultDir(main.env());
      if (DevKeys.exist(target) && !force) {
        main.stderr()
            .println(
                "candor: development keys exist in "
                    + target
                    + "; kept them (--force replaces them)");
        main.stdout().println(target);
        return Main.OK;
      }
      DevKeys.create(target, force, main.stderr());
      main.stdout().println(target);
      return Main.OK;
    }
  }

  /** {@code candor keys watermark}. */
  @Command(
      name = "watermark",
      mixinStandardHelpOptions = true,
      usageHelpAutoWidth = true,
      headerHeading = "%n",
      header = "Create a secret key for the invisible image watermark.",
      descriptionHeading = "%nDescription:%n",
      description = {
        "Writes 32 random bytes (mode 0600) to FILE and prints its path; the key is never printed."
            + " Whoever holds it can embed marks that find your records, and detect them: keep it"
            + " as secret as a signing key.",
        "",
        "Use it with: candor label --watermark --watermark-key FILE ...,"
            + " and the same --watermark-key for candor verify.",
        "'candor label --watermark' creates the default key on first use when none is named."
      },
      optionListHeading = "%nOptions:%n",
      footerHeading = "%nExit status:%n",
      footer = {"  0 key created, or kept because it exists; 2 it could not be written."})
  static final class Watermark implements Callable<Integer> {
    @ParentCommand KeysCommand keys;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "Where to write the key (default: $CANDOR_HOME/dev-keys/watermark.key, else"
                + " ${XDG_CONFIG_HOME:-~/.config}/candor/dev-keys/watermark.key).")
    Path out;

    @Option(
        names = "--force",
        description =
            "Replace a key that exists (marks made with it will no longer be found with the new"
                + " one).")
    boolean force;

    @Override
    public Integer call() throws Exception {
      Main main = keys.main;
      Path target = out != null ? out : DevKeys.defaultDir(main.env()).resolve("watermark.key");
      if (!WatermarkLayer.writeNewKey(target, force)) {
        main.stderr().println("candor: a watermark key exists in " + target
            + "; kept it (--force replaces it)");
      }
      main.stdout().println(target);
      return Main.OK;
    }
  }
}
