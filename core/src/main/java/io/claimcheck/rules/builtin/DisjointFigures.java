package io.claimcheck.rules.builtin;

import io.claimcheck.event.Measures;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Figures for the same time that cannot both hold: claims of one quantity from different
 * documents, for times within a day of each other, whose intervals (approximate ones widened)
 * share no value. A higher figure for a later time is an update, not a conflict; a lower one is
 * {@code toll-decreased}'s concern. A count that may fall (the missing, those in hospital) is a
 * timeline both ways: its figures conflict only when they are for the same day, not a day
 * apart (within one day's window), whichever is lower. When the figures come from different bodies, the finding says
 * it is a dispute between them.
 */
final class DisjointFigures implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "disjoint-figures", Severity.ERROR,
      "two documents give figures of one quantity for the same time that cannot both be true",
      List.of(), List.of(),
      "{quantity}: for {time}, {figures} cannot all be true{dispute}",
      "{lowAllows} and {highAllows}; no value is in both ({above} is above {below}), and both are for the same"
          + " time (within {days} day).");

  /**
   * Whether {@code low} and {@code high}, from different documents, cannot both hold, {@code low}
   * below: not when the higher figure is for a later time (an update), nor, for a count that may
   * fall, when the lower one is (the count fell).
   */
  private static boolean conflict(Times.Point low, Times.Point high, boolean mayFall) {
    return !low.document().equals(high.document()) && Times.below(low, high)
        && !Times.later(high, low) && !(mayFall && Times.later(low, high));
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    boolean mayFall = Measures.mayFall(group.measure(), group.subject());
    Set<Set<String>> reported = new HashSet<>();
    for (List<Times.Point> slice : Times.slices(Times.points(group, tolerance))) {
      Times.Conflict worst = Times.conflict(slice, tolerance, (low, high) -> conflict(low, high, mayFall));
      if (worst == null) {
        continue;
      }
      List<Times.Point> involved = worst.involved();
      Set<String> ids = new HashSet<>();
      involved.forEach(p -> ids.add(p.claim().id()));
      if (!reported.add(ids)) {
        continue;
      }
      Times.Point low = worst.low();
      Times.Point high = worst.high();
      context.report(group, Times.claims(involved), java.util.Map.of(
          "time", Times.time(involved), "figures", Times.describe(involved), "dispute", Times.dispute(involved),
          "lowAllows", Describe.allows(low.claim(), tolerance), "highAllows", Describe.allows(high.claim(), tolerance),
          "above", high.allowed().lower().map(BigDecimal::toPlainString).orElse("?"),
          "below", low.allowed().upper().map(BigDecimal::toPlainString).orElse("?"),
          "days", String.valueOf(Times.SAME_TIME_DAYS)));
    }
  }
}
