package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.claimcheck.internal.TextTokens;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases of a word class found at a token: the first-word look-up never hides one. */
class PhrasesTest {
  private static Words words(String text) {
    return new Words(text, TextTokens.of(text), 0, text.length());
  }

  private static final Phrases TOLD = Phrases.of(CasualtyPatterns.standard().phraseClass("according_to"));

  @Nested
  class AtAToken {
    private static final java.util.Set<String> ENTRIES = java.util.Set.of("so far", "a day after", "after", "day", "-");
    private final Phrases phrases = Phrases.of(new CasualtyPatterns.WordClass("test_phrases", ENTRIES,
        java.util.Map.of(), new WordSet(ENTRIES)));

    @ParameterizedTest(name = "\"{0}\" at token {1}: {2} tokens")
    @CsvSource(delimiter = '|', value = {
        "they said so far| 2| 2", "SO FAR it is| 0| 2", "so then| 0| 0", "a day after it| 0| 3",
        "a DAY later| 1| 1", "one day after| 2| 1", "the after-party| 2| 1", "the after-party| 1| 1",
        "nothing at all| 1| 0", "ſo far| 0| 2", "so far| 5| 0", "so far| -1| 0"})
    void isTheLongestPhraseStartingThereIgnoringCase(String text, int token, int expected) {
      assertEquals(expected, phrases.lengthAt(words(text), token));
    }
  }

  @Nested
  class WhenAFirstWordIsNotAscii {
    // ignoring case, "ſo" (long s) is "so" and "Kill" (Kelvin sign) is "kill", though lowered they differ:
    // the first-word look-up must not turn the plain words away
    private final java.util.Set<String> entries = java.util.Set.of("ſo far", "Kill them");
    private final Phrases phrases = Phrases.of(new CasualtyPatterns.WordClass("odd_first_words", entries,
        java.util.Map.of(), new WordSet(entries)));

    @ParameterizedTest(name = "\"{0}\" at token {1}: {2} tokens")
    @CsvSource(delimiter = '|', value = {
        "so far| 0| 2", "they said so far| 2| 2", "SO FAR| 0| 2", "kill them| 0| 2", "ſo far| 0| 2",
        "so then| 0| 0", "far so| 0| 0"})
    void aPlainWordEqualToItIgnoringCaseStartsThePhraseAsBefore(String text, int token, int expected) {
      assertEquals(expected, phrases.lengthOfAnyAt(words(text), token), "every phrase tried");
      assertEquals(expected, phrases.lengthAt(words(text), token));
    }
  }

  // words of the bundled classes, their case changed, and others
  private static final String[] PIECES = {
    "according", "to", "ACCORDING", "To", "so", "far", "So", "FAR", "a", "day", "after", "Day",
    "before", "the", "said", "police", "ſo", "caf\u00e9", "-", ",", ".", "12", "since", "yet"
  };

  @Test
  void findsWhatTryingEveryPhraseFindsAtEveryTokenOfAnySentence() {
    List<Phrases> classes = List.of(TOLD, Phrases.of("day_after"), Phrases.of("day_before"),
        Phrases.of("total_marker"), Phrases.of("whole_marker"));
    qt().withExamples(2000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 30))
        .checkAssert(picks -> {
          StringBuilder b = new StringBuilder();
          for (int p : picks) {
            b.append(PIECES[p]).append(' ');
          }
          Words w = words(b.toString());
          for (Phrases phrases : classes) {
            for (int k = -1; k <= w.size; k++) {
              assertEquals(phrases.lengthOfAnyAt(w, k), phrases.lengthAt(w, k), "at " + k + " of '" + b + "'");
            }
          }
        });
  }
}
