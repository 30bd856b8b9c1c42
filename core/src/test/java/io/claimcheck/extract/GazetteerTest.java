package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.base.ClaimCheckException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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

  @Nested
  class Spelling {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Tachkent, Tashkent",
        "Kairuan, Kairouan",
        "Tachkènt, Tashkent",
    })
    void anotherRomanisationOfACityIsThatCity(String spelled, String city) {
      assertEquals(city, GAZETTEER.variant(spelled).orElseThrow().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Tashkent", "Varnesa", "Rome", "Sochy"})
    void aKnownNameAShortNameOrAnUnknownOneHasNoVariant(String name) {
      assertEquals(Optional.empty(), GAZETTEER.variant(name));
    }

    @Test
    void eachAlternationsExamplePairMeetsOnOneKey() {
      Spellings s = Spellings.standard();
      assertTrue(!s.rules().isEmpty());
      for (Spellings.Rule r : s.rules()) {
        assertEquals(s.key(r.a()), s.key(r.b()), r.toString());
        assertTrue(s.key(r.a()).length() > 0, r.toString());
      }
    }

    @Test
    void aBadLineIsNamedWithItsFileAndLine() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> Spellings.parse(new BufferedReader(new StringReader("# rules\nch sh Tachkent\n")), "spellings.tsv"));
      assertTrue(e.getMessage().startsWith("spellings.tsv:2: expected the letters, a tab,"), e.getMessage());
    }
  }
}
