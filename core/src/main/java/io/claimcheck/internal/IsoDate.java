package io.claimcheck.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * ISO days ({@code 2016-02-21}) read as {@link LocalDate#parse} reads them, without its general
 * formatter for the plain form every claims file uses: claims files hold millions of dates.
 */
public final class IsoDate {
  private IsoDate() {}

  /**
   * The day {@code text} names, exactly as {@link LocalDate#parse(CharSequence)} gives it.
   *
   * @throws java.time.format.DateTimeParseException as {@link LocalDate#parse} does
   */
  public static LocalDate parse(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          // not a day (2016-02-30): the general parser says so in its words
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The number the ASCII digits of {@code [from, to)} write, or -1 if one is not a digit. */
  private static int digits(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
