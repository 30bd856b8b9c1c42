package io.claimcheck.rules.builtin;

import io.claimcheck.group.Group;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A part or subgroup that exceeds the toll it belongs to: 10,000 dead in one province against 229
 * nationwide, or 40 children among 30 dead, for the same time. The figures may come from one
 * document or several; the finding names the bodies when they differ.
 */
final class PartExceedsWhole implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "part-exceeds-whole", Severity.ERROR,
      "a part or subgroup of a quantity is larger than the quantity itself, for the same time",
      List.of(), List.of());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    List<Times.Point> whole = Times.points(group);
    if (whole.isEmpty()) {
      return;
    }
    for (Group part : context.children(group)) {
      if (!part.measure().equals(group.measure())) {
        continue;
      }
      Times.Point worstPart = null;
      Times.Point worstWhole = null;
      BigDecimal worstGap = null;
      List<Times.Point> partPoints = Times.points(part);
      java.util.Set<Times.Point> ofPart = new java.util.HashSet<>(partPoints);
      List<Times.Point> both = new ArrayList<>(whole);
      both.addAll(partPoints);
      for (List<Times.Point> slice : Times.slices(both)) {
        Times.Point p = null;
        Times.Point w = null;
        for (Times.Point x : slice) {
          if (ofPart.contains(x)) {
            if (Times.allows(x.claim(), tolerance).lower().isPresent() && (p == null || Times.allows(x.claim(), tolerance)
                .lower().get().compareTo(Times.allows(p.claim(), tolerance).lower().get()) > 0)) {
              p = x;
            }
          } else if (Times.allows(x.claim(), tolerance).upper().isPresent() && (w == null || Times.allows(x.claim(),
              tolerance).upper().get().compareTo(Times.allows(w.claim(), tolerance).upper().get()) < 0)) {
            w = x;
          }
        }
        if (p == null || w == null || !Times.below(w.claim(), p.claim(), tolerance)) {
          continue;
        }
        BigDecimal gap = Times.allows(p.claim(), tolerance).lower().get()
            .subtract(Times.allows(w.claim(), tolerance).upper().get());
        if (worstGap == null || gap.compareTo(worstGap) > 0) {
          worstPart = p;
          worstWhole = w;
          worstGap = gap;
        }
      }
      if (worstPart == null) {
        continue;
      }
      List<Times.Point> involved = new ArrayList<>(List.of(worstPart, worstWhole));
      String message = context.describe(group) + ": its " + (group.id().equals(part.subgroupOf()) ? "subgroup " : "part ")
          + part.describe() + ", " + Times.describe(worstPart) + ", exceeds the whole, " + Times.describe(worstWhole)
          + Times.dispute(involved);
      String explanation = Describe.allows(worstPart.claim(), tolerance) + " for the part and "
          + Describe.allows(worstWhole.claim(), tolerance) + " for the whole, for the same time: the part is at least "
          + worstGap.toPlainString() + " more than the whole can be.";
      context.report(group, Times.claims(involved), message, explanation);
    }
  }
}
