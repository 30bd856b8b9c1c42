package io.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} program: one subcommand per job, one exit-code mapping. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Finds quantitative claims in news articles and reports where sources disagree.",
    subcommands = {CheckCommand.class, ExtractCommand.class, NumbersCommand.class, RulesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, and nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage, no input could be read, or out of memory"
    })
public final class Main implements Runnable {
  /** Exit code: done. */
  static final int OK = 0;
  /** Exit code: findings at or above the --fail-on severity. */
  static final int FINDINGS = 1;
  /** Exit code: bad usage, or nothing could be read. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code claimcheck 0.1.0}, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"claimcheck " + io.claimcheck.ClaimCheck.version()};
    }
  }

  /** Whether to colour: picocli's choice for a terminal (off for pipes, with NO_COLOR, or -Dpicocli.ansi=false). */
  static CommandLine.Help.Ansi ansi(CommandLine.Model.CommandSpec spec) {
    return spec.commandLine().getColorScheme().ansi();
  }

  /** Why a file could not be read or written, in words. */
  static String describe(java.io.IOException e) {
    return io.claimcheck.internal.IoMessages.describe(e);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Runs the program and exits with its code. */
  public static void main(String[] args) {
    if (Preload.wanted(args)) {
      Preload.start();
    }
    // standard output buffered in large blocks, not through System.out's line-sized buffer
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
    System.exit(run(args, out, new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** What stopped a command, for people: its message, or what kind of failure when it has none. */
  static String problem(Throwable ex) {
    if (ex instanceof java.io.UncheckedIOException && ex.getCause() != null) {
      return "cannot read or write: " + describe(((java.io.UncheckedIOException) ex).getCause());
    }
    if (ex instanceof java.io.IOException) {
      return "cannot read or write: " + describe((java.io.IOException) ex);
    }
    if (ex instanceof OutOfMemoryError) {
      return "out of memory; give Java more with -Xmx, or check fewer documents at once";
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? "an internal error stopped the run; please report it with the command that gave it" : m;
  }

  /**
   * A mistyped command line: what is wrong, a suggestion for a mistyped option or command, and
   * where the options are listed; not the whole usage, which would bury the one line that matters.
   */
  private static int badUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine where = ex.getCommandLine();
    PrintWriter err = where.getErr();
    err.println("claimcheck: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return USAGE;
  }

  /** Runs the program with the given streams and returns its exit code; for tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true)
        .setParameterExceptionHandler(Main::badUsage)
        .setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
          commandLine.getErr().println("claimcheck: " + problem(ex));
          return USAGE;
        });
    cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cl.getCommandSpec().exitCodeOnExecutionException(USAGE);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // what memory the failed step held is free again, most often enough for one line; when the
      // heap is still full, saying so fails too, and the exit code alone tells it
      try {
        out.flush();
        err.println("claimcheck: ran out of memory; give Java more with -Xmx (for example java -Xmx2g -jar ...)"
            + " or check fewer documents at once");
        err.flush();
      } catch (OutOfMemoryError again) {
        // nothing more can be said: exit with the code of a failed run, without a stack trace
      }
      return USAGE;
    }
    out.flush();
    err.flush();
    return code;
  }
}
