package io.claimcheck.testing;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Whole events for property suites: several outlets' articles over several days about one
 * incident, with its place named at different levels (the city, the country, or not at all), a
 * toll that rises day by day, a subgroup (children) and two parts (two sites in the city) that fit
 * inside it, and optionally one planted discrepancy: a dispute (a body's figure for the same day
 * that cannot hold with the others), a decrease (a later firm figure below an earlier one), a
 * part that exceeds its whole, or a complete breakdown that falls short of it. Returned with the ground truth; the same seed gives the same event.
 */
public final class Events {
  /** What is planted in an event. */
  public enum Plant {
    /** Nothing: every figure is consistent with the others. */
    NONE("none"),
    /** Another body's figure for one day that no other figure of that day allows. */
    DISPUTE("disjoint-figures"),
    /** A later firm figure of the dead below an earlier one. */
    DECREASE("toll-decreased"),
    /** One site's toll above the whole toll of the same day. */
    PART_EXCEEDS_WHOLE("part-exceeds-whole"),
    /**
     * A document's breakdown of the day's toll into women and men that it presents as complete
     * ({@code Breakdown.complete()}) and that adds up to less than the toll it gives.
     */
    SHORT_BREAKDOWN("breakdown-short-of-whole");

    private final String rule;

    Plant(String rule) {
      this.rule = rule;
    }

    /** The rule that must find it ({@code none} for {@link #NONE}). */
    public String rule() {
      return rule;
    }
  }

  /**
   * Cities and their countries, as the bundled gazetteer knows them: none in a country the
   * development set's events are in, so that no generated event has the shape of one of them.
   */
  private static final String[][] PLACES = {
    {"Homs", "Syria"}, {"Mosul", "Iraq"}, {"Kumasi", "Ghana"}, {"Karachi", "Pakistan"}, {"Lima", "Peru"},
    {"Surabaya", "Indonesia"}, {"Nairobi", "Kenya"}, {"Tabriz", "Iran"}, {"Mandalay", "Myanmar"},
    {"Da Nang", "Vietnam"}, {"Lusaka", "Zambia"}, {"Guadalajara", "Mexico"}, {"Mogadishu", "Somalia"},
    {"Porto Alegre", "Brazil"}, {"Cairo", "Egypt"}, {"Harare", "Zimbabwe"}, {"Daegu", "South Korea"}
  };
  private static final String[] SITES = {"Central Market", "North Station", "City Hospital", "Grand Mosque",
    "Old Bridge", "Main Square"};
  private static final String[] BODIES = {"police", "the health ministry", "the civil defence", "hospital officials"};
  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  private Events() {}

  /** A generated event and its ground truth. */
  public record GeneratedEvent(
      List<Claim> claims, Plant plant, @Nullable String planted, String city, String country, LocalDate day) {
    /** Copies the list. */
    public GeneratedEvent {
      claims = List.copyOf(claims);
      Objects.requireNonNull(plant, "plant");
    }
  }

