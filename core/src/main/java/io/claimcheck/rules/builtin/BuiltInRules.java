package io.claimcheck.rules.builtin;

import io.claimcheck.rules.Rule;
import java.util.List;

/** The built-in rules, in the order they are documented. */
public final class BuiltInRules {
  private static final List<Rule> ALL = List.of(
      new DisjointFigures(), new DivergentFigures(), new SumOfParts(), new PartExceedsWhole(),
      new BreakdownExceedsWhole(), new BreakdownShortOfWhole(), new TollDecreased(), new SameSourceConflict());

  private BuiltInRules() {}

  /**
   * disjoint-figures, divergent-figures, sum-of-parts, part-exceeds-whole, breakdown-exceeds-whole,
   * breakdown-short-of-whole, toll-decreased, same-source-conflict.
   */
  public static List<Rule> all() {
    return ALL;
  }
}
