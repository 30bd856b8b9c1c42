package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The word classes of {@code casualty-patterns.yaml} that the extractor's code reads (places,
 * sources, noun phrases), as data: each is in the file, and sentences of our own that need its
 * words read as they must (they fail when a class loses the word they use).
 */
class ExtractorWordsTest {
  private static final List<String> READ_BY_CODE = List.of("distance_unit", "compass", "parent_by", "parent_link",
      "distance_link", "article", "place_noun", "name_article", "nationals", "people_after_country", "noun_stop",
      "relative", "clause_opener", "subordinator", "pronoun_source", "leading_saying", "not_source_start",
      "source_head", "locative", "place_filler", "event_noun", "war_word", "war_modified", "speaking_venue", "saying",
      "organisation_head", "according_to", "total_marker", "whole_marker", "day_after", "day_before", "war_perfect",
      "war_no_head", "pronoun", "bare_source", "item_hedge");
  /** The classes the code reads as phrases ({@link Phrases}); the others it reads one token at a time. */
  private static final List<String> READ_AS_PHRASES = List.of("according_to", "total_marker", "whole_marker",
      "day_after", "day_before");

  private static Claim only(String text) {
    List<Claim> claims = all(text);
    assertEquals(1, claims.size(), claims::toString);
    return claims.get(0);
  }

  private static List<Claim> all(String text) {
    List<Claim> claims = new ArrayList<>();
    ClaimExtractor.standard().extract(new Document(new Source("s", "test", LocalDate.of(2024, 3, 9), null, null),
        text), claims::add);
    return claims;
  }

  private static CasualtyPatterns.WordClass wordClass(String name) {
    return CasualtyPatterns.standard().wordClass(name);
  }

  @Test
  void everyClassTheCodeReadsIsInTheFileAndHasWordsAndOnlyPhraseClassesHavePhrases() {
    for (String name : READ_BY_CODE) {
      CasualtyPatterns.WordClass c = READ_AS_PHRASES.contains(name) ? CasualtyPatterns.standard().phraseClass(name)
          : CasualtyPatterns.standard().wordClass(name); // refuses a class with a phrase
      assertFalse(c.words().isEmpty(), name);
    }
  }

  /**
   * Each phrase class, entry by entry: the test names every entry (so the class and the test must
   * agree), and a sentence built around each must read as the entry makes it read.
   */
  @Nested
  class EveryEntryOfAPhraseClass {
    private void listsTheClass(String name, List<String> entries) {
      assertEquals(new java.util.TreeSet<>(CasualtyPatterns.standard().phraseClass(name).words()),
          new java.util.TreeSet<>(entries), name + ": the entries this test reads");
    }

    private static final List<String> TOTAL = List.of("so far", "to date", "in total", "overall", "altogether");
    private static final List<String> WHOLE = List.of("overall", "nationwide", "altogether", "in total");
    private static final List<String> DAY_AFTER = List.of("a day after", "one day after", "the day after");
    private static final List<String> DAY_BEFORE = List.of("a day earlier", "a day before", "the day earlier",
        "the day before", "the previous day");

    @Test
    void theTestsListEveryEntry() {
      listsTheClass("total_marker", TOTAL);
      listsTheClass("whole_marker", WHOLE);
      listsTheClass("day_after", DAY_AFTER);
      listsTheClass("day_before", DAY_BEFORE);
      listsTheClass("according_to", List.of("according to"));
    }

    @ParameterizedTest(name = "total_marker {0}")
    @org.junit.jupiter.params.provider.FieldSource("TOTAL")
    void aTotalMarkerWithAYearMakesTheCountCumulative(String entry) {
      assertEquals(io.claimcheck.claim.TimeScope.INCIDENT,
          only("Cholera has killed 300 people in 2023, the health ministry said.").scope().timeScope());
      assertEquals(io.claimcheck.claim.TimeScope.CUMULATIVE,
          only("Cholera has killed 300 people in 2023 " + entry + ", the health ministry said.").scope().timeScope());
    }

    @ParameterizedTest(name = "whole_marker {0}")
    @org.junit.jupiter.params.provider.FieldSource("WHOLE")
    void aWholeMarkerMakesATollWithoutAPlaceTheCountrys(String entry) {
      String text = "Floods hit Lyon in France on Monday. In Lyon, 12 people died. The toll rose to 40 " + entry + ".";
      List<Claim> claims = all(text);
      assertEquals(List.of("France"), claims.get(claims.size() - 1).scope().locations());
    }

