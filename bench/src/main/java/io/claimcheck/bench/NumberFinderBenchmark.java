package io.claimcheck.bench;

import io.claimcheck.number.NumberFinder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Number-phrase finding over the seed articles repeated to 10+ MB, on one thread. One operation
 * reads the whole corpus; {@link Report} turns operations per second into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class NumberFinderBenchmark {
  /** Size of the corpus in characters. */
  static final int CHARS = 10 * 1024 * 1024;

  String text;
  long bytes;
  final NumberFinder finder = NumberFinder.standard();

  /** Builds the corpus. */
  @Setup(Level.Trial)
  public void setUp() {
    text = SeedCorpus.repeated(CHARS);
    bytes = text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Finds every number phrase in the corpus. */
  @Benchmark
  public void findNumbers(Blackhole bh) {
    finder.find(text, bh::consume);
  }

  /** A bare scan of every character, for scale: the ceiling any finder could reach. */
  @Benchmark
  public int characterScan() {
    int digits = 0;
    String t = text;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }
}
