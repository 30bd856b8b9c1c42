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
      List.of(), List.of(),
      "{quantity}: its {relation} {part}, {partFigure}, exceeds the whole, {wholeFigure}{dispute}",
      "{partAllows} for the part and {wholeAllows} for the whole, for the same time: the part is at least {gap}"
          + " more than the whole can be.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    List<Times.Point> whole = Times.points(group, tolerance);
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
      List<Times.Point> partPoints = Times.points(part, tolerance);
      java.util.Set<Times.Point> ofPart = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      ofPart.addAll(partPoints);
      List<Times.Point> both = new ArrayList<>(whole);
      both.addAll(partPoints);
      for (List<Times.Point> slice : Times.slices(both)) {
        // the highest part figures against the lowest whole figures not dated before them (a part
        // may grow past an earlier whole: the whole grew too)
        List<Times.Point> parts = new ArrayList<>();
        List<Times.Point> wholes = new ArrayList<>();
        for (Times.Point x : slice) {
          if (ofPart.contains(x)) {
            if (x.allowed().lower().isPresent()) {
              parts.add(x);
            }
          } else if (x.allowed().upper().isPresent()) {
            wholes.add(x);
          }
        }
        parts.sort(java.util.Comparator.comparing((Times.Point x) -> x.allowed().lower().get())
            .reversed().thenComparing(x -> x.claim().id()));
        wholes.sort(java.util.Comparator.comparing((Times.Point x) -> x.allowed().upper().get())
            .thenComparing(x -> x.claim().id()));
        Times.Point p = null;
        Times.Point w = null;
        for (Times.Point x : parts.subList(0, Math.min(8, parts.size()))) {
          for (Times.Point y : wholes.subList(0, Math.min(8, wholes.size()))) {
            if (!Times.later(x, y) && Times.below(y, x)) {
              p = x;
              w = y;
              break;
            }
          }
          if (p != null) {
            break;
          }
        }
        if (p == null) {
          continue;
        }
        BigDecimal gap = p.allowed().lower().get()
            .subtract(w.allowed().upper().get());
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
      context.report(group, Times.claims(involved), java.util.Map.of(
          "relation", group.id().equals(part.subgroupOf()) ? "subgroup" : "part", "part", part.describe(),
          "partFigure", Times.describe(worstPart), "wholeFigure", Times.describe(worstWhole),
          "dispute", Times.dispute(involved), "partAllows", Describe.allows(worstPart.claim(), tolerance),
          "wholeAllows", Describe.allows(worstWhole.claim(), tolerance), "gap", worstGap.toPlainString()));
    }
  }
}
