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

  @Test
  void aTokenOfAsciiLettersIsAnsweredByItsHashAsByItsCharacters() {
    // containsLetters passes over ASCII words of another hash unread; words beyond ASCII that
    // fold to ASCII letters ("\u017fo" is "so" in capitals, the Kelvin sign a 'k') are still read
    var words = strings().betweenCodePoints('a', 'd').ofLengthBetween(1, 4);
    String[] folding = {"\u017fo", "\u212Aill", "\u017f", "\u00e9t\u00e9", "d\u0131e"};
    qt().withExamples(300).forAll(lists().of(words).ofSizeBetween(0, 400), lists().of(words).ofSizeBetween(1, 100),
        integers().between(0, 1 << 20)).checkAssert((members, asked, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          List<String> all = new java.util.ArrayList<>(members);
          for (String f : folding) {
            if (random.nextBoolean()) {
              all.add(f);
            }
          }
          WordSet set = new WordSet(all);
          List<String> tokens = new java.util.ArrayList<>(asked);
          tokens.addAll(List.of("so", "SO", "kill", "KILL", "s", "S", "die", "DIE"));
          for (String a : tokens) {
            String text = "(" + mixedCase(a, random) + ")";
            int h = TextTokens.hash(text, 1, 1 + a.length());
            assertEquals(set.contains(text, 1, 1 + a.length(), h), set.containsLetters(text, 1, 1 + a.length(), h),
                () -> a + " in " + all);
          }
        });
  }

  @Test
  void aWordGivenInCapitalsIsHeldInLowerCase() {
    WordSet set = new WordSet(List.of("UN"));
    assertTrue(in(set, "un", 0, 2));
    assertTrue(in(set, "Un", 0, 2));
  }
}
