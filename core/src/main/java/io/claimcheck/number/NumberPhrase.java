package io.claimcheck.number;

import io.claimcheck.quantity.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * A number phrase found in a text: where it is, what kind of number it is, and what it means.
 *
 * @param start UTF-16 index of the phrase's first character (qualifier included)
 * @param end UTF-16 index just past its last character
 * @param kind what the number is; only {@link NumberKind#CARDINAL} phrases are counts
 * @param quantity the printed text, exact value, qualifier and interval
 * @param numerals the figures inside the phrase, in text order
 */
public record NumberPhrase(int start, int end, NumberKind kind, Quantity quantity, List<Numeral> numerals) {
  /** Checks the span and copies the numerals. */
  public NumberPhrase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quantity, "quantity");
    numerals = List.copyOf(numerals);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad phrase span [" + start + ", " + end + ")");
    }
  }

  /** The phrase exactly as printed. */
  public String text() {
    return quantity.text();
  }

  /** {@code 1234-1245 cardinal at least 87 [87, ∞)}. */
  @Override
  public String toString() {
    return start + "-" + end + " " + kind.id() + " " + quantity;
  }
}
