package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.claimcheck.internal.TextTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSetTest {
  private static boolean in(WordSet set, String text, int from, int to) {
    return set.contains(text, from, to, TextTokens.hash(text, from, to));
  }

  @Nested
  class AWordOfTheSet {
    private final WordSet set = new WordSet(List.of("killed", "Dead", "wounded"));

    @ParameterizedTest(name = "\"{0}\" in the set: {1}")
    @CsvSource({
        "killed, true", "KILLED, true", "Killed, true", "dead, true", "DeAd, true", "wounded, true",
        "kill, false", "killedx, false", "deaths, false", "'', false", "wound, false"})
    void isFoundInAnyCaseAndNothingElseIs(String word, boolean expected) {
      assertEquals(expected, in(set, word, 0, word.length()));
    }

    @Test
    void isFoundAsAStretchOfALongerText() {
      String text = "they were killed, or wounded";
      assertTrue(in(set, text, 10, 16));
      assertTrue(in(set, text, 21, 28));
      assertFalse(in(set, text, 10, 15), "a stretch that cuts the word is not it");
    }
  }

  @Test
  void anEmptySetHoldsNothing() {
    assertFalse(in(new WordSet(List.of()), "the", 0, 3));
  }

  @Test
  void answersAsAHashSetOfTheLowerCaseWordsDoesForSetsOfEverySize() {
    // sets from a handful of words to thousands (as the gazetteer's first words), asked for
    // members in mixed case and for words of the same letters that are not members
    var words = strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 7);
    qt().withExamples(300).forAll(lists().of(words).ofSizeBetween(0, 3000), lists().of(words).ofSizeBetween(1, 200),
        integers().between(0, 1 << 20)).checkAssert((members, asked, seed) -> {
          WordSet set = new WordSet(members);
          Set<String> expected = new HashSet<>(members);
          java.util.Random random = new java.util.Random(seed);
          for (String m : members) {
            assertTrue(in(set, mixedCase(m, random), 0, m.length()), m);
          }
          for (String a : asked) {
            String text = "(" + mixedCase(a, random) + ")";
            assertEquals(expected.contains(a), in(set, text, 1, 1 + a.length()), a);
          }
        });
  }

  private static String mixedCase(String word, java.util.Random random) {
    StringBuilder sb = new StringBuilder();
    for (char c : word.toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "\"{1}\" spells a word of {0}: {2}")
  @CsvSource({
      // ASCII capitals are lowered; letters beyond ASCII are compared as written
      "z\u00fcrich, Z\u00fcrich, true", "z\u00fcrich, Z\u00dcRICH, false", "z\u00fcrich, ZURICH, false",
      "\u017fo, SO, false", "so, \u017fo, false", "die, D\u0131E, false", "d\u0131e, DIE, false",
      "\u00e9t\u00e9, \u00c9T\u00c9, false", "\u00e9t\u00e9, \u00e9T\u00e9, true"})
  void aStretchSpellsAWordWithItsAsciiCapitalsLoweredOnly(String word, String text, boolean expected) {
    WordSet set = new WordSet(List.of(word, "killed", "dead"));
    assertEquals(expected, in(set, text, 0, text.length()));
    assertEquals(expected, set.mayContain(TextTokens.hash(text, 0, text.length()))
        && set.holds(text, 0, text.length(), TextTokens.hash(text, 0, text.length())), "the filter, then the slots");
  }

  @Test
  void aStretchOfTheSameHashIsStillComparedWithTheWord() {
    // "an" and "c0" hash alike (31 * 'a' + 'n' = 31 * 'c' + '0')
    assertEquals(TextTokens.hash("an", 0, 2), TextTokens.hash("c0", 0, 2));
    WordSet set = new WordSet(List.of("an"));
    assertTrue(in(set, "AN", 0, 2));
    assertFalse(in(set, "c0", 0, 2));
    assertEquals(-1, set.indexOf("c0", 0, 2, TextTokens.hash("c0", 0, 2)));
  }

  @Test
  void aWordGivenInCapitalsIsHeldInLowerCase() {
    WordSet set = new WordSet(List.of("UN"));
    assertTrue(in(set, "un", 0, 2));
    assertTrue(in(set, "Un", 0, 2));
  }
}
