package io.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/** {@code -o FILE} for the commands that print lines: written whole, only once complete. */
final class OutputOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write to FILE (replaced whole, only once it is complete) instead of standard output")
  Path file;

  /**
   * Runs {@code body} on standard output, or on FILE, which then replaces the file there; the
   * body's exit code, or 2 (told on standard error) when FILE cannot be written.
   */
  int write(PrintWriter stdout, PrintWriter err, ToIntFunction<PrintWriter> body) {
    if (file == null) {
      return body.applyAsInt(stdout);
    }
    int[] code = {0};
    try {
      OutputFile.write(file, w -> {
        PrintWriter out = new PrintWriter(w);
        code[0] = body.applyAsInt(out);
        out.flush();
        if (out.checkError()) {
          throw new IOException("a write failed (is the disk full?)");
        }
      });
    } catch (IOException e) {
      err.println("claimcheck: " + file + ": cannot be written: " + Main.describe(e));
      return Main.USAGE;
    }
    return code[0];
  }
}
