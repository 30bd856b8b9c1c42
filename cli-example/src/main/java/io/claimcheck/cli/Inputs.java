package io.claimcheck.cli;

import io.claimcheck.claim.Claim;
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
 * The inputs named on a command line ({@code -} is standard input), streamed one at a time.
 * Every read failure is printed on standard error once, as it happens, and passed on.
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

  /** Hands each document to {@code each}; claims in the input are reported as not documents. */
  void forEach(Consumer<Document> each, PrintWriter err) {
    forEach(new DocumentSink() {
      @Override
      public void document(Document document) {
        each.accept(document);
      }

      @Override
      public void claim(Claim claim) {
        err.println("claimcheck: " + claim.id() + ": is a claim; this command reads documents, not claims");
      }

      @Override
      public void failure(ReadFailure failure) {
        // printed already
      }
    }, err);
  }

  /** Hands documents, claims and failures to {@code target}, printing failures on {@code err}. */
  void forEach(DocumentSink target, PrintWriter err) {
    DocumentSink counting = new DocumentSink() {
      @Override
      public void document(Document document) {
        read++;
        target.document(document);
      }

      @Override
      public void claim(Claim claim) {
        read++;
        target.claim(claim);
      }

      @Override
      public void failure(ReadFailure failure) {
        failed++;
        err.println("claimcheck: " + failure);
        target.failure(failure);
      }
    };
    DocumentReader reader = DocumentReader.standard();
    for (String p : paths) {
      if (p.equals("-")) {
        reader.read("stdin", stdin, counting);
      } else {
        reader.read(List.of(Path.of(p)), counting);
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
