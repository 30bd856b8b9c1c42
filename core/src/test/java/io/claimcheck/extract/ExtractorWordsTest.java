package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.base.ClaimCheckException;
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
      "war_no_head", "pronoun", "bare_source", "item_hedge", "cumulative_word", "since_word", "period_start",
      "relative_date", "no_period", "year_word", "year_determiner", "year_prep", "place_aside", "another_place",
      "same_place", "based_word", "name_end", "place_barrier", "saying_not_after", "place_organisation",
      "any_organisation", "of_group", "name_link", "perfect_auxiliary", "abbreviation", "weekday", "month");
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

  /** The classes whose order is read: the weekdays, Monday first; the months, January first, each with its abbreviations. */
  @Nested
  class TheNamesOfDaysAndMonthsInOrder {
    @Test
    void theWeekdaysAreMondayFirst() {
      assertEquals(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
          List.of(Lexicon.WEEKDAYS));
    }

    @Test
    void eachMonthIsItsNameAndTheAbbreviationsThatBeginIt() {
      assertEquals(12, Lexicon.MONTHS.length);
      assertEquals(List.of("january", "jan"), List.of(Lexicon.MONTHS[0]));
      assertEquals(List.of("may"), List.of(Lexicon.MONTHS[4]));
      assertEquals(List.of("september", "sep", "sept"), List.of(Lexicon.MONTHS[8]));
      assertEquals(List.of("december", "dec"), List.of(Lexicon.MONTHS[11]));
      for (int m = 0; m < 12; m++) {
        for (String name : Lexicon.MONTHS[m]) {
          assertEquals(m + 1, DateMention.month(name), name);
        }
      }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On Sunday 12 people died in the fire.|2024-03-03", // the text is of Saturday 9 March 2024
        "On Saturday 12 people died in the fire.|2024-03-09",
        "On Monday 12 people died in the fire.|2024-03-04",
        "On Feb. 21, 12 people died in the fire.|2024-02-21",
        "On 3 Sept, 12 people died in the fire.|2023-09-03"})
    void aDayOrMonthNamedIsReadByItsPlaceInTheList(String text, String date) {
      assertEquals(date, only(text).scope().knownDate().map(Object::toString).orElse("none"));
    }

    private CasualtyPatterns file(String classes) throws java.io.IOException {
      return CasualtyPatterns.parse(io.claimcheck.internal.JsonCopy.readYaml(new java.io.ByteArrayInputStream(
          ("classes:\n" + classes + "patterns: []\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))), "days.yaml");
    }

    @Test
    void aWeekdayClassOfOtherThanSevenWordsIsRefusedWithTheFileAndWhatWasExpected() throws Exception {
      CasualtyPatterns six = file("  weekday: [monday, tuesday, wednesday, thursday, friday, saturday]\n");
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Lexicon.weekdays(six));
      assertEquals("days.yaml: class 'weekday' has 6 words; expected the seven weekday names, Monday first",
          e.getMessage());
    }

    @Test
    void aMonthClassOfOtherThanTwelveMonthsIsRefusedWithTheFileAndWhatWasExpected() throws Exception {
      CasualtyPatterns eleven = file("  month: [january, february, march, april, may, june, july, august, september,"
          + " october, november]\n");
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Lexicon.months(eleven));
      assertEquals("days.yaml: class 'month' names 11 months; expected the twelve month names, January first, each"
          + " followed by its abbreviations", e.getMessage());
      // an abbreviation that begins no name before it starts a month of its own
      CasualtyPatterns misplaced = file("  month: [jan, january, february, march, april, may, june, july, august,"
          + " september, october, november, december]\n");
      assertThrows(ClaimCheckException.class, () -> Lexicon.months(misplaced));
    }
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

  /**
   * The single-word classes that the code reads for series, dates, places and sources, entry by
   * entry: the test names every entry (so the class and the test must agree), each entry has a
   * sentence that reads as it does only through that entry, and a sentence without it reads
   * otherwise (so deleting an entry from the file fails a test).
   */
  @Nested
  class EveryEntryOfAWordClass {
    private static final List<String> CUMULATIVE = List.of("cumulative");
    private static final List<String> SINCE = List.of("since");
    private static final List<String> PERIOD_START = List.of("records", "start", "beginning");
    private static final List<String> RELATIVE_DATE = List.of("yesterday", "today", "tonight", "last", "this");
    private static final List<String> NO_PERIOD = List.of("last", "this");
    private static final List<String> YEAR = List.of("year", "years");
    private static final List<String> YEAR_DETERMINER = List.of("last", "this", "the");
    private static final List<String> YEAR_PREP = List.of("in", "since", "of");
    private static final List<String> PLACE_ASIDE = List.of("reportedly", "night", "morning", "hours", "earlier",
        "also");
    private static final List<String> ANOTHER = List.of("another", "other");
    private static final List<String> SAME = List.of("same");
    private static final List<String> BASED = List.of("based");
    private static final List<String> NAME_END = List.of("said", "which", "who");
    private static final List<String> PLACE_BARRIER = List.of("said", "says");
    private static final List<String> SAYING_NOT_AFTER = List.of("claimed");
    private static final List<String> PLACE_ORGANISATION = List.of("army");
    private static final List<String> ANY_ORGANISATION = List.of("group", "monitor", "organisation", "organization");
    private static final List<String> PERFECT_AUXILIARY = List.of("has", "have");

    private void listsTheClass(String name, List<String> entries) {
      assertEquals(new java.util.TreeSet<>(wordClass(name).words()), new java.util.TreeSet<>(entries),
          name + ": the entries this test reads");
    }

    @Test
    void theTestsListEveryEntry() {
      listsTheClass("cumulative_word", CUMULATIVE);
      listsTheClass("since_word", SINCE);
      listsTheClass("period_start", PERIOD_START);
      listsTheClass("relative_date", RELATIVE_DATE);
      listsTheClass("no_period", NO_PERIOD);
      listsTheClass("year_word", YEAR);
      listsTheClass("year_determiner", YEAR_DETERMINER);
      listsTheClass("year_prep", YEAR_PREP);
      listsTheClass("place_aside", PLACE_ASIDE);
      listsTheClass("another_place", ANOTHER);
      listsTheClass("same_place", SAME);
      listsTheClass("based_word", BASED);
      listsTheClass("name_end", NAME_END);
      listsTheClass("place_barrier", PLACE_BARRIER);
      listsTheClass("saying_not_after", SAYING_NOT_AFTER);
      listsTheClass("place_organisation", PLACE_ORGANISATION);
      listsTheClass("any_organisation", ANY_ORGANISATION);
      listsTheClass("perfect_auxiliary", PERFECT_AUXILIARY);
      listsTheClass("name_link", List.of("for", "of", "and"));
    }

    private static final io.claimcheck.claim.TimeScope INCIDENT = io.claimcheck.claim.TimeScope.INCIDENT;
    private static final io.claimcheck.claim.TimeScope CUMULATIVE_SCOPE = io.claimcheck.claim.TimeScope.CUMULATIVE;

    /** The sentence without the entry reads {@code without}; with it, {@code with}. */
    private void scopes(String withoutIt, io.claimcheck.claim.TimeScope without, String withIt,
        io.claimcheck.claim.TimeScope with) {
      assertEquals(without, only(withoutIt).scope().timeScope(), withoutIt);
      assertEquals(with, only(withIt).scope().timeScope(), withIt);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "cumulative_word|cumulative|The cumulative toll rose to 40 in Lyon.|CUMULATIVE",
        "since_word|since|Floods have killed 40 people in Lyon since 2019.|CUMULATIVE",
        "period_start|records|Floods have killed 40 people in Lyon since records began.|CUMULATIVE",
        "period_start|start|Floods have killed 40 people in Lyon since the start of the season.|CUMULATIVE",
        "period_start|beginning|Floods have killed 40 people in Lyon since the beginning of the season.|CUMULATIVE",
        "relative_date|yesterday|Floods have killed 40 people in Lyon since yesterday.|CUMULATIVE",
        "relative_date|today|Floods have killed 40 people in Lyon since early today.|CUMULATIVE",
        "relative_date|tonight|Floods have killed 40 people in Lyon since earlier tonight.|CUMULATIVE",
        "no_period|last|Floods have killed 40 people in Lyon since last week's storm.|INCIDENT",
        "no_period|this|Floods have killed 40 people in Lyon since this week's storm.|INCIDENT",
    })
    void theWordsOfAPeriodMakeTheCountCumulative(String name, String entry, String sentence,
        io.claimcheck.claim.TimeScope scope) {
      assertTrue(wordClass(name).words().contains(entry));
      assertEquals(scope, only(sentence).scope().timeScope());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"relative_date|yesterday|yesterday", "relative_date|today|today",
        "relative_date|tonight|tonight", "relative_date|last|last night", "relative_date|this|this morning",
        "place_aside|reportedly|reportedly", "place_aside|night|last night", "place_aside|morning|this morning",
        "place_aside|hours|hours earlier", "place_aside|earlier|hours earlier", "place_aside|also|also"})
    void aDateOrAWordAsideBetweenAFigureAndItsPlaceIsPassedOver(String name, String entry, String words) {
      assertTrue(wordClass(name).words().contains(entry));
      assertEquals(List.of("Marseille"), only("In Marseille on Monday, twelve people were killed soon in Lyon.").scope()
          .locations(), "a word of no class ends the place's phrase");
      assertEquals(List.of("Lyon"), only("In Marseille on Monday, twelve people were killed " + words + " in Lyon.")
          .scope().locations());
    }

    @ParameterizedTest(name = "year_word {0}, year_determiner {1}")
    @CsvSource(delimiter = '|', value = {"year|last", "year|this", "years|the"})
    void aYearAfterItsDeterminerNamesASeriesThatATotalMarkerMakesCumulative(String year, String determiner) {
      assertTrue(YEAR.contains(year) && YEAR_DETERMINER.contains(determiner));
      scopes("Cholera has killed 300 people so far " + determiner + " month, the ministry said.", INCIDENT,
          "Cholera has killed 300 people so far " + determiner + " " + year + ", the ministry said.", CUMULATIVE_SCOPE);
    }

    @ParameterizedTest(name = "year_prep {0}")
    @org.junit.jupiter.params.provider.FieldSource("YEAR_PREP")
    void aYearAfterItsPrepositionNamesASeriesThatATotalMarkerMakesCumulative(String entry) {
      // the year stands past the words around the figure, where only a series of the sentence reads
      String lead = "Cholera has killed 300 people so far, the ministry said in a statement on its website on Monday,"
          + " the worst ";
      scopes(lead + "after 2019.", INCIDENT, lead + entry + " 2019.", CUMULATIVE_SCOPE);
    }

    @ParameterizedTest(name = "another_place {0}")
    @org.junit.jupiter.params.provider.FieldSource("ANOTHER")
    void anotherPlaceNounIsTheCityMostNamedBesideTheOnesFound(String entry) {
      String lead = "Floods hit Lyon and Marseille on Monday. Twelve people died in Lyon and ";
      assertEquals(List.of("Lyon"), all(lead + "a further town.").get(0).scope().locations());
      assertEquals(List.of("Lyon", "Marseille"), all(lead + entry + " town.").get(0).scope().locations());
    }

    @ParameterizedTest(name = "same_place {0}")
    @org.junit.jupiter.params.provider.FieldSource("SAME")
    void theSamePlaceNounIsTheLastPlaceNamed(String entry) {
      String lead = "Floods hit Marseille on Monday. Rivers rose in Marseille and in Marseille suburbs. Twelve people died in Lyon"
          + " on Tuesday. In ";
      assertEquals(List.of("Marseille"), all(lead + "a nearby city, 8 more died.").get(1).scope().locations());
      assertEquals(List.of("Lyon"), all(lead + "the " + entry + " city, 8 more died.").get(1).scope().locations());
    }

    @ParameterizedTest(name = "based_word {0}")
    @org.junit.jupiter.params.provider.FieldSource("BASED")
    void aNameBeforeABasedWordIsAnAdjectiveNoPlaceAndNoPartOfTheSource(String entry) {
      Claim c = only("A Lyon-" + entry + " monitor said 12 people died in the clashes.");
      assertEquals("monitor", c.attributedTo().orElse(""));
      assertEquals(List.of(), c.scope().locations());
    }

    @ParameterizedTest(name = "name_end {0}")
    @CsvSource(delimiter = '|', value = {"who|who arrived at the scene", "which|which arrived at the scene",
        "said|said to be at the scene"})
    void aNameEndEndsTheSourceAfterAccordingTo(String entry, String words) {
      assertTrue(NAME_END.contains(entry));
      assertEquals("", only("Twelve people died in the clashes, according to police whose officers arrived at the"
          + " scene.").attributedTo().orElse(""), "a word of no class runs the name on");
      assertEquals("police", only("Twelve people died in the clashes, according to police " + words + ".")
          .attributedTo().orElse(""));
    }

    @ParameterizedTest(name = "place_barrier {0}")
    @org.junit.jupiter.params.provider.FieldSource("PLACE_BARRIER")
    void aPlaceBeforeASayingWordIsTheSpeakersNotTheCounts(String entry) {
      String lead = "Storms hit Marseille. Rivers rose in Marseille and in Marseille suburbs. The mayor in Lyon ";
      assertEquals(List.of("Lyon"), all(lead + "thinks 12 people died.").get(0).scope().locations());
      assertEquals(List.of("Marseille"), all(lead + entry + " 12 people died.").get(0).scope().locations(),
          "the place the article is about");
    }

    @ParameterizedTest(name = "saying_not_after {0}")
    @org.junit.jupiter.params.provider.FieldSource("SAYING_NOT_AFTER")
    void aSayingWordNotAfterAFigureNamesNoSource(String entry) {
      assertEquals("officials", only("Twelve people died in the clashes, officials reported.").attributedTo()
          .orElse(""));
      assertEquals("", only("Twelve people died in the clashes, officials " + entry + ".").attributedTo().orElse(""));
    }

    @ParameterizedTest(name = "place_organisation {0}")
    @org.junit.jupiter.params.provider.FieldSource("PLACE_ORGANISATION")
    void aPlaceInTheNameOfAPlaceOrganisationStaysAPlace(String entry) {
      assertEquals(List.of(), only("The Peru Police said 12 soldiers were killed in the clashes.").scope()
          .locations(), "an organisation's name is no place");
      assertEquals(List.of("Peru"), only("The Peru " + capital(entry) + " said 12 soldiers were killed in the clashes.")
          .scope().locations());
    }

    @ParameterizedTest(name = "any_organisation {0}")
    @org.junit.jupiter.params.provider.FieldSource("ANY_ORGANISATION")
    void aBackReferenceByAnyOrganisationWordIsTheLastOrganisationNamed(String entry) {
      String lead = "The Varnesa Observatory said on Monday 12 people died. The ";
      assertEquals("agency", all(lead + "agency said 20 more had died.").get(1).attributedTo().orElse(""),
          "a head the name lacks names its own");
      assertEquals("Varnesa Observatory", all(lead + entry + " said 20 more had died.").get(1).attributedTo()
          .orElse(""));
    }

    @ParameterizedTest(name = "perfect_auxiliary {0}")
    @CsvSource(delimiter = '|', value = {"has|The fighting", "have|Violence and fighting"})
    void aWarPerfectWordBeforeAPerfectAuxiliaryHeadsACumulativeCount(String entry, String subject) {
      assertTrue(PERFECT_AUXILIARY.contains(entry));
      scopes(subject + " had killed 300 people, the monitoring group said.", INCIDENT,
          subject + " " + entry + " killed 300 people, the monitoring group said.", CUMULATIVE_SCOPE);
    }

    @ParameterizedTest(name = "name_link {0}")
    @CsvSource(delimiter = '|', value = {"of|Ministry|Health", "for|Centre|Flood Studies", "and|Doctors|Nurses Union"})
    void aNameLinkJoinsTheCapitalisedWordsOfASourcesName(String entry, String head, String rest) {
      assertTrue(wordClass("name_link").words().contains(entry));
      String end = " said 60 people were killed in the blast.";
      assertEquals(head, only("The " + head + " at " + rest + end).attributedTo().orElse(""),
          "a word of no class ends the name");
      assertEquals(head + " " + entry + " " + rest, only("The " + head + " " + entry + " " + rest + end)
          .attributedTo().orElse(""));
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
      // the sentences of EveryEntryOfAWordClass.theWordsOfAPeriodMakeTheCountCumulative without their entry
      "The toll rose to 40 in Lyon.|INCIDENT",
      "Floods have killed 40 people in Lyon after 2019.|INCIDENT",
      "Floods have killed 40 people in Lyon since the storm began.|INCIDENT",
      "Floods have killed 40 people in Lyon since the end of the season.|INCIDENT",
      "Floods have killed 40 people in Lyon since Monday's storm.|CUMULATIVE",
      "Floods have killed 40 people in Lyon since early in the season.|INCIDENT",
      "Floods have killed 40 people in Lyon since earlier in the season.|INCIDENT",
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
    // words of a class that the code reads as exceptions to, or parts of, another
    assertTrue(wordClass("relative_date").words().containsAll(wordClass("no_period").words()));
    assertTrue(wordClass("saying").words().containsAll(wordClass("saying_not_after").words()));
    assertTrue(wordClass("saying").words().containsAll(wordClass("place_barrier").words()));
    assertTrue(wordClass("organisation_head").words().containsAll(wordClass("place_organisation").words()));
    assertTrue(wordClass("organisation_head").words().containsAll(wordClass("any_organisation").words()));
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
