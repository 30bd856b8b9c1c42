package io.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the number-phrase finder, checked on generated input (QuickTheories). */
class NumberFinderPropertiesTest {
  private static final NumberFinder FINDER = NumberFinder.standard();
  private static final long MAX = 1_000_000_000_000_000L;

  private static NumberPhrase only(String text) {
    List<NumberPhrase> found = FINDER.find(text);
    assertEquals(1, found.size(), () -> "expected one phrase in '" + text + "', found " + found);
    return found.get(0);
  }

  @Test
  void everyIntegerUpToTenToTheFifteenWrittenInWordsParsesBackToItself() {
    Gen<Long> numbers = longs().between(0, MAX).mix(longs().between(0, 10_000), 30);
    qt().withExamples(3000).forAll(numbers, booleans().all(), booleans().all())
        .checkAssert((n, british, hyphens) -> {
          String words = EnglishWords.spell(n, british, hyphens);
          NumberPhrase p = only(words);
          assertEquals(0, p.start(), words);
          assertEquals(words.length(), p.end(), words);
          assertEquals(0, p.quantity().value().compareTo(BigDecimal.valueOf(n)), () -> words + " read as " + p);
          assertEquals(NumberKind.CARDINAL, p.kind(), words);
        });
  }

  @Test
  void tenToTheFifteenInWordsParses() {
    assertEquals(0, only("one quadrillion").quantity().value().compareTo(BigDecimal.valueOf(MAX)));
  }

  @Test
  void digitFormsWithSeparatorsRoundTrip() {
    Gen<String> separators = arbitrary().pick(",", "\u00A0", "\u202F", "\u2009", "");
    qt().withExamples(3000).forAll(longs().between(0, MAX), separators, integers().between(0, 3))
        .checkAssert((n, sep, decimals) -> {
          BigDecimal value = BigDecimal.valueOf(n).movePointLeft(decimals);
          String digits = group(value, sep);
          String text = "officials said " + digits + " people were affected";
          NumberPhrase p = only(text);
          assertEquals(digits, p.text());
          assertEquals(0, p.quantity().value().compareTo(value), () -> digits + " read as " + p);
          assertEquals(NumberKind.CARDINAL, p.kind(), digits);
        });
  }

