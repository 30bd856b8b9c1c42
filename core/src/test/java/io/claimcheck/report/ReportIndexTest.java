package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ReportIndex's claims by id, held in its own open-addressing arrays, against a hash map's. */
class ReportIndexTest {
  /** Ids two by two of one hash ("Aa" and "BB" hash alike, and so do their concatenations). */
  private static final List<String> EQUAL_HASHES = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
  /** Ids no claim has, some of them with a hash a claim's id has. */
  private static final List<String> ABSENT = List.of("", "absent", "AaAaAa", "BBBBBB", "c-1", "c1000");

  private static Claim claim(String id, int n) {
    Source source = new Source("doc" + (n % 7), "Outlet", null, null, null, null, 0);
    Quantity q = Quantity.of(String.valueOf(n), BigDecimal.valueOf(n), Qualifier.EXACT, BigDecimal.ZERO);
    // n makes each claim of one id differ from the others of that id: which one is found says which won
    return new Claim(id, source, Measure.KILLED, null, q, new Scope(List.of(), null, TimeScope.INCIDENT), null,
        new Evidence(n, n + 1, "Some " + n + " were killed."));
  }

  @Test
  void findsTheFirstClaimOfAnIdInTheClaimsThenTheQuantitiesAsAMapPuttingIfAbsentDoes() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, threads) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> ids = new ArrayList<>(EQUAL_HASHES);
      for (int i = r.nextInt(60); i > 0; i--) {
        ids.add("c" + i); // more than 16: the tables grow past their first size
      }
      int n = 0;
      List<Claim> claims = new ArrayList<>();
      for (int i = r.nextInt(120); i > 0; i--) {
        claims.add(claim(ids.get(r.nextInt(ids.size())), n++));
      }
      // quantities hold claims the report's claims repeat, and claims they do not hold
      List<Group> groups = new ArrayList<>();
      for (int g = r.nextInt(8); g > 0; g--) {
        List<Claim> of = new ArrayList<>();
        for (int i = r.nextInt(30); i > 0; i--) {
          of.add(!claims.isEmpty() && r.nextBoolean() ? claims.get(r.nextInt(claims.size()))
              : claim(ids.get(r.nextInt(ids.size())), n++));
        }
        groups.add(new Group("g" + g, "key-" + g, Measure.KILLED, null, List.of(), null, TimeScope.INCIDENT, of,
            List.of(), null));
      }
      Report report = new Report(List.of(), claims, groups, List.of());
      Map<String, Claim> expected = new LinkedHashMap<>();
      claims.forEach(c -> expected.putIfAbsent(c.id(), c));
      groups.forEach(g -> g.claims().forEach(c -> expected.putIfAbsent(c.id(), c)));

      ReportIndex index = ReportIndex.of(report, threads);
      String where = "seed " + seed + ", threads " + threads;
      for (String id : ids) {
        assertSame(expected.get(id), index.claim(id).orElse(null), () -> where + ", id " + id);
      }
      for (String id : ABSENT) {
        assertEquals(expected.containsKey(id), index.claim(id).isPresent(), () -> where + ", id " + id);
      }
      assertSame(index.claim("Aa").orElse(null), ReportIndex.of(report).claim("Aa").orElse(null), where);
    });
  }
}
