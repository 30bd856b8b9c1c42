package io.claimcheck.bench;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.DefaultGrouper;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Grouping and every built-in rule over generated claims: {@code events} incidents with
 * {@code perEvent} claims each, from different outlets, with exact, lower-bound and approximate
 * figures, some of them contradictory. Prints the best and median of several runs:
 * {@code java -Xmx12g -cp bench/target/benchmarks.jar io.claimcheck.bench.CheckBenchmark 10000 100}.
 */
public final class CheckBenchmark {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  private CheckBenchmark() {}

  /** Generates the claims, reproducibly from {@code seed}. */
  static List<Claim> claims(int events, int perEvent, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Measure[] measures = {Measure.KILLED, Measure.INJURED, Measure.MISSING};
    Qualifier[] qualifiers = {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT};
    Source[] outlets = new Source[500];
    LocalDate start = LocalDate.of(2016, 1, 1);
    for (int i = 0; i < outlets.length; i++) {
      outlets[i] = new Source("doc" + i, "Outlet " + i, start.plusDays(i % 300), null, null);
    }
    List<Claim> out = new ArrayList<>(events * perEvent);
    int n = 0;
    for (int e = 0; e < events; e++) {
      String place = String.format(Locale.ROOT, "Place%05d", e % (events / 2 + 1));
      Measure measure = measures[e % measures.length];
      PartialDate date = PartialDate.of(start.plusDays(random.nextInt(365 * 3)));
      long base = 5 + random.nextInt(500);
      for (int k = 0; k < perEvent; k++) {
        Qualifier q = qualifiers[random.nextInt(qualifiers.length)];
        long figure = random.nextInt(20) == 0 ? base * 3 : Math.max(1, base - random.nextInt((int) (base / 4 + 1)));
        BigDecimal value = BigDecimal.valueOf(figure);
        Quantity quantity = Quantity.of(q.id() + " " + figure, value, q, TOLERANCE);
        Source source = outlets[random.nextInt(outlets.length)];
        out.add(new Claim("c" + n++, source, measure, null, quantity,
            new Scope(List.of(place), date, TimeScope.INCIDENT), null, new Evidence(0, 1, ""), null));
      }
    }
    return out;
  }

  /** Arguments: events, claims per event, runs. */
  public static void main(String[] args) {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int perEvent = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Claim> claims = claims(events, perEvent, 42);
    DefaultGrouper grouper = DefaultGrouper.standard();
    RuleSet rules = RuleSet.defaults();
    double[] seconds = new double[runs];
    int groups = 0;
    int findings = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      List<Group> g = grouper.group(claims);
      List<Finding> f = rules.evaluate(g);
      seconds[r] = (System.nanoTime() - t0) / 1e9;
      groups = g.size();
      findings = f.size();
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%,d claims in %,d events: %,d groups, %,d findings; group + rules best %.2f s, "
        + "median %.2f s over %d runs%n", claims.size(), events, groups, findings, sorted[0], sorted[runs / 2], runs);
  }
}
