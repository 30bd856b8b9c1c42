package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextTokensTest {
  private static List<String> tokens(String text) {
    TextTokens t = TextTokens.of(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; t.has(i); i++) {
      out.add(text.substring(t.start(i), t.end(i)));
    }
    return out;
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("At least 87 died.", List.of("At", "least", "87", "died", ".")),
        Arguments.of("290,000 people", List.of("290", ",", "000", "people")),
        Arguments.of("an A380 and 3k", List.of("an", "A380", "and", "3k")),
        Arguments.of("Zoë's café", List.of("Zoë", "'", "s", "café")),
        Arguments.of("40\u00A0000\u202Fmen", List.of("40", "000", "men")),
        Arguments.of("\uFEFFtwo\u0085three", List.of("\uFEFF", "two", "\u0085", "three")),
        // a figure run into the next label of a scraped list: "12Peru:" is 12 and Peru
        Arguments.of("Chile: 12Peru: 4", List.of("Chile", ":", "12", "Peru", ":", "4")),
        Arguments.of("Total: 1,204New Zealand: 9", List.of("Total", ":", "1", ",", "204", "New", "Zealand", ":", "9")),
        // no list: a word glued to digits stays one word
        Arguments.of("Chile 12Peru: 4", List.of("Chile", "12Peru", ":", "4")),
        Arguments.of("Model: 3Series cars", List.of("Model", ":", "3Series", "cars")),
        Arguments.of("Gate: 12B: closed", List.of("Gate", ":", "12B", ":", "closed")),
        Arguments.of("", List.of()),
        Arguments.of(" \n\t ", List.of()));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("texts")
  void wordsAreRunsOfLettersAndDigitsAndEveryOtherVisibleCharacterIsAMarkOfItsOwn(String text, List<String> expected) {
    assertEquals(expected, tokens(text));
  }

  @Nested
  class Flags {
    private final String text = "Dead: 41\nInjured  120";
    private final TextTokens t = TextTokens.of(text);

    Flags() {
      t.size();
    }

    @Test
    void aWordKnowsItIsAWordAndWhetherItIsCapitalisedAndOfAsciiLettersOnly() {
      assertEquals(TextTokens.WORD | TextTokens.CAPITAL | TextTokens.LETTERS, t.flags(0));
      assertFalse(t.isWord(1));
      assertTrue(t.isWord(2));
      assertEquals(0, t.flags(2) & TextTokens.LETTERS);
    }

    @Test
    void aTokensHashIsTheHashOfItsTextWithAsciiCapitalsLowered() {
      for (int i = 0; i < t.size(); i++) {
        assertEquals(TextTokens.hash(text, t.start(i), t.end(i)), t.hash(i));
      }
      assertEquals(TextTokens.hash("dead", 0, 4), t.hash(0));
      assertEquals(':', t.hash(1));
    }

    @Test
    void theSpaceOrLineBreakBeforeATokenIsOnIt() {
      assertEquals(0, t.flags(1) & (TextTokens.SPACE_BEFORE | TextTokens.BREAK_BEFORE));
      assertEquals(TextTokens.SPACE_BEFORE, t.flags(2) & (TextTokens.SPACE_BEFORE | TextTokens.BREAK_BEFORE));
      assertEquals(TextTokens.SPACE_BEFORE | TextTokens.BREAK_BEFORE,
          t.flags(3) & (TextTokens.SPACE_BEFORE | TextTokens.BREAK_BEFORE));
      assertEquals(5, t.size());
    }
  }

  @Nested
  class Positions {
    private final String text = "Dead: 41, injured 120.";
    private final TextTokens t = TextTokens.of(text);

    @Test
    void theTokenAtAnOffsetIsTheFirstStartingThereOrAfter() {
      assertEquals(0, t.indexAt(0));
      assertEquals(1, t.indexAt(2)); // inside "Dead": the next token
      assertEquals(2, t.indexAt(5)); // in the space before "41"
      assertEquals(t.size(), t.indexAt(text.length()));
    }

    @Test
    void theTokenHoldingAnOffsetIsTheOneAroundIt() {
      assertEquals(0, t.indexHolding(2));
      assertEquals(2, t.indexHolding(5));
      assertEquals(t.size(), t.indexHolding(text.length()));
    }

    @Test
    void aGuessOfWhereTheTokenIsIsTakenOnlyWhenItIsRight() {
      // "Dead" ":" "41" "," "injured" "120" "."
      assertEquals(2, t.indexHolding(5, 2)); // right
      assertEquals(2, t.indexHolding(5, 4)); // wrong, after it
      assertEquals(2, t.indexHolding(5, 0)); // wrong, before it
      assertEquals(2, t.indexHolding(5, -1));
      assertEquals(2, t.indexHolding(5, 99));
      assertEquals(4, t.indexAt(10, 0)); // "injured", from the first token on
      assertEquals(4, t.indexAt(10, 6)); // from after it: searched
      assertEquals(t.size(), t.indexAt(text.length(), 3));
    }

    @Test
    void withAGuessAnyOffsetGivesTheTokenItGivesWithout() {
      String[] pieces = {"At", "least", "87", "died", ".", "290,000", "Zo\u00eb's", "\n", "  ", "A380", "caf\u00e9", ",", "x"};
      org.quicktheories.QuickTheory.qt().withExamples(2000)
          .forAll(org.quicktheories.generators.SourceDSL.lists().of(
              org.quicktheories.generators.SourceDSL.integers().between(0, pieces.length - 1)).ofSizeBetween(0, 200),
              org.quicktheories.generators.SourceDSL.integers().between(-3, 400),
              org.quicktheories.generators.SourceDSL.integers().between(-3, 400))
          .checkAssert((picks, offset, guess) -> {
            StringBuilder b = new StringBuilder();
            for (int k : picks) {
              b.append(pieces[k]).append(k % 3 == 0 ? "" : " ");
            }
            String text = b.toString();
            int at = Math.min(Math.max(0, offset), text.length());
            TextTokens plain = TextTokens.of(text);
            TextTokens guessed = TextTokens.of(text);
            guessed.indexAt(Math.min(Math.max(0, guess), text.length()), 0); // what the reader before it read last
            assertEquals(plain.indexHolding(at), guessed.indexHolding(at, guess), () -> "holding " + at + " of '" + text + "'");
            assertEquals(plain.indexAt(at), guessed.indexAt(at, guess), () -> "at " + at + " of '" + text + "'");
          });
    }
  }

  @Nested
  class Window {
    @Test
    void aWindowForgetsTheTokensReleasedAndKeepsTheirIndexes() {
      String text = "word ".repeat(5000);
      TextTokens t = TextTokens.window(text);
      assertTrue(t.has(3000));
      t.release(2990);
      assertFalse(t.has(10));
      assertTrue(t.has(2995));
      assertEquals(5000, t.size());
      assertEquals(5 * 4999, t.start(4999));
    }

    @Test
    void aGuessOfWhereATokenIsIsCheckedAgainstTheTokensHeldAfterARelease() {
      String text = "word ".repeat(5000);
      TextTokens t = TextTokens.window(text);
      assertTrue(t.has(3000));
      t.release(2990);
      int offset = 5 * 2995 + 2; // inside token 2995
      for (int guess : new int[] {2995, 2994, 2996, 0, 10, 2989, 2990, 5000, -1}) {
        assertEquals(2995, t.indexHolding(offset, guess), "guess " + guess);
        assertEquals(2996, t.indexAt(offset, guess < 0 ? 0 : guess), "from " + guess);
      }
    }

    @Test
    void keptTokensAreNeverForgotten() {
      String text = "word ".repeat(5000);
      TextTokens t = TextTokens.of(text);
      assertTrue(t.has(3000));
      t.release(2990);
      assertTrue(t.has(10));
      assertEquals(50, t.start(10));
    }
  }

  @Nested
  class InTheArraysOfSpentTokens {
    /** Every token of {@code t} with its span, hash and flags, the whole text lexed. */
    private List<String> all(TextTokens t) {
      List<String> out = new ArrayList<>();
      for (int i = 0; t.has(i); i++) {
        out.add(t.start(i) + "-" + t.end(i) + " " + t.hash(i) + " " + t.flags(i));
      }
      return out;
    }

    @Test
    void aTextLexedIntoTheArraysOfAnotherHasTheTokensItHasAlone() {
      String[] pieces = {"At", "least", "87", "died", ".", "290,000", "Zo\u00eb's", "\n", "\uFEFF", "12Peru:", "A380", "caf\u00e9", " "};
      org.quicktheories.QuickTheory.qt().withExamples(2000)
          .forAll(org.quicktheories.generators.SourceDSL.lists().of(
              org.quicktheories.generators.SourceDSL.integers().between(0, pieces.length - 1)).ofSizeBetween(0, 60),
              org.quicktheories.generators.SourceDSL.lists().of(
              org.quicktheories.generators.SourceDSL.integers().between(0, pieces.length - 1)).ofSizeBetween(0, 60))
          .checkAssert((a, b) -> {
            String first = text(a, pieces);
            String second = text(b, pieces);
            TextTokens spent = TextTokens.of(first);
            spent.size();
            TextTokens again = TextTokens.of(second, spent);
            assertEquals(all(TextTokens.of(second)), all(again), () -> "'" + second + "' after '" + first + "'");
            assertEquals(second, again.text().toString());
          });
    }

    private String text(List<Integer> picks, String[] pieces) {
      StringBuilder b = new StringBuilder();
      for (int k : picks) {
        b.append(pieces[k]).append(k % 3 == 0 ? "" : " ");
      }
      return b.toString();
    }

    @Test
    void theArraysAreTakenWhenTheyAreLargeEnoughAndTheSpentTokensReadNoMore() {
      TextTokens spent = TextTokens.of("one two three four five six seven eight nine ten");
      spent.size();
      TextTokens shorter = TextTokens.of("nine dead", spent);
      assertEquals(2, shorter.size());
      assertEquals('d', shorter.charAt(5));
      assertFalse(spent.has(0), "spent tokens are not read again");
      TextTokens longer = TextTokens.of("a much longer text than the one before it, by far", shorter);
      assertEquals(12, longer.size());
    }

    @Test
    void onlyKeptTokensOfATextNoLargerThanTheLimitAreKept() {
      assertTrue(TextTokens.of("12 dead").spareable());
      assertFalse(TextTokens.window("12 dead").spareable());
      assertFalse(TextTokens.of("x".repeat(TextTokens.SPARE_LIMIT + 1)).spareable());
    }

    @Test
    void tokensOfATextDenseWithMarksAreNotKeptThoughItsCharactersAreFew() {
      // a mark a character grows the token arrays to a slot a character, four times what a text of words takes
      TextTokens marks = TextTokens.of(",".repeat(TextTokens.SPARE_LIMIT / 2));
      marks.size();
      assertTrue(marks.capacity() > TextTokens.SPARE_TOKENS, () -> marks.capacity() + " slots");
      assertFalse(marks.spareable());
      TextTokens words = TextTokens.of("word ".repeat(TextTokens.SPARE_LIMIT / 5));
      words.size();
      assertTrue(words.spareable(), () -> words.capacity() + " slots");
    }

    @Test
    void aSparedTextsArraysGoToTheThreadsNextTextAndItsTextIsLetGo() {
      Spares.forgetAll();
      TextTokens first = TextTokens.ofSpare("word ".repeat(1000));
      first.size();
      int slots = first.capacity();
      first.spare();
      assertEquals(0, first.text().length(), "a spare holds no document");
      assertFalse(first.has(0));
      TextTokens next = TextTokens.ofSpare("nine dead");
      assertEquals(slots, next.capacity(), "lexed into the spared arrays");
      assertEquals(2, next.size());
      next.spare();
      TextTokens marks = TextTokens.of(",".repeat(TextTokens.SPARE_LIMIT / 2));
      marks.size();
      marks.spare(); // too many tokens: not kept
      assertEquals(slots, TextTokens.ofSpare("nine dead").capacity(), "the spare before is still there");
    }

    @Test
    void aThreadForgetsItsSparesWhenToldTo() {
      TextTokens first = TextTokens.ofSpare("word ".repeat(1000));
      first.size();
      first.spare();
      Spares.forgetAll();
      assertEquals(16 + 9 / 4, TextTokens.ofSpare("nine dead").capacity(), "new arrays, sized for the text");
    }
  }
}
