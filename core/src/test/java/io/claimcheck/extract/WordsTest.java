package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.claimcheck.internal.TextTokens;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final String TEXT = "Rescuers searched the collapsed market hall all night. Nine died.";

  /** The words of {@code text} as one sentence, for the tests that read words at a token. */
  static Words sentence(String text) {
    return new Words(text, TextTokens.of(text), 0, text.length());
  }

  @Test
  void aRefilledSentenceHoldsOnlyItsOwnWordsAndCountsAsAnotherSentence() {
    TextTokens tokens = TextTokens.of(TEXT);
    int second = TEXT.indexOf("Nine");
    Words w = new Words(TEXT, tokens, 0, second - 1);
    assertEquals("rescuers", w.at(0));
    assertEquals("Rescuers", w.span(0, 1));
    assertEquals("night", w.at(7));
    int generation = w.generation;

    w.read(tokens, second, TEXT.length());

    assertNotEquals(generation, w.generation, "a matcher that saw the first sentence must read this one again");
    assertEquals(3, w.size);
    assertEquals("nine", w.at(0));
    assertEquals("Nine", w.span(0, 1));
    assertEquals("died", w.at(1));
    assertEquals(".", w.at(2));
    assertEquals("", w.at(7), "no word of the sentence before is left beyond this one's end");
  }
}
