package io.claimcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How many threads a reading command extracts (and check resolves and runs the rules) on. */
final class RunOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--threads", paramLabel = "N",
      description = "threads that extract claims (check: also resolve events and run the rules); one per "
          + "processor unless given (${DEFAULT-VALUE} here). The output is the same for any number.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The threads to use; a bad count is a usage error, told as any other bad option value is. */
  int threads() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(command.commandLine(), "--threads must be 1 or more, got " + threads);
    }
    return threads;
  }
}
