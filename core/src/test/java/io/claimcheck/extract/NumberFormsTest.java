package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number forms of real text that the extractor reads in context. */
class NumberFormsTest {
  private static String claims(String text) {
    Document doc = new Document(new Source("t", "test", LocalDate.of(2024, 5, 1), null, null), text);
    List<Claim> found = ClaimExtractor.standard().extract(doc);
    return found.stream().map(c -> c.measure() + " " + c.quantity().interval()).collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The quake left 137 dead and 5.000 injured in the valley. | killed [137, 137]; injured [5000, 5000]",
      "Police said 1.250 people were wounded in the riots. | injured [1250, 1250]",
      "The storm killed 12 people and left a 5.250 km trail. | killed [12, 12]",
  })
  void aDotBetweenGroupsOfThreeIsAThousandsSeparatorBeforeACountOfPeople(String text, String expected) {
    assertEquals(expected, claims(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Some 1.250 people were wounded in the riots. | injured [1250, 1250]",
      "The floods killed more than 2.400 people in the delta. | killed [2401, ∞)",
      "At least 3.600 people were evacuated from the coast. | displaced [3600, ∞)",
  })
  void aDotAfterAQualifierIsAThousandsSeparatorToo(String text, String expected) {
    assertEquals(expected, claims(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The landslide killed 2, 500 people in the hills. | killed [2500, 2500]",
      "At least 1, 200 people were injured when the bridge fell. | injured [1200, ∞)",
      "Officials said 14, 300 residents were displaced by the fire. | displaced [14300, 14300]",
  })
  void aStraySpaceAfterAThousandsCommaIsOneFigureBeforeACountOfPeople(String text, String expected) {
    assertEquals(expected, claims(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a list of figures: the comma separates items
      "The floods killed 4, 7, 250 people. | killed [4, 4]",
      "The blasts killed 12, 300 more were injured. | killed [12, 12]; injured [300, 300]",
      // a date before the comma
      "On March 3, 500 people were evacuated from the island. | displaced [500, 500]",
      // no count of people after the second figure
      "The train carried 2, 500 crates of grain. | ",
      "In 2019, 300 people died in the floods. | killed [300, 300]",
  })
  void aCommaBetweenFiguresThatIsAListSeparatorStaysOne(String text, String expected) {
    assertEquals(expected == null ? "" : expected, claims(text));
  }
}
