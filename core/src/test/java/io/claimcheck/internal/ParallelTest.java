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
}
