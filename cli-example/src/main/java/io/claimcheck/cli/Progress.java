package io.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line a long run shows on a terminal: documents, megabytes of text, claims, rate,
 * and, when the size of the input is known, how far it is and the time left. It is redrawn in
 * place at most twice a second and erased at the end; messages printed meanwhile go through
 * {@link #messages()}, which erases it first. {@link #NONE} shows nothing.
 */
class Progress {
  /** Shows nothing: when standard error is not a terminal, or with --quiet. */
  static final Progress NONE = new Progress();

  private static final long INTERVAL = 500_000_000L;

  private final PrintWriter err;
  private final PrintWriter messages;
  private final LongSupplier clock;
  private final long totalBytes;
  private final long started;
  private long next;
  private long documents;
  private long chars;
  private long claims;
  private boolean shown;

  private Progress() {
    this.err = null;
    this.messages = null;
    this.clock = System::nanoTime;
    this.totalBytes = -1;
    this.started = 0;
  }

  /**
   * A progress line on {@code err}.
   *
   * @param totalBytes the size of the input, or -1 when it is not known
   */
  Progress(PrintWriter err, long totalBytes, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.totalBytes = totalBytes;
    this.started = clock.getAsLong();
    this.next = started + INTERVAL;
    this.messages = new PrintWriter(new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        erase();
        err.write(buf, off, len);
      }

      @Override
      public void flush() {
        err.flush();
      }

      @Override
      public void close() {
        err.flush();
      }
    }, true);
  }

  /** The progress for a command: shown when not quiet and standard error is a terminal. */
  static Progress of(boolean quiet, List<String> paths, PrintWriter err) {
    if (quiet || !Terminal.stderrIsTerminal()) {
      return NONE;
    }
    return new Progress(err, size(paths), System::nanoTime);
  }

  /** Where messages go while the line may be shown. */
  PrintWriter messages(PrintWriter fallback) {
    return messages == null ? fallback : messages;
  }

  /** One document (or part) done, of {@code chars} characters, with {@code found} claims. */
  void document(long chars, long found) {
    if (err == null) {
      return;
    }
    documents++;
    this.chars += chars;
    this.claims += found;
    tick();
  }

  private void tick() {
    long now = clock.getAsLong();
    if (now >= next) {
      next = now + INTERVAL;
      err.print("\r" + line(now) + "\033[K");
      err.flush();
      shown = true;
    }
  }

  /** Claims read rather than extracted. */
  void claims(long read) {
    if (err == null) {
      return;
    }
    claims += read;
    tick();
  }

  /** Erases the line, for the end of the run. */
  void done() {
    erase();
  }

  private void erase() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  /** {@code 1,234 documents, 5.6 MB, 789 claims, 12.3 MB/s, 45% ETA 0:12}. */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double mb = chars / 1e6;
    double rate = mb / seconds;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d documents, %.1f MB, %,d claims, %.1f MB/s", documents, mb, claims,
        rate));
    if (totalBytes > 0 && chars < totalBytes && rate > 0) {
      long left = Math.round((totalBytes - chars) / 1e6 / rate);
      sb.append(String.format(Locale.ROOT, ", %d%% ETA %d:%02d", chars * 100 / totalBytes, left / 60, left % 60));
    }
    return sb.toString();
  }

  /**
   * The bytes in the files named, folders walked; -1 when standard input is among them or a
   * compressed file is (its text is larger than its size), when the size cannot be known.
   */
  static long size(List<String> paths) {
    long[] total = {0};
    try {
      for (String p : paths) {
        if (p.equals("-")) {
          return -1;
        }
        Path path = Path.of(p);
        if (!Files.exists(path)) {
          continue;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gz")) {
              total[0] = Long.MIN_VALUE;
              return FileVisitResult.TERMINATE;
            }
            if (attrs.isRegularFile()) {
              total[0] += attrs.size();
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
        if (total[0] < 0) {
          return -1;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return total[0];
  }
}
