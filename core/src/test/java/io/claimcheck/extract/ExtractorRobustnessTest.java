package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Any text gives claims or nothing, never an exception, and claims point into the text. */
class ExtractorRobustnessTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
  private static final Duration HANG = Duration.ofSeconds(60);

  private static List<Claim> extract(String text) {
    return EXTRACTOR.extract(new Document(new Source("d", "Outlet", LocalDate.of(2016, 2, 22), null, null), text));
  }

  static void assertWellFormed(String text) {
    for (Claim c : extract(text)) {
      assertTrue(c.evidence().start() >= 0 && c.evidence().end() <= text.length());
      assertEquals(c.quantity().text(), text.substring(c.evidence().start(), c.evidence().end()));
    }
  }

  @Test
  void anyUnicodeStringIsSafe() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(ExtractorRobustnessTest::assertWellFormed);
  }

  @Test
  void newsLikeWordSoupIsSafe() {
    Gen<String> words = arbitrary().pick(
        "killed", "at least", "87", "people", "in", "Damascus", "and", "Homs", "on", "Sunday", ",", ".", "said",
        "the", "monitoring group", "were", "wounded", "another", "city", "same", "district", "toll", "rose", "to",
        "including", "children", "according to", "Reuters", "\n", "-", "dozens", "a day after", "last month",
        "has killed", "war", "since", "2011", "no", "one", "bodies of", "shot dead", "(", ")", "\"", "Syria",
        "Feb.", "21", "left", "dead", "missing", "evacuated", "arrested", "more than a quarter of a million");
    Gen<String> soup = lists().of(words).ofSizeBetween(0, 60).map(l -> String.join(" ", l));
    qt().withExamples(3000).forAll(soup).checkAssert(ExtractorRobustnessTest::assertWellFormed);
  }

  /**
   * A sentence longer than the extractor reads at once is cut at a space; wherever the cut falls,
   * inside a figure ("one hundred"), between a figure and its measure word, or between the verb
   * and its figure, every claim is still found once.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "shifted by {0} characters")
  @org.junit.jupiter.params.provider.ValueSource(ints = {0, 3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 59,
      63, 67, 71, 75})
  void noClaimIsLostWhereAVeryLongSentenceIsCut(int shift) {
    String clause = "a mudslide in the valley killed at least one hundred and twelve people and the flood ";
    int repeats = 3 * Sentences.MAX_CHARS / clause.length() + 1;
    String text = "x".repeat(shift + 1) + " " + clause.repeat(repeats);
    List<Claim> claims = extract(text);
    assertEquals(repeats, claims.size(), "claims in a " + text.length() + "-character sentence");
    assertEquals(repeats, claims.stream().map(c -> c.evidence().start()).distinct().count());
    for (Claim c : claims) {
      assertEquals("at least one hundred and twelve", c.quantity().text());
      assertEquals("killed", c.measure().name());
    }
  }

  @Test
  void aClaimInAVeryLongSentenceQuotesTheWordsAroundItsFigureNotTheWholeSentence() {
    String clause = "the storm flattened houses along the shore and ";
    String text = clause.repeat(60) + "it killed 23 people in the harbour town " + clause.repeat(60) + "then passed.";
    Claim claim = extract(text).get(0);
    String quote = claim.evidence().sentence();
    assertTrue(quote.length() <= DocumentRun.MAX_QUOTE + 2, quote.length() + " characters");
    assertTrue(quote.startsWith("\u2026") && quote.endsWith("\u2026"), quote);
    assertTrue(quote.contains("it killed 23 people in the harbour town"), quote);
    assertTrue(text.contains(quote.substring(1, quote.length() - 1)), "the quote is the text's own words");
  }

  @Test
  void aSentenceOfOrdinaryLengthIsQuotedWhole() {
    String text = "The storm flattened houses along the shore, and it killed 23 people in the harbour town.";
    assertEquals(text, extract(text).get(0).evidence().sentence());
  }

  @Test
  void tenMegabytesWithoutAFullStopFinish() {
    String text = "bombs killed at least 87 people in Damascus on Sunday and ".repeat(180_000);
    assertTrue(text.length() > 10_000_000);
    List<Claim> claims = assertTimeoutPreemptively(HANG, () -> extract(text));
    assertEquals(180_000, claims.size());
  }

  /**
   * A day phrase before every figure of a two-megabyte text with no full stop: the search for the
   * phrase is bounded before each figure, so the text finishes, and each figure reads as it does
   * alone, its date moved by its own phrase and by no earlier one.
   */
  @Test
  void twoMegabytesOfDayPhrasesFinishAndEachFigureReadsAsItDoesAlone() {
    String clause = "a day after the storm of 4 February, 30 people were dead and ";
    io.claimcheck.claim.PartialDate alone = extract(clause).get(0).scope().date();
    String text = clause.repeat(2_000_000 / clause.length() + 1);
    List<Claim> claims = assertTimeoutPreemptively(HANG, () -> extract(text));
    assertEquals(2_000_000 / clause.length() + 1, claims.size());
    for (Claim c : claims) {
      assertEquals(alone, c.scope().date());
    }
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} clauses between the phrase and the figure: moved {1}")
  @org.junit.jupiter.params.provider.CsvSource({"0, true", "2, true", "3, false", "40, false"})
  void aDayPhraseIsReadOnlyWithinItsReachBeforeTheFigure(int clauses, boolean moved) {
    // "rivers rose ," is 3 tokens: the phrase's first word is 9 + 3 * clauses tokens before the figure
    String text = "A day after the storm of 4 February, " + "rivers rose, ".repeat(clauses) + "30 people were dead.";
    assertTrue(9 + 3 * clauses <= DocumentRun.DAY_PHRASE_REACH == moved);
    assertEquals(io.claimcheck.claim.PartialDate.parse(moved ? "2016-02-05" : "2016-02-04"),
        extract(text).get(0).scope().date());
  }

  @Test
  void htmlLeftInTheTextIsHarmless() {
    String html = "<div class=\"story\"><p>Bombs <b>killed at least 87 people</b> in Damascus on Sunday,"
        + " the Syrian Observatory for Human Rights said.</p><script>var x = 5;</script>&nbsp;&amp;</div>";
    List<Claim> claims = extract(html);
    assertEquals(1, claims.size());
    assertEquals("at least 87", claims.get(0).quantity().text());
  }
}
