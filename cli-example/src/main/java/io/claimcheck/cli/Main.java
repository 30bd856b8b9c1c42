package io.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} program: one subcommand per job, one exit-code mapping. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    version = "claimcheck 0.1.0",
    description = "Finds quantitative claims in news articles and reports where sources disagree.",
    subcommands = {CheckCommand.class, ExtractCommand.class, NumbersCommand.class, RulesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, and nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage, or no input could be read"
    })
public final class Main implements Runnable {
  /** Exit code: done. */
  static final int OK = 0;
  /** Exit code: findings at or above the --fail-on severity. */
  static final int FINDINGS = 1;
  /** Exit code: bad usage, or nothing could be read. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Runs the program and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the program with the given streams and returns its exit code; for tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
          commandLine.getErr().println("claimcheck: " + ex.getMessage());
          return USAGE;
        });
    cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cl.getCommandSpec().exitCodeOnExecutionException(USAGE);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
