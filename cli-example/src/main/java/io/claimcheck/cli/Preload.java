package io.claimcheck.cli;

import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.extract.ClaimExtractor;
import java.time.LocalDate;

/**
 * Loads the extractor's tables (casualty patterns, lexicons, gazetteer, number words) on a thread
 * of their own while the command line is read, the JIT set up and the inputs opened: a few
 * hundred milliseconds of a short run that need not wait for each other on a machine with more
 * than one core.
 */
final class Preload {
  private Preload() {}

  /** Whether the command {@code args} name reads documents, and so needs the extractor. */
  static boolean wanted(String[] args) {
    return args.length > 0 && (args[0].equals("extract") || args[0].equals("check"));
  }

  /** Starts loading; the command that needs the tables waits for them only if they are not ready. */
  static void start() {
    Thread t = new Thread(() -> {
      try {
        // extracting a one-line document loads every table the extractor reads
        ClaimExtractor.standard().extract(new Document(
            new Source("preload", null, LocalDate.of(2000, 1, 1), null, null), "At least 2 people were killed."));
      } catch (RuntimeException | LinkageError e) {
        // the command meets the same failure when it extracts, and says so there
      }
    }, "claimcheck-preload");
    t.setDaemon(true);
    t.start();
  }
}
