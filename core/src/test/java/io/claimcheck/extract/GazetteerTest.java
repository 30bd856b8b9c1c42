package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  /** A state and its territories share a demonym in the data; the demonym names the state. */
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "French, FR",
      "Dutch, NL",
      "American, US",
      "Indian, IN",
      "Norwegian, NO",
      "Dominican, DO",
      "Congolese, CD",
      "Syrian, SY",
      "Australian, AU",
  })
  void aDemonymSharedByAStateAndItsTerritoriesNamesTheState(String demonym, String country) {
    assertEquals(country, GAZETTEER.demonym(demonym).orElseThrow().countryCode());
  }
}
