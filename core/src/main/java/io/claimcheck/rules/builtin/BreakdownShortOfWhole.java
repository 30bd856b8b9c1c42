package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A breakdown that one document presents as complete ("the dead were 12 Britons, 8 French and 3
 * Germans", "of whom 20 were women and 6 men") whose items add up to less than the whole the
 * same document gives for the same time: 30 killed, but 12 + 8 + 3 = 23. The items are claims
 * of the quantity's parts and subgroups that share one {@link Breakdown} marked complete; only a
 * list whose every item the rule sees, each with an upper bound, is added up. The sum of the
 * items' upper bounds (approximate figures widened) must be below every figure of the whole the
 * document gives for that time, so the finding holds whichever of them is right. A list the
 * article does not present as complete ("among them", "including", "and others") is never
 * added up: it may leave people out.
 */
final class BreakdownShortOfWhole implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "breakdown-short-of-whole", Severity.WARNING,
      "a breakdown one document presents as complete adds up to less than the whole it gives",
      List.of(), List.of(),
      "{quantity}: {outlet} gives {whole}, but the breakdown it presents as complete adds up to {sum}: {terms}",
      "{wholeAllows}, but the {count} items of the list the same document presents as complete add up to at"
          + " most {sum} ({arithmetic}): the list leaves out at least {missing}, though the article gives it as the"
          + " whole.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    // almost no quantity has a complete list among its parts and subgroups: find none before making anything
    boolean any = false;
    for (Group child : context.children(group)) {
      any |= item(group, child) && hasCompleteList(child);
    }
    if (!any) {
      return;
    }
    BigDecimal tolerance = context.approximateTolerance();
    List<Times.Point> whole = Times.points(group, tolerance);
    if (whole.isEmpty()) {
      return;
    }
    // the items of complete lists among the quantity's parts and subgroups, by document and list
    Map<String, List<Times.Point>> lists = new LinkedHashMap<>();
    for (Group child : context.children(group)) {
      if (!item(group, child) || !hasCompleteList(child)) {
        continue;
      }
      for (Times.Point p : Times.points(child, tolerance)) {
        Breakdown b = p.claim().breakdown();
        if (b != null && b.complete()) {
          lists.computeIfAbsent(p.document() + "\u0000" + b.id(), k -> new ArrayList<>()).add(p);
        }
      }
    }
    for (List<Times.Point> items : lists.values()) {
      Breakdown b = items.get(0).claim().breakdown();
      if (items.size() != b.parts()) {
        continue; // an item is elsewhere (another quantity) or not a reported count: the sum is not known
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Times.Point item : items) {
        if (item.high() == null) {
          sum = null; // "at least 20 women": no upper bound, no sum to fall short
          break;
        }
        sum = sum.add(item.high());
      }
      if (sum == null) {
        continue;
      }
      Times.Point bar = bar(whole, items);
      if (bar == null || bar.low() == null || sum.compareTo(bar.low()) >= 0) {
        continue;
      }
      items.sort(Comparator.comparingInt((Times.Point t) -> t.claim().evidence().start())
          .thenComparing(t -> t.claim().id()));
      StringBuilder listed = new StringBuilder();
      StringBuilder arithmetic = new StringBuilder();
      for (Times.Point t : items) {
        String sep = listed.length() == 0 ? "" : " + ";
        listed.append(sep).append(t.claim().subjectName().orElse(String.join(", ", t.claim().scope().locations())))
            .append(' ').append(t.claim().quantity().text());
        arithmetic.append(sep).append(t.high().toPlainString());
      }
      arithmetic.append(" = ").append(sum.toPlainString());
      BigDecimal missing = bar.low().subtract(sum);
      List<Times.Point> involved = new ArrayList<>();
      involved.add(bar);
      involved.addAll(items);
      context.report(group, Times.claims(involved), Map.of(
          "outlet", bar.claim().source().displayName(), "whole", Times.describe(bar),
          "sum", sum.toPlainString(), "terms", listed.toString(), "count", String.valueOf(items.size()),
          "arithmetic", arithmetic.toString(),
          "missing", missing.toPlainString(),
          "wholeAllows", Describe.allows(bar.claim(), tolerance)));
    }
  }

  /** Whether {@code child} is a part or subgroup of {@code group}'s quantity, of its measure. */
  private static boolean item(Group group, Group child) {
    return child.measure().equals(group.measure())
        && (group.id().equals(child.subgroupOf()) || group.id().equals(child.partOf()));
  }

  /** Whether a claim of {@code child} is an item of a list presented as complete. */
  private static boolean hasCompleteList(Group child) {
    for (io.claimcheck.claim.Claim c : child.claims()) {
      Breakdown b = c.breakdown();
      if (b != null && b.complete()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figure of the whole that the items' document gives for their time with the lowest lower
   * bound (the one a sum must reach to hold whichever figure is right), or null when the
   * document gives none for that time.
   */
  private static Times.@Nullable Point bar(List<Times.Point> whole, List<Times.Point> items) {
    Times.Point bar = null;
    String document = items.get(0).document();
    for (Times.Point w : whole) {
      if (!w.document().equals(document)) {
        continue;
      }
      boolean sameTime = true;
      for (Times.Point item : items) {
        sameTime &= !Times.before(item, w) && !Times.later(item, w);
      }
      if (!sameTime) {
        continue;
      }
      BigDecimal low = w.low() == null ? BigDecimal.ZERO : w.low();
      if (bar == null || low.compareTo(bar.low() == null ? BigDecimal.ZERO : bar.low()) < 0) {
        bar = w;
      }
    }
    return bar;
  }
}
