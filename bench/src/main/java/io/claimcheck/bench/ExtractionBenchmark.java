package io.claimcheck.bench;

import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.extract.ClaimExtractor;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim extraction over the seed articles repeated to a size, on one thread, as one document.
 * Two sizes show whether the cost is linear; {@link Report} turns operations per second into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
  /** Corpus size in MiB of characters. */
  @Param({"10", "20"})
  public int mebibytes;

  Document document;

  /** Builds the corpus. */
  @Setup(Level.Trial)
  public void setUp() {
    String text = SeedCorpus.repeated(mebibytes * 1024 * 1024);
    document = new Document(new Source("corpus", "Seeds", LocalDate.of(2016, 2, 22), null, null), text);
  }

  /** Extracts every claim from the corpus. */
  @Benchmark
  public void extractClaims(Blackhole bh) {
    ClaimExtractor.standard().extract(document, bh::consume);
  }
}
