package io.claimcheck;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import io.claimcheck.internal.Spares;
import io.claimcheck.internal.Workers;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Claim extraction over a stream of documents on {@link ClaimCheck#parallelism()} threads, with
 * everything handed on in input order: what the {@link ExtractionSink} receives, and so what a
 * caller prints, is the same for any number of threads. Made by {@link ClaimCheck#extraction}.
 *
 * <p>Feed it from one thread, and finish or close it from that thread too (it is a {@link DocumentSink}, so a
 * {@link io.claimcheck.input.DocumentReader} can feed it directly); results are handed on, on
 * that thread, as soon as every earlier one has been. At most a bounded number of documents (and
 * characters) are in flight, so memory does not grow with the input; while the window is full
 * the feeding thread extracts too. With one thread, each document is extracted as it comes.
 * {@link #finish()} once to hand on the rest; {@link #close()} stops the threads without.
 *
 * <p>The other threads are claimcheck's shared workers ({@link Workers}), as for reading,
 * resolution and the rules: an extraction makes no pool of its own. Each of its helpers takes
 * documents until the extraction ends or it has waited {@value Workers#IDLE_SECONDS} seconds for one,
 * and then goes back to the shared workers; an extraction left neither finished nor closed so
 * holds no thread for long.
 */
public final class Extraction implements DocumentSink, AutoCloseable {
  /** Documents in flight per thread. */
  private static final int PER_THREAD = 8;
  /** Characters in flight at most, so that parts of large documents stay bounded too. */
  private static final long MAX_CHARS = 16L * 1024 * 1024;
  /** Put in {@link #work}, one per helper, when the extraction ends: the helper that takes it ends. */
  private static final Runnable STOP = () -> {};

  private final ClaimExtractor extractor;
  private final ExtractionSink sink;
  /** Threads besides the feeding one: the parallelism less one. */
  private final int helpers;
  /**
   * The documents not taken yet, in input order: the helpers and the feeding thread both take
   * from it, so it holds no more than the window even when no helper could be started.
   */
  private final LinkedBlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
  /** Starts a helper on another thread: {@link Workers#execute}, or a test's. */
  private final Consumer<Runnable> start;
  /** Helpers running now. */
  private final AtomicInteger helping = new AtomicInteger();
  private final int window;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private long queuedChars;
  private boolean finished;

  Extraction(ClaimExtractor extractor, int parallelism, ExtractionSink sink) {
    this(extractor, parallelism, sink, Workers::execute);
  }

  /**
   * The same, with the helpers started by {@code start} rather than {@link Workers}: a test can
   * make a start fail as the machine may when it has no thread left to give.
   */
  Extraction(ClaimExtractor extractor, int parallelism, ExtractionSink sink, Consumer<Runnable> start) {
    this.start = Objects.requireNonNull(start, "start");
    this.extractor = extractor;
    this.sink = Objects.requireNonNull(sink, "sink");
    this.window = PER_THREAD * parallelism;
    // the feeding thread is the last of the threads: it extracts while the window is full
    this.helpers = parallelism - 1;
  }

  /** Extracts {@code document}, handing its claims on once every earlier input has been. */
  @Override
  public void document(Document document) {
    Objects.requireNonNull(document, "document");
    open();
    if (helpers == 0) {
      hand(extract(document));
      return;
    }
    Task task = new Task(document);
    queue.addLast(new Pending(task, null, null, false, null, 0));
    queuedChars += document.text().length();
    work.add(task);
    if (helping.get() < helpers) {
      startHelper();
    }
    handDone();
    while (queue.size() > window || queuedChars > MAX_CHARS) {
      awaitHead();
      handDone();
    }
  }

  /** Hands {@code claim} on in its place among the documents. */
  @Override
  public void claim(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    open();
    if (queue.isEmpty()) {
      sink.claim(claim);
    } else {
      queue.addLast(new Pending(null, claim, null, false, null, 0));
    }
  }

  /** Hands {@code claim}, read from line {@code line} of {@code file}, on in its place among the documents. */
  @Override
  public void claim(Claim claim, String file, int line) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(file, "file");
    open();
    if (queue.isEmpty()) {
      sink.claim(claim, file, line);
    } else {
      queue.addLast(new Pending(null, claim, null, false, file, line));
    }
  }

  /** Hands {@code failure} on in its place among the documents. */
  @Override
  public void failure(ReadFailure failure) {
    Objects.requireNonNull(failure, "failure");
    open();
    if (queue.isEmpty()) {
      sink.failure(failure);
    } else {
      queue.addLast(new Pending(null, null, failure, false, null, 0));
    }
  }

  /** Hands {@code skipped} on in its place among the documents. */
  @Override
  public void skipped(ReadFailure skipped) {
    Objects.requireNonNull(skipped, "skipped");
    open();
    if (queue.isEmpty()) {
      sink.skipped(skipped);
    } else {
      queue.addLast(new Pending(null, null, skipped, true, null, 0));
    }
  }

  /** Waits for every document fed, hands the rest on, and stops the threads. Once. */
  public void finish() {
    open();
    try {
      while (!queue.isEmpty()) {
        awaitHead();
      }
    } finally {
      finished = true;
      stop();
      Spares.forgetAll(); // the feeding thread keeps no document's scratch space after the run
    }
  }

  /** Stops the threads; what was not handed on yet is dropped. Does nothing after {@link #finish()}. */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      queue.clear();
      stop();
      Spares.forgetAll();
    }
  }

  private void open() {
    if (finished) {
      throw new IllegalStateException("this extraction is finished already");
    }
  }

  private void stop() {
    if (helpers > 0) {
      work.clear();
      for (int i = 0; i < helpers; i++) {
        work.add(STOP); // a helper waiting for a document ends now, one extracting ends after it
      }
    }
  }

  /**
   * Starts a helper on a shared worker. When no thread can be had, the feeding thread does the
   * work alone (it extracts what no thread has taken while it waits), so the output is the same.
   */
  private void startHelper() {
    helping.incrementAndGet();
    try {
      start.accept(this::help);
    } catch (RejectedExecutionException | OutOfMemoryError e) {
      helping.decrementAndGet(); // OutOfMemoryError: the system could make no more threads
    }
  }

  /** A helper's loop: takes documents until the extraction ends or none comes for a while. */
  private void help() {
    try {
      while (true) {
        Runnable next = work.poll(Workers.IDLE_SECONDS, TimeUnit.SECONDS);
        if (next == null || next == STOP) {
          return;
        }
        next.run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (OutOfMemoryError e) {
      // waiting for a document needs a little memory too: with none left this helper ends, and the
      // feeding thread extracts what no thread took (a document's own lack of memory is its Result's)
    } finally {
      Spares.forgetAll(); // the worker goes on to other work: it keeps none of this run's scratch space
      helping.decrementAndGet();
    }
  }

  /** Hands on the finished results at the head of the queue, without waiting. */
  private void handDone() {
    while (!queue.isEmpty() && queue.peekFirst().ready()) {
      handHead();
    }
  }

  /**
   * Hands on the head of the queue, extracting meanwhile what no thread has taken yet: the next
   * of {@link #work}, which is in input order, so the head is run first when no helper took it.
   */
  private void awaitHead() {
    Pending head = queue.peekFirst();
    if (head.task != null) {
      while (!head.task.isDone()) {
        Runnable free = work.poll();
        if (free == null) {
          head.task.await();
          break;
        }
        free.run();
      }
    }
    handHead();
  }

  /** Helpers running now, for the tests. */
  int helping() {
    return helping.get();
  }

  /** Documents fed and not taken by any thread yet, for the tests. */
  int untaken() {
    return work.size();
  }

  private void handHead() {
    Pending p = queue.removeFirst();
    if (p.task != null) {
      queuedChars -= p.task.document.text().length();
      hand(p.task.result());
    } else if (p.claim != null && p.file != null) {
      sink.claim(p.claim, p.file, p.line);
    } else if (p.claim != null) {
      sink.claim(p.claim);
    } else if (p.skipped) {
      sink.skipped(Objects.requireNonNull(p.failure));
    } else {
      sink.failure(Objects.requireNonNull(p.failure));
    }
  }

  private void hand(Result r) {
    if (r.error == null) {
      sink.extracted(r.document, r.claims);
    } else {
      sink.failed(r.document, r.error);
    }
  }

  private Result extract(Document document) {
    List<Claim> claims = new ArrayList<>();
    try {
      extractor.extract(document, claims::add);
    } catch (RuntimeException e) {
      // a bug of ours must not lose the document or stop the others: report it
      return new Result(document, List.of(), "extraction failed, a fault in claimcheck (please report it with this"
          + " document)" + (e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage()));
    } catch (OutOfMemoryError e) {
      return new Result(document, List.of(), "ran out of memory while extracting; give Java more memory (-Xmx)");
    }
    return new Result(document, claims, null);
  }

  private record Result(Document document, List<Claim> claims, @Nullable String error) {}

  /**
   * One entry of the queue: a document being extracted, or a claim (with where it was read, when
   * known), failure or skipped input waiting its turn.
   */
  private record Pending(@Nullable Task task, @Nullable Claim claim, @Nullable ReadFailure failure, boolean skipped,
      @Nullable String file, int line) {
    boolean ready() {
      return task == null || task.isDone();
    }
  }

  /** One document's extraction, run once by whichever thread takes it first. */
  private final class Task implements Runnable {
    final Document document;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile @Nullable Result result;
    private volatile @Nullable Throwable thrown;

    Task(Document document) {
      this.document = document;
    }

    @Override
    public void run() {
      if (!taken.compareAndSet(false, true)) {
        return;
      }
      try {
        result = extract(document);
      } catch (Throwable t) {
        thrown = t;
      } finally {
        done.countDown();
      }
    }

    boolean isDone() {
      return done.getCount() == 0;
    }

    void await() {
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the extraction of " + document.id(), e);
      }
    }

    Result result() {
      Throwable t = thrown;
      if (t instanceof Error error) {
        throw error;
      }
      if (t != null) {
        throw new IllegalStateException("the extraction of " + document.id() + " failed", t);
      }
      return Objects.requireNonNull(result);
    }
  }
}
