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

  @Nested
  class APlaceSpelledByAStretchOfText {
    /** What {@link Gazetteer#lookup} finds for the stretch made a string: what the stretch must find. */
    private void same(Gazetteer g, String text, int from, int to) {
      assertEquals(g.lookup(text.substring(from, to)).orElse(null), g.spelled(text, from, to),
          () -> "'" + text.substring(from, to) + "' in '" + text + "'");
    }

    @Test
    void isThePlaceItsStringNamesForEveryNameAndAliasAndForOthers() throws java.io.IOException {
      int found = 0;
      try (var in = Gazetteer.class.getResourceAsStream("gazetteer.tsv");
          var lines = new BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String[] f = line.split("\t", -1);
          if (f.length < 2 || !(f[0].equals("C") || f[0].equals("T"))) {
            continue;
          }
          java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(f[1]));
          if (f[0].equals("C") && f.length > 3 && !f[3].isEmpty()) {
            names.addAll(java.util.List.of(f[3].split("\\|")));
          }
          for (String name : names) {
            // inside a longer text, in a text with a character beyond Latin-1, in other cases, cut short
            for (String text : java.util.List.of("in " + name + ", said", "\u201cin " + name + "\u201d")) {
              int from = text.indexOf(name);
              same(GAZETTEER, text, from, from + name.length());
              same(GAZETTEER, text, from, from + name.length() - 1);
              same(GAZETTEER, text, from - 1, from + name.length());
            }
            String upper = name.toUpperCase(java.util.Locale.ROOT);
            same(GAZETTEER, upper, 0, upper.length());
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            same(GAZETTEER, lower, 0, lower.length());
            found += GAZETTEER.spelled(name, 0, name.length()) != null ? 1 : 0;
          }
        }
      }
      assertTrue(found > 1000, found + " names found");
      for (String other : java.util.List.of("", "U.S.", "UK", "Great Britain", "Syrian", "Atlantis", "Paris")) {
        same(GAZETTEER, other, 0, other.length());
      }
    }

    @Test
    void findsAPlaceAddedWithWith() {
      Gazetteer g = GAZETTEER.with(new StringReader("C\tVarnesa\tVX\t\nT\tPort Elda\tVX\t150000\n"), "places.tsv");
      assertEquals("Port Elda", g.spelled("at Port Elda today", 3, 12).name());
      same(g, "at Port Elda today", 3, 12);
      assertEquals(null, GAZETTEER.spelled("at Port Elda today", 3, 12));
    }
  }

  @Nested
  class TheLongestNameFromAWord {
    private Words words(String text) {
      return WordsTest.sentence(text);
    }

    @Test
    void isNoShorterThanAnyPlaceNameThatStartsWithIt() throws java.io.IOException {
      // the places pass looks up no stretch of text longer than this bound: were it short of
      // a name, that name would no longer be found
      int asked = 0;
      try (var in = Gazetteer.class.getResourceAsStream("gazetteer.tsv");
          var lines = new BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String[] f = line.split("\t", -1);
          if ((f[0].equals("C") || f[0].equals("T")) && f.length > 1 && GAZETTEER.lookup(f[1]).isPresent()) {
            Words w = words(f[1]);
            if (w.isCap(0) && GAZETTEER.mayStartName(w, 0)) {
              assertTrue(GAZETTEER.longestNameFrom(w, 0) >= f[1].length(), f[1]);
              asked++;
            }
          }
        }
      }
      assertTrue(asked > 1000, asked + " names asked");
      for (String alias : java.util.List.of("U.S.", "UK", "UAE", "Great Britain")) {
        assertTrue(GAZETTEER.longestNameFrom(words(alias), 0) >= alias.length(), alias);
      }
    }

    @Test
    void coversAPlaceAddedWithALongerNameThanAnyBundledOneWithItsFirstWord() throws java.io.IOException {
      // every bundled "Port ..." name is shorter: a bound not rebuilt for added places would miss it
      String name = "Port Elda Upper Town";
      Gazetteer g = GAZETTEER.with(new java.io.StringReader("C\tVarnesa\tVX\t\nT\t" + name + "\tVX\t150000\n"),
          "places.tsv");
      assertTrue(GAZETTEER.longestNameFrom(words(name), 0) < name.length(), "a bundled name as long");
      assertTrue(g.longestNameFrom(words(name), 0) >= name.length());
      java.util.List<io.claimcheck.claim.Claim> claims = new java.util.ArrayList<>();
      ClaimExtractor.builder().gazetteer(g).build().extract(new io.claimcheck.claim.Document(
          new io.claimcheck.claim.Source("s", "test", java.time.LocalDate.of(2024, 3, 9), null, null),
          "A fire killed 12 people in " + name + " on Monday, officials said."), claims::add);
      assertEquals(java.util.List.of(name), claims.get(0).scope().locations());
    }

    @Test
    void isNoneForAWordNoNameStartsWith() {
      assertEquals(0, GAZETTEER.longestNameFrom(words("Zzqxv"), 0));
    }

    @Test
    void coversTheLongestOfSeveralNamesWithOneFirstWord() {
      Words w = words("United");
      assertTrue(GAZETTEER.longestNameFrom(w, 0) >= "United Arab Emirates".length());
      assertEquals(GAZETTEER.longestNameFrom(w, 0), GAZETTEER.longestNameFrom(words("UNITED"), 0), "ignoring case");
    }
  }
}
