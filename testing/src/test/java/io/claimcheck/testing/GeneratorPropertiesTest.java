package io.claimcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.claimcheck.ClaimCheck;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Source;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.number.NumberFinder;
import io.claimcheck.number.NumberPhrase;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * claimcheck's own laws, on the generators of this module. Every example is reproducible: a
 * failure prints the seed (and the generated value) that shows it.
 */
class GeneratorPropertiesTest {
  /** A generator for QuickTheories: a seed, turned into a value by one of our functions. */
  private static <T> Gen<T> seeded(java.util.function.Function<SplittableRandom, T> f) {
    return longs().all().map(seed -> f.apply(new SplittableRandom(seed)));
  }

  private static final Set<Measure> CASUALTIES =
      Set.of(Measure.KILLED, Measure.INJURED, Measure.MISSING, Measure.DISPLACED, Measure.ARRESTED);

  @Test
  void everyPlantedClaimIsExtractedExactlyAndNoDistractorBecomesAClaim() {
    int[] articles = {0};
    int[] planted = {0};
    qt().withFixedSeed(20261123L).withExamples(10_000).forAll(seeded(Articles::article)).checkAssert(a -> {
      articles[0]++;
      planted[0] += a.planted().size();
      List<Claim> claims = ClaimExtractor.standard().extract(a.document());
      for (PlantedClaim p : a.planted()) {
        boolean found = claims.stream().anyMatch(c -> c.evidence().start() == p.start() && c.evidence().end() == p.end()
            && c.measure().equals(p.measure()) && c.quantity().interval().equals(p.interval()));
        assertTrue(found, () -> "planted '" + p.text() + "' (" + p.measure() + " " + p.interval() + ") not found in\n"
            + a.document().text() + "\nclaims: " + claims);
      }
      for (Claim c : claims) {
        // other counts of people ("120 people were rescued") are claims of their own measure,
        // never casualties: only a casualty claim from a distractor breaks the law
        boolean casualty = CASUALTIES.contains(c.measure());
        boolean plantedHere = a.planted().stream().anyMatch(p -> p.start() == c.evidence().start());
        assertTrue(plantedHere || !casualty, () -> "distractor became a claim: " + c + " in\n" + a.document().text());
      }
    });
    System.out.printf("planted claims: %d articles, %d planted claims, all extracted, no distractor claims%n",
        articles[0], planted[0]);
  }

  @Test
  void printingAQuantityAndParsingItBackGivesTheSameInterval() {
    qt().withExamples(5_000).forAll(seeded(Quantities::any)).checkAssert(q -> {
      List<NumberPhrase> found = NumberFinder.standard().find(q.text());
      assertEquals(1, found.size(), () -> q.text() + " gave " + found);
      assertEquals(q.interval(), found.get(0).quantity().interval(), q.text());
      assertEquals(q.approximate(), found.get(0).quantity().approximate(), q.text());
      assertEquals(q.text(), found.get(0).text());
    });
  }

  /** Findings as rule and group, with the outlets they name mapped through {@code rename}. */
  private static Set<String> findings(Report report) {
    return report.findings().stream().map(f -> f.rule() + ":" + f.groupKey() + ":" + f.claims().size())
        .collect(Collectors.toSet());
  }

  @Test
  void findingsDoNotDependOnDocumentOrderOrOnTheNamesOfSources() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Document> docs = new ArrayList<>();
      for (int i = 0; i < 2 + r.nextInt(10); i++) {
        docs.add(Articles.article(r).document());
      }
      Report before = ClaimCheck.standard().check(docs);
      List<Document> renamed = new ArrayList<>();
      Map<String, String> names = new HashMap<>();
      for (Document d : docs) {
        Source s = d.source();
        String outlet = names.computeIfAbsent(s.outlet(), o -> "Renamed " + names.size());
        renamed.add(new Document(new Source("renamed-" + s.documentId(), outlet, s.published(), s.url(), s.title()),
            d.text()));
      }
      Collections.shuffle(renamed, new Random(seed));
      Report after = ClaimCheck.standard().check(renamed);
      assertEquals(findings(before), findings(after));
      assertEquals(before.groups().stream().map(g -> g.key()).collect(Collectors.toSet()),
          after.groups().stream().map(g -> g.key()).collect(Collectors.toSet()));
    });
  }

  @Test
  void aPlantedContradictionIsAlwaysFlaggedAndAConsistentGroupNever() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      boolean plant = r.nextBoolean();
      GeneratedGroup g = Claims.group(r, plant);
      Report report = ClaimCheck.standard().checkClaims(g.claims());
      assertEquals(1, report.groups().size(), () -> "one incident gave groups " + report.groups());
      Set<String> rules = report.findings().stream().map(Finding::rule).collect(Collectors.toSet());
      assertEquals(plant, rules.contains("disjoint-figures"), () -> "planted " + plant + ", found " + report.findings());
      if (!plant) {
        assertEquals(g.consensus(), report.groups().get(0).consensus());
      }
    });
  }
}
