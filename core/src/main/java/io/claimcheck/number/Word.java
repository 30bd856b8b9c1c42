package io.claimcheck.number;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A word the finder knows, with what it contributes to a number phrase. */
final class Word {
  // Categories: what role the word plays in a numeral.
  static final int NONE = 0;
  static final int ZERO = 1; // zero, nought, naught
  static final int UNIT = 2; // one .. nine
  static final int TEEN = 3; // ten .. nineteen
  static final int TENS = 4; // twenty .. ninety
  static final int HUNDRED = 5;
  static final int SCALE = 6; // thousand, million, lakh, bn, ...
  static final int ORDINAL = 7; // first .. ninth, tenth, twentieth, hundredth, ...
  static final int HALF = 8; // half, halves
  static final int QUARTER = 9; // quarter, quarters
  static final int DOZEN = 10; // dozen, dozens (as multiplier), dz, doz
  static final int A = 11; // a, an
  static final int AND = 12;
  static final int POINT = 13;
  static final int MINUS = 14; // minus, negative
  static final int MONTH = 15;
  static final int PERCENT = 16; // percent, pct
  static final int OTHER = 17; // known only as part of a qualifier or context phrase

  // Flags.
  static final int PLURAL = 1; // ordinals: fifths; scales: thousands
  static final int YEAR_CONTEXT = 1 << 1; // "in 2016", "since 2011"
  static final int CHANGE_VERB = 1 << 2; // "rose from 20 to 30" is two figures, not a range
  static final int FOLLOWS_YEAR = 1 << 3; // "2016 and", "2016 when": the number stays a year
  static final int SCALE_AFTER_DIGITS_ONLY = 1 << 4; // "bn", "mln": scale only after digits
  static final int UNIT_ORDINAL = 1 << 5; // first .. ninth: may join a preceding tens word
  static final int NOT_FRACTION = 1 << 6; // first, second: never a denominator
  static final int NOUN_AFTER_FRACTION_OK = 1 << 7; // "of", "or": a fraction may precede them
  static final int STARTS_QUALIFIER = 1 << 8;
  static final int STARTS_POSTFIX = 1 << 9;
  static final int STARTS_VAGUE = 1 << 10;
  static final int RANGE_JOIN = 1 << 11; // to, through, or
  static final int CONJUNCTION = 1 << 12; // and, but

  final String text;
  final int id;
  final int category;
  /** The numeric value: unit 7, scale 1000, ordinal 5 (the denominator), month number. */
  final @Nullable BigDecimal value;

  int flags;
  /** Whether the scanner must look at this word: set once by {@link WordTable#seal()}. */
  boolean startsPhrase;
  char[] chars;

  Word(String text, int id, int category, @Nullable BigDecimal value, int flags) {
    this.text = text;
    this.id = id;
    this.category = category;
    this.value = value;
    this.flags = flags;
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  boolean isCardinalWord() {
    return category >= ZERO && category <= TENS;
  }

  /** The value as a small int; only for words whose value fits (units, teens, tens, months). */
  int small() {
    return value == null ? 0 : value.intValue();
  }

  @Override
  public String toString() {
    return text;
  }
}
