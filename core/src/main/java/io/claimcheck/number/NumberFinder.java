package io.claimcheck.number;

import io.claimcheck.quantity.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds every number phrase in English text, with its span and meaning: "at least 87",
 * "290,000", "more than a quarter of a million", "dozens", "between 20 and 30". Ordinals,
 * percentages, years, dates and fractions are reported with their {@link NumberKind}, never as
 * counts; times and numbers glued to units ("180ml") are not reported.
 *
 * <p>Finding is one pass over the text with a bounded look-ahead: its cost is linear in the
 * text's length and its memory does not grow with it. A finder is immutable and safe to share
 * between threads.
 */
public final class NumberFinder {
  final WordTable words;
  final PhraseTrie<Qualifier> prefixes = new PhraseTrie<>();
  final PhraseTrie<Postfix> postfixes = new PhraseTrie<>();
  final PhraseTrie<VagueLexicon.Entry> vague = new PhraseTrie<>();
  final BigDecimal nearlyTolerance;
  private final VagueLexicon lexicon;

  /** What a phrase after a figure does to its qualifier: "87 or more", "more than 5 or equal". */
  enum Postfix {
    OR_MORE,
    OR_LESS,
    OR_EQUAL
  }

  private NumberFinder(Builder b) {
    this.lexicon = b.lexicon;
    this.nearlyTolerance = b.nearlyTolerance;
    this.words = new WordTable();
    for (Object[] q : QUALIFIERS) {
      Word first = prefixes.add((String) q[0], (Qualifier) q[1], words);
      if (first != null) {
        first.flags |= Word.STARTS_QUALIFIER;
      }
    }
    for (Object[] q : POSTFIXES) {
      Word first = postfixes.add((String) q[0], (Postfix) q[1], words);
      if (first != null) {
        first.flags |= Word.STARTS_POSTFIX;
      }
    }
    for (Map.Entry<String, VagueLexicon.Entry> e : lexicon.entries().entrySet()) {
      Word first = vague.add(e.getKey(), e.getValue(), words);
      if (first != null) {
        first.flags |= Word.STARTS_VAGUE;
      }
    }
    words.flag("between", Word.STARTS_QUALIFIER);
    words.flag("from", Word.STARTS_QUALIFIER);
    words.seal();
  }

