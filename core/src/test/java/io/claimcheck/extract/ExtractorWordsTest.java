package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
      "organisation_head");

  private static Claim only(String text) {
    List<Claim> claims = new ArrayList<>();
    ClaimExtractor.standard().extract(new Document(new Source("s", "test", LocalDate.of(2024, 3, 9), null, null),
        text), claims::add);
    assertEquals(1, claims.size(), claims::toString);
    return claims.get(0);
  }

  @Test
  void everyClassTheCodeReadsIsInTheFileAndHasWords() {
    for (String name : READ_BY_CODE) {
      assertFalse(CasualtyPatterns.standard().wordClass(name).words().isEmpty(), name);
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
  void aWarWordMakesTheTollCumulative() {
    assertEquals(io.claimcheck.claim.TimeScope.CUMULATIVE,
        only("The war has killed 290,000 people, the monitoring group said.").scope().timeScope());
  }
}