  /** The event of {@code seed} with {@code plant} planted. */
  public static GeneratedEvent event(long seed, Plant plant) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] place = PLACES[r.nextInt(PLACES.length)];
    String city = place[0];
    String country = place[1];
    LocalDate day = LocalDate.of(2012, 1, 1).plusDays(r.nextInt(4000));
    int days = 2 + r.nextInt(3);
    long[] toll = new long[days];
    toll[0] = 50 + r.nextInt(300);
    for (int k = 1; k < days; k++) {
      toll[k] = toll[k - 1] + 1 + r.nextInt((int) Math.max(2, toll[k - 1] / 10));
    }
    String siteA = SITES[r.nextInt(SITES.length)];
    String siteB = SITES[(java.util.Arrays.asList(SITES).indexOf(siteA) + 1 + r.nextInt(SITES.length - 1))
        % SITES.length];
    int outlets = 3 + r.nextInt(4);
    String prefix = "ev" + Long.toHexString(seed);
    List<Claim> claims = new ArrayList<>();
    PartialDate incident = PartialDate.of(day);
    for (int i = 0; i < outlets; i++) {
      int k = i % days;
      Source source = new Source(prefix + "-d" + i, "Outlet " + r.nextInt(1000), day.plusDays(k), null, null);
      String body = BODIES[r.nextInt(BODIES.length)];
      // the whole toll, its place named at one level or not at all, and always once with the city or country
      List<String> where = switch (r.nextInt(3)) {
        case 0 -> List.of(city);
        case 1 -> List.of(country);
        default -> List.of();
      };
      claims.add(claim(source, claims.size(), Measure.KILLED, null, toll[k], where, incident, body));
      if (where.isEmpty()) {
        claims.add(claim(source, claims.size(), Measure.KILLED, "people", toll[k], List.of(city), incident, null));
      }
      if (r.nextBoolean()) {
        claims.add(claim(source, claims.size(), Measure.KILLED, "children", toll[k] / 4, List.of(city), incident, body));
      }
      if (r.nextBoolean()) {
        long a = toll[k] * 6 / 10;
        claims.add(claim(source, claims.size(), Measure.KILLED, null, a, List.of(siteA + ", " + city), incident, body));
        claims.add(claim(source, claims.size(), Measure.KILLED, null, toll[k] - a, List.of(siteB + ", " + city),
            incident, body));
      }
    }
    String planted = null;
    int k = r.nextInt(Math.min(days, outlets)); // a day some outlet reported
    Source extra = new Source(prefix + "-p", "Outlet " + r.nextInt(1000), day.plusDays(k), null, null);
    switch (plant) {
      case DISPUTE -> {
        Claim c = claim(extra, claims.size(), Measure.KILLED, null, toll[days - 1] * 3 + 10, List.of(city), incident,
            "a rival militia");
        planted = c.id();
        claims.add(c);
      }
      case DECREASE -> {
        Source later = new Source(prefix + "-p", "Outlet " + r.nextInt(1000), day.plusDays(days + 1L), null, null);
        long lower = toll[days - 1] - Math.max(3, toll[days - 1] / 5);
        Claim c = claim(later, claims.size(), Measure.KILLED, null, lower, List.of(city), incident, "officials");
        planted = c.id();
        claims.add(c);
      }
      case PART_EXCEEDS_WHOLE -> {
        claims.add(claim(extra, claims.size(), Measure.KILLED, null, toll[k], List.of(city), incident, "police"));
        Claim c = claim(extra, claims.size(), Measure.KILLED, null, toll[days - 1] * 2 + 10,
            List.of(siteA + ", " + city), incident, "police");
        planted = c.id();
        claims.add(c);
        claims.add(claim(extra, claims.size(), Measure.KILLED, null, 1, List.of(siteB + ", " + city), incident,
            "police"));
      }
      case SHORT_BREAKDOWN -> {
        claims.add(claim(extra, claims.size(), Measure.KILLED, null, toll[k], List.of(city), incident, "police"));
        long shortBy = Math.max(3, toll[k] / 5);
        long women = (toll[k] - shortBy) / 2;
        io.claimcheck.claim.Breakdown list = new io.claimcheck.claim.Breakdown("b1", 2, true);
        Claim c = claim(extra, claims.size(), Measure.KILLED, "women", women, List.of(city), incident, "police")
            .withBreakdown(list);
        planted = c.id();
        claims.add(c);
        claims.add(claim(extra, claims.size(), Measure.KILLED, "men", toll[k] - shortBy - women, List.of(city), incident,
            "police").withBreakdown(list));
      }
      default -> { }
    }
    return new GeneratedEvent(claims, plant, planted, city, country, day);
  }

  private static Claim claim(Source source, int n, Measure measure, @Nullable String subject, long value,
      List<String> places, PartialDate date, @Nullable String body) {
    Quantity q = Quantity.of(String.valueOf(value), BigDecimal.valueOf(value), Qualifier.EXACT, TOLERANCE);
    return new Claim(source.documentId() + "#" + n, source, measure, subject, q,
        new Scope(places, date, TimeScope.INCIDENT), body, new Evidence(0, 1, value + " killed"));
  }

  /** The same claims with every outlet renamed (as another crawl would name them). */
  public static List<Claim> renamedOutlets(List<Claim> claims, long seed) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Source s = c.source();
      Source renamed = new Source(s.documentId(), "Renamed " + Long.toHexString(seed ^ s.documentId().hashCode()),
          s.published(), s.url(), s.title());
      out.add(new Claim(c.id(), renamed, c.measure(), c.subject(), c.quantity(), c.scope(), c.attribution(),
          c.evidence(), c.event(), c.modality(), c.asOf(), c.breakdown()));
    }
    return out;
  }
}
