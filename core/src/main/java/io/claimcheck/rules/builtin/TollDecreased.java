package io.claimcheck.rules.builtin;

import io.claimcheck.event.Measures;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A later figure below an earlier one of a toll that can only grow (the dead): the later figure
 * allows no value as high as what an earlier figure already established. Earlier figures of the
 * quantity's parts and subgroups count too, since a part's toll is a lower bound of its whole's.
 * Approximate figures are widened by the tolerance, not ignored. Counts that legitimately fall (in
 * hospital, in critical condition, missing, trapped, in shelters) are exempt by a property of
 * their measure or subgroup ({@link Measures}). A rise is an update, never a finding.
 */
final class TollDecreased implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "toll-decreased", Severity.WARNING,
      "a later figure of a toll that can only grow is lower than an earlier figure of it or of its parts",
      List.of(), List.of(),
      "{quantity}: {later} is lower than the earlier {earlier}{ofPart}{dispute}",
      "{earlierAllows} as of {earlierTime}; {laterAllows} as of {laterTime}, {drop} below the earlier lower bound."
          + " A toll of the dead can only grow, so the later figure is a revision or an error.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    if (!Measures.onlyGrows(group.measure(), group.subject())) {
      return;
    }
    BigDecimal tolerance = context.approximateTolerance();
    List<Times.Point> own = Times.points(group, tolerance);
    List<Times.Point> earlier = new ArrayList<>(own);
    descendants(group, context, earlier, 0, tolerance);
    Map<LocalDate, List<Times.Point>> byDay = new java.util.TreeMap<>();
    for (Times.Point later : own) {
      if (later.asOf() == null || later.high() == null) {
        continue;
      }
      byDay.computeIfAbsent(later.first(), k -> new ArrayList<>()).add(later);
    }
    // earlier figures by the end of their time, to sweep once with the running highest lower bound
    List<Times.Point> dated = new ArrayList<>();
    for (Times.Point e : earlier) {
      if (e.asOf() != null && e.low() != null) {
        dated.add(e);
      }
    }
    dated.sort(BY_LAST);
    int next = 0;
    Times.Point highest = null;
    List<Times.Point> seen = new ArrayList<>();
    for (List<Times.Point> day : byDay.values()) {
      LocalDate first = day.get(0).first();
      while (next < dated.size() && dated.get(next).last().isBefore(first)) {
        Times.Point e = dated.get(next++);
        seen.add(e);
        if (highest == null || e.low().compareTo(highest.low()) > 0) {
          highest = e;
        }
      }
      if (highest == null) {
        continue;
      }
      List<Times.Point> lower = new ArrayList<>();
      for (Times.Point l : day) {
        if (Times.below(l, highest)) {
          lower.add(l);
        }
      }
      if (lower.isEmpty()) {
        continue;
      }
      lower.sort(Times.BY_VALUE);
      Times.Point worst = lower.get(0);
      List<Times.Point> involved = new ArrayList<>(above(worst, seen));
      involved.addAll(lower);
      boolean ofPart = !own.contains(highest);
      BigDecimal drop = highest.low().subtract(worst.high());
      context.report(group, Times.claims(involved), java.util.Map.of(
          "later", Times.describe(lower), "earlier", Times.describe(highest), "ofPart", ofPart ? " of a part of it" : "",
          "dispute", Times.dispute(involved),
          "earlierAllows", Describe.allows(highest.claim(), tolerance), "earlierTime", String.valueOf(highest.asOf()),
          "laterAllows", Describe.allows(worst.claim(), tolerance), "laterTime", String.valueOf(worst.asOf()),
          "drop", drop.toPlainString()));
    }
  }

  /** Earlier figures named at most. */
  private static final int SHOWN = 6;

  /**
   * The earlier figures {@code worst} falls below, highest first, one claim per distinct figure
   * (by {@code equals} of its lower bound), six at most: the first six of each figure's first
   * point once all are sorted {@link Times#BY_LOW_DESCENDING} (a stable sort), found in one pass
   * without sorting them all. A figure dropped from the six can come back only below the sixth,
   * which then beats its dropped point too.
   */
  static List<Times.Point> above(Times.Point worst, List<Times.Point> seen) {
    List<Times.Point> top = new ArrayList<>(SHOWN + 1);
    for (Times.Point e : seen) {
      if (!Times.below(worst, e)) {
        continue; // every one kept has a lower bound
      }
      int same = -1;
      for (int i = 0; i < top.size() && same < 0; i++) {
        same = top.get(i).low().equals(e.low()) ? i : -1;
      }
      if (same >= 0) {
        if (Times.BY_LOW_DESCENDING.compare(e, top.get(same)) >= 0) {
          continue; // its figure's first is kept already (or it is that point again)
        }
        top.remove(same);
      } else if (top.size() == SHOWN && Times.BY_LOW_DESCENDING.compare(e, top.get(SHOWN - 1)) >= 0) {
        continue;
      }
      int at = top.size();
      while (at > 0 && Times.BY_LOW_DESCENDING.compare(e, top.get(at - 1)) < 0) {
        at--; // after its equals: the order of a stable sort
      }
      top.add(at, e);
      if (top.size() > SHOWN) {
        top.remove(SHOWN);
      }
    }
    return top;
  }

  /** By the last day of the time, then claim id. */
  private static final Comparator<Times.Point> BY_LAST = (a, b) -> {
    int c = a.last().compareTo(b.last());
    return c != 0 ? c : a.claim().id().compareTo(b.claim().id());
  };

  private static void descendants(Group g, RuleContext context, List<Times.Point> out, int depth,
      BigDecimal tolerance) {
    if (depth > 8) {
      return;
    }
    for (Group child : context.children(g)) {
      if (child.measure().equals(g.measure())) {
        out.addAll(Times.points(child, tolerance));
        descendants(child, context, out, depth + 1, tolerance);
      }
    }
  }
}
