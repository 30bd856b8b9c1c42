package io.claimcheck.config;

import io.claimcheck.rules.RuleSet;
import java.util.Objects;

/**
 * What a rules file configures: the rule set (with the tolerance for approximate figures) and
 * event resolution's windows.
 *
 * @param rules the rule set
 * @param incidentWindow how many days apart two documents' incidents may be dated and still be one
 * @param areaWindow the same for events over an area (storms, floods, earthquakes)
 */
public record Configuration(RuleSet rules, int incidentWindow, int areaWindow) {
  /** Checks the components. */
  public Configuration {
    Objects.requireNonNull(rules, "rules");
    if (incidentWindow < 0) {
      throw new IllegalArgumentException("incidentWindow must be 0 or more, got " + incidentWindow);
    }
    if (areaWindow < 0) {
      throw new IllegalArgumentException("areaWindow must be 0 or more, got " + areaWindow);
    }
  }

  /** The built-in rules, a 7-day incident window and a 14-day area window. */
  public static Configuration defaults() {
    return new Configuration(RuleSet.defaults(), 7, 14);
  }

  /** The incident window under its old name. */
  public int dateTolerance() {
    return incidentWindow;
  }
}
