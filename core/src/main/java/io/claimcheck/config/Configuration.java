package io.claimcheck.config;

import io.claimcheck.rules.RuleSet;
import java.util.Objects;

/**
 * What a rules file configures: the rule set (with the tolerance for approximate figures) and
 * the grouping's date tolerance.
 *
 * @param rules the rule set
 * @param dateTolerance how many days apart incident claims may be and still be one incident
 */
public record Configuration(RuleSet rules, int dateTolerance) {
  /** Checks the components. */
  public Configuration {
    Objects.requireNonNull(rules, "rules");
    if (dateTolerance < 0) {
      throw new IllegalArgumentException("dateTolerance must be 0 or more, got " + dateTolerance);
    }
  }

  /** The built-in rules and a one-day date tolerance. */
  public static Configuration defaults() {
    return new Configuration(RuleSet.defaults(), 1);
  }
}
