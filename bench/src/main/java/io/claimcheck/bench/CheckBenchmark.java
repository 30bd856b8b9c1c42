package io.claimcheck.bench;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.event.DefaultEventResolver;
import io.claimcheck.event.Resolution;
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
 * figures, some of them contradictory. Prints the best and median of several runs, each started
 * from a collected heap (not timed):
 * {@code java -Xmx12g -cp bench/target/benchmarks.jar io.claimcheck.bench.CheckBenchmark 10000 100 [RUNS [THREADS]]}
 * (one thread unless THREADS is given; pin it to one core with {@code taskset -c 1} for the
 * one-core figure).
 */
public final class CheckBenchmark {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  /** Cities the gazetteer knows, spread over many countries. */
  private static final String[] CITIES = {
      "Damascus", "Homs", "Aleppo", "Baghdad", "Mosul", "Basra", "Kunduz", "Kandahar", "Karachi", "Lahore", "Peshawar",
      "Quetta", "Delhi", "Mumbai", "Kolkata", "Chennai", "Sylhet", "Chittagong", "Lagos", "Kano", "Kaduna", "Abuja",
      "Nairobi", "Mogadishu", "Khartoum", "Cairo", "Alexandria", "Tripoli", "Zawiya", "Tunis", "Algiers", "Rabat",
      "Tangier", "Toulouse", "Lyon", "Marseille", "Gent", "Antwerp", "Leeds", "Liverpool", "Birmingham",
      "Madrid", "Barcelona", "Rome", "Milan", "Berlin", "Munich", "Istanbul", "Ankara", "Tehran", "Mashhad",
      "Manila", "Cebu City", "Jakarta", "Surabaya", "Bangkok", "Yangon", "Beijing", "Shanghai", "Wuhan", "Tokyo",
      "Osaka", "Seoul", "Sydney", "Melbourne", "Lima", "Bogota", "Caracas", "Santiago", "Buenos Aires", "Mexico City",
      "Houston", "Chicago", "Los Angeles", "Miami", "New Orleans", "Toronto", "Montreal", "Kyiv", "Kharkiv", "Lviv"};

  private CheckBenchmark() {}

  /** Days between two events in one city: more than the incident window and the three days of reports. */
  static final int DAYS_APART = 12;

  /**
   * Generates the claims, reproducibly from {@code seed}. The events are distinct incidents at any
   * scale: event {@code e} is in city {@code e mod 81}, on day {@code 12 * (e / 81)} (plus up to
   * three days) after 2016-01-01, so two events in one city are at least ten days apart and
   * never join, and 10x the events are 10x the incidents rather than denser ones (until session 3
   * the events were put in a random city on a random day of three years, and merged more as
   * they grew: 10,000 events resolved into 6,918 quantities).
   */
  static List<Claim> claims(int events, int perEvent, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Measure[] measures = {Measure.KILLED, Measure.INJURED, Measure.MISSING};
    Qualifier[] qualifiers = {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT};
    String[] places = CITIES;
    LocalDate start = LocalDate.of(2016, 1, 1);
    List<Claim> out = new ArrayList<>(events * perEvent);
    int n = 0;
    for (int e = 0; e < events; e++) {
      String place = places[e % places.length];
      Measure measure = measures[e % measures.length];
      LocalDate day = start.plusDays((long) DAYS_APART * (e / places.length) + random.nextInt(3));
      PartialDate date = PartialDate.of(day);
      long base = 5 + random.nextInt(500);
      // each event is reported by ten documents over three days
      Source[] outlets = new Source[10];
      for (int i = 0; i < outlets.length; i++) {
        outlets[i] = new Source("e" + e + "-d" + i, "Outlet " + random.nextInt(500), day.plusDays(i % 3), null, null);
      }
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

  /** The CPU nanoseconds this process has used, all its threads, or -1 where the platform does not say. */
  private static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  /** One timed run: wall and process CPU seconds, and what it found. */
  private record Run(double seconds, double cpu, int groups, int findings) {}

  /** Resolves and checks the claims once; only the counts are kept. */
  private static Run run(DefaultEventResolver resolver, RuleSet rules, List<Claim> claims, int threads) {
    long t0 = System.nanoTime();
    long c0 = processCpu();
    Resolution g = resolver.resolve(claims, java.util.Map.of());
    List<Finding> f = rules.evaluate(g.quantities(), g.events(), threads);
    return new Run((System.nanoTime() - t0) / 1e9, (processCpu() - c0) / 1e9, g.quantities().size(), f.size());
  }

  /** Arguments: events, claims per event, timed runs, threads, warm-up runs (not timed; default 2). */
  public static void main(String[] args) {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int perEvent = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    List<Claim> claims = claims(events, perEvent, 42);
    DefaultEventResolver resolver = DefaultEventResolver.builder().parallelism(threads).build();
    RuleSet rules = RuleSet.defaults();
    double[] seconds = new double[runs];
    double[] cpu = new double[runs];
    int groups = 0;
    int findings = 0;
    // warm-up runs first, as a JMH fork has: on one pinned core the compiler threads share the
    // core with the run, so the first runs time the JIT's work as much as the code's
    for (int w = 0; w < warmups; w++) {
      System.gc();
      run(resolver, rules, claims, threads);
    }
    for (int r = 0; r < runs; r++) {
      // each run starts from a collected heap, the run before it garbage: a run is timed alone,
      // not with the collecting of what the one before it left
      System.gc();
      Run run = run(resolver, rules, claims, threads);
      seconds[r] = run.seconds();
      cpu[r] = run.cpu();
      groups = run.groups();
      findings = run.findings();
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double[] cpuSorted = cpu.clone();
    Arrays.sort(cpuSorted);
    // on a shared machine the wall time of a pinned core follows the others' load; the process's
    // CPU seconds over the same part (collector and compiler included) follow the code
    System.out.printf(Locale.ROOT, "%,d claims in %,d events: %,d groups, %,d findings; group + rules best %.2f s, "
        + "median %.2f s over %d runs after %d warm-up, %d thread%s; process CPU best %.2f s, median %.2f s%n",
        claims.size(), events, groups, findings, sorted[0], sorted[runs / 2], runs, warmups, threads,
        threads == 1 ? "" : "s", cpuSorted[0],
        cpuSorted[runs / 2]);
  }
}
