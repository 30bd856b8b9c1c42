package io.claimcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A test that runs the program in process: the last run's standard output and standard error. */
abstract class CliTest {
  /** Standard output of the last {@link #run}. */
  protected StringWriter out = new StringWriter();
  /** Standard error of the last {@link #run}. */
  protected StringWriter err = new StringWriter();

  /** Runs {@code claimcheck ARGS...} and returns its exit code. */
  protected int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }
}
