package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StringSetTest {
  @Test
  void addsEachStringOnceAndTellsWhetherItWasNew() {
    StringSet set = new StringSet();
    assertTrue(set.add("doc1#1"));
    assertTrue(set.add("doc1#2"));
    assertFalse(set.add("doc1#1"));
    assertEquals(2, set.size());
    assertTrue(set.contains("doc1#2"));
    assertFalse(set.contains("doc1#3"));
  }

  @Test
  void holdsMillionsThroughItsGrowth() {
    StringSet set = new StringSet();
    for (int i = 0; i < 300_000; i++) {
      assertTrue(set.add("doc" + i + "#1"));
    }
    for (int i = 0; i < 300_000; i += 7) {
      assertFalse(set.add("doc" + i + "#1"));
      assertTrue(set.contains("doc" + i + "#1"));
    }
    assertEquals(300_000, set.size());
    set.clear();
    assertEquals(0, set.size());
    assertFalse(set.contains("doc1#1"));
  }

  @Test
  void answersAsAHashSetDoes() {
    qt().withExamples(300).forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 4)).ofSizeBetween(0, 200))
        .checkAssert((List<String> words) -> {
          StringSet set = new StringSet();
          Set<String> expected = new HashSet<>();
          for (String w : words) {
            assertEquals(expected.add(w), set.add(w), w);
          }
          assertEquals(expected.size(), set.size());
          for (String w : words) {
            assertTrue(set.contains(w + ""));
            assertEquals(expected.contains(w + "x"), set.contains(w + "x"));
          }
        });
  }
}
