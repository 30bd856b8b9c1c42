package io.claimcheck.cli;

import picocli.CommandLine.Option;

/** The --format option of the commands that print one record per line. */
final class LineFormat {
  enum Format { jsonl, text }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text")
  Format format;

  boolean text() {
    return format == Format.text;
  }
}
