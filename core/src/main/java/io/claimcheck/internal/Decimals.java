package io.claimcheck.internal;

import java.math.BigDecimal;

/** Exact decimal text for output: plain digits, switching to scientific only for huge scales. */
public final class Decimals {
  private static final int MAX_PLAIN_DIGITS = 1000;

  private Decimals() {}

  /**
   * {@code 290000}, {@code 0.5}, {@code -1.2}: no exponent, no trailing zeros after the point.
   * Values whose plain form would exceed 1,000 digits print as {@code 1E+5000}.
   */
  public static String format(BigDecimal value) {
    if (wholeInLong(value)) {
      return Long.toString(value.longValue()); // a whole number's digits, as below, without the copies made for them
    }
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    int plainDigits = v.precision() - v.scale();
    if (plainDigits > MAX_PLAIN_DIGITS || v.scale() > MAX_PLAIN_DIGITS) {
      return v.toString();
    }
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /**
   * Whether {@code value} is a whole number of scale 0 and at most 18 digits: its plain form is
   * {@code Long.toString(value.longValue())} (precision() of such a value is worked out from its
   * long).
   */
  public static boolean wholeInLong(BigDecimal value) {
    return value.scale() == 0 && value.precision() <= 18;
  }

  /**
   * A number for a message: its plain form when that is at most 40 characters, else scientific
   * with ten significant digits ({@code 5E+999}, {@code 1.234567890E+1200}): a message never
   * grows with the number it quotes.
   */
  public static String brief(BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    int plainDigits = Math.max(v.precision() - v.scale(), 1) + Math.max(v.scale(), 0);
    if (plainDigits <= 40) {
      return format(v);
    }
    return v.round(new java.math.MathContext(10, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros().toString();
  }
}
