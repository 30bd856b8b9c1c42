package io.claimcheck.testing;

import io.claimcheck.claim.Measure;
import io.claimcheck.quantity.Interval;
import java.util.Objects;

/**
 * A claim a generator wrote into an article: where its quantity phrase is, what it counts and the
 * values it allows.
 *
 * @param start UTF-16 index of the quantity phrase in the article text
 * @param end index just past it
 * @param text the quantity phrase
 * @param measure what it counts
 * @param interval the values it allows
 */
public record PlantedClaim(int start, int end, String text, Measure measure, Interval interval) {
  /** Checks the components. */
  public PlantedClaim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(interval, "interval");
  }
}