    @ParameterizedTest(name = "day_after {0}")
    @org.junit.jupiter.params.provider.FieldSource("DAY_AFTER")
    void aDayAfterDatesTheCountTheDayAfterWhatItNames(String entry) {
      String text = "The storm struck Lyon on Monday. " + capital(entry) + " the storm, 30 people were dead.";
      assertEquals(io.claimcheck.claim.PartialDate.parse("2024-03-05"), only(text).scope().date());
    }

    @ParameterizedTest(name = "day_before {0}, after the figure")
    @org.junit.jupiter.params.provider.FieldSource("DAY_BEFORE")
    void aDayBeforeAfterAFigureDatesItTheDayBeforeTheSentences(String entry) {
      String text = "The number of dead has climbed to 63, the disaster office said on Thursday, up from 41 " + entry
          + ".";
      Claim c = all(text).stream().filter(x -> x.quantity().text().equals("41")).findFirst().orElseThrow();
      assertEquals(io.claimcheck.claim.PartialDate.parse("2024-03-06"), c.scope().date());
    }

    @ParameterizedTest(name = "day_before {0}, before the figure")
    @org.junit.jupiter.params.provider.FieldSource("DAY_BEFORE")
    void aDayBeforeBeforeAFigureDatesItTheDayBeforeTheLastDateNamed(String entry) {
      String text = "The storm struck Lyon on Monday. " + capital(entry) + ", 30 people had died in floods.";
      assertEquals(io.claimcheck.claim.PartialDate.parse("2024-03-03"), only(text).scope().date());
    }

    @Test
    void accordingToNamesTheSource() {
      assertEquals("police", only("Twelve people died in Lyon, according to police.").attributedTo().orElse(""));
      assertEquals("police", only("According to police, 12 people died in Lyon.").attributedTo().orElse(""));
    }

    private String capital(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }

  @ParameterizedTest(name = "{0} -> in {1}")
  @CsvSource(delimiter = '|', value = {
      // distance_unit, compass, distance_link
      "A landslide killed 12 people in Kellin, 10 km north-east of Lyon on Monday.|Kellin, Lyon",
      "A landslide killed 12 people in Kellin, 40 miles from Lyon on Monday.|Kellin, Lyon",
      // parent_by
      "A landslide killed 12 people in Kellin near Lyon on Monday.|Kellin, Lyon",
      // article, place_noun, parent_link
      "A landslide killed 12 people in Kellin, a northern suburb of Lyon, on Monday.|Kellin, Lyon",
      // name_article, locative
      "Shelling killed 12 people in Al Qusayr on Monday.|Al Qusayr",
      // event_noun: a place that modifies the event's noun is where it happened
      "The Lyon bombing killed 60 people, police said.|Lyon",
  })
  void placesAreReadWithTheWordsOfTheirClasses(String sentence, String place) {
    assertEquals(List.of(place), only(sentence).scope().locations());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // source_head, and a source after the figure
      "At least 60 people were killed in Lyon, a hospital official said.|hospital official",
      // leading_saying
      "Officials say 60 were killed in the blast in Lyon.|Officials",
      // pronoun_source: a pronoun is no body
      "At least 60 people were killed in Lyon, he said.|",
      // organisation_head, saying
      "The war has killed 290,000 people, the monitoring group said.|monitoring group",
      // according_to, after the figure and before it
      "At least 60 people were killed in Lyon, according to police.|police",
      "According to the regional ministry, 60 people were killed in Lyon.|regional ministry",
      // pronoun: a capitalised pronoun is no name
      "He said 60 people were killed in Lyon.|",
      "They said 60 people were killed in Lyon.|",
      // bare_source: a bare plural that is the attribution
      "At least 60 people were killed in Lyon, witnesses said.|witnesses",
      "At least 60 people were killed in Lyon, sources said.|",
      // a sentence's first word, capitalised as such, of a phrase ending in a source_head word
      "Mountain rescue workers said 60 were killed in Lyon.|Mountain rescue workers",
      "Regional hospital officials said 60 were killed in Lyon.|Regional hospital officials",
      // a name before a source_head word it does not start a phrase with stays the name
      "Officials of Lyon said 60 were killed in the blast.|Officials of Lyon",
      "Interpol said 60 were killed in Lyon.|Interpol",
  })
  void sourcesAreReadWithTheWordsOfTheirClasses(String sentence, String attribution) {
    assertEquals(attribution == null ? "" : attribution, only(sentence).attributedTo().orElse(""));
  }

