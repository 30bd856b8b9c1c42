package io.claimcheck.bench;

import io.claimcheck.ClaimCheck;
import io.claimcheck.input.DocumentReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reading a claims file into a check, and nothing after it: what {@code claimcheck check FILE}
 * does before it resolves, checks and writes (the lines parsed, each claim made and kept in the
 * run's table, repeated ids looked up). Prints, for the first run (cold, as in a whole process)
 * and for the later ones (best and median), the wall and process CPU seconds and the bytes
 * allocated:
 * {@code java -cp bench/target/benchmarks.jar io.claimcheck.bench.ReadBenchmark FILE [RUNS [THREADS]]}
 * (two threads unless THREADS is given, as the CLI on this machine).
 *
 * <p>Not JMH: the runs share one process, so the first includes the JIT's warming up and the later
 * ones do not, and process CPU counts the collector's and the compilers' threads too. Compare two
 * builds by the ratio of their figures from runs close in time (the machine is shared), not by the
 * figures themselves.
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  private static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static long allocated() {
    java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
    return t instanceof com.sun.management.ThreadMXBean sun ? sun.getTotalThreadAllocatedBytes() : -1;
  }

  /** One timed read: wall and CPU seconds, bytes allocated, claims kept. */
  private record Run(double seconds, double cpu, long bytes, int claims) {}

  private static Run run(Path file, int threads) {
    long t0 = System.nanoTime();
    long c0 = processCpu();
    long a0 = allocated();
    ClaimCheck.Run run = ClaimCheck.builder().parallelism(threads).build().start();
    DocumentReader.standard().parallelism(threads).read(List.of(file), run);
    return new Run((System.nanoTime() - t0) / 1e9, (processCpu() - c0) / 1e9, allocated() - a0, run.claimCount());
  }

  /** Arguments: the claims file, timed runs after the first (default 5), threads (default 2). */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ReadBenchmark FILE [RUNS [THREADS]]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Run first = run(file, threads);
    System.out.printf(Locale.ROOT, "%,d claims read from %s on %d thread%s; first run %.2f s, CPU %.2f s, "
        + "%,d MB allocated%n", first.claims(), file, threads, threads == 1 ? "" : "s", first.seconds(), first.cpu(),
        first.bytes() >> 20);
    if (runs < 1) {
      return;
    }
    double[] seconds = new double[runs];
    double[] cpu = new double[runs];
    long[] bytes = new long[runs];
    for (int r = 0; r < runs; r++) {
      System.gc(); // each run from a collected heap: the run before it is garbage
      Run run = run(file, threads);
      seconds[r] = run.seconds();
      cpu[r] = run.cpu();
      bytes[r] = run.bytes();
    }
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    Arrays.sort(bytes);
    System.out.printf(Locale.ROOT, "then over %d runs: best %.2f s, median %.2f s; CPU best %.2f s, median %.2f s; "
        + "%,d MB allocated (median)%n", runs, seconds[0], seconds[runs / 2], cpu[0], cpu[runs / 2],
        bytes[runs / 2] >> 20);
  }
}
