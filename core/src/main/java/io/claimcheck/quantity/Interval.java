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
  /** The last {@link #widen} result and its tolerance: rules widen each claim's interval many times. */
  private volatile @Nullable Widened widened;

  private record Widened(BigDecimal tolerance, Interval interval) {}

  private Interval(@Nullable BigDecimal lower, @Nullable BigDecimal upper) {
    BigDecimal lo = lower == null ? null : normalise(lower, true);
    BigDecimal hi = upper == null ? null : normalise(upper, false);
    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException(
          "interval lower bound " + io.claimcheck.internal.Decimals.brief(lo) + " is above its upper bound "
              + io.claimcheck.internal.Decimals.brief(hi));
    }
    this.lower = lo;
    this.upper = hi;
  }

  /**
   * The most digits a bound may have before or after the decimal point. Figures beyond it are
   * refused, so that every operation on intervals costs the same whatever exponent a figure was
   * written with ({@code 1e10000000} would otherwise need ten million digits).
   */
  public static final int MAX_DIGITS = 1000;

  /**
   * Checks that {@code value} has at most {@link #MAX_DIGITS} digits before the decimal point and
   * after it, once trailing zeros are dropped; its cost does not depend on the exponent.
   *
   * @param what how the value is named in the message ("the lower bound")
   * @throws IllegalArgumentException naming the value in bounded form and the limit
   */
  public static BigDecimal requireBounded(BigDecimal value, String what) {
    Objects.requireNonNull(value, "value");
    if (value.signum() == 0) {
      return value;
    }
    int before = value.precision() - value.scale();
    if (before > MAX_DIGITS) {
      throw new IllegalArgumentException(what + " " + io.claimcheck.internal.Decimals.brief(value)
          + " has more than " + MAX_DIGITS + " digits before the decimal point; figures must be smaller");
    }
    if (value.scale() > MAX_DIGITS && value.stripTrailingZeros().scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(what + " " + io.claimcheck.internal.Decimals.brief(value)
          + " has more than " + MAX_DIGITS + " digits after the decimal point; figures must be less fine");
    }
    return value;
  }

  private static BigDecimal normalise(BigDecimal value, boolean isLower) {
    if (value.signum() != 0 && value.precision() - value.scale() > 2 * MAX_DIGITS) {
      // figures are taken up to MAX_DIGITS; sums of them may grow a little past it, never this far
      throw new IllegalArgumentException((isLower ? "the lower bound " : "the upper bound ")
          + io.claimcheck.internal.Decimals.brief(value) + " has more than " + 2 * MAX_DIGITS
          + " digits before the decimal point; figures must be smaller");
    }
    if (value.scale() == 0) {
      return value; // a whole number as written: what stripping and rescaling would give back
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() != 0 && stripped.precision() - stripped.scale() < -MAX_DIGITS) {
      // nearer to zero than the finest digit kept: the bound is zero or the finest step beyond it
      BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-MAX_DIGITS);
      boolean positive = stripped.signum() > 0;
      stripped = isLower ? (positive ? BigDecimal.ZERO : step.negate()) : (positive ? step : BigDecimal.ZERO);
    } else if (stripped.scale() > MAX_DIGITS) {
      // arithmetic (widening by a tolerance) may add digits: round outwards, never inwards
      stripped = stripped.setScale(MAX_DIGITS, isLower ? RoundingMode.FLOOR : RoundingMode.CEILING).stripTrailingZeros();
    }
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
    Widened w = widened;
    if (w != null && (w.tolerance == relativeTolerance || w.tolerance.equals(relativeTolerance))) {
      return w.interval;
    }
    Interval out = widened(relativeTolerance);
    widened = new Widened(relativeTolerance, out);
    return out;
  }

  private Interval widened(BigDecimal relativeTolerance) {
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
    return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
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
    return io.claimcheck.internal.TextForms.interval(new StringBuilder(24), lower, upper).toString();
  }
}
