package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.event.DefaultEventResolver;
import io.claimcheck.event.Resolution;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A run holds its claims packed and its report's claims, quantities' claims and timelines and
 * findings are views made from the packed rows: each is checked against the simple form, the
 * same claims resolved and checked as a plain list.
 */
class RunHeldPackedTest {
  private static final String[] PLACES = {"Harbour Town", "Köln", "Aleppo", "Nowhere Valley"};

  /** Claims about a few incidents, from many outlets, figures apart enough for findings. */
  private static List<Claim> claims(long seed, int n) {
    Random r = new Random(seed);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int event = r.nextInt(6);
      String doc = "doc" + (r.nextInt(4) == 0 ? r.nextInt(n / 2 + 1) : i);
      Source source = new Source(doc, r.nextInt(5) == 0 ? null : "Outlet " + r.nextInt(9),
          LocalDate.of(2016, 1 + event, 1 + r.nextInt(5)), null, null, "claims.jsonl", i + 1);
      Qualifier q = new Qualifier[] {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.UP_TO}[r.nextInt(4)];
      long figure = 20 + event * 50 + r.nextInt(40);
      Quantity quantity = Quantity.of(q.id() + " " + figure, BigDecimal.valueOf(figure), q, new BigDecimal("0.1"));
      Scope scope = new Scope(List.of(PLACES[event % PLACES.length]), PartialDate.of(LocalDate.of(2016, 1 + event, 1)),
          r.nextInt(8) == 0 ? TimeScope.CUMULATIVE : TimeScope.INCIDENT);
      out.add(new Claim(doc + "#" + i, source, r.nextInt(3) == 0 ? Measure.of("injured") : Measure.KILLED,
          r.nextInt(6) == 0 ? "children" : null, quantity, scope, r.nextInt(3) == 0 ? "the ministry" : null,
          new Evidence(0, 5, "sentence " + r.nextInt(7)), null));
    }
    return out;
  }

  private static Report run(List<Claim> claims, int threads) {
    ClaimCheck.Run run = ClaimCheck.builder().parallelism(threads).build().start();
    claims.forEach(run::claim);
    return run.finish();
  }

  @Nested
  class AgainstThePlainList {
    @Test
    void theReportIsWhatResolvingAndCheckingThePlainClaimsGives() {
      qt().withExamples(12).forAll(integers().all(), integers().between(1, 600), integers().between(1, 3))
          .checkAssert((seed, n, threads) -> {
            List<Claim> claims = claims(seed, n);
            Report report = run(claims, threads);
            assertEquals(claims, report.claims());
            Resolution plain = DefaultEventResolver.builder().parallelism(threads).build()
                .resolve(new ArrayList<>(claims), Map.of());
            assertEquals(plain.events(), report.events());
            assertEquals(plain.quantities(), report.groups());
            for (int i = 0; i < report.groups().size(); i++) {
              Group packed = report.groups().get(i);
              Group simple = plain.quantities().get(i);
              assertEquals(new ArrayList<>(simple.claims()), new ArrayList<>(packed.claims()));
              assertEquals(new ArrayList<>(simple.timeline()), new ArrayList<>(packed.timeline()));
            }
            List<Finding> findings = RuleSet.defaults().evaluate(plain.quantities(), plain.events(), 1,
                Gazetteer.standard());
            assertEquals(new ArrayList<>(findings), new ArrayList<>(report.findings()));
          });
    }
  }

  @Nested
  class WhenSomeDocumentsAreAlsoExtracted {
    /**
     * The claims read of a document the run also extracts are dropped, so resolution, the rules
     * and the report's index work over a selection of the packed claims (keys read through it).
     */
    @Test
    void theReportIsWhatResolvingAndCheckingTheKeptClaimsAsAPlainListGives() {
      qt().withExamples(10).forAll(integers().all(), integers().between(2, 300), integers().between(1, 3))
          .checkAssert((seed, n, threads) -> {
            List<Claim> claims = claims(seed, n);
            ClaimCheck.Run run = ClaimCheck.builder().parallelism(threads).build().start();
            claims.forEach(run::claim);
            for (int d = 0; d < 3; d++) {
              String id = claims.get(Math.floorMod(seed + 7 * d, n)).documentId();
              run.document(new io.claimcheck.claim.Document(new Source(id, "Outlet " + d,
                  LocalDate.of(2016, 1, 2), null, null),
                  "Harbour Town, Jan. 2 - At least " + (30 + d) + " people were killed in a fire on Monday, police said."));
            }
            Report report = run.finish();
            for (Claim c : claims) {
              boolean extracted = report.documents().stream().anyMatch(s -> s.document().equals(c.documentId()));
              assertEquals(!extracted, report.claims().contains(c), c.id());
            }
            List<Claim> kept = new ArrayList<>(report.claims());
            Resolution plain = DefaultEventResolver.builder().parallelism(threads).build().resolve(kept, Map.of());
            assertEquals(plain.events(), report.events());
            assertEquals(plain.quantities(), report.groups());
            assertEquals(new ArrayList<>(RuleSet.defaults().evaluate(plain.quantities(), plain.events(), 1,
                Gazetteer.standard())), new ArrayList<>(report.findings()));
            io.claimcheck.report.ReportIndex index = io.claimcheck.report.ReportIndex.of(report);
            Map<String, LocalDate> published = new java.util.HashMap<>(); // a document's first claim's day
            for (Claim c : kept) {
              assertEquals(c, index.claim(c.id()).orElseThrow());
              if (c.source().published() != null) {
                published.putIfAbsent(c.documentId(), c.source().published());
              }
            }
            for (Claim c : kept) {
              assertEquals(java.util.Optional.ofNullable(published.get(c.documentId())), index.published(c.documentId()));
            }
            for (io.claimcheck.rules.Severity v : io.claimcheck.rules.Severity.values()) {
              assertEquals(report.findings().stream().filter(f -> f.severity() == v).count(), report.count(v));
            }
            assertEquals(report.findings().stream().map(Finding::severity).min(Enum::compareTo), report.worst());
          });
    }
  }

  @Nested
  class TheRun {
    @Test
    void theReportsListsCannotBeChanged() {
      Report report = run(claims(3, 200), 2);
      assertFalse(report.findings().isEmpty(), "the claims are apart enough for findings");
      assertThrows(UnsupportedOperationException.class, () -> report.claims().remove(0));
      assertThrows(UnsupportedOperationException.class, () -> report.findings().remove(0));
      Group g = report.groups().get(0);
      assertThrows(UnsupportedOperationException.class, () -> g.claims().remove(0));
      assertThrows(UnsupportedOperationException.class, () -> g.timeline().remove(0));
      assertEquals(report.claims().get(5), report.claims().get(5));
      org.junit.jupiter.api.Assertions.assertNotSame(report.claims().get(5), report.claims().get(5),
          "made again on each get");
    }

    @Test
    void theReportsListsSerialiseAsCopiesOfTheirElements() throws Exception {
      Report report = run(claims(5, 60), 2);
      List<String> documents = report.events().get(0).documents();
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(documents);
      }
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        assertEquals(documents, in.readObject());
      }
    }
  }
}