  @Test
  void nationalsAfterOfNameTheCountrysPeopleAndACountryBeforeTroopsIsNoPlace() {
    assertEquals("Chile", only("Among those aboard were 43 citizens of Chile.").subject());
    Claim troops = only("A roadside bomb killed 12 US troops on Monday.");
    assertEquals(List.of(), troops.scope().locations(), "people_after_country: US modifies troops");
  }

  @Test
  void aConjunctionBeforeASourceIsNoPartOfItsName() {
    // clause_opener: "but" before "a spokeswoman"
    List<Claim> claims = all("At least 60 people were killed in Lyon, officials said, but a spokeswoman said 70 had died.");
    assertEquals(List.of("officials", "spokeswoman"), claims.stream().map(c -> c.attributedTo().orElse("")).toList());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // total_marker, with a year that names a series, and without the marker
      "Cholera has killed 300 people in 2023 so far, the health ministry said.|CUMULATIVE",
      "Cholera has killed 300 people in 2023 to date, the health ministry said.|CUMULATIVE",
      "Cholera has killed 300 people in 2023, the health ministry said.|INCIDENT",
      // war_perfect: cumulative only as the subject of has/have
      "The fighting has killed 300 people, the monitoring group said.|CUMULATIVE",
      "Twelve people died in the fighting on Monday, the monitoring group said.|INCIDENT",
      "The violence has killed 300 people, the monitoring group said.|CUMULATIVE",
      // war_no_head: "civil" heads no count; the war after it does
      "Civil defence workers said 12 people died in Lyon.|INCIDENT",
      "The civil war has killed 290,000 people, the monitoring group said.|CUMULATIVE",
  })
  void theWordsOfASeriesMakeATollCumulative(String sentence, io.claimcheck.claim.TimeScope scope) {
    assertEquals(scope, only(sentence).scope().timeScope());
  }

  @ParameterizedTest(name = "{0} -> in {1}")
  @CsvSource(delimiter = '|', value = {
      "Floods hit Lyon in France on Monday. In Lyon, 12 people died. The overall toll rose to 40.|France",
      "Floods hit Lyon in France on Monday. In Lyon, 12 people died. The toll rose to 40 in total.|France",
      "Floods hit Lyon in France on Monday. In Lyon, 12 people died. The toll rose to 40 nationwide.|France",
      "Floods hit Lyon in France on Monday. In Lyon, 12 people died. The toll rose to 40.|Lyon",
  })
  void aWholeTollWithoutAPlaceIsTheCountrys(String text, String place) {
    List<Claim> claims = all(text);
    assertEquals(List.of(place), claims.get(claims.size() - 1).scope().locations());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // day_before, after the figure
      "The number of dead has climbed to 63, the disaster office said on Thursday, up from 41 the previous day.|41|2024-03-06",
      "The number of dead has climbed to 63, the disaster office said on Thursday, up from 41 the day before.|41|2024-03-06",
      "The number of dead has climbed to 63, the disaster office said on Thursday, up from 41 a day earlier.|41|2024-03-06",
      "The number of dead has climbed to 63, the disaster office said on Thursday.|63|2024-03-07",
      // day_after: a day named before the phrase is the count's own
      "On Thursday, a day after the storm, 30 people were dead in Lyon.|30|2024-03-07",
      "On Thursday, 30 people were dead in Lyon.|30|2024-03-07",
      // a figure inside the phrase is of what it names, the day before the day named
      "On Thursday, a day after the storm killed 30 people in Lyon, rescuers searched the river.|30|2024-03-06",
      // a later figure of the same clause too; one after a comma closes the phrase keeps the day named
      "On Thursday, a day after the storm killed 30 people and injured 12 in Lyon, rescuers searched.|12|2024-03-06",
      "On Thursday, a day after the storm killed 30 people, 12 more bodies were found in Lyon.|12|2024-03-07",
      // the day of what the phrase names, given inside it or before, and one day on
      "A day after the storm of 4 March, 30 people were dead in Lyon.|30|2024-03-05",
      "The storm struck Lyon on Monday. A day after the storm, 30 people were dead.|30|2024-03-05",
      // a day named after the figure is its own
      "A day after the storm, 30 people were dead in Lyon on Thursday.|30|2024-03-07",
      // day_before, before the figure, mirrors it
      "On Thursday, the day before the vote, 30 people were dead in Lyon.|30|2024-03-07",
      "The storm struck Lyon on Monday. The day before, 30 people had died in floods.|30|2024-03-03",
  })
  void aDayBeforeOrAfterMovesTheDateOfTheCount(String text, String figure, String date) {
    Claim c = all(text).stream().filter(x -> x.quantity().text().equals(figure)).findFirst().orElseThrow();
    assertEquals(io.claimcheck.claim.PartialDate.parse(date), c.scope().date());
  }

  @Test
  void theSubclassesOfWarsAndSourcesAreInTheirClasses() {
    assertTrue(wordClass("war_word").words().containsAll(wordClass("war_perfect").words()));
    assertTrue(wordClass("war_word").words().containsAll(wordClass("war_no_head").words()));
    assertTrue(wordClass("pronoun_source").words().containsAll(wordClass("pronoun").words()));
    assertTrue(wordClass("pronoun_source").words().containsAll(wordClass("bare_source").words()));
    // an item's hedge ends the noun of the figure before it: "6 men and possibly 9 children"
    assertTrue(wordClass("np_stop").words().containsAll(wordClass("item_hedge").words()));
  }

  @Nested
  class PhrasesOfAClass {
    private Words words(String text) {
      return WordsTest.sentence(text);
    }

    @ParameterizedTest(name = "{0} at token {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "It has killed 300 so far.|4|2",
        "It has killed 300 So Far.|4|2",
        "It has killed 300 overall.|4|1",
        "It has killed 300 so many.|4|0",
        "It has killed 300 so|4|0",
    })
    void aPhraseIsMatchedTokenByTokenIgnoringCase(String text, int token, int length) {
      assertEquals(length, Phrases.of("total_marker").lengthAt(words(text), token));
    }

    @Test
    void theLongestPhraseAtATokenIsTold() {
      CasualtyPatterns.WordClass c = new CasualtyPatterns.WordClass("t", java.util.Set.of("the day", "the day before"),
          java.util.Map.of(), new WordSet(List.of()));
      assertEquals(3, Phrases.of(c).lengthAt(words("up from 41 the day before"), 3));
      assertEquals(2, Phrases.of(c).lengthAt(words("up from 41 the day after"), 3));
    }

    @Test
    void aClassTheCodeReadsOneTokenAtATimeRefusesAPhraseNamingTheFileAndTheClass() throws java.io.IOException {
      CasualtyPatterns p = CasualtyPatterns.parse(new com.fasterxml.jackson.databind.ObjectMapper(
          new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree("classes:\n  opener: [as, even though]\n"),
          "test.yaml");
      io.claimcheck.base.ClaimCheckException e = org.junit.jupiter.api.Assertions.assertThrows(
          io.claimcheck.base.ClaimCheckException.class, () -> p.wordClass("opener"));
      assertEquals("test.yaml: class 'opener' has the phrase 'even though'; the extractor reads it one token at a time"
          + " (expected single words)", e.getMessage());
      assertEquals(2, p.phraseClass("opener").words().size(), "read as phrases, it may have them");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[as, '']", "[as, ' ']", "[as, ~]"})
    void anEmptyEntryIsRefusedNamingTheFileAndTheClass(String words) {
      io.claimcheck.base.ClaimCheckException e = org.junit.jupiter.api.Assertions.assertThrows(
          io.claimcheck.base.ClaimCheckException.class, () -> CasualtyPatterns.parse(
              new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                  .readTree("classes:\n  marker: " + words + "\n"), "test.yaml"));
      assertEquals("test.yaml: class 'marker' has an empty entry; expected a word or a phrase", e.getMessage());
    }

    @Test
    void aPatternCannotUseAClassOfPhrases() throws java.io.IOException {
      String yaml = "classes:\n  marker: [so far, overall]\npatterns:\n  - name: p\n    measure: killed\n"
          + "    match: 'N @marker'\n    examples: ['x']\n";
      io.claimcheck.base.ClaimCheckException e = org.junit.jupiter.api.Assertions.assertThrows(
          io.claimcheck.base.ClaimCheckException.class, () -> CasualtyPatterns.parse(
              new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                  .readTree(yaml), "test.yaml"));
      assertEquals("test.yaml: pattern 'p': '@marker' has the phrase 'so far', but an element is one token; expected a"
          + " class of single words (write the phrase's words as elements)", e.getMessage());
    }
  }

  @Test
  void aWarWordMakesTheTollCumulative() {
    assertEquals(io.claimcheck.claim.TimeScope.CUMULATIVE,
        only("The war has killed 290,000 people, the monitoring group said.").scope().timeScope());
  }
}
