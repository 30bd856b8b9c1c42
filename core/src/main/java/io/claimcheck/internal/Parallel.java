package io.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work over the indices {@code 0..n} cut into runs of neighbours, run on a few threads (the
 * calling thread among them), the results handed back in index order: what callers build from
 * them is the same for any number of threads.
 */
public final class Parallel {
  private static final AtomicInteger POOLS = new AtomicInteger();
  /** Runs per thread: small enough that a slow run does not leave the other threads idle. */
  private static final int RUNS_PER_THREAD = 8;
  /** Below this many indices a run is not worth a thread. */
  private static final int MIN_RUN = 64;

  private Parallel() {}

  /** The work for the indices {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  public interface Run<T> {
    /** Does the work for {@code from..to}. */
    T apply(int from, int to);
  }

  /**
   * {@code threads}, checked as a parallelism setting.
   *
   * @throws IllegalArgumentException if less than 1
   */
  public static int threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("parallelism must be 1 or more threads, got " + threads);
    }
    return threads;
  }

  /**
   * The results of {@code run} over runs of {@code 0..n} in index order, on {@code threads} threads.
   * An exception thrown by a run is thrown here (the first in index order), unwrapped.
   */
  public static <T> List<T> map(int n, int threads, Run<T> run) {
    return map(n, threads, MIN_RUN, run);
  }

  /**
   * The same with runs of at least {@code minRun} indices (1 when each index is a large piece of
   * work), rather than {@value #MIN_RUN}.
   */
  public static <T> List<T> map(int n, int threads, int minRun, Run<T> run) {
    int runs = threads <= 1 || n < 2 * minRun ? 1 : Math.min(threads * RUNS_PER_THREAD, n / minRun);
    if (runs <= 1) {
      List<T> one = new ArrayList<>(1);
      one.add(run.apply(0, n));
      return one;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger named = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "claimcheck-check-" + pool + "-" + named.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(runs);
      List<java.util.concurrent.FutureTask<T>> tasks = new ArrayList<>(runs);
      for (int i = 0; i < runs; i++) {
        int from = (int) ((long) n * i / runs);
        int to = (int) ((long) n * (i + 1) / runs);
        tasks.add(new java.util.concurrent.FutureTask<>(() -> run.apply(from, to)));
      }
      // every thread, the calling one among them, takes the next run not taken
      AtomicInteger next = new AtomicInteger();
      Runnable worker = () -> {
        for (int i = next.getAndIncrement(); i < runs; i = next.getAndIncrement()) {
          tasks.get(i).run();
        }
      };
      for (int t = 0; t < threads - 1; t++) {
        executor.execute(worker);
      }
      worker.run();
      futures.addAll(tasks);
      List<T> out = new ArrayList<>(runs);
      for (Future<T> f : futures) {
        out.add(get(f));
      }
      return out;
    } finally {
      executor.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