  private static String group(BigDecimal value, String sep) {
    String plain = value.toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(sep);
      }
      out.append(whole.charAt(i));
    }
    return out + (point < 0 ? "" : plain.substring(point));
  }

  @Test
  void atLeastNContainsMoreThanN() {
    qt().withExamples(1000).forAll(longs().between(0, MAX)).checkAssert(n -> {
      Interval atLeast = only("at least " + n + " people").quantity().interval();
      Interval moreThan = only("more than " + n + " people").quantity().interval();
      assertTrue(atLeast.contains(moreThan), () -> atLeast + " does not contain " + moreThan);
      assertTrue(!moreThan.contains(BigDecimal.valueOf(n)), () -> moreThan + " contains " + n);
    });
  }

  @Test
  void aboutNContainsNAndItsNeighboursAfterWidening() {
    qt().withExamples(1000).forAll(longs().between(1, MAX)).checkAssert(n -> {
      NumberPhrase p = only("about " + String.format(Locale.ROOT, "%,d", n) + " people");
      assertTrue(p.quantity().approximate());
      Interval widened = p.quantity().interval().widen(new BigDecimal("0.1"));
      BigDecimal v = BigDecimal.valueOf(n);
      assertTrue(widened.contains(v));
      assertTrue(widened.contains(v.multiply(new BigDecimal("0.9"))), () -> widened + " lacks 0.9×" + n);
      assertTrue(widened.contains(v.multiply(new BigDecimal("1.1"))), () -> widened + " lacks 1.1×" + n);
    });
  }

  @Test
  void anyStringGivesWellFormedSpansAndNeverThrows() {
    Gen<String> anyText = strings().allPossible().ofLengthBetween(0, 300);
    qt().withExamples(3000).forAll(anyText).checkAssert(NumberFinderPropertiesTest::assertWellFormed);
  }

  @Test
  void keywordSoupGivesWellFormedSpansAndNeverThrows() {
    Gen<String> words = arbitrary().pick(
        "at least", "more than", "a quarter of a million", "dozens", "upwards of", "tens of", "thousands",
        "between", "and", "from", "to", "-", "–", "~", "/", ":", "^", "%", "$", "1", "87", "290,000",
        "1.5", ".5", "3k", "1e9", "9999999999999999999999", "one", "eighty-seven", "hundred", "a", "half",
        "third", "fifths", "point", "minus", "Feb.", "21", "2016", "or more", "or", "over", "in", " ", "\n",
        ",", ".", "+", "<", ">=", "\uD800", "\u0000", "½", "٣", "twenty", "first", "second", "million");
    Gen<String> soup = lists().of(words).ofSizeBetween(0, 40).map(l -> String.join(" ", l));
    Gen<String> glued = lists().of(words).ofSizeBetween(0, 40).map(l -> String.join("", l));
    qt().withExamples(3000).forAll(soup).checkAssert(NumberFinderPropertiesTest::assertWellFormed);
    qt().withExamples(3000).forAll(glued).checkAssert(NumberFinderPropertiesTest::assertWellFormed);
  }

  static void assertWellFormed(String text) {
    List<NumberPhrase> found = FINDER.find(text);
    int previousEnd = 0;
    for (NumberPhrase p : found) {
      assertTrue(p.start() >= previousEnd, () -> "overlapping or unsorted spans in '" + text + "': " + found);
      assertTrue(p.end() <= text.length() && p.start() < p.end(), () -> "span outside '" + text + "': " + p);
      assertEquals(text.substring(p.start(), p.end()), p.text());
      for (Numeral n : p.numerals()) {
        assertTrue(n.start() >= p.start() && n.end() <= p.end(), () -> "numeral outside its phrase: " + p);
      }
      Interval in = p.quantity().interval();
      assertTrue(in.lower().isPresent() || p.quantity().value().signum() < 0,
          () -> "a non-negative figure without a lower bound: " + p);
      previousEnd = p.end();
    }
  }

  /** Pieces of text that test the tokens the finder and the extractor share: joins, splits, odd spaces. */
  private static final Gen<String> PIECES = arbitrary().pick(List.of(
      "killed at least 87", "290,000", "40 000", "40\u00A0000", "1\u202F200", "A380", "G20", "3k", "4th",
      "180ml", "1e10", "1.5e6", "1e+10", ".5", "0.75", "10.0.0.1", "3a4", "\u0663\u0664", "\uFF13", "\uFEFF",
      "\u0085", "\u2028", "\n", "May 3, 500", "2, 500 people", "some 1.250 people", "a quarter of a million",
      "dozens", "between 20 and 30", "from 6 to 18", "rose to 212 from 54.", "Dead: 41.", "U.S.", "Zoë",
      "\uD83D\uDE00", "-", "\u2013", "(", "\u201C", "'", "$5", "5%", "10:30", "1990s", "twenty-one", "100+",
      "or more", "nearly 500", "up to 1,200", " ", "\t", ".", ","));

  @Test
  void everyPhraseCarriesTheSharedTokensItCoversAndTheFinderReadsTheSamePhrasesFromThem() {
    Gen<String> texts = lists().of(PIECES).ofSizeBetween(1, 40)
        .zip(booleans().all(), (pieces, glued) -> String.join(glued ? "" : " ", pieces));
    qt().withExamples(2000).forAll(texts).checkAssert(text -> {
      io.claimcheck.internal.TextTokens tokens = io.claimcheck.internal.TextTokens.of(text);
      List<NumberPhrase> located = new java.util.ArrayList<>();
      FINDER.find(tokens, (p, at) -> {
        located.add(p);
        assertEquals(tokens.indexAt(p.start()), at[0], () -> "first token of " + p + " in '" + text + "'");
        assertEquals(tokens.indexAt(p.end()), at[1], () -> "token after " + p + " in '" + text + "'");
        assertEquals(2 + 2 * p.numerals().size(), at.length);
        for (int k = 0; k < p.numerals().size(); k++) {
          Numeral n = p.numerals().get(k);
          assertEquals(tokens.indexAt(n.start()), at[2 + 2 * k], () -> "first token of " + n + " in '" + text + "'");
          assertEquals(tokens.indexAt(n.end()), at[3 + 2 * k], () -> "token after " + n + " in '" + text + "'");
        }
      });
      assertEquals(FINDER.find(text).toString(), located.toString(), text);
    });
  }
}
