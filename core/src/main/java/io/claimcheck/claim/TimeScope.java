package io.claimcheck.claim;

import java.util.Locale;

/** Whether a figure counts one incident or a running total ("the war has killed 290,000"). */
public enum TimeScope {
  /** One event: a bombing, an earthquake, a storm. */
  INCIDENT,
  /** A toll accumulated over time, as of the claim's date. */
  CUMULATIVE;

  /** The name used in JSON: {@code incident}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
