package io.claimcheck.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as printed and what it means: "at least 87" is the value 87 qualified by
 * {@link Qualifier#AT_LEAST}, allowing {@code [87, ∞)}.
 *
 * @param text the phrase exactly as printed, qualifier included ("more than a quarter of a
 *     million")
 * @param value the printed figure, exact (for a range, its first figure; for a vague count, the
 *     lexicon's representative figure)
 * @param qualifier how the figure is qualified
 * @param interval the true values the phrase allows
 * @param approximate whether the printed figure is itself approximate ("about 130"): rules widen
 *     it by their tolerance before comparing
 */
public record Quantity(
    String text, BigDecimal value, Qualifier qualifier, Interval interval, boolean approximate) {

  /** Checks the components. */
  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(interval, "interval");
    Interval.requireBounded(value, "the value");
  }

  /**
   * A single figure under a qualifier, its interval derived by the qualifier's rule.
   *
   * @param nearlyTolerance the relative distance that "nearly N" allows below N (0.1 for 10%)
   * @throws IllegalArgumentException for {@link Qualifier#BETWEEN} or {@link Qualifier#VAGUE}
   */
  public static Quantity of(
      String text, BigDecimal value, Qualifier qualifier, BigDecimal nearlyTolerance) {
    return new Quantity(
        text, value, qualifier, qualifier.interval(value, nearlyTolerance), qualifier.isApproximate());
  }

  /** A bare figure: "87" is {@code [87, 87]}. */
  public static Quantity exact(String text, BigDecimal value) {
    return new Quantity(text, value, Qualifier.EXACT, Interval.exactly(value), false);
  }

  /**
   * How far the printed figure was likely rounded, as a power of ten: 1 for "87", 10000 for
   * "290,000", 100000 for "1.5 million", 0.1 for "1,674.5".
   */
  public BigDecimal precision() {
    if (value.signum() == 0) {
      return BigDecimal.ONE;
    }
    return BigDecimal.ONE.scaleByPowerOfTen(-value.stripTrailingZeros().scale());
  }

  /** {@code at least 87 [87, ∞)}. */
  @Override
  public String toString() {
    return text + " " + interval + (approximate ? " approximate" : "");
  }
}
