package io.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.claimcheck.internal.TextTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner passes over plain tokens (words no phrase starts with, marks that start none)
 * without lexing them into its window: it must find exactly what it finds lexing every token.
 */
class PassingPlainTokensTest {
  private static final NumberFinder FINDER = NumberFinder.standard();

  /** Every phrase with its shared tokens, one line each, as the scanner reports them. */
  private static List<String> found(String text, boolean passing, boolean window) {
    List<String> out = new ArrayList<>();
    TextTokens tokens = window ? TextTokens.window(text) : TextTokens.of(text);
    Scanner s = new Scanner(FINDER, tokens, (p, at) -> out.add(p + " " + Arrays.toString(at)), passing);
    s.run();
    assertEquals(0, s.belowWindow(), () -> "a form read a token below the window in: " + text);
    return out;
  }

  private static int lexed(String text, boolean passing) {
    Scanner s = new Scanner(FINDER, TextTokens.of(text), (p, at) -> {}, passing);
    s.run();
    return s.lexed();
  }

  // words no phrase starts with, words and marks that start one or that a form looks back at,
  // figures of every form, and marks the finder reads as spaces or as a decimal point
  private static final String[] PIECES = {
    "the", "water", "officials", "said", "rose", "how", "what", "past", "half", "its", "this",
    "at", "least", "more", "than", "about", "nearly", "some", "a", "few", "dozens", "of",
    "hundreds", "between", "and", "from", "to", "up", "or", "May", "March", "first", "second",
    "million", "people", "killed", "tens", "three", "dozen", "12", "290,000", "40", "000", "1.5",
    "192.168.1.2", "3k", "A380", "4th", "1e6", "12:30", "2016", ".", ".5", ",", "(", ")", "-",
    "$", "+", ":", "/", "<", ">", "=", "%", "\u0085", "\uFEFF", "\u2212", "caf\u00e9",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Peru", "'s", "\u201c", "\u201d"
  };

  private static final String[] SEPARATORS = {" ", " ", " ", "", "\n", "  ", " \u00a0", "\n\n"};

