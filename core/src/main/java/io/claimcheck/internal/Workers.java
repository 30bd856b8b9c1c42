package io.claimcheck.internal;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads claimcheck's parallel helpers run their work on, shared by every call and every
 * run: a thread is made only when none is idle, and one idle for {@value #IDLE_SECONDS} seconds
 * ends, so nothing is left running after the work and nothing needs shutting down. The threads
 * are daemons, so they never keep a program from exiting.
 *
 * <p>Callers bound their own parallelism (they hand over at most their thread count less one
 * task, and work on the calling thread too), so the pool itself is unbounded and can never
 * deadlock a caller that waits for its tasks.
 *
 * <p>When no thread can be had ({@link #execute} throws {@link java.util.concurrent.RejectedExecutionException},
 * or {@link OutOfMemoryError} when the system can make no more threads), a caller decides: one
 * that does its work on the calling thread anyway goes on there alone, with the same result
 * ({@code Extraction}, whose helpers are only for speed); {@link Parallel#ordered} lets the error
 * end the call, after stopping the threads it started before.
 */
public final class Workers {
  /** Seconds an idle thread waits for more work before it ends; a caller's helpers wait as long. */
  public static final int IDLE_SECONDS = 2;
  private static final AtomicInteger NAMED = new AtomicInteger();
  private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
      TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "claimcheck-worker-" + NAMED.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler(Workers::uncaught);
        return t;
      });

  private Workers() {}

  /**
   * A worker's thread that ends on an error: a lack of memory is left to the caller, which works
   * on its own thread too, does what no thread took, and says so in words (the pool's own waiting
   * for work, outside any task, can run out of memory as well, and Java's default handler would
   * print it, or fail printing it); anything else is printed as Java would.
   */
  private static void uncaught(Thread t, Throwable e) {
    if (!(e instanceof OutOfMemoryError)) {
      t.getThreadGroup().uncaughtException(t, e);
    }
  }

  /** Runs {@code task} on an idle worker, or a new one. */
  public static void execute(Runnable task) {
    POOL.execute(task);
  }
}
