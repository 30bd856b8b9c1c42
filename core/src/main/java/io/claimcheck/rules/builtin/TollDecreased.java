package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Consensus;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A toll that falls: a later report lower than an earlier firm figure for the same toll. Tolls
 * are ordered by their "as of" date when cumulative and by publication date for an incident.
 * Approximate earlier figures are not firm.
 */
final class TollDecreased implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "toll-decreased", Severity.WARNING,
      "a later report of the same toll is lower than an earlier firm figure",
      List.of(), List.of());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  private static LocalDate when(Group group, Claim c) {
    if (group.timeScope() == TimeScope.CUMULATIVE && c.scope().date() != null) {
      return c.scope().date().last();
    }
    return c.source().published();
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    List<Claim> timed = new ArrayList<>();
    for (Claim c : group.claims()) {
      if (when(group, c) != null) {
        timed.add(c);
      }
    }
    timed.sort(Comparator.comparing((Claim c) -> when(group, c)).thenComparing(Claim::id));
    Claim firmest = null; // the earlier claim with the highest firm lower bound
    Claim[] worst = null;
    BigDecimal worstDrop = BigDecimal.ZERO;
    int i = 0;
    while (i < timed.size()) {
      LocalDate day = when(group, timed.get(i));
      int j = i;
      while (j < timed.size() && when(group, timed.get(j)).equals(day)) {
        Claim later = timed.get(j);
        Interval in = Consensus.effective(later.quantity(), tolerance);
        if (firmest != null && in.upper().isPresent()) {
          BigDecimal drop = firmest.quantity().interval().lower().get().subtract(in.upper().get());
          if (drop.compareTo(worstDrop) > 0) {
            worst = new Claim[] {firmest, later};
            worstDrop = drop;
          }
        }
        j++;
      }
      for (int k = i; k < j; k++) {
        Claim c = timed.get(k);
        if (!c.quantity().approximate() && c.quantity().interval().lower().isPresent()
            && (firmest == null || c.quantity().interval().lower().get()
                .compareTo(firmest.quantity().interval().lower().get()) > 0)) {
          firmest = c;
        }
      }
      i = j;
    }
    if (worst == null) {
      return;
    }
    Claim earlier = worst[0];
    Claim later = worst[1];
    String message = group.describe() + ": " + Describe.claim(later) + " on " + when(group, later)
        + " is lower than " + Describe.claim(earlier) + " on " + when(group, earlier);
    String explanation = Describe.allows(earlier, tolerance) + " on " + when(group, earlier) + "; "
        + Describe.allows(later, tolerance) + " on " + when(group, later) + ", " + worstDrop.toPlainString()
        + " below the earlier lower bound. A toll reported later should not fall unless it was revised.";
    context.report(group, List.of(earlier, later), message, explanation);
  }
}
