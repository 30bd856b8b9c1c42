package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.event.Measures;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document that gives figures of one quantity for the same time that cannot all be true: a
 * headline against its body, or two bodies the article quotes. Figures the article itself dates
 * apart ("initially 150", "now 300") are its timeline, not a conflict. A count that legitimately
 * falls (those in hospital, in critical condition) changes as a story develops, and one article
 * often carries figures of several moments without dating them: for such a count the rule reports
 * only two named bodies that disagree (a dispute the article quotes), not figures by no one.
 * Two figures that are items of two different lists of the document ("of the 40 dead at the
 * market, 25 were women and 15 men"; "the 18 dead at the depot included 6 women") break down two
 * counts, a site's or a day's each, and are not compared.
 */
final class SameSourceConflict implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "same-source-conflict", Severity.ERROR,
      "one document gives incompatible figures of one quantity for the same time",
      List.of(), List.of(),
      "{quantity}: {outlet} gives {figures} for {time}{dispute}",
      "{lowAllows} and {highAllows} in the same document ({document}), for the same time; no value is in both.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    boolean changing = group.subject() != null && Measures.mayFall(group.subject());
    Map<String, List<Times.Point>> byDocument = new LinkedHashMap<>();
    for (Times.Point p : Times.points(group, tolerance)) {
      byDocument.computeIfAbsent(p.document(), k -> new ArrayList<>()).add(p);
    }
    for (List<Times.Point> same : byDocument.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (List<Times.Point> slice : Times.slices(same)) {
        Times.Conflict conflict = Times.conflict(slice, tolerance, changing ? SameSourceConflict::dispute : SameSourceConflict::conflict);
        if (conflict == null) {
          continue;
        }
        Times.Point low = conflict.low();
        Times.Point high = conflict.high();
        List<Times.Point> involved = conflict.involved();
        context.report(group, Times.claims(involved), java.util.Map.of(
            "outlet", low.claim().source().displayName(), "figures", Times.describe(involved),
            "time", Times.time(involved), "dispute", Times.dispute(involved),
            "lowAllows", Describe.allows(low.claim(), tolerance), "highAllows", Describe.allows(high.claim(), tolerance),
            "document", low.document()));
      }
    }
  }

  /** A conflict between two bodies the document names, each known and not the same. */
  private static boolean dispute(Times.Point low, Times.Point high) {
    return conflict(low, high) && low.body() != null && high.body() != null && !low.body().equals(high.body());
  }

  /**
   * Whether {@code low} is below {@code high}, neither is dated later than the other, and they are
   * not items of two different lists.
   */
  private static boolean conflict(Times.Point low, Times.Point high) {
    return low != high && !Times.later(low, high) && !Times.later(high, low)
        && Times.below(low, high) && !inTwoLists(low, high);
  }

  /** Whether both figures are items of lists, and of different ones. */
  private static boolean inTwoLists(Times.Point a, Times.Point b) {
    Breakdown x = a.claim().breakdown();
    Breakdown y = b.claim().breakdown();
    return x != null && y != null && !x.id().equals(y.id());
  }
}
