package io.claimcheck.group;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Interval;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The claims about one quantity in the world: "killed in Damascus on 2016-02-21".
 *
 * @param id the group's id in its report ({@code g1}), stable for the same input
 * @param key a readable key independent of the input's order ({@code damascus-killed-2016-02-21})
 * @param measure what its claims count
 * @param subject the subgroup counted ("children"), or null for the total
 * @param locations the places; two or more for a composite
 * @param date the incident's date (or, for a cumulative toll, the latest "as of" date); null if unknown
 * @param timeScope incident or cumulative
 * @param claims its claims, ordered by publication date, document and position
 * @param parts for a composite, the ids of the groups of its parts
 * @param consensus what all its claims allow, approximate figures widened by the tolerance;
 *     null when they allow nothing in common
 */
public record Group(
    String id,
    String key,
    Measure measure,
    @Nullable String subject,
    List<String> locations,
    @Nullable PartialDate date,
    TimeScope timeScope,
    List<Claim> claims,
    List<String> parts,
    @Nullable Interval consensus) {

  /** Copies the lists and checks the components. */
  public Group {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(measure, "measure");
    locations = List.copyOf(locations);
    Objects.requireNonNull(timeScope, "timeScope");
    claims = List.copyOf(claims);
    parts = List.copyOf(parts);
  }

  /** The consensus interval, or empty when the claims have none. */
  public Optional<Interval> consensusInterval() {
    return Optional.ofNullable(consensus);
  }

  /** Whether this group is the composite of others ("Damascus and Homs"). */
  public boolean isComposite() {
    return !parts.isEmpty() || locations.size() > 1;
  }

  /** "killed in Damascus on 2016-02-21", as messages print it. */
  public String describe() {
    StringBuilder sb = new StringBuilder(measure.name());
    if (subject != null) {
      sb.append(" (").append(subject).append(')');
    }
    sb.append(locations.isEmpty() ? " (place unknown)" : " in " + String.join(" and ", locations));
    if (timeScope == TimeScope.CUMULATIVE) {
      sb.append(" (cumulative)");
    } else if (date != null) {
      sb.append(" on ").append(date);
    }
    return sb.toString();
  }

  /** A copy with another id. */
  public Group withId(String newId) {
    return new Group(newId, key, measure, subject, locations, date, timeScope, claims, parts, consensus);
  }

  /** A copy with other parts. */
  public Group withParts(List<String> newParts) {
    return new Group(id, key, measure, subject, locations, date, timeScope, claims, newParts, consensus);
  }
}
