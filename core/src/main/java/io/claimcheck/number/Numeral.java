package io.claimcheck.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure inside a number phrase, without its qualifier: "between 20 and 30" holds the
 * numerals 20 and 30.
 *
 * @param start UTF-16 index of its first character in the text
 * @param end UTF-16 index just past its last character
 * @param value its exact value
 */
public record Numeral(int start, int end, BigDecimal value) {
  /** Checks the span. */
  public Numeral {
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad numeral span [" + start + ", " + end + ")");
    }
  }
}
