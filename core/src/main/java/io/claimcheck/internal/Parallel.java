package io.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work over the indices {@code 0..n} cut into runs of neighbours, run on a few threads (the
 * calling thread among them), the results handed back in index order: what callers build from
 * them is the same for any number of threads.
 */
public final class Parallel {
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
   * An exception thrown by a run is thrown here (the first in index order), unwrapped; after it
   * the runs not started yet are skipped.
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
    // set when a run throws: the runs not started yet are cancelled, not run
    java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
    List<java.util.concurrent.FutureTask<T>> tasks = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      int from = (int) ((long) n * i / runs);
      int to = (int) ((long) n * (i + 1) / runs);
      tasks.add(new java.util.concurrent.FutureTask<>(() -> {
        try {
          return run.apply(from, to);
        } catch (RuntimeException | Error e) {
          failed.set(true);
          throw e;
        }
      }));
    }
    // every thread, the calling one among them, takes the next run not taken
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < runs; i = next.getAndIncrement()) {
        if (failed.get()) {
          tasks.get(i).cancel(false);
        } else {
          tasks.get(i).run();
        }
      }
    };
    for (int t = 0; t < threads - 1; t++) {
      Workers.execute(worker);
    }
    worker.run();
    List<T> out = new ArrayList<>(runs);
    // a cancelled run was taken after a failed one, which comes before it and is thrown first
    for (Future<T> f : tasks) {
      out.add(get(f));
    }
    return out;
  }

  /** Below this many elements a sort is not cut up. */
  private static final int MIN_SORT = 8192;

  /** An order of ints (positions in something else), as a {@link java.util.Comparator} of them. */
  @FunctionalInterface
  public interface IntOrder {
    /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
    int compare(int a, int b);
  }

  /**
   * Sorts {@code a} by {@code order} on {@code threads} threads (the calling one among them),
   * stably: runs of it are sorted apart, then merged pairwise, ties to the earlier run, which is
   * what one stable sort gives, so the order is the same for any number of threads. Positions
   * (into a table, a list) rather than objects: no boxed int each, and a million elements are one
   * array for the collector, not a million objects.
   */
  public static void sort(int[] a, IntOrder order, int threads) {
    int n = a.length;
    int runs = threads <= 1 || n < 2 * MIN_SORT ? 1 : Math.min(threads, n / MIN_SORT);
    int[] spare = new int[n];
    int[] bounds = new int[runs + 1];
    for (int i = 0; i <= runs; i++) {
      bounds[i] = (int) ((long) n * i / runs);
    }
    int[] cuts = bounds;
    map(runs, threads, 1, (x, y) -> {
      for (int r = x; r < y; r++) {
        mergeSort(a, spare, cuts[r], cuts[r + 1], order);
      }
      return null;
    });
    int[] from = a;
    int[] to = spare;
    while (bounds.length > 2) {
      int[] at = bounds;
      int[] src = from;
      int[] dst = to;
      int pairs = (at.length - 1) / 2;
      map(pairs, threads, 1, (x, y) -> {
        for (int p = x; p < y; p++) {
          merge(src, dst, at[2 * p], at[2 * p + 1], at[2 * p + 2], order);
        }
        return null;
      });
      if ((at.length - 1) % 2 == 1) {
        System.arraycopy(src, at[at.length - 2], dst, at[at.length - 2], at[at.length - 1] - at[at.length - 2]);
      }
      int[] next = new int[(at.length - 1 + 1) / 2 + 1];
      for (int i = 0; i < next.length - 1; i++) {
        next[i] = at[2 * i];
      }
      next[next.length - 1] = n;
      bounds = next;
      from = dst;
      to = src;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, n);
    }
  }

  /** {@code a[lo, hi)} sorted stably, {@code spare} a scratch array of the same length. */
  private static void mergeSort(int[] a, int[] spare, int lo, int hi, IntOrder order) {
    if (hi - lo <= 16) {
      for (int i = lo + 1; i < hi; i++) {
        int x = a[i];
        int j = i - 1;
        for (; j >= lo && order.compare(x, a[j]) < 0; j--) {
          a[j + 1] = a[j];
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, spare, lo, mid, order);
    mergeSort(a, spare, mid, hi, order);
    if (order.compare(a[mid], a[mid - 1]) >= 0) {
      return; // already in order
    }
    System.arraycopy(a, lo, spare, lo, hi - lo);
    merge(spare, a, lo, mid, hi, order);
  }

  /** Sorted {@code src[lo, mid)} and {@code src[mid, hi)} merged into {@code dst[lo, hi)}, ties to the first. */
  private static void merge(int[] src, int[] dst, int lo, int mid, int hi, IntOrder order) {
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      dst[k++] = order.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
    }
    System.arraycopy(src, i, dst, k, mid - i);
    System.arraycopy(src, j, dst, k + mid - i, hi - j);
  }

  /** What is done with each item made by {@link #ordered}, in order, on the calling thread. */
  @FunctionalInterface
  public interface Use<T, E extends Exception> {
    /** Uses one item. */
    void use(T item) throws E;
  }

  /**
   * Items {@code 0..n} made by {@code make} on {@code threads} threads (the calling one among
   * them) and handed to {@code use} one by one in index order on the calling thread, while the
   * other threads make the next ones: at most {@code ahead} items are made and not yet used, so
   * memory stays bounded, and an item is not held here once used. An exception thrown by
   * {@code make} is thrown here when its item's turn
   * comes, unwrapped; one thrown by {@code use} ends the call, and the other threads take no
   * item after it.
   *
   * @throws IllegalArgumentException if {@code ahead} is less than 1
   */
  public static <T, E extends Exception> void ordered(int n, int threads, int ahead,
      java.util.function.IntFunction<T> make, Use<T, E> use) throws E {
    ordered(n, threads, ahead, make, use, Workers::execute);
  }

  /**
   * The same, with the other threads started by {@code start} rather than {@link Workers}: a test
   * can make a start fail as the machine may when it has no thread left to give.
   */
  static <T, E extends Exception> void ordered(int n, int threads, int ahead,
      java.util.function.IntFunction<T> make, Use<T, E> use, java.util.function.Consumer<Runnable> start) throws E {
    ordered(n, threads, ahead, make, use, start, java.util.concurrent.Semaphore::acquireUninterruptibly);
  }

  /**
   * The same, with the other threads waiting for room by {@code await}: a test can make the wait
   * run out of memory, as it may on a full heap (the wait needs a little memory for its place in
   * the queue). Such a thread ends its part quietly, without an item in hand: the calling thread
   * makes every item no thread took, and meets the lack of memory itself if there is one.
   */
  static <T, E extends Exception> void ordered(int n, int threads, int ahead,
      java.util.function.IntFunction<T> make, Use<T, E> use, java.util.function.Consumer<Runnable> start,
      java.util.function.Consumer<java.util.concurrent.Semaphore> await) throws E {
    if (ahead < 1) {
      throw new IllegalArgumentException("ahead must be 1 or more, got " + ahead);
    }
    if (threads <= 1 || n < 2) {
      for (int i = 0; i < n; i++) {
        use.use(make.apply(i));
      }
      return;
    }
    // each item is handed over in a holder that is emptied once the item is used: the tasks are
    // made first and soon old, and an old task, dead or not, keeps what it holds alive through
    // every young collection until the old objects are marked, so each item used would otherwise
    // be copied on (a million documents read in pieces: all of them, 200 MB at once)
    List<java.util.concurrent.FutureTask<Object[]>> tasks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int at = i;
      tasks.add(new java.util.concurrent.FutureTask<>(() -> new Object[] {make.apply(at)}));
    }
    // one permit for each item that may be taken and not yet used; items are taken in index order
    java.util.concurrent.Semaphore room = new java.util.concurrent.Semaphore(ahead);
    AtomicInteger next = new AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    Runnable worker = () -> {
      while (true) {
        try {
          await.accept(room);
        } catch (OutOfMemoryError e) {
          // Safe only because the error comes before a permit is taken: the one allocation of the
          // standard wait, Semaphore.acquireUninterruptibly, is its queue node, made before it
          // acquires, so a thread that fails here holds no permit and no item. A wait that could fail after
          // acquiring would leak the permit, and with ahead = 1 the calling thread would then
          // wait for it forever in get(item): such a wait must release before it rethrows.
          return; // no item taken: the calling thread makes it, as LineBatches' and Extraction's do
        }
        int i = next.getAndIncrement();
        if (i >= n || stop.get()) {
          room.release(); // for the next thread to see the same
          return;
        }
        tasks.get(i).run();
      }
    };
    int others = Math.min(threads - 1, n - 1);
    try {
      // inside the try: when no thread can be made, those started already are stopped below
      for (int t = 0; t < others; t++) {
        start.accept(worker);
      }
      for (int i = 0; i < n; i++) {
        java.util.concurrent.FutureTask<Object[]> item = tasks.get(i);
        // while item i is being made elsewhere, make the next one not taken, room allowing; when
        // no thread took item i yet, it is the next one, and there is room for it
        while (!item.isDone() && room.tryAcquire()) {
          int j = next.getAndIncrement();
          if (j >= n) {
            room.release();
            break;
          }
          tasks.get(j).run();
        }
        Object[] holder = get(item);
        tasks.set(i, null);
        @SuppressWarnings("unchecked")
        T made = (T) holder[0];
        holder[0] = null;
        use.use(made);
        room.release();
      }
    } finally {
      stop.set(true);
      room.release(others); // wakes any thread waiting for room: it sees the stop and ends
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
