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
    for (QualifierPhrase q : QUALIFIER_PHRASES) {
      Word first = prefixes.add(q.phrase(), q.qualifier(), words);
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

  /**
   * A qualifier phrase of {@code qualifiers.tsv}: the words, the bound they put on a figure, and
   * whether they are a verb of motion ("passed", "tops", "nears") that carries a count to it.
   */
  public record QualifierPhrase(String phrase, Qualifier qualifier, boolean motion) {}

  private static final List<QualifierPhrase> QUALIFIER_PHRASES = readQualifiers();

  private static List<QualifierPhrase> readQualifiers() {
    String resource = "/io/claimcheck/number/qualifiers.tsv";
    List<QualifierPhrase> out = new ArrayList<>();
    try (java.io.InputStream in = NumberFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new io.claimcheck.base.ClaimCheckException(resource + " is missing from the jar");
      }
      java.io.BufferedReader r = new java.io.BufferedReader(
          new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      int line = 0;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\t", -1);
        Qualifier q = null;
        for (Qualifier x : Qualifier.values()) {
          if (f.length > 1 && x.name().equalsIgnoreCase(f[1].strip())) {
            q = x;
          }
        }
        if (q == null) {
          throw new io.claimcheck.base.ClaimCheckException(resource + ":" + line
              + ": expected a phrase, a tab and a qualifier (at_least, more_than, about, nearly, up_to, fewer_than, exactly)");
        }
        out.add(new QualifierPhrase(f[0].strip(), q, f.length > 2 && f[2].strip().equals("motion")));
      }
    } catch (java.io.IOException e) {
      throw new io.claimcheck.base.ClaimCheckException(resource + " cannot be read: " + e.getMessage());
    }
    return List.copyOf(out);
  }

  /** The qualifier phrases this finder reads before a figure, one vocabulary with the extractor. */
  public static List<QualifierPhrase> qualifierPhrases() {
    return QUALIFIER_PHRASES;
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
    new Scanner(this, io.claimcheck.internal.TextTokens.window(text), (p, tokens) -> sink.accept(p)).run();
  }

  /**
   * For claimcheck's extractor, which reads the same tokens (not part of the API): every number
   * phrase of the text {@code tokens} lex, in text order, with the tokens it covers.
   */
  public void find(io.claimcheck.internal.TextTokens tokens, Located sink) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(sink, "sink");
    new Scanner(this, tokens, sink).run();
  }

  /** Receives a number phrase with the shared tokens it covers. */
  public interface Located {
    /**
     * A phrase, and {@code tokens}: the first shared token of the phrase and the one after it,
     * then the same two for each of its numerals in order.
     */
    void phrase(NumberPhrase phrase, int[] tokens);
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
