package io.claimcheck.cli;

import picocli.CommandLine.Option;

/** How many threads a reading command extracts on. */
final class RunOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "threads that extract claims; one per processor unless given (${DEFAULT-VALUE} here). "
          + "The output is the same for any number.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The threads to use. */
  int threads() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be 1 or more, got " + threads);
    }
    return threads;
  }
}
