package io.claimcheck.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** How far apart printed figures are: the arithmetic behind "spread 28%". */
public final class Spread {
  private Spread() {}

  /**
   * {@code (max − min) / min} of the figures: 68, 83 and 87 spread {@code 19 / 68 = 0.279}.
   * Zero for fewer than two figures; when the smallest is zero and another is not, the spread is
   * unbounded and reported as 10^9.
   *
   * @throws IllegalArgumentException if a figure is negative
   */
  public static BigDecimal relative(Collection<BigDecimal> figures) {
    Objects.requireNonNull(figures, "figures");
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal f : figures) {
      if (f.signum() < 0) {
        throw new IllegalArgumentException("spread needs figures of 0 or more, got " + f.toPlainString());
      }
      min = min == null ? f : min.min(f);
      max = max == null ? f : max.max(f);
    }
    if (min == null || max.compareTo(min) == 0) {
      return BigDecimal.ZERO;
    }
    if (min.signum() == 0) {
      return BigDecimal.valueOf(1_000_000_000L);
    }
    return max.subtract(min).divide(min, MathContext.DECIMAL64);
  }

  /** A fraction as a whole percentage, rounded half up: 0.2794 is {@code 28%}. */
  public static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
