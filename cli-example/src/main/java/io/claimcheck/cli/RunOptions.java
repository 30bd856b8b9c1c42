package io.claimcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How a reading command runs: how many threads extract (and check resolves and runs the rules)
 * on, and how the JVM compiles the extractor.
 */
final class RunOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--threads", paramLabel = "N",
      description = "threads that extract claims (check: also resolve events and run the rules); one per "
          + "processor unless given (${DEFAULT-VALUE} here). The output is the same for any number.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--c2",
      description = "let the JVM's optimising compiler (C2) compile the extractor too (check: and the code "
          + "that resolves, checks and reports): it pays on runs of many minutes; without it (the default) "
          + "that code is compiled by C1 only, which is faster on shorter runs and leaves every core to the "
          + "work, but for the extractor's loops over characters and tokens when --threads leaves a core "
          + "idle: C2 compiles those on it (see docs/scale.md)")
  boolean c2;

  /** The JIT's choice for {@code extract} unless {@code --c2} was given (see {@link Jit}); call before extracting. */
  void compileForExtract() {
    if (!c2) {
      Jit.use(Jit.forExtract(threads, Runtime.getRuntime().availableProcessors()));
    }
  }

  /** The same for {@code check}: the extractor, and the code that resolves, checks and reports. */
  void compileForCheck() {
    if (!c2) {
      Jit.use(Jit.forCheck(threads, Runtime.getRuntime().availableProcessors()));
    }
  }

  /** The threads to use; a bad count is a usage error, told as any other bad option value is. */
  int threads() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(command.commandLine(), "--threads must be 1 or more, got " + threads);
    }
    return threads;
  }
}
