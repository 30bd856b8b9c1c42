package io.claimcheck.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The PATH... parameters every reading command takes, and how folders are walked. */
final class InputPaths {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "documents (.txt with an optional manifest.json, .jsonl, .json, .warc; each also .gz), "
          + "claims (.jsonl), folders, or - for standard input")
  List<String> paths;

  @Option(names = "--follow-links",
      description = "follow symbolic links inside folders, even out of them (by default they are skipped and listed)")
  boolean followLinks;
}
