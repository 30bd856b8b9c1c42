package io.claimcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.claimcheck.ClaimCheck;
import io.claimcheck.claim.Claim;
import io.claimcheck.event.DefaultEventResolver;
import io.claimcheck.event.Resolution;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportFormat;
import io.claimcheck.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Resolution and the rules on several threads give the report of one thread: the same events,
 * quantities, ids, links and findings, in the same order, for any number of threads. The corpora
 * are many generated events at once (enough documents and quantities that the work is split).
 */
class ParallelCheckTest {
  /** {@code events} generated events with plants of every kind, reproducible from {@code seed}. */
  private static List<Claim> corpus(long seed, int events) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      Events.Plant plant = Events.Plant.values()[random.nextInt(Events.Plant.values().length)];
      claims.addAll(Events.event(random.nextLong(), plant).claims());
    }
    return claims;
  }

  private static Report check(List<Claim> claims, int threads) {
    return ClaimCheck.builder().parallelism(threads).build().checkClaims(claims);
  }

  @Nested
  class TheReport {
    @Test
    void isTheSameOnOneTwoThreeAndEightThreads() {
      List<Claim> claims = corpus(7, 150);
      Report one = check(claims, 1);
      assertTrue(one.groups().size() > 200, () -> "enough quantities to split: " + one.groups().size());
      String json = ReportFormat.JSON.render(one);
      for (int threads : new int[] {2, 3, 8}) {
        Report many = check(claims, threads);
        assertEquals(one, many, "threads " + threads);
        assertEquals(json, ReportFormat.JSON.render(many), "threads " + threads);
      }
    }

    @Test
    void isTheSameWhateverTheCorpusAndTheNumberOfThreads() {
      qt().withExamples(12).forAll(longs().all(), integers().between(2, 6)).checkAssert((seed, threads) -> {
        List<Claim> claims = corpus(seed, 60);
        assertEquals(check(claims, 1), check(claims, threads), () -> "seed " + seed + ", threads " + threads);
      });
    }
  }

  @Nested
  class TheTextReport {
    private String text(Report report, int threads) {
      java.io.StringWriter out = new java.io.StringWriter();
      ReportFormat.TEXT.write(report, out, threads);
      return out.toString();
    }

    @Test
    void isTheSameBytesWrittenOnOneTwoAndFiveThreads() {
      Report report = check(corpus(5, 1200), 2);
      String one = text(report, 1);
      assertEquals(ReportFormat.TEXT.render(report), one);
      assertTrue(one.lines().count() > 20_000, () -> "lines enough for parts in several rounds: " + one.lines().count());
      assertTrue(report.findings().size() > 100, () -> "findings: " + report.findings().size());
      for (int threads : new int[] {2, 5}) {
        assertEquals(one, text(report, threads), "threads " + threads);
      }
    }

    @Test
    void throughTheRendererWithItsContextsParallelism() throws java.io.IOException {
      Report report = check(corpus(9, 200), 1);
      java.io.StringWriter out = new java.io.StringWriter();
      io.claimcheck.report.Renderers.find("text").orElseThrow()
          .render(report, io.claimcheck.report.RenderContext.builder().parallelism(3).build(), out);
      assertEquals(text(report, 1), out.toString());
      assertThrows(IllegalArgumentException.class, () -> io.claimcheck.report.RenderContext.builder().parallelism(0));
    }
  }

  @Nested
  class ResolutionAndRules {
    @Test
    void giveTheSameEventsQuantitiesAndFindingsOnFourThreadsAsOnOne() {
      List<Claim> claims = corpus(11, 120);
      Resolution one = DefaultEventResolver.builder().parallelism(1).build().resolve(claims, Map.of());
      Resolution four = DefaultEventResolver.builder().parallelism(4).build().resolve(claims, Map.of());
      assertEquals(one.events(), four.events());
      assertEquals(one.quantities(), four.quantities());
      RuleSet rules = RuleSet.defaults();
      assertEquals(rules.evaluate(one.quantities(), one.events()),
          rules.evaluate(one.quantities(), one.events(), 4));
    }

    @Test
    void giveTheSameReportOnOneTwoAndThreeThreadsWhenTheDocumentsAreReadInManyPieces() {
      List<Claim> claims = corpus(13, 900);
      long documents = claims.stream().map(Claim::documentId).distinct().count();
      // documents are read in pieces of about an eighth of a thread's share, at most 2,048: more
      // than twice that are three pieces even at the most, and 16 or 24 pieces on 2 or 3 threads,
      // made on every thread and joined in order
      assertTrue(documents > 2 * 2048, () -> "documents enough for several pieces: " + documents);
      Report one = check(claims, 1);
      String json = ReportFormat.JSON.render(one);
      for (int threads : new int[] {2, 3}) {
        Report many = check(claims, threads);
        assertEquals(one.events(), many.events(), "threads " + threads);
        assertEquals(json, ReportFormat.JSON.render(many), "threads " + threads);
      }
    }

    @Test
    void refuseLessThanOneThread() {
      assertThrows(IllegalArgumentException.class, () -> DefaultEventResolver.builder().parallelism(0));
      assertThrows(IllegalArgumentException.class, () -> RuleSet.defaults().evaluate(List.of(), List.of(), 0));
    }
  }
}
