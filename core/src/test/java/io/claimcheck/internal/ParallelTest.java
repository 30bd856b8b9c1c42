package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParallelTest {
  private static List<Integer> flatten(List<List<Integer>> runs) {
    List<Integer> out = new ArrayList<>();
    runs.forEach(out::addAll);
    return out;
  }

  private static List<List<Integer>> indices(int n, int threads) {
    return Parallel.map(n, threads, (from, to) -> {
      List<Integer> out = new ArrayList<>();
      for (int i = from; i < to; i++) {
        out.add(i);
      }
      return out;
    });
  }

  @ParameterizedTest(name = "{0} indices on {1} threads come back once each, in order")
  @CsvSource({"0, 1", "0, 4", "1, 3", "127, 2", "128, 2", "1000, 2", "1000, 3", "100000, 8"})
  void everyIndexComesBackOnceInOrder(int n, int threads) {
    assertEquals(IntStream.range(0, n).boxed().toList(), flatten(indices(n, threads)));
  }

  @Test
  void theRunsAreCutTheSameWayWhateverTheThreadsAndOrderIsKept() {
    qt().withExamples(200).forAll(integers().between(0, 20_000), integers().between(1, 9)).checkAssert((n, t) ->
        assertEquals(IntStream.range(0, n).boxed().toList(), flatten(indices(n, t))));
  }

  @Test
  void largeWorkRunsOnNoMoreThreadsThanGiven() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    List<Integer> sizes = Parallel.map(100_000, 3, (from, to) -> {
      names.add(Thread.currentThread().getName());
      return to - from;
    });
    assertTrue(sizes.size() > 1, () -> "cut into runs: " + sizes);
    assertEquals(100_000, sizes.stream().mapToInt(Integer::intValue).sum());
    assertTrue(names.size() <= 3, () -> "at most 3 threads: " + names);
  }

  @Test
  void oneThreadRunsEverythingOnTheCallingThread() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    List<Integer> sizes = Parallel.map(100_000, 1, (from, to) -> {
      names.add(Thread.currentThread().getName());
      return to - from;
    });
    assertEquals(List.of(100_000), sizes);
    assertEquals(Set.of(Thread.currentThread().getName()), names);
  }

  @Test
  void aFailingRunFailsTheCallWithItsOwnException() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.map(10_000, 4, (from, to) -> {
      if (from > 5_000) {
        throw new IllegalStateException("run from " + from);
      }
      return from;
    }));
    assertTrue(e.getMessage().startsWith("run from "), e.getMessage());
  }

  @Test
  void aFailingRunStopsTheRunsNotStartedYet() {
    java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.map(48, 3, 1, (from, to) -> {
      if (started.incrementAndGet() == 1) {
        throw new IllegalStateException("the first run started fails");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException x) {
        Thread.currentThread().interrupt();
      }
      return from;
    }));
    assertEquals("the first run started fails", e.getMessage());
    // the failing run, and at most the one each other thread had begun: not the 24 runs
    assertTrue(started.get() <= 3, () -> started.get() + " runs started");
  }

  @org.junit.jupiter.api.Nested
  class Ordered {
    @ParameterizedTest(name = "{0} items on {1} threads, {2} ahead, are used once each, in order, on the calling thread")
    @CsvSource({"0, 2, 1", "1, 2, 1", "2, 2, 1", "100, 2, 1", "100, 2, 8", "1000, 3, 4", "1000, 8, 2", "500, 1, 3"})
    void itemsAreUsedInOrderOnTheCallingThread(int n, int threads, int ahead) {
      List<Integer> used = new ArrayList<>();
      Set<String> users = ConcurrentHashMap.newKeySet();
      Parallel.ordered(n, threads, ahead, i -> i, item -> {
        users.add(Thread.currentThread().getName());
        used.add(item);
      });
      assertEquals(IntStream.range(0, n).boxed().toList(), used);
      assertTrue(users.size() <= 1 && (n == 0 || users.contains(Thread.currentThread().getName())), users::toString);
    }

    @Test
    void noMoreThanAheadItemsAreMadeAndNotYetUsed() {
      qt().withExamples(50).forAll(integers().between(0, 400), integers().between(1, 6), integers().between(1, 5))
          .checkAssert((n, threads, ahead) -> {
            java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
            List<Integer> used = new ArrayList<>();
            Parallel.ordered(n, threads, ahead, i -> {
              most.accumulateAndGet(open.incrementAndGet(), Math::max);
              return i;
            }, item -> {
              open.decrementAndGet();
              used.add(item);
            });
            assertEquals(IntStream.range(0, n).boxed().toList(), used);
            assertTrue(most.get() <= ahead, () -> most.get() + " items open with " + ahead + " ahead");
          });
    }

    @Test
    void aFailingItemFailsTheCallAtItsTurnAfterTheItemsBeforeIt() {
      List<Integer> used = new ArrayList<>();
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.ordered(1000, 3, 6, i -> {
        if (i == 700) {
          throw new IllegalStateException("item " + i);
        }
        return i;
      }, used::add));
      assertEquals("item 700", e.getMessage());
      assertEquals(IntStream.range(0, 700).boxed().toList(), used);
    }

    @Test
    void aFailingUseEndsTheCallAndTheOtherThreadsStopTakingItems() throws InterruptedException {
      java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
      java.io.IOException e = assertThrows(java.io.IOException.class, () -> Parallel.ordered(100_000, 3, 4, i -> {
        made.incrementAndGet();
        return i;
      }, item -> {
        if (item == 50) {
          throw new java.io.IOException("cannot write item " + item);
        }
      }));
      assertEquals("cannot write item 50", e.getMessage());
      Thread.sleep(200);
      assertTrue(made.get() <= 51 + 4 + 3, () -> made.get() + " items made");
    }

    @Test
    void aThreadThatCannotBeStartedFailsTheCallAndStopsTheThreadsStartedBeforeIt() throws InterruptedException {
      // the first worker starts and waits for room; the second cannot be made, as when the
      // machine has no thread left to give
      List<Thread> started = new ArrayList<>();
      java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
      List<Integer> used = new ArrayList<>();
      OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> Parallel.ordered(10_000, 3, 2, i -> {
        made.incrementAndGet();
        return i;
      }, used::add, worker -> {
        if (!started.isEmpty()) {
          throw new OutOfMemoryError("unable to create native thread");
        }
        Thread t = new Thread(worker, "started-before");
        t.setDaemon(true);
        started.add(t);
        t.start();
      }));
      assertEquals("unable to create native thread", e.getMessage());
      assertEquals(List.of(), used, "no item is used once the call has failed");
      started.get(0).join(5_000);
      assertTrue(!started.get(0).isAlive(), "the thread started before the failure is still waiting for work");
      int after = made.get();
      Thread.sleep(100);
      assertEquals(after, made.get(), "items are still being made after the call");
      assertTrue(after <= 2, () -> after + " items made with 2 ahead");
    }

    @Test
    void withNoStartThatFailsTheItemsAreUsedAsWithTheSharedWorkers() {
      List<Integer> used = new ArrayList<>();
      Parallel.ordered(1000, 3, 4, i -> i, used::add, worker -> {
        Thread t = new Thread(worker);
        t.setDaemon(true);
        t.start();
      });
      assertEquals(IntStream.range(0, 1000).boxed().toList(), used);
    }

    @ParameterizedTest(name = "the wait fails at its {0}th call")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 5})
    void aThreadThatRunsOutOfMemoryWhileWaitingEndsQuietlyAndTheCallingThreadMakesTheRest(int failing)
        throws InterruptedException {
      // each started thread's wait for room runs out of memory at its failing-th call, as it may
      // on a full heap; nothing of it reaches the thread's uncaught-exception handler (which the
      // JVM's default prints), and every item is still made once and used in order
      List<Throwable> uncaught = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Thread> started = java.util.Collections.synchronizedList(new ArrayList<>());
      java.util.Map<Thread, Integer> waits = new ConcurrentHashMap<>();
      java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
      List<Integer> used = new ArrayList<>();
      Parallel.ordered(2000, 3, 4, i -> {
        made.incrementAndGet();
        return i;
      }, used::add, worker -> {
        Thread t = new Thread(worker, "waits-and-fails");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        started.add(t);
        t.start();
      }, room -> {
        if (waits.merge(Thread.currentThread(), 1, Integer::sum) == failing) {
          throw new OutOfMemoryError("Java heap space");
        }
        room.acquireUninterruptibly();
      });
      assertEquals(IntStream.range(0, 2000).boxed().toList(), used);
      assertEquals(2000, made.get(), "each item made once");
      for (Thread t : started) {
        t.join(5_000);
        assertTrue(!t.isAlive(), "a started thread is still waiting for work");
      }
      assertEquals(2, started.size());
      assertEquals(List.of(), uncaught, "what reached the threads' uncaught-exception handler");
    }

    @Test
    void lessThanOneAheadIsRefused() {
      assertThrows(IllegalArgumentException.class, () -> Parallel.ordered(10, 2, 0, i -> i, item -> { }));
    }
  }

  @org.junit.jupiter.api.Nested
  class Sort {
    /** Keys with few values for positions 0..n-1: a stable sort keeps positions rising within a key. */
    private int[] keys(int n, int keys, long seed) {
      java.util.Random r = new java.util.Random(seed);
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = r.nextInt(keys);
      }
      return out;
    }

    /** Positions 0..n-1 sorted by {@code keys} with one stable sort of a list, and with Parallel's. */
    private void sortsAsOneStableSort(int[] keys, int threads) {
      List<Integer> expected = new ArrayList<>();
      int[] a = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        expected.add(i);
        a[i] = i;
      }
      expected.sort(java.util.Comparator.comparingInt(p -> keys[p])); // List.sort is stable
      Parallel.sort(a, (x, y) -> Integer.compare(keys[x], keys[y]), threads);
      assertEquals(expected, IntStream.of(a).boxed().toList());
    }

    @ParameterizedTest(name = "{0} elements of {1} keys on {2} threads sort as one stable sort does")
    @CsvSource({"0, 3, 2", "10, 3, 2", "16383, 5, 2", "16384, 5, 2", "100000, 7, 2", "100000, 1000, 3",
        "250000, 50, 5", "100000, 100000, 8", "100000, 4, 1"})
    void theOrderIsThatOfOneStableSort(int n, int keys, int threads) {
      sortsAsOneStableSort(keys(n, keys, n + keys), threads);
    }

    @Test
    void anyMixSortsAsOneStableSortWhateverTheThreads() {
      qt().withExamples(40).forAll(integers().between(0, 60_000), integers().between(1, 40),
          integers().between(1, 9)).checkAssert((n, keys, threads) -> sortsAsOneStableSort(keys(n, keys, 7L * n + keys),
              threads));
    }

    @Test
    void positionsWithRepeatsSortAsOneStableSortForAnyNumberOfThreads() {
      // keys with many ties, positions repeated: tied ones keep their first order
      qt().withExamples(60).forAll(integers().all(), integers().between(0, 40_000), integers().between(1, 5))
          .checkAssert((seed, n, threads) -> {
            java.util.Random r = new java.util.Random(seed);
            int[] keys = new int[n];
            int[] a = new int[n];
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              keys[i] = r.nextInt(1 + n / 4);
              a[i] = r.nextInt(n);
              expected.add(a[i]);
            }
            expected.sort(java.util.Comparator.comparingInt(p -> keys[p]));
            Parallel.sort(a, (x, y) -> Integer.compare(keys[x], keys[y]), threads);
            assertEquals(expected, IntStream.of(a).boxed().toList());
          });
    }
  }
}
