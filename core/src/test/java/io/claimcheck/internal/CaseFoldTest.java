package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CaseFoldTest {
  @ParameterizedTest(name = "''{0}'' at {1} against ''{2}'': {3}")
  @CsvSource({
    "\u201cKilled\u201d they said, 1, killed, true",
    "\u201cKilled\u201d they said, 1, KILLED, true",
    "\u201cKilled\u201d they said, 0, killed, false",
    "Stra\u00dfe, 0, STRASSE, false",
    "caf\u00c9 \u2019, 0, caf\u00e9, true",
    "\u0130stanbul, 0, istanbul, true",
    "wounded, 3, nde, true",
    "wounded, 5, edx, false",
    "[@`{, 0, [@`{, true",
    "[@`{, 0, {`@[, false",
  })
  void comparesAsStringDoes(String text, int from, String word, boolean same) {
    assertEquals(same, CaseFold.regionMatches(text, from, word));
    assertEquals(text.regionMatches(true, from, word, 0, word.length()), CaseFold.regionMatches(text, from, word));
  }

  @Test
  void agreesWithStringOnAnyTextAndWord() {
    // letters of many scripts, ASCII punctuation next to letters, curly quotes and dashes
    String alphabet = "aAzZ@[`{ \u00e9\u00c9\u00df\u0130\u0131iIkK\u212a\u03c3\u03a3\u03c2\u2019\u201c\u2014\u00ff\u0178";
    qt().forAll(strings().betweenCodePoints(0, alphabet.length() - 1).ofLengthBetween(0, 12),
            strings().betweenCodePoints(0, alphabet.length() - 1).ofLengthBetween(0, 5), integers().between(-1, 13))
        .checkAssert((t, w, from) -> {
          String text = map(t, alphabet);
          String word = map(w, alphabet);
          assertEquals(text.regionMatches(true, from, word, 0, word.length()), CaseFold.regionMatches(text, from, word),
              () -> "'" + text + "' at " + from + " against '" + word + "'");
        });
  }

  /** Code points 0..n read as indexes into the alphabet. */
  private static String map(String indexes, String alphabet) {
    StringBuilder sb = new StringBuilder();
    indexes.codePoints().forEach(i -> sb.append(alphabet.charAt(i)));
    return sb.toString();
  }
}
