package io.claimcheck.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a claim applies.
 *
 * @param locations the places, normalised ("Damascus"); two or more for a composite claim
 *     ("Damascus and Homs"); empty when unknown
 * @param date the incident's date, or the "as of" date of a cumulative toll; null when unknown
 * @param timeScope incident or cumulative
 */
public record Scope(List<String> locations, @Nullable PartialDate date, TimeScope timeScope) {
  /** Copies the locations and checks the components. */
  public Scope {
    locations = List.copyOf(locations);
    Objects.requireNonNull(timeScope, "timeScope");
  }

  /** The date if known. */
  public Optional<PartialDate> knownDate() {
    return Optional.ofNullable(date);
  }

  /** Whether the claim covers several places at once ("Damascus and Homs"). */
  public boolean isComposite() {
    return locations.size() > 1;
  }
}
