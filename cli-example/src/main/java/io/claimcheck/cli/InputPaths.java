package io.claimcheck.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The PATH... parameters every reading command takes. */
final class InputPaths {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "documents (.txt with an optional manifest.json, .jsonl, .json), claims (.jsonl), folders, "
          + "or - for standard input")
  List<String> paths;
}