  private static String text(List<Integer> picks) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < picks.size(); k++) {
      int n = picks.get(k);
      if (k > 0) {
        b.append(SEPARATORS[(n >>> 8) % SEPARATORS.length]);
      }
      // plain words most of the time, so that long plain stretches come before the other pieces
      b.append(n % 3 == 0 ? PIECES[(n >>> 4) % PIECES.length] : PIECES[(n >>> 4) % 5]);
    }
    return b.toString();
  }

  @Nested
  class AgainstLexingEveryToken {
    @Test
    void findsTheSamePhrasesWithTheSameTokensInAnyTextOfThesePieces() {
      qt().withExamples(3000)
          .forAll(lists().of(integers().between(0, 1 << 16)).ofSizeBetween(0, 120))
          .checkAssert(picks -> {
            String text = text(picks);
            List<String> every = found(text, false, false);
            assertEquals(every, found(text, true, false), () -> "in: " + text);
            assertEquals(every, found(text, true, true), () -> "in a window: " + text);
          });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
      "the water the water the water the water the water rose from 20 to 30",
      "the water the water the water the water how about 2 in 5",
      "the water the water the water the water the water. 40 000 people",
      "the water the water the water the water the water May 40 000 people",
      "the water the water the water the water the water ($5m)",
      "the water the water the water the water the water 10:30 and 12",
      "the water the water the water the water the water the second 12",
      "the water the water the water the water the water\u0085 12 or more",
      "the water the water the water the water the water .5 of them",
      "the water the water the water the water, half past 3"
    })
    void findsTheSamePhrasesAfterALongPlainStretch(String text) {
      assertEquals(found(text, false, false), found(text, true, false));
      assertEquals(found(text, false, true), found(text, true, true));
    }
  }

  @Test
  void aRunAfterAnotherOnTheSameThreadFindsWhatItFindsFirst() {
    // the second run takes the arrays the run over the other text left
    qt().withExamples(1000)
        .forAll(lists().of(integers().between(0, 1 << 16)).ofSizeBetween(0, 400),
            lists().of(integers().between(0, 1 << 16)).ofSizeBetween(0, 60))
        .checkAssert((a, b) -> {
          String other = text(a);
          String text = text(b);
          List<String> first = found(text, true, false);
          found(other, true, false);
          assertEquals(first, found(text, true, false), () -> "'" + text + "' after '" + other + "'");
        });
  }

  @Test
  void passesOverMostOfALongPlainStretch() {
    String plain = "the water said the officials, the water. ".repeat(200) + "at least 12 people";
    int every = lexed(plain, false);
    int passing = lexed(plain, true);
    assertTrue(passing < every / 10, () -> passing + " tokens lexed of " + every);
    assertEquals(1, found(plain, true, false).size());
  }

  /** A plain stretch of {@code times} "the water " followed by {@code tail}, made as it is read. */
  private record Stretch(int times, String tail) implements CharSequence {
    private static final String PIECE = "the water ";

    @Override
    public int length() {
      return times * PIECE.length() + tail.length();
    }

    @Override
    public char charAt(int i) {
      int plain = times * PIECE.length();
      return i < plain ? PIECE.charAt(i % PIECE.length()) : tail.charAt(i - plain);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      StringBuilder b = new StringBuilder(to - from);
      for (int k = from; k < to; k++) {
        b.append(charAt(k));
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return subSequence(0, length()).toString();
    }
  }

  @Nested
  class ALongPlainStretchInAWindow {
    @Test
    void holdsABoundedNumberOfSharedTokensNotTheWholeStretch() {
      // two million plain words: passed a piece at a time, the window never holds more than a few thousand
      Stretch text = new Stretch(1_000_000, "at least 12 people");
      TextTokens tokens = TextTokens.window(text);
      List<String> out = new ArrayList<>();
      new Scanner(FINDER, tokens, (p, at) -> out.add(p.text()), true).run();
      assertEquals(List.of("at least 12"), out);
      assertTrue(tokens.capacity() <= 8 * Tokens.PASS_AT_MOST, () -> tokens.capacity() + " token slots held");
    }

    @ParameterizedTest(name = "{0} plain words")
    @ValueSource(ints = {1, 510, 511, 512, 513, 1019, 1020, 1021, 1022, 1024, 1025, 2040, 2042, 2046, 2048, 2049, 3100})
    void findsWhatLexingEveryTokenFindsAfterAStretchAroundThePieceLength(int words) {
      String[] ends = {
        "rose from 20 to 30", "how about 2 in 5", ". 40 000 people", "May 40 000 people", "($5m)",
        "the second 12", "\u0085 12 or more", ".5 of them", ", half past 3", "at least 12"
      };
      for (String end : ends) {
        String text = "the water ".repeat(words / 2) + (words % 2 == 1 ? "water " : "") + end;
        assertEquals(found(text, false, false), found(text, true, false), () -> words + " then " + end);
        assertEquals(found(text, false, true), found(text, true, true), () -> "in a window: " + words + " then " + end);
      }
    }
  }

  /** Every token of {@code t} with its span and flags, lexed to the end. */
  private static List<String> tokens(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; t.has(i); i++) {
      out.add(t.type(i) + " " + t.start(i) + "-" + t.end(i) + " " + t.flags(i));
    }
    return out;
  }

  @Test
  void aRunEndedTwiceGivesItsArraysToOneRunOnlyAndReadsThemNoMore() {
    String text = "at least 12 people died and 40 000 fled";
    Tokens fresh = new Tokens(TextTokens.of(text), FINDER.words);
    fresh.has(100); // lexed whole, as the second below (a number's lexing looks the word before it up)
    List<String> alone = tokens(fresh);
    Tokens first = new Tokens(TextTokens.of("a text before"), FINDER.words);
    first.has(0);
    first.done();
    Tokens second = new Tokens(TextTokens.of(text), FINDER.words); // takes the first's arrays
    second.has(100); // lexed whole
    first.done(); // a late second end must not give them away again
    Tokens third = new Tokens(TextTokens.of("99 other words 12 and 7 more here to fill it"), FINDER.words);
    tokens(third);
    assertEquals(alone, tokens(second));
    assertEquals(0, first.flags(0));
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> first.start(0),
        "an ended run holds no arrays");
  }

  @Test
  void lexesEveryTokenOfATextFullOfPhraseStarts() {
    String dense = "at least 12, more than 20, about 30, some 40 people. ".repeat(20);
    assertEquals(lexed(dense, false), lexed(dense, true));
  }
}
