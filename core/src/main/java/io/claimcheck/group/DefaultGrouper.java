package io.claimcheck.group;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;
import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The default grouping: claims measure the same thing when they have the same measure, subject
 * and time scope, and
 *
 * <ul>
 *   <li>for incidents, the same place (a country claim joins the one group of its cities that
 *       fits) and dates within {@code dateTolerance} days of the group's first day; a claim
 *       known only to the month joins the one day group it fits;
 *   <li>for cumulative tolls, the same place, whatever the date;
 *   <li>for claims with an explicit event id, the same id.
 * </ul>
 *
 * <p>Composite claims ("Damascus and Homs") form their own groups, linked to the groups of their
 * parts. Membership depends only on the claims, never on their order. Immutable and
 * thread-safe.
 */
public final class DefaultGrouper implements Grouper {
  private static final Comparator<Claim> IN_GROUP = Comparator
      .comparing((Claim c) -> c.source().published(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Claim::documentId)
      .thenComparingInt(c -> c.evidence().start())
      .thenComparing(Claim::id);

  private final int dateTolerance;
  private final BigDecimal approximateTolerance;
  private final Gazetteer gazetteer;

  private DefaultGrouper(Builder b) {
    this.dateTolerance = b.dateTolerance;
    this.approximateTolerance = b.approximateTolerance;
    this.gazetteer = b.gazetteer;
  }

  /** The grouper with a one-day date tolerance and a 10% tolerance for approximate figures. */
  public static DefaultGrouper standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many days apart two incident claims may be dated and still be one incident. */
  public int dateTolerance() {
    return dateTolerance;
  }

  private record Partition(Measure measure, @Nullable String subject, TimeScope scope, @Nullable String event) {}

  /** A group before ids are given. */
  private static final class Draft {
    final Partition partition;
    final List<String> locations;
    final List<Claim> claims = new ArrayList<>();
    @Nullable PartialDate date;
    @Nullable LocalDate first; // first day, for window clustering
    @Nullable LocalDate last;
    String key = "";

    Draft(Partition partition, List<String> locations) {
      this.partition = partition;
      this.locations = locations;
    }
  }

  @Override
  public List<Group> group(List<Claim> claims) {
    Objects.requireNonNull(claims, "claims");
    Map<Partition, List<Claim>> partitions = new HashMap<>();
    for (Claim c : claims) {
      Partition p = new Partition(c.measure(), c.subject(), c.scope().timeScope(), c.event());
      partitions.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
    }
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<Partition, List<Claim>> e : partitions.entrySet()) {
      Partition p = e.getKey();
      if (p.event() != null) {
        drafts.add(eventDraft(p, e.getValue()));
      } else if (p.scope() == TimeScope.CUMULATIVE) {
        for (List<Claim> same : byLocations(e.getValue()).values()) {
          Draft d = new Draft(p, same.get(0).scope().locations());
          d.claims.addAll(same);
          d.date = latestDate(same);
          drafts.add(d);
        }
      } else {
        incidents(p, e.getValue(), drafts);
      }
    }
    return finish(drafts);
  }

