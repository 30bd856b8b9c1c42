package io.claimcheck.input;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
  private static final AtomicInteger POOLS = new AtomicInteger();

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
  private final ThreadPoolExecutor pool;
  private final int window;
  private final ArrayDeque<Batch> queue = new ArrayDeque<>();
  /** Batches handed on, to be filled again (the reading thread's alone). */
  private final ArrayDeque<Batch> free = new ArrayDeque<>();
  private long queuedBytes;
  private Batch current = new Batch();

  /** Parses bytes {@code [from, to)} of {@code data}; null leaves the line to the reading thread. */
  @FunctionalInterface
  interface Parse {
    @Nullable Object apply(byte[] data, int from, int to);
  }

  LineBatches(int threads, Parse parse, Handler handler) {
    if (threads < 2) {
      throw new IllegalArgumentException("batches need 2 threads or more, got " + threads);
    }
    this.parse = parse;
    this.handler = handler;
    this.window = PER_THREAD * threads;
    int id = POOLS.incrementAndGet();
    AtomicInteger named = new AtomicInteger();
    // the reading thread is the last of the threads: it parses while the window is full
    this.pool = new ThreadPoolExecutor(threads - 1, threads - 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "claimcheck-read-" + id + "-" + named.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.pool.allowCoreThreadTimeOut(true);
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

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private void submit() throws java.io.IOException {
    Batch b = current;
    current = free.isEmpty() ? new Batch() : free.removeFirst();
    queue.addLast(b);
    queuedBytes += b.size;
    pool.execute(b::parse);
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
        for (int i = 0; i < count; i++) {
          int from = bounds[2 * i];
          if (from < 0) {
            continue;
          }
          try {
            parsed[i] = parse.apply(data, from, bounds[2 * i + 1]);
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            parsed[i] = null; // read again on the reading thread, which tells what is wrong
          }
        }
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
