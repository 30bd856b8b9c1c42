package io.claimcheck.group;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Interval;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A quantity in the world, inside one event: measure × population × area ("killed in Damascus",
 * a part of the Damascus and Homs bombings; "killed (children)", a subgroup of the whole toll),
 * with the claims about it and their timeline. The report calls these {@code quantities}.
 *
 * @param id the quantity's id in its report ({@code g1}), stable for the same input
 * @param key a readable key independent of the input's order ({@code damascus-killed-2016-02-21})
 * @param event the id of the event it belongs to ({@code e1}); empty when outside any event
 * @param measure what its claims count
 * @param subject the subgroup counted ("children"), or null for the whole population
 * @param locations the area's places; two or more for a composite; empty when the whole event
 * @param date the event's date (or, for a cumulative toll, the latest "as of" date); null if unknown
 * @param timeScope incident or cumulative
 * @param claims its claims, ordered by as-of time, publication date, document and position
 * @param parts the ids of the quantities that are parts of this one (per place, for a composite)
 * @param partOf the id of the quantity whose area contains this one's; null if none
 * @param subgroupOf the id of the quantity whose population contains this one's; null if none
 * @param timeline one entry per claim, in the order of {@code claims}
 * @param consensus what its claims of the latest time allow, approximate figures widened by the
 *     tolerance; null when they allow nothing in common
 */
public record Group(
    String id,
    String key,
    String event,
    Measure measure,
    @Nullable String subject,
    List<String> locations,
    @Nullable PartialDate date,
    TimeScope timeScope,
    List<Claim> claims,
    List<String> parts,
    @Nullable String partOf,
    @Nullable String subgroupOf,
    List<TimelineEntry> timeline,
    @Nullable Interval consensus) {

  /**
   * Copies the lists and checks the components; claims held packed (a {@code ClaimCheck} run's)
   * and their timeline stay views that make each claim and entry again when asked for, as
   * immutable as a copy.
   */
  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(measure, "measure");
    locations = List.copyOf(locations);
    Objects.requireNonNull(timeScope, "timeScope");
    claims = io.claimcheck.internal.Rows.copyOf(claims);
    parts = List.copyOf(parts);
    timeline = io.claimcheck.internal.Rows.copyOf(timeline);
    if (timeline.size() != claims.size()) {
      throw new IllegalArgumentException("a quantity needs one timeline entry per claim, got " + timeline.size()
          + " for " + claims.size() + " claims");
    }
  }

  /**
   * A quantity outside any resolved event, as the first report schema had it: no links, and a
   * timeline of each claim's own as-of date (else its publication date) and its attribution.
   */
  public Group(String id, String key, Measure measure, @Nullable String subject, List<String> locations,
      @Nullable PartialDate date, TimeScope timeScope, List<Claim> claims, List<String> parts,
      @Nullable Interval consensus) {
    this(id, key, "", measure, subject, locations, date, timeScope, claims, parts, null, null, plainTimeline(claims),
        consensus);
  }

  private static List<TimelineEntry> plainTimeline(List<Claim> claims) {
    List<TimelineEntry> out = new java.util.ArrayList<>(claims.size());
    for (Claim c : claims) {
      PartialDate asOf = c.asOf() != null ? c.asOf()
          : c.source().published() != null ? PartialDate.of(c.source().published()) : null;
      out.add(new TimelineEntry(c.id(), c.documentId(), asOf, c.attribution()));
    }
    return out;
  }

  /** The consensus interval, or empty when the claims have none. */
  public Optional<Interval> consensusInterval() {
    return Optional.ofNullable(consensus);
  }

  /** The quantity this one is a part of, if any. */
  public Optional<String> partOfQuantity() {
    return Optional.ofNullable(partOf);
  }

  /** The quantity this one is a subgroup of, if any. */
  public Optional<String> subgroupOfQuantity() {
    return Optional.ofNullable(subgroupOf);
  }

  /** Whether this quantity is the composite of others ("Damascus and Homs"). */
  public boolean isComposite() {
    return !parts.isEmpty() || locations.size() > 1;
  }

  /** The timeline entry of {@code claim}, which must be one of this quantity's claims. */
  public TimelineEntry entry(Claim claim) {
    int i = claims.indexOf(claim);
    if (i < 0) {
      Map<String, TimelineEntry> byId = new HashMap<>();
      timeline.forEach(t -> byId.put(t.claim(), t));
      TimelineEntry t = byId.get(claim.id());
      if (t == null) {
        throw new IllegalArgumentException("claim " + claim.id() + " is not in quantity " + id);
      }
      return t;
    }
    return timeline.get(i);
  }

  /** "killed in Damascus on 2016-02-21", as messages print it. */
  public String describe() {
    StringBuilder sb = new StringBuilder(measure.name());
    if (subject != null) {
      sb.append(" (").append(subject).append(')');
    }
    sb.append(locations.isEmpty() ? " (whole event)" : " in " + String.join(" and ", locations));
    if (timeScope == TimeScope.CUMULATIVE) {
      sb.append(" (cumulative)");
    } else if (date != null) {
      sb.append(" on ").append(date);
    }
    return sb.toString();
  }

  /** A copy with another id. */
  public Group withId(String newId) {
    return new Group(newId, key, event, measure, subject, locations, date, timeScope, claims, parts, partOf,
        subgroupOf, timeline, consensus);
  }

  /** A copy with other links. */
  public Group withLinks(List<String> newParts, @Nullable String newPartOf, @Nullable String newSubgroupOf) {
    return new Group(id, key, event, measure, subject, locations, date, timeScope, claims, newParts, newPartOf,
        newSubgroupOf, timeline, consensus);
  }
}