  /** The finder with the default vague-count lexicon and a 10% "nearly" tolerance. */
  public static NumberFinder standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final NumberFinder INSTANCE = builder().build();
  }

  /** A builder for a finder with another lexicon or tolerance. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vague-count lexicon this finder reads "dozens" and "hundreds" with. */
  public VagueLexicon lexicon() {
    return lexicon;
  }

  /** How far below N "nearly N" may go, relative to N. */
  public BigDecimal nearlyTolerance() {
    return nearlyTolerance;
  }

  /** Every number phrase in {@code text}, in text order, spans sorted and non-overlapping. */
  public List<NumberPhrase> find(CharSequence text) {
    List<NumberPhrase> out = new ArrayList<>();
    find(text, out::add);
    return out;
  }

  /**
   * Hands every number phrase in {@code text} to {@code sink} as it is found, in text order,
   * without holding them: for texts too large to collect.
   */
  public void find(CharSequence text, Consumer<? super NumberPhrase> sink) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sink, "sink");
    new Scanner(this, text, sink).run();
  }

  /** Builds a {@link NumberFinder}. */
  public static final class Builder {
    private VagueLexicon lexicon = VagueLexicon.defaults();
    private BigDecimal nearlyTolerance = new BigDecimal("0.1");

    private Builder() {}

    /** The meanings of vague counts; {@link VagueLexicon#defaults()} unless set. */
    public Builder lexicon(VagueLexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * How far below N "nearly N" may go, relative to N; 0.1 unless set.
     *
     * @throws IllegalArgumentException unless {@code 0 <= tolerance < 1}
     */
    public Builder nearlyTolerance(BigDecimal tolerance) {
      this.nearlyTolerance = io.claimcheck.quantity.Tolerance.require(tolerance, "nearlyTolerance");
      return this;
    }

    /** A finder with this configuration. */
    public NumberFinder build() {
      return new NumberFinder(this);
    }
  }

  private static final Object[][] QUALIFIERS = {
    {"at least", Qualifier.AT_LEAST},
    {"no fewer than", Qualifier.AT_LEAST},
    {"no less than", Qualifier.AT_LEAST},
    {"not less than", Qualifier.AT_LEAST},
    {"not fewer than", Qualifier.AT_LEAST},
    {"a minimum of", Qualifier.AT_LEAST},
    {"minimum of", Qualifier.AT_LEAST},
    {"at minimum", Qualifier.AT_LEAST},
    {"at least or equal to", Qualifier.AT_LEAST},
    {"equal to or more than", Qualifier.AT_LEAST},
    {"equal to or greater than", Qualifier.AT_LEAST},
    {"greater than or equal to", Qualifier.AT_LEAST},
    {"more than or equal to", Qualifier.AT_LEAST},
    {"higher than or equal to", Qualifier.AT_LEAST},
    {"larger than or equal to", Qualifier.AT_LEAST},
    {"bigger than or equal to", Qualifier.AT_LEAST},
    {"greater or equal than", Qualifier.AT_LEAST},
    {"greater or equal to", Qualifier.AT_LEAST},
    {"higher or equal than", Qualifier.AT_LEAST},
    {"higher or equal to", Qualifier.AT_LEAST},
    {"bigger or equal than", Qualifier.AT_LEAST},
    {"bigger or equal to", Qualifier.AT_LEAST},
    {"larger or equal than", Qualifier.AT_LEAST},
    {"larger or equal to", Qualifier.AT_LEAST},
    {"more or equal than", Qualifier.AT_LEAST},
    {">=", Qualifier.AT_LEAST},
    {"≥", Qualifier.AT_LEAST},
    {"more than", Qualifier.MORE_THAN},
    {"over", Qualifier.MORE_THAN},
    {"well over", Qualifier.MORE_THAN},
    {"just over", Qualifier.MORE_THAN},
    {"upwards of", Qualifier.MORE_THAN},
    {"upward of", Qualifier.MORE_THAN},
    {"in excess of", Qualifier.MORE_THAN},
    {"above", Qualifier.MORE_THAN},
    {"well above", Qualifier.MORE_THAN},
    {"just above", Qualifier.MORE_THAN},
    {"greater than", Qualifier.MORE_THAN},
    {"larger than", Qualifier.MORE_THAN},
    {"bigger than", Qualifier.MORE_THAN},
    {"higher than", Qualifier.MORE_THAN},
    {"exceeding", Qualifier.MORE_THAN},
    {"exceed", Qualifier.MORE_THAN},
    {"exceeds", Qualifier.MORE_THAN},
    {"exceeded", Qualifier.MORE_THAN},
    {"surpass", Qualifier.MORE_THAN},
    {"surpasses", Qualifier.MORE_THAN},
    {"surpassed", Qualifier.MORE_THAN},
    {"surpassing", Qualifier.MORE_THAN},
    {"past", Qualifier.MORE_THAN},
    {"well past", Qualifier.MORE_THAN},
    {"passed", Qualifier.MORE_THAN},
    {"passes", Qualifier.MORE_THAN},
    {"passing", Qualifier.MORE_THAN},
    {"topped", Qualifier.MORE_THAN},
    {"tops", Qualifier.MORE_THAN},
    {"topping", Qualifier.MORE_THAN},
    {"crossed", Qualifier.MORE_THAN},
    {"crosses", Qualifier.MORE_THAN},
    {"crossing", Qualifier.MORE_THAN},
    {">", Qualifier.MORE_THAN},
    {"about", Qualifier.ABOUT},
    {"around", Qualifier.ABOUT},
    {"approximately", Qualifier.ABOUT},
    {"approx", Qualifier.ABOUT},
    {"approx.", Qualifier.ABOUT},
    {"roughly", Qualifier.ABOUT},
    {"some", Qualifier.ABOUT},
    {"an estimated", Qualifier.ABOUT},
    {"estimated", Qualifier.ABOUT},
    {"an approximate", Qualifier.ABOUT},
    {"circa", Qualifier.ABOUT},
    {"~", Qualifier.ABOUT},
    {"nearly", Qualifier.NEARLY},
    {"almost", Qualifier.NEARLY},
    {"close to", Qualifier.NEARLY},
    {"just under", Qualifier.NEARLY},
    {"just below", Qualifier.NEARLY},
    {"just shy of", Qualifier.NEARLY},
    {"nears", Qualifier.NEARLY},
    {"neared", Qualifier.NEARLY},
    {"nearing", Qualifier.NEARLY},
    {"approaching", Qualifier.NEARLY},
    {"towards", Qualifier.NEARLY},
    {"toward", Qualifier.NEARLY},
    {"up to", Qualifier.UP_TO},
    {"as many as", Qualifier.UP_TO},
    {"at most", Qualifier.UP_TO},
    {"at the most", Qualifier.UP_TO},
    {"no more than", Qualifier.UP_TO},
    {"as high as", Qualifier.UP_TO},
    {"no greater than", Qualifier.UP_TO},
    {"not greater than", Qualifier.UP_TO},
    {"no higher than", Qualifier.UP_TO},
    {"not exceeded", Qualifier.UP_TO},
    {"not exceeding", Qualifier.UP_TO},
    {"not exceed", Qualifier.UP_TO},
    {"never exceeded", Qualifier.UP_TO},
    {"not more than", Qualifier.UP_TO},
    {"a maximum of", Qualifier.UP_TO},
    {"maximum of", Qualifier.UP_TO},
    {"less than or equal to", Qualifier.UP_TO},
    {"fewer than or equal to", Qualifier.UP_TO},
    {"smaller than or equal to", Qualifier.UP_TO},
    {"lower than or equal to", Qualifier.UP_TO},
    {"less or equal than", Qualifier.UP_TO},
    {"less or equal to", Qualifier.UP_TO},
    {"smaller or equal than", Qualifier.UP_TO},
    {"smaller or equal to", Qualifier.UP_TO},
    {"lower or equal than", Qualifier.UP_TO},
    {"lower or equal to", Qualifier.UP_TO},
    {"equal to or less than", Qualifier.UP_TO},
    {"equal to or fewer than", Qualifier.UP_TO},
    {"equal to or smaller than", Qualifier.UP_TO},
    {"<=", Qualifier.UP_TO},
    {"≤", Qualifier.UP_TO},
    {"fewer than", Qualifier.FEWER_THAN},
    {"less than", Qualifier.FEWER_THAN},
    {"under", Qualifier.FEWER_THAN},
    {"well under", Qualifier.FEWER_THAN},
    {"below", Qualifier.FEWER_THAN},
    {"well below", Qualifier.FEWER_THAN},
    {"smaller than", Qualifier.FEWER_THAN},
    {"lower than", Qualifier.FEWER_THAN},
    {"<", Qualifier.FEWER_THAN},
    {"exactly", Qualifier.EXACTLY},
    {"precisely", Qualifier.EXACTLY},
    {"equal to", Qualifier.EXACTLY},
    {"equals", Qualifier.EXACTLY},
    {"equaling to", Qualifier.EXACTLY},
    {"equalling to", Qualifier.EXACTLY},
    {"equaling", Qualifier.EXACTLY},
    {"equalling", Qualifier.EXACTLY},
  };

  private static final Object[][] POSTFIXES = {
    {"or more", Postfix.OR_MORE},
    {"or more than", Postfix.OR_MORE},
    {"and more", Postfix.OR_MORE},
    {"or greater", Postfix.OR_MORE},
    {"or greater than", Postfix.OR_MORE},
    {"and greater", Postfix.OR_MORE},
    {"or above", Postfix.OR_MORE},
    {"and above", Postfix.OR_MORE},
    {"or higher", Postfix.OR_MORE},
    {"or over", Postfix.OR_MORE},
    {"and over", Postfix.OR_MORE},
    {"plus", Postfix.OR_MORE},
    {"+", Postfix.OR_MORE},
    {"or less", Postfix.OR_LESS},
    {"or less than", Postfix.OR_LESS},
    {"or fewer", Postfix.OR_LESS},
    {"or fewer than", Postfix.OR_LESS},
    {"or below", Postfix.OR_LESS},
    {"or lower", Postfix.OR_LESS},
    {"or under", Postfix.OR_LESS},
    {"and under", Postfix.OR_LESS},
    {"and below", Postfix.OR_LESS},
    {"or equal", Postfix.OR_EQUAL},
    {"or equal to", Postfix.OR_EQUAL},
  };
}
