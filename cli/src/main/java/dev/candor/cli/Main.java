package dev.candor.cli;

import dev.candor.core.Version;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code candor} command. Exit status: 0 success, 1 some file failed, was invalid or unmarked,
 * 2 usage or I/O error.
 *
 * <pre>{@code
 * int status = Main.run(new Main(), "verify", "--json", "out/");
 * }</pre>
 */
@Command(
    name = "candor",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    subcommands = {
      LabelCommand.class,
      VerifyCommand.class,
      InspectCommand.class,
      KeysCommand.class,
      WatermarkCommand.class,
      CommandLine.HelpCommand.class
    },
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Marks AI-generated images and text for machines and people (EU AI Act Art. 50):"
          + " a visible label, IPTC metadata and a signed C2PA provenance record.",
      ""
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  everything succeeded (label) or every file is VALID or TRUSTED (verify)",
      "  1  some file failed (label), or is INVALID, UNMARKED or UNSUPPORTED (verify)",
      "  2  usage error, or a file or key that could not be read",
      "",
      "Run 'candor COMMAND --help' for a command's options."
    })
public final class Main implements Runnable {
  /** Status when every file succeeded. */
  public static final int OK = 0;

  /** Status when some file failed, or did not verify as VALID or TRUSTED. */
  public static final int SOME_FAILED = 1;

  /** Status for usage errors and for inputs, keys or outputs that could not be read or written. */
  public static final int USAGE_OR_IO = 2;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;
  private final Map<String, String> env;
  private final WatermarkLayer watermark;
  private final boolean terminal;

  @Spec CommandSpec spec;

  /** The command on the process's streams and environment, with the default watermark layer. */
  public Main() {
    this(
        System.in,
        System.out,
        System.err,
        System.getenv(),
        WatermarkLayer.fromEnvironment(System.getenv()),
        System.console() != null);
  }

  /**
   * The command on given streams and environment (for embedding and tests).
   *
   * @param env the environment ({@code CANDOR_HOME}, {@code XDG_CONFIG_HOME}, {@code HOME})
   * @param terminal whether stderr is a terminal (a progress bar instead of line logs)
   */
  public Main(
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr,
      Map<String, String> env,
      WatermarkLayer watermark,
      boolean terminal) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stdout = Objects.requireNonNull(stdout, "stdout");
    this.stderr = Objects.requireNonNull(stderr, "stderr");
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.watermark = Objects.requireNonNull(watermark, "watermark");
    this.terminal = terminal;
  }

  /** Runs {@code candor} with {@code args} on the process's streams and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(new Main(), args));
  }

  /** Runs {@code args} against {@code main} and returns the exit status; never exits the JVM. */
  public static int run(Main main, String... args) {
    return commandLine(main).execute(args);
  }

  /** A picocli command line over {@code main}, with Candor's exit codes and error reporting. */
  public static CommandLine commandLine(Main main) {
    CommandLine cl = new CommandLine(main);
    cl.setOut(new PrintWriter(new OutputStreamWriter(main.stdout, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(main.stderr, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("candor: " + message(e));
          cmd.getErr().flush();
          return USAGE_OR_IO;
        });
    return cl;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  InputStream stdin() {
    return stdin;
  }

  PrintStream stdout() {
    return stdout;
  }

  PrintStream stderr() {
    return stderr;
  }

  Map<String, String> env() {
    return env;
  }

  WatermarkLayer watermark() {
    return watermark;
  }

  boolean terminal() {
    return terminal;
  }

  /** Prints Candor's version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"candor " + Version.VERSION};
    }
  }
}
