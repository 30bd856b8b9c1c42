package io.claimcheck.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * How a figure is qualified in the text, and so which values it allows. Counts are whole
 * numbers, so strict bounds on whole figures move by one: "more than 120" is {@code [121, ∞)} and
 * "fewer than 10" is {@code [0, 9]}. A strict bound on a figure with a fractional part is kept
 * as printed (the interval stays closed).
 */
public enum Qualifier {
  /** A bare figure: "87", "eighty-seven". */
  EXACT,
  /** An explicitly exact figure: "exactly 87", "equal to 87". */
  EXACTLY,
  /** "at least", "no fewer than", "a minimum of", "87 or more": {@code [N, ∞)}. */
  AT_LEAST,
  /** "more than", "over", "upwards of", "in excess of": {@code [N+1, ∞)}. */
  MORE_THAN,
  /** "about", "around", "approximately", "roughly", "some", "an estimated": N, approximate. */
  ABOUT,
  /** "nearly", "almost", "close to", "just under": {@code [N·(1−t), N−1]}. */
  NEARLY,
  /** "up to", "as many as", "at most", "no more than", "87 or fewer": {@code [0, N]}. */
  UP_TO,
  /** "fewer than", "less than", "under", "below": {@code [0, N−1]}. */
  FEWER_THAN,
  /** "between A and B", "A to B", "A-B", "from A to B": {@code [A, B]}. */
  BETWEEN,
  /** A vague count from the lexicon: "dozens", "hundreds", "tens of thousands". */
  VAGUE;

  /** The name used in JSON and text output: {@code at_least}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether rules widen this figure by their tolerance before comparing it. */
  public boolean isApproximate() {
    return this == ABOUT;
  }

  /**
   * The values a single figure qualified this way allows. {@code nearlyTolerance} is the relative
   * distance below the figure that "nearly N" still allows.
   *
   * @throws IllegalArgumentException for {@link #BETWEEN} and {@link #VAGUE}, which need more than
   *     one figure
   */
  public Interval interval(BigDecimal value, BigDecimal nearlyTolerance) {
    Objects.requireNonNull(value, "value");
    boolean whole = Interval.isWhole(value);
    BigDecimal step = whole ? BigDecimal.ONE : BigDecimal.ZERO;
    switch (this) {
      case EXACT:
      case EXACTLY:
      case ABOUT:
        return Interval.exactly(value);
      case AT_LEAST:
        return Interval.atLeast(value);
      case MORE_THAN:
        return Interval.atLeast(value.add(step));
      case UP_TO:
        return fromZeroTo(value);
      case FEWER_THAN:
        return fromZeroTo(value.subtract(step));
      case NEARLY:
        return nearly(value, nearlyTolerance, step);
      default:
        throw new IllegalArgumentException(id() + " needs an interval, not a single figure");
    }
  }

  private static Interval fromZeroTo(BigDecimal upper) {
    return upper.signum() >= 0
        ? Interval.between(BigDecimal.ZERO, upper)
        : Interval.atMost(upper);
  }

  private static Interval nearly(BigDecimal value, BigDecimal tolerance, BigDecimal step) {
    BigDecimal upper = value.subtract(step);
    BigDecimal lower = value.subtract(value.abs().multiply(tolerance));
    if (step.signum() > 0) {
      lower = lower.setScale(0, RoundingMode.CEILING);
    }
    if (lower.compareTo(upper) > 0) {
      lower = upper;
    }
    return Interval.between(lower, upper);
  }
}
