package io.claimcheck.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The text forms of an interval and a partial date, appended to a builder: one code for their
 * {@code toString} and for the reports that write a million of them, line by line, without a
 * string each.
 */
public final class TextForms {
  private TextForms() {}

  /** {@code value.toPlainString()}, without making it for a whole number of up to 18 digits. */
  public static StringBuilder plain(StringBuilder sb, BigDecimal value) {
    return Decimals.wholeInLong(value) ? sb.append(value.longValue()) : sb.append(value.toPlainString());
  }

  /** {@code [87, ∞)}, {@code [117, 143]}, {@code (-∞, -31]}: a null bound is unbounded. */
  public static StringBuilder interval(StringBuilder sb, @Nullable BigDecimal lower, @Nullable BigDecimal upper) {
    if (lower == null) {
      sb.append("(-∞");
    } else {
      plain(sb.append('['), lower);
    }
    sb.append(", ");
    return upper == null ? sb.append("∞)") : plain(sb, upper).append(']');
  }

  /** ISO: {@code 2016-02-21}, {@code 2016-01}, {@code 2016}; the year of at least four characters, its sign among them. */
  public static StringBuilder date(StringBuilder sb, int year, @Nullable Integer month, @Nullable Integer day) {
    long abs = Math.abs((long) year);
    if (year < 0) {
      sb.append('-');
    }
    int digits = 1;
    for (long rest = abs / 10; rest > 0; rest /= 10) {
      digits++;
    }
    // as %04d: four characters at least, the sign among them
    for (int width = digits + (year < 0 ? 1 : 0); width < 4; width++) {
      sb.append('0');
    }
    sb.append(abs);
    if (month != null) {
      twoDigits(sb.append('-'), month);
      if (day != null) {
        twoDigits(sb.append('-'), day);
      }
    }
    return sb;
  }

  private static void twoDigits(StringBuilder sb, int n) {
    sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }
}
