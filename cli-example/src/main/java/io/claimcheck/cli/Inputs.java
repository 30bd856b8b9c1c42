package io.claimcheck.cli;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.internal.Printable;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inputs named on a command line ({@code -} is standard input), streamed one at a time in
 * one reading session, so that a file or document reached twice is read once. Every read
 * failure is printed on standard error once, as it happens (control characters escaped), and
 * passed on; skipped inputs are passed on to the report, or printed when there is none.
 */
final class Inputs {
  private final List<String> paths;
  private final InputStream stdin;
  private final boolean followLinks;
  private final int threads;
  private int read;
  private int failed;
  private int skipped;

  Inputs(List<String> paths, InputStream stdin) {
    this(paths, stdin, false);
  }

  Inputs(List<String> paths, InputStream stdin, boolean followLinks) {
    this(paths, stdin, followLinks, 1);
  }

  /** Inputs whose JSON Lines are parsed on {@code threads} threads (what is passed on is the same). */
  Inputs(List<String> paths, InputStream stdin, boolean followLinks, int threads) {
    this.paths = List.copyOf(paths);
    this.stdin = stdin;
    this.followLinks = followLinks;
    this.threads = threads;
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
        err.println("claimcheck: " + Printable.escape(claim.id()) + ": is a claim; this command reads documents, not claims");
      }

      @Override
      public void failure(ReadFailure failure) {
        // printed already
      }

      @Override
      public void skipped(ReadFailure s) {
        // no report lists them for this command: say so here
        err.println("claimcheck: " + Printable.escape(s.location()) + ": skipped: " + Printable.escape(s.reason()));
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
      public void claim(Claim claim, String file, int line) {
        read++;
        target.claim(claim, file, line);
      }

      @Override
      public void failure(ReadFailure failure) {
        failed++;
        err.println("claimcheck: " + Printable.escape(failure.toString()));
        target.failure(failure);
      }

      @Override
      public void skipped(ReadFailure s) {
        skipped++;
        target.skipped(s);
      }
    };
    DocumentReader.Session session = DocumentReader.standard().followingLinks(followLinks).parallelism(threads)
        .open(counting);
    for (String p : paths) {
      if (p.equals("-")) {
        session.read("stdin", stdin);
      } else {
        Path path;
        try {
          path = Path.of(p);
        } catch (InvalidPathException e) {
          counting.failure(new ReadFailure(p, p, "is not a valid path (" + e.getReason() + ")"));
          continue;
        }
        session.read(path);
      }
    }
  }

  /** The exit code for reading alone: {@link Main#USAGE} when nothing could be read. */
  int exitCode(PrintWriter err) {
    if (read == 0) {
      err.println("claimcheck: no document could be read"
          + (failed > 0 ? " (" + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "") + ")"
              : skipped > 0 ? " (" + skipped + " skipped)"
              : " (no .txt, .jsonl, .json or .warc files found)"));
      return Main.USAGE;
    }
    return Main.OK;
  }
}
