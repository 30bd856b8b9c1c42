package io.claimcheck.group;

import io.claimcheck.claim.Claim;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** What a set of claims allows together: the intersection of their intervals. */
public final class Consensus {
  private Consensus() {}

  /**
   * The interval a claim allows once its own vagueness is taken into account: approximate figures
   * ("about 130") widened by {@code tolerance} (0.1 gives {@code [117, 143]}).
   */
  public static Interval effective(Quantity q, BigDecimal tolerance) {
    return q.approximate() ? q.interval().widen(tolerance) : q.interval();
  }

  /** The values every claim allows, or empty when they allow nothing in common (or there are none). */
  public static Optional<Interval> of(Collection<Claim> claims, BigDecimal tolerance) {
    Interval acc = null;
    for (Claim c : claims) {
      Interval in = effective(c.quantity(), tolerance);
      if (acc == null) {
        acc = in;
      } else {
        Optional<Interval> both = acc.intersection(in);
        if (both.isEmpty()) {
          return Optional.empty();
        }
        acc = both.get();
      }
    }
    return Optional.ofNullable(acc);
  }
}