  private static Map<List<String>, List<Claim>> byLocations(List<Claim> claims) {
    Map<List<String>, List<Claim>> out = new HashMap<>();
    for (Claim c : claims) {
      List<String> key = new ArrayList<>(c.scope().locations());
      key.sort(null);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  private Draft eventDraft(Partition p, List<Claim> claims) {
    List<String> locations = new ArrayList<>();
    for (Claim c : claims) {
      for (String l : c.scope().locations()) {
        if (!locations.contains(l)) {
          locations.add(l);
        }
      }
    }
    locations.sort(null);
    Draft d = new Draft(p, locations);
    d.claims.addAll(claims);
    d.date = earliestDate(claims);
    return d;
  }

  private void incidents(Partition p, List<Claim> claims, List<Draft> out) {
    Map<String, List<Claim>> cities = new HashMap<>();
    List<Claim> countries = new ArrayList<>();
    List<Claim> nowhere = new ArrayList<>();
    Map<List<String>, List<Claim>> composites = new HashMap<>();
    for (Claim c : claims) {
      List<String> locations = c.scope().locations();
      if (locations.isEmpty()) {
        nowhere.add(c);
      } else if (locations.size() > 1) {
        List<String> key = new ArrayList<>(locations);
        key.sort(null);
        composites.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      } else if (isCountry(locations.get(0))) {
        countries.add(c);
      } else {
        cities.computeIfAbsent(locations.get(0), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, List<Draft>> byCountry = new HashMap<>();
    for (Map.Entry<String, List<Claim>> e : cities.entrySet()) {
      for (Draft d : windows(p, List.of(e.getKey()), e.getValue())) {
        out.add(d);
        String code = gazetteer.lookup(e.getKey()).map(Place::countryCode).orElse("");
        byCountry.computeIfAbsent(code, k -> new ArrayList<>()).add(d);
      }
    }
    // a claim for a whole country joins the one city group of that country it fits
    Map<String, List<Claim>> unattached = new HashMap<>();
    for (Claim c : countries) {
      String country = c.scope().locations().get(0);
      String code = gazetteer.lookup(country).map(Place::countryCode).orElse("?");
      Draft only = null;
      int fits = 0;
      for (Draft d : byCountry.getOrDefault(code, List.of())) {
        if (fits(c.scope().date(), d)) {
          only = d;
          fits++;
        }
      }
      if (fits == 1) {
        only.claims.add(c);
      } else {
        unattached.computeIfAbsent(country, k -> new ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<String, List<Claim>> e : unattached.entrySet()) {
      out.addAll(windows(p, List.of(e.getKey()), e.getValue()));
    }
    if (!nowhere.isEmpty()) {
      out.addAll(windows(p, List.of(), nowhere));
    }
    for (Map.Entry<List<String>, List<Claim>> e : composites.entrySet()) {
      out.addAll(windows(p, e.getKey(), e.getValue()));
    }
  }

  private boolean isCountry(String name) {
    return gazetteer.lookup(name).map(pl -> pl.kind() == Place.Kind.COUNTRY).orElse(false);
  }

  /** Whether a claim dated {@code date} fits a day group, within the tolerance. */
  private boolean fits(@Nullable PartialDate date, Draft d) {
    if (date == null || d.first == null) {
      return true;
    }
    return !date.first().isAfter(d.last.plusDays(dateTolerance))
        && !date.last().isBefore(d.first.minusDays(dateTolerance));
  }

  /**
   * Claims of one place clustered by date: each group spans {@code dateTolerance} days from its
   * first day; month- or year-dated claims join the one day group they fit; undated claims join
   * the only group, or form one of their own.
   */
  private List<Draft> windows(Partition p, List<String> locations, List<Claim> claims) {
    List<Claim> days = new ArrayList<>();
    List<Claim> coarse = new ArrayList<>();
    List<Claim> undated = new ArrayList<>();
    for (Claim c : claims) {
      PartialDate d = c.scope().date();
      if (d == null) {
        undated.add(c);
      } else if (d.day() == null) {
        coarse.add(c);
      } else {
        days.add(c);
      }
    }
    days.sort(Comparator.comparing((Claim c) -> c.scope().date().first()));
    List<Draft> out = new ArrayList<>();
    Draft current = null;
    for (Claim c : days) {
      LocalDate day = c.scope().date().first();
      if (current == null || day.isAfter(current.first.plusDays(dateTolerance))) {
        current = new Draft(p, locations);
        current.first = day;
        current.date = c.scope().date();
        out.add(current);
      }
      current.last = day;
      current.claims.add(c);
    }
    Map<PartialDate, Draft> coarseGroups = new TreeMap<>();
    for (Claim c : coarse) {
      Draft only = null;
      int fits = 0;
      for (Draft d : out) {
        if (d.first != null && fits(c.scope().date(), d)) {
          only = d;
          fits++;
        }
      }
      if (fits == 1) {
        only.claims.add(c);
      } else {
        coarseGroups.computeIfAbsent(c.scope().date(), k -> {
          Draft d = new Draft(p, locations);
          d.date = k;
          return d;
        }).claims.add(c);
      }
    }
    out.addAll(coarseGroups.values());
    if (!undated.isEmpty()) {
      if (out.size() == 1) {
        out.get(0).claims.addAll(undated);
      } else {
        Draft d = new Draft(p, locations);
        d.claims.addAll(undated);
        out.add(d);
      }
    }
    return out;
  }

  private static @Nullable PartialDate earliestDate(List<Claim> claims) {
    PartialDate best = null;
    for (Claim c : claims) {
      PartialDate d = c.scope().date();
      if (d != null && (best == null || d.compareTo(best) < 0)) {
        best = d;
      }
    }
    return best;
  }

  private static @Nullable PartialDate latestDate(List<Claim> claims) {
    PartialDate best = null;
    for (Claim c : claims) {
      PartialDate d = c.scope().date();
      if (d != null && (best == null || d.compareTo(best) > 0)) {
        best = d;
      }
    }
    return best;
  }

  /** Keys, consensus, ids in key order, and the links from composites to their parts. */
  private List<Group> finish(List<Draft> drafts) {
    for (Draft d : drafts) {
      d.claims.sort(IN_GROUP);
      d.key = key(d);
    }
    drafts.sort(Comparator.comparing((Draft d) -> d.key).thenComparing(d -> d.claims.get(0).id()));
    Map<String, Integer> seen = new HashMap<>();
    for (Draft d : drafts) {
      int n = seen.merge(d.key, 1, Integer::sum);
      if (n > 1) {
        d.key = d.key + "-" + n;
      }
    }
    List<Group> groups = new ArrayList<>(drafts.size());
    Map<String, List<Group>> singlesByPlace = new LinkedHashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Group g = new Group("g" + (i + 1), d.key, d.partition.measure(), d.partition.subject(), d.locations, d.date,
          d.partition.scope(), d.claims, List.of(), consensus(d).orElse(null));
      groups.add(g);
      if (d.locations.size() == 1 && d.partition.event() == null) {
        singlesByPlace.computeIfAbsent(partKey(g, d.locations.get(0)), k -> new ArrayList<>()).add(g);
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      Draft d = drafts.get(i);
      if (g.locations().size() < 2 || d.partition.event() != null) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String place : g.locations()) {
        Group best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Group candidate : singlesByPlace.getOrDefault(partKey(g, place), List.of())) {
          long distance = distance(g.date(), candidate.date());
          if (distance <= dateTolerance && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
          }
        }
        if (best != null) {
          parts.add(best.id());
        }
      }
      groups.set(i, g.withParts(parts));
    }
    return groups;
  }

  private static String partKey(Group g, String place) {
    return g.measure().name() + "|" + g.subject() + "|" + g.timeScope() + "|" + place;
  }

  private static long distance(@Nullable PartialDate a, @Nullable PartialDate b) {
    if (a == null || b == null) {
      return 0;
    }
    if (!a.first().isAfter(b.last()) && !b.first().isAfter(a.last())) {
      return 0;
    }
    return Math.min(Math.abs(a.first().toEpochDay() - b.last().toEpochDay()),
        Math.abs(b.first().toEpochDay() - a.last().toEpochDay()));
  }

  private Optional<Interval> consensus(Draft d) {
    if (d.partition.scope() == TimeScope.CUMULATIVE && d.date != null) {
      List<Claim> latest = new ArrayList<>();
      for (Claim c : d.claims) {
        if (d.date.equals(c.scope().date())) {
          latest.add(c);
        }
      }
      return Consensus.of(latest.isEmpty() ? d.claims : latest, approximateTolerance);
    }
    return Consensus.of(d.claims, approximateTolerance);
  }

  private static String key(Draft d) {
    StringBuilder sb = new StringBuilder();
    if (d.partition.event() != null) {
      sb.append("event-").append(slug(d.partition.event())).append('-');
    }
    if (d.locations.isEmpty()) {
      sb.append("unknown-place");
    } else {
      for (int i = 0; i < d.locations.size(); i++) {
        sb.append(i > 0 ? "+" : "").append(slug(d.locations.get(i)));
      }
    }
    sb.append('-').append(slug(d.partition.measure().name()));
    if (d.partition.subject() != null) {
      sb.append('-').append(slug(d.partition.subject()));
    }
    if (d.partition.scope() == TimeScope.CUMULATIVE) {
      sb.append("-cumulative");
    } else {
      sb.append('-').append(d.date == null ? "undated" : d.date.toString());
    }
    return sb.toString();
  }

  private static String slug(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? c : '-');
    }
    return sb.toString();
  }

  /** Builds a {@link DefaultGrouper}. */
  public static final class Builder {
    private int dateTolerance = 1;
    private BigDecimal approximateTolerance = new BigDecimal("0.1");
    private Gazetteer gazetteer = Gazetteer.standard();

    private Builder() {}

    /**
     * How many days apart incident claims may be dated and still be one incident; 1 unless set.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder dateTolerance(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("dateTolerance must be 0 or more days, got " + days);
      }
      this.dateTolerance = days;
      return this;
    }

    /**
     * How far approximate figures are widened for the consensus; 0.1 unless set.
     *
     * @throws IllegalArgumentException unless {@code 0 <= tolerance < 1}
     */
    public Builder approximateTolerance(BigDecimal tolerance) {
      this.approximateTolerance = io.claimcheck.quantity.Tolerance.require(tolerance, "approximateTolerance");
      return this;
    }

    /** The gazetteer that says which city lies in which country. */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** The grouper. */
    public DefaultGrouper build() {
      return new DefaultGrouper(this);
    }
  }
}
