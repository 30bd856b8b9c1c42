package io.claimcheck.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A closed interval of exact decimal values, the set of true values a printed figure allows.
 *
 * <p>Both bounds are inclusive. An absent upper bound means the interval is unbounded above
 * ("at least 87" is {@code [87, ∞)}); an absent lower bound means unbounded below, which only
 * happens for figures at or below zero, since counts are never negative. Instances are
 * immutable and compare by value.
 */
public final class Interval {
  private final @Nullable BigDecimal lower;
  private final @Nullable BigDecimal upper;

  private Interval(@Nullable BigDecimal lower, @Nullable BigDecimal upper) {
    if (lower != null && upper != null && lower.compareTo(upper) > 0) {
      throw new IllegalArgumentException(
          "interval lower bound " + lower.toPlainString() + " is above its upper bound "
              + upper.toPlainString());
    }
    this.lower = lower == null ? null : normalise(lower);
    this.upper = upper == null ? null : normalise(upper);
  }

  private static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The interval holding exactly one value: {@code [value, value]}. */
  public static Interval exactly(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Interval(value, value);
  }

  /** The interval holding exactly one value: {@code [value, value]}. */
  public static Interval exactly(long value) {
    return exactly(BigDecimal.valueOf(value));
  }

  /** {@code [lower, ∞)}. */
  public static Interval atLeast(BigDecimal lower) {
    return new Interval(Objects.requireNonNull(lower, "lower"), null);
  }

  /** {@code [lower, ∞)}. */
  public static Interval atLeast(long lower) {
    return atLeast(BigDecimal.valueOf(lower));
  }

  /** {@code (-∞, upper]}. */
  public static Interval atMost(BigDecimal upper) {
    return new Interval(null, Objects.requireNonNull(upper, "upper"));
  }

  /**
   * {@code [lower, upper]}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code lower > upper}
   */
  public static Interval between(BigDecimal lower, BigDecimal upper) {
    return new Interval(Objects.requireNonNull(lower, "lower"), Objects.requireNonNull(upper, "upper"));
  }

  /**
   * {@code [lower, upper]}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code lower > upper}
   */
  public static Interval between(long lower, long upper) {
    return between(BigDecimal.valueOf(lower), BigDecimal.valueOf(upper));
  }

  /**
   * An interval from optional bounds; an empty bound is unbounded on that side.
   *
   * @throws IllegalArgumentException if both bounds are present and {@code lower > upper}
   */
  public static Interval of(Optional<BigDecimal> lower, Optional<BigDecimal> upper) {
    return new Interval(lower.orElse(null), upper.orElse(null));
  }

  /** The inclusive lower bound, or empty when the interval is unbounded below. */
  public Optional<BigDecimal> lower() {
    return Optional.ofNullable(lower);
  }

  /** The inclusive upper bound, or empty when the interval is unbounded above. */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upper);
  }

  /** Whether the interval has an upper bound. */
  public boolean isBoundedAbove() {
    return upper != null;
  }

  /** Whether the interval holds a single value. */
  public boolean isPoint() {
    return lower != null && upper != null && lower.compareTo(upper) == 0;
  }

  /** Whether {@code value} lies in this interval. */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return (lower == null || lower.compareTo(value) <= 0)
        && (upper == null || upper.compareTo(value) >= 0);
  }

  /** Whether every value of {@code other} lies in this interval. */
  public boolean contains(Interval other) {
    Objects.requireNonNull(other, "other");
    boolean lowerOk = lower == null || (other.lower != null && lower.compareTo(other.lower) <= 0);
    boolean upperOk = upper == null || (other.upper != null && upper.compareTo(other.upper) >= 0);
    return lowerOk && upperOk;
  }

  /** Whether some value lies in both intervals. */
  public boolean intersects(Interval other) {
    Objects.requireNonNull(other, "other");
    return (upper == null || other.lower == null || upper.compareTo(other.lower) >= 0)
        && (other.upper == null || lower == null || other.upper.compareTo(lower) >= 0);
  }

  /** The values both intervals allow, or empty when they are disjoint. */
  public Optional<Interval> intersection(Interval other) {
    if (!intersects(other)) {
      return Optional.empty();
    }
    return Optional.of(new Interval(maxLower(lower, other.lower), minUpper(upper, other.upper)));
  }

  /** The smallest interval holding both: their hull. */
  public Interval span(Interval other) {
    BigDecimal lo = lower == null || other.lower == null ? null : lower.min(other.lower);
    BigDecimal hi = upper == null || other.upper == null ? null : upper.max(other.upper);
    return new Interval(lo, hi);
  }

  /**
   * The interval of sums {@code a + b} for {@code a} in this interval and {@code b} in
   * {@code other}: what a total can be when its parts are these.
   */
  public Interval plus(Interval other) {
    BigDecimal lo = lower == null || other.lower == null ? null : lower.add(other.lower);
    BigDecimal hi = upper == null || other.upper == null ? null : upper.add(other.upper);
    return new Interval(lo, hi);
  }

  /**
   * This interval widened on both sides by {@code relativeTolerance} of each bound's magnitude:
   * "about 130" at 10% becomes {@code [117, 143]}. When both bounds are whole numbers (a count),
   * the widened bounds are rounded outwards to whole numbers, so the result stays a count.
   *
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public Interval widen(BigDecimal relativeTolerance) {
    Objects.requireNonNull(relativeTolerance, "relativeTolerance");
    if (relativeTolerance.signum() < 0) {
      throw new IllegalArgumentException(
          "relative tolerance must be 0 or more, got " + relativeTolerance.toPlainString());
    }
    boolean integral = (lower == null || isWhole(lower)) && (upper == null || isWhole(upper));
    BigDecimal lo = lower == null ? null : lower.subtract(lower.abs().multiply(relativeTolerance));
    BigDecimal hi = upper == null ? null : upper.add(upper.abs().multiply(relativeTolerance));
    if (integral) {
      lo = lo == null ? null : lo.setScale(0, RoundingMode.FLOOR);
      hi = hi == null ? null : hi.setScale(0, RoundingMode.CEILING);
    }
    return new Interval(lo, hi);
  }

  /** How two intervals relate: equal, overlapping, or disjoint. */
  public Relation relationTo(Interval other) {
    if (equals(other)) {
      return Relation.AGREE;
    }
    return intersects(other) ? Relation.COMPATIBLE : Relation.DISJOINT;
  }

  /** Whether {@code value} is a whole number ({@code 87}, {@code 87.00}), as counts are. */
  public static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static @Nullable BigDecimal maxLower(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.max(b);
  }

  private static @Nullable BigDecimal minUpper(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.min(b);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Interval)) {
      return false;
    }
    Interval that = (Interval) o;
    return Objects.equals(lower, that.lower) && Objects.equals(upper, that.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper);
  }

  /** {@code [87, ∞)}, {@code [117, 143]}, {@code (-∞, -31]}. */
  @Override
  public String toString() {
    return (lower == null ? "(-∞" : "[" + lower.toPlainString())
        + ", "
        + (upper == null ? "∞)" : upper.toPlainString() + "]");
  }
}
