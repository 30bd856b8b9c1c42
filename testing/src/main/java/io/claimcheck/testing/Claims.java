package io.claimcheck.testing;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Claims and groups of claims, with their ground truth. */
public final class Claims {
  private static final Measure[] MEASURES = {Measure.KILLED, Measure.INJURED, Measure.MISSING};
  // none in a country the development set's events are in
  private static final String[] PLACES = {"Damascus", "Homs", "Tabriz", "Kumasi", "Surabaya", "Lima", "Mosul", "Quetta"};

  private Claims() {}

  /** One claim with a random measure, place, date, outlet and figure. */
  public static Claim claim(RandomGenerator r, String id) {
    LocalDate day = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(700));
    PrintedQuantity q = Quantities.qualified(r, Quantities.figure(r));
    return claim(id, "doc-" + r.nextInt(50), "Outlet " + r.nextInt(20), day.plusDays(r.nextInt(2)),
        MEASURES[r.nextInt(MEASURES.length)], PLACES[r.nextInt(PLACES.length)], day, q);
  }

  /** A claim from its parts. */
  public static Claim claim(String id, String document, String outlet, LocalDate published, Measure measure,
      String place, LocalDate date, PrintedQuantity q) {
    Quantity quantity = new Quantity(q.text(), q.value(), q.qualifier(), q.interval(), q.approximate());
    return new Claim(id, new Source(document, outlet, published, null, null), measure, null, quantity,
        new Scope(List.of(place), PartialDate.of(date), TimeScope.INCIDENT), null, new Evidence(0, 1, q.text()));
  }

  /**
   * Two to eight claims about one incident from different outlets, all published the same day.
   * Without a planted contradiction they all allow the true toll {@code t}: each is an exact
   * {@code t}, a lower bound at or below it, or an upper bound at or above it; the known consensus
   * is their intersection. With one, an exact figure far below the true toll is added from another
   * outlet: it cannot be true together with the lower bounds.
   */
  public static GeneratedGroup group(RandomGenerator r, boolean contradiction) {
    long t = 20 + r.nextInt(5_000);
    LocalDate day = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(700));
    String place = PLACES[r.nextInt(PLACES.length)];
    Measure measure = MEASURES[r.nextInt(MEASURES.length)];
    int n = 2 + r.nextInt(7);
    List<Claim> claims = new ArrayList<>();
    Interval consensus = null;
    String prefix = Long.toHexString(r.nextLong());
    for (int i = 0; i < n; i++) {
      PrintedQuantity q;
      switch (i == 0 ? 0 : r.nextInt(3)) {
        case 0: {
          long lower = Math.max(1, t - r.nextInt((int) (t / 2)));
          q = new PrintedQuantity("at least " + Quantities.digits(lower), BigDecimal.valueOf(lower), Qualifier.AT_LEAST,
              Interval.atLeast(lower), false);
          break;
        }
        case 1:
          q = new PrintedQuantity(Quantities.digits(t), BigDecimal.valueOf(t), Qualifier.EXACT, Interval.exactly(t), false);
          break;
        default: {
          long upper = t + r.nextInt((int) t);
          q = new PrintedQuantity("up to " + Quantities.digits(upper), BigDecimal.valueOf(upper), Qualifier.UP_TO,
              Interval.between(0, upper), false);
        }
      }
      claims.add(claim(prefix + "-" + i, prefix + "-doc" + i, "Outlet " + i, day, measure, place, day, q));
      Optional<Interval> both = consensus == null ? Optional.of(q.interval()) : consensus.intersection(q.interval());
      consensus = both.orElseThrow();
    }
    if (contradiction) {
      long low = Math.max(0, consensus.lower().orElseThrow().longValue() / 2 - 1);
      PrintedQuantity q = new PrintedQuantity(Quantities.digits(low), BigDecimal.valueOf(low), Qualifier.EXACT,
          Interval.exactly(low), false);
      claims.add(claim(prefix + "-x", prefix + "-docx", "Outlet X", day, measure, place, day, q));
      return new GeneratedGroup(claims, null, true);
    }
    return new GeneratedGroup(claims, consensus, false);
  }
}
