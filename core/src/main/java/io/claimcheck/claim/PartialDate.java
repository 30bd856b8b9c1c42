package io.claimcheck.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the day, the month or only the year: {@code 2016-02-21}, {@code 2016-01},
 * {@code 2016}. "Last month" is a month; "on Sunday" is a day.
 *
 * @param year the year
 * @param month 1-12, or null when only the year is known
 * @param day 1-31, or null when only the year or month is known
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day)
    implements Comparable<PartialDate> {

  /** Checks that the parts form a real date. */
  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be 1-12, got " + month);
    }
    if (day != null) {
      Days.of(year, month, day); // throws for a day the month lacks
    }
  }

  /** A day. */
  public static PartialDate of(LocalDate date) {
    return Days.partial(date);
  }

  /** A month. */
  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.getYear(), month.getMonthValue(), null);
  }

  /**
   * Parses {@code 2016-02-21}, {@code 2016-01} or {@code 2016}.
   *
   * @throws IllegalArgumentException naming the text and the forms expected
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      switch (text.length()) {
        case 4:
          return new PartialDate(Integer.parseInt(text), null, null);
        case 7:
          return of(YearMonth.parse(text));
        case 10:
          return of(io.claimcheck.internal.IsoDate.parse(text));
        default:
          break;
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a date; expected 2016-02-21, 2016-01 or 2016");
  }

  /** The day, when known to the day. */
  public Optional<LocalDate> toLocalDate() {
    return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /** The first day this date can be. */
  public LocalDate first() {
    return Days.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date can be. */
  public LocalDate last() {
    if (day != null) {
      return Days.of(year, month, day);
    }
    return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
  }

  /** Orders by first possible day, then by precision (a year before its months). */
  @Override
  public int compareTo(PartialDate o) {
    int c = first().compareTo(o.first());
    return c != 0 ? c : Integer.compare(precision(), o.precision());
  }

  private int precision() {
    return day != null ? 2 : month != null ? 1 : 0;
  }

  /** ISO: {@code 2016-02-21}, {@code 2016-01}, {@code 2016}; the text reports append the same form without it. */
  @Override
  public String toString() {
    return io.claimcheck.internal.TextForms.date(new StringBuilder(10), year, month, day).toString();
  }

  /**
   * The days of 1900-2099 made once, as rules and resolution ask a claim's date for its first and
   * last day many times; other years are made each time. Filled as asked: a race makes one day
   * twice, and either is the same value.
   */
  private static final class Days {
    private static final int FROM = 1900;
    private static final int YEARS = 200;
    private static final LocalDate[] MADE = new LocalDate[YEARS * 12 * 31];
    /** The days as partial dates: every claim's publication day is one (its as-of time). */
    private static final PartialDate[] PARTIAL = new PartialDate[YEARS * 12 * 31];

    static PartialDate partial(LocalDate date) {
      int y = date.getYear() - FROM;
      if (y < 0 || y >= YEARS) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
      }
      int at = (y * 12 + date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
      PartialDate d = PARTIAL[at];
      if (d == null) {
        d = new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        PARTIAL[at] = d;
      }
      return d;
    }

    static LocalDate of(int year, int month, int day) {
      int y = year - FROM;
      if (y < 0 || y >= YEARS || month < 1 || month > 12 || day < 1 || day > 31) {
        return LocalDate.of(year, month, day);
      }
      int at = (y * 12 + month - 1) * 31 + day - 1;
      LocalDate d = MADE[at];
      if (d == null) {
        d = LocalDate.of(year, month, day); // throws for a day the month lacks, as before
        MADE[at] = d;
      }
      return d;
    }
  }
}
