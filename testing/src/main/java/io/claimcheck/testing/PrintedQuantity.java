package io.claimcheck.testing;

import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity as a newspaper prints it, with the meaning DESIGN.md gives it: the oracle a test
 * compares the finder against.
 *
 * @param text the printed phrase ("more than a quarter of a million")
 * @param value the figure it prints
 * @param qualifier its qualifier
 * @param interval the values it allows
 * @param approximate whether the figure is itself approximate ("about 130")
 */
public record PrintedQuantity(String text, BigDecimal value, Qualifier qualifier, Interval interval, boolean approximate) {
  /** Checks the components. */
  public PrintedQuantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(interval, "interval");
  }
}
