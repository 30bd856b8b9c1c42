package io.claimcheck.input;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The lines of one JSON Lines input parsed on several threads in batches of neighbouring lines,
 * and handed back on the reading thread in input order, so that what follows from them is the
 * same as with one thread. The parsing function must be pure (it may only give a result, or
 * null to leave the line to the reading thread); everything that has an effect (failures,
 * documents, claims) happens in {@link Handler}, on the reading thread, line after line.
 *
 * <p>At most a bounded number of batches (and bytes) are in flight; while the window is full, the
 * reading thread parses a batch too.
 */
final class LineBatches implements AutoCloseable {
  /** Lines in one batch at most. */
  private static final int LINES = 512;
  /** Bytes in one batch before it is closed (a longer line makes a batch of its own). */
  private static final int BYTES = 256 * 1024;
  /** Batches in flight per thread. */
  private static final int PER_THREAD = 4;
  /** Bytes in flight at most, so that batches of long lines stay bounded too. */
  private static final long MAX_BYTES = 32L * 1024 * 1024;

  /** What is done with each line, in input order, on the reading thread. */
  interface Handler {
    /**
     * Line {@code lineNo}, bytes {@code [from, to)} of {@code data}, with what the parsing
     * function gave for it (null: nothing, the line is read here).
     */
    void line(byte[] data, int from, int to, int lineNo, @Nullable Object parsed) throws java.io.IOException;

    /** Line {@code lineNo} was longer than a record may be, and not held. */
    void tooLong(int lineNo);
  }

  private final Parse parse;
  private final Handler handler;
  /** Batches not yet taken by a thread, for the other threads; {@link #closed} ends each of them. */
  private final LinkedBlockingQueue<Batch> pending = new LinkedBlockingQueue<>();
  /** The other threads, parsing {@link #pending} on shared workers. */
  private final int others;
  private final int window;
  private final ArrayDeque<Batch> queue = new ArrayDeque<>();
  /** Batches handed on, to be filled again (the reading thread's alone). */
  private final ArrayDeque<Batch> free = new ArrayDeque<>();
  private long queuedBytes;
  private Batch current = new Batch();
  /** The end of {@link #pending}: no batch is added after it. */
  private final Batch closed = new Batch(new byte[0]);

  /** Parses bytes {@code [from, to)} of {@code data}; null leaves the line to the reading thread. */
  @FunctionalInterface
  interface Parse {
    @Nullable Object apply(byte[] data, int from, int to);

    /**
     * {@link #apply} for each of {@code count} lines of a batch, line {@code i} bytes
     * {@code [bounds[2i], bounds[2i + 1])} of {@code data} (none when {@code bounds[2i]} is
     * negative), into {@code parsed[i]}; null for a line that failed. One by one unless a parser
     * reads batches faster.
     */
    default void applyAll(byte[] data, int[] bounds, int count, @Nullable Object[] parsed) {
      for (int i = 0; i < count; i++) {
        parsed[i] = bounds[2 * i] < 0 ? null : safely(this, data, bounds[2 * i], bounds[2 * i + 1]);
      }
    }
  }

  /** {@code parse} of one line, or null when it failed: the reading thread reads it again and tells what is wrong. */
  static @Nullable Object safely(Parse parse, byte[] data, int from, int to) {
    try {
      return parse.apply(data, from, to);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return null;
    }
  }

  LineBatches(int threads, Parse parse, Handler handler) {
    if (threads < 2) {
      throw new IllegalArgumentException("batches need 2 threads or more, got " + threads);
    }
    this.parse = parse;
    this.handler = handler;
    this.window = PER_THREAD * threads;
    // the reading thread is the last of the threads: it parses while the window is full
    this.others = threads - 1;
    try {
      for (int i = 0; i < others; i++) {
        io.claimcheck.internal.Workers.execute(this::parsePending);
      }
    } catch (RuntimeException | Error e) {
      close(); // when no thread can be made, those started already end
      throw e;
    }
  }

