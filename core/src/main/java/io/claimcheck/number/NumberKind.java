package io.claimcheck.number;

import java.util.Locale;

/** What a number phrase is: only {@link #CARDINAL} phrases are counts. */
public enum NumberKind {
  /** A count or amount: "87", "1.5 million", "dozens". */
  CARDINAL,
  /** A position: "3rd", "second", "twenty-first". */
  ORDINAL,
  /** A percentage: "12%", "40 per cent"; the value is the number of percent. */
  PERCENT,
  /** A calendar year or decade: "in 2016", "the 1990s". */
  YEAR,
  /** A calendar date: "Feb. 21", "September 12, 2016", "2016-02-21". */
  DATE,
  /** A fraction or ratio: "two thirds", "3/4", "one in five". */
  FRACTION,
  /**
   * A number with more digits than claimcheck holds exactly; its interval is the true bound
   * implied by its digit count ({@code [10^(digits−1), ∞)}), never a wrong exact value.
   */
  OVERFLOW;

  /** The name used in JSON and text output: {@code cardinal}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
