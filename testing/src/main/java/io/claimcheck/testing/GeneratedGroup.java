package io.claimcheck.testing;

import io.claimcheck.claim.Claim;
import io.claimcheck.quantity.Interval;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Claims about one incident, from different outlets, with what they are known to allow together.
 *
 * @param claims the claims
 * @param consensus the values all of them allow; null when a contradiction was planted
 * @param contradiction whether two same-day claims from different outlets were made disjoint
 */
public record GeneratedGroup(List<Claim> claims, @Nullable Interval consensus, boolean contradiction) {
  /** Copies the list. */
  public GeneratedGroup {
    claims = List.copyOf(claims);
    Objects.requireNonNull(claims, "claims");
  }

  /** The consensus, if the claims have one. */
  public Optional<Interval> knownConsensus() {
    return Optional.ofNullable(consensus);
  }
}