  /** One of the other threads: parses batches as they come, until closed. */
  private void parsePending() {
    try {
      for (Batch b = pending.take(); b != closed; b = pending.take()) {
        b.parse(); // a no-op when the reading thread took it first
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // ends this thread's part; the reading thread parses the rest
    } catch (OutOfMemoryError e) {
      // waiting for a batch needs a little memory too: with none left this thread's part ends, and
      // the reading thread, which parses every batch no thread took, tells the lack of memory
    } finally {
      Records.forgetTexts(); // the worker goes on to other work: it keeps none of this run's strings
    }
  }

  /** Line {@code lineNo}, bytes {@code [from, to)} of {@code b} (copied: {@code b} may change after). */
  void add(byte[] b, int from, int to, int lineNo) throws java.io.IOException {
    current.add(b, from, to, lineNo);
    if (current.count == LINES || current.size >= BYTES) {
      submit();
    }
  }

  /** Line {@code lineNo} was too long to hold: told in its place. */
  void tooLong(int lineNo) throws java.io.IOException {
    current.add(null, 0, 0, lineNo);
    if (current.count == LINES) {
      submit();
    }
  }

  /** Parses and hands on every line added. */
  void finish() throws java.io.IOException {
    if (current.count > 0) {
      submit();
    }
    while (!queue.isEmpty()) {
      hand(queue.removeFirst());
    }
  }

  /** Ends the other threads' parts (they finish the batch they are on); the batches not handed on are dropped. */
  @Override
  public void close() {
    pending.clear();
    for (int i = 0; i < others; i++) {
      pending.add(closed);
    }
  }

  private void submit() throws java.io.IOException {
    Batch b = current;
    current = free.isEmpty() ? new Batch() : free.removeFirst();
    queue.addLast(b);
    queuedBytes += b.size;
    pending.add(b);
    // hand on what is done; while the window is full, parse one not yet taken, else wait for the first
    while (!queue.isEmpty() && (queue.peekFirst().done() || queue.size() > window || queuedBytes > MAX_BYTES)) {
      Batch first = queue.peekFirst();
      if (!first.done()) {
        java.util.Iterator<Batch> back = queue.descendingIterator();
        while (back.hasNext() && !back.next().parse()) {
          // taken already: try an earlier one
        }
      }
      hand(queue.removeFirst());
    }
  }

  private void hand(Batch b) throws java.io.IOException {
    b.parse(); // when no thread has taken it yet
    b.await();
    queuedBytes -= b.size;
    for (int i = 0; i < b.count; i++) {
      int at = 2 * i;
      if (b.bounds[at] < 0) {
        handler.tooLong(b.lines[i]);
      } else {
        Object parsed = b.parsed[i];
        b.parsed[i] = null;
        handler.line(b.data, b.bounds[at], b.bounds[at + 1], b.lines[i], parsed);
      }
    }
    if (b.data.length <= 2 * BYTES && free.size() < window) {
      free.addLast(new Batch(b.data));
    }
  }

  /** Neighbouring lines, copied into one array, and what the parsing function gave for each. */
  private final class Batch {
    private byte[] data;
    private int size;
    private int[] bounds = new int[2 * LINES];
    private int[] lines = new int[LINES];
    private @Nullable Object[] parsed = new Object[LINES];
    private int count;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    Batch() {
      this(new byte[BYTES + 1024]);
    }

    /** A batch that fills {@code data} (of one handed on) again. */
    Batch(byte[] data) {
      this.data = data;
    }

    void add(byte @Nullable [] b, int from, int to, int lineNo) {
      if (b == null) {
        bounds[2 * count] = -1;
        bounds[2 * count + 1] = -1;
      } else {
        int n = to - from;
        if (size + n > data.length) {
          data = Arrays.copyOf(data, Math.max(data.length * 2, size + n));
        }
        System.arraycopy(b, from, data, size, n);
        bounds[2 * count] = size;
        bounds[2 * count + 1] = size + n;
        size += n;
      }
      lines[count++] = lineNo;
    }

    /** Parses the lines unless another thread took the batch; whether this call did. */
    boolean parse() {
      if (!taken.compareAndSet(false, true)) {
        return false;
      }
      try {
        parse.applyAll(data, bounds, count, parsed);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        java.util.Arrays.fill(parsed, 0, count, null); // read again on the reading thread, which tells what is wrong
      } finally {
        finished.countDown();
      }
      return true;
    }

    boolean done() {
      return finished.getCount() == 0;
    }

    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          finished.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
