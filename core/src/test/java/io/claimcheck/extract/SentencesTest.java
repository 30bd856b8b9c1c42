package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** The sentence splitter, which reads a text's tokens, against its definition character by character. */
class SentencesTest {
  /**
   * The definition: a sentence ends at a line break, at {@code . ! ?} that ends a sentence, or,
   * once {@link Sentences#MAX_CHARS} long, at white space (marked as a cut); bounds are trimmed
   * of white space and empty ones dropped.
   */
  private static Sentences.Split byCharacters(String text) {
    List<Integer> pairs = new ArrayList<>();
    BitSet cuts = new BitSet();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        add(text, start, i, pairs);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && Sentences.endsSentence(text, i)) {
        add(text, start, i + 1, pairs);
        start = i + 1;
      } else if (i - start >= Sentences.MAX_CHARS && Character.isWhitespace(c)) {
        if (add(text, start, i + 1, pairs)) {
          cuts.set(pairs.size() / 2 - 1);
        } else if (!pairs.isEmpty()) {
          cuts.set(pairs.size() / 2 - 1);
        }
        start = i + 1;
      }
    }
    add(text, start, text.length(), pairs);
    return new Sentences.Split(pairs.stream().mapToInt(Integer::intValue).toArray(), cuts);
  }

  private static boolean add(String text, int s, int e, List<Integer> pairs) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      pairs.add(s);
      pairs.add(e);
      return true;
    }
    return false;
  }

  private static final Gen<String> PIECES = arbitrary().pick(List.of(
      "word", "Word", "12", "3.5", ".", "!", "?", "Mr.", "U.S.", "J.", "e.g.", " ", "  ", "\t", "\n", "\r\n",
      "\u2028", "\u2029", "\u00a0", "\u2009", "\u3000", "\u0085", "\"", "\u201d", "'", ")", "(", "\u201c",
      "caf\u00e9", "\u00c9t\u00e9", "\u0663", "\uD83D\uDE00", "\u0000", ",", "-", "\u2026",
      "word ".repeat(820), "Long.".repeat(900), "\u00a0".repeat(4100)));

  @Test
  void splitsWhereTheDefinitionCharacterByCharacterSplits() {
    Gen<String> texts = lists().of(PIECES).ofSizeBetween(0, 60).map(l -> String.join("", l));
    qt().withExamples(2000).forAll(texts).checkAssert(text -> {
      Sentences.Split want = byCharacters(text);
      Sentences.Split got = Sentences.split(text);
      assertArrayEquals(want.bounds(), got.bounds(), () -> "bounds of '" + text + "'");
      assertEquals(want.cut(), got.cut(), () -> "cuts of '" + text + "'");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Two fell. Three rose.|2",
      "Mr. Smith left. He came back.|2",
      "He left at 5 p.m. yesterday|1",
      "first line\\nsecond line|2",
      "Is it? Yes!|2",
  })
  void countsSentencesOfPlainProse(String text, int sentences) {
    assertEquals(sentences, Sentences.split(text.replace("\\n", "\n")).count());
  }

  /** Every entry of the abbreviation class: its full stop before a capital ends no sentence. */
  @Test
  void everyAbbreviationOfItsClassEndsNoSentenceAndAnotherWordDoes() {
    List<String> abbreviations = List.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpl",
        "maj", "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
        "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
        "approx", "est", "fig", "al", "u.s", "u.n", "u.k", "e.g", "i.e");
    assertEquals(new java.util.TreeSet<>(abbreviations),
        new java.util.TreeSet<>(CasualtyPatterns.standard().wordClass("abbreviation").words()), "the entries read here");
    for (String a : abbreviations) {
      String word = Character.toUpperCase(a.charAt(0)) + a.substring(1);
      assertEquals(1, Sentences.split("They met " + word + ". Varn in Elda.").count(), word);
    }
    assertEquals(2, Sentences.split("They met Varn. Elda was calm.").count(), "a word of no class");
  }

  @Nested
  class BlankLines {
    @Test
    void aLineOfOnlySpacesBetweenTwoBreaksIsBlank() {
      assertTrue(DocumentRun.blankLine("end.\n \t\u00a0\r\nNext", 0, 14));
      assertTrue(DocumentRun.blankLine("end.\n\nNext", 0, 10));
    }

    @Test
    void oneBreakOrABreakAfterOtherCharactersIsNot() {
      assertFalse(DocumentRun.blankLine("end.\nNext", 0, 9));
      assertFalse(DocumentRun.blankLine("end.\n x\nNext", 0, 12));
      assertFalse(DocumentRun.blankLine("end.\n \r\r\nNext", 0, 12));
      assertFalse(DocumentRun.blankLine("a\n\nb", 2, 4)); // the breaks outside the stretch
    }
  }
}
