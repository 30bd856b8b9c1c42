package io.claimcheck.group;

import io.claimcheck.claim.PartialDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One point of a quantity's timeline: a claim, the time its figure stood at, and who gave it.
 *
 * @param claim the claim's id
 * @param document the claim's document id
 * @param asOf the time the figure is for: the earlier time the sentence gives, else the
 *     publication date (or, for a figure the text dates after the incident, that date); null when
 *     unknown
 * @param body the reporting body, normalised ("Syrian Observatory for Human Rights" for "SOHR");
 *     null when the source gives the figure in its own voice or the body is unknown
 */
public record TimelineEntry(String claim, String document, @Nullable PartialDate asOf, @Nullable String body) {
  /** Checks the components. */
  public TimelineEntry {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(document, "document");
  }

  /** The as-of time, if known. */
  public Optional<PartialDate> asOfDate() {
    return Optional.ofNullable(asOf);
  }

  /** The reporting body, if known. */
  public Optional<String> reportingBody() {
    return Optional.ofNullable(body);
  }
}
