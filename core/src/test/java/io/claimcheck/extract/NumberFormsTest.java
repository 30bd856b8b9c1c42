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
}
