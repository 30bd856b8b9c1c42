package io.claimcheck.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the throughput benchmarks and prints them in MB/s of UTF-8 text on one core:
 * {@code java -cp bench/target/benchmarks.jar io.claimcheck.bench.Report [regex]}.
 */
public final class Report {
  private Report() {}

  /** Runs the benchmarks matching the optional regex (default: all in this package). */
  public static void main(String[] args) throws RunnerException {
    String include = args.length > 0 ? args[0] : "NumberFinderBenchmark|ExtractionBenchmark";
    Options options = new OptionsBuilder().include(include).build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    for (RunResult r : results) {
      String size = r.getParams().getParam("mebibytes");
      int chars = size == null ? NumberFinderBenchmark.CHARS : Integer.parseInt(size) * 1024 * 1024;
      double megabytes = SeedCorpus.repeated(chars).getBytes(StandardCharsets.UTF_8).length / 1e6;
      double ops = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      System.out.printf(Locale.ROOT, "%-55s %6.1f MB corpus %8.1f MB/s  (± %.1f)%n",
          r.getParams().getBenchmark(), megabytes, ops * megabytes, error * megabytes);
    }
  }
}
