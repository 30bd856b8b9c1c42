package io.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void everyWordThatMayStartAPhraseIsLookedUpAsItIsLexed() {
    WordTable table = NumberFinder.standard().words;
    int starting = 0;
    for (int id = 1; id < table.size(); id++) {
      Word w = table.word(id);
      if (w.startsPhrase) {
        starting++;
        assertTrue(table.mayStartPhrase(WordTable.hash(w.text)), w.text);
      }
    }
    assertTrue(starting > 100, "words that start a phrase: " + starting);
  }
}
