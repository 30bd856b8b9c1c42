package io.claimcheck.cli;

import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The documents named on a command line ({@code -} is standard input), streamed one at a time;
 * read failures go to standard error as they happen.
 */
final class Inputs {
  private final List<String> paths;
  private final InputStream stdin;
  private int read;
  private int failed;

  Inputs(List<String> paths, InputStream stdin) {
    this.paths = List.copyOf(paths);
    this.stdin = stdin;
  }

  /** Hands each document to {@code each}, reporting failures on {@code err}. */
  void forEach(Consumer<Document> each, PrintWriter err) {
    DocumentSink sink = new DocumentSink() {
      @Override
      public void document(Document document) {
        read++;
        each.accept(document);
      }

      @Override
      public void failure(ReadFailure failure) {
        failed++;
        err.println("claimcheck: " + failure);
      }
    };
    DocumentReader reader = DocumentReader.standard();
    for (String p : paths) {
      if (p.equals("-")) {
        reader.read("stdin", stdin, sink);
      } else {
        reader.read(List.of(Path.of(p)), sink);
      }
    }
  }

  /** The exit code for reading alone: {@link Main#USAGE} when nothing could be read. */
  int exitCode(PrintWriter err) {
    if (read == 0) {
      err.println("claimcheck: no document could be read"
          + (failed > 0 ? " (" + failed + " failed)" : " (no .txt, .jsonl or .json files found)"));
      return Main.USAGE;
    }
    return Main.OK;
  }
}
