package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.base.ClaimCheckException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code gazetteer-names.tsv} as data: the endings that make a country's other name a demonym,
 * the short forms of countries, and the words for a division's level, each with its example.
 */
class GazetteerNamesTest {
  private static final Gazetteer.Names NAMES = Gazetteer.Names.INSTANCE;
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Nested
  class TheBundledFile {
    @Test
    void hasEndingsAliasesAndLevels() {
      assertFalse(NAMES.endings.isEmpty());
      assertFalse(NAMES.aliases.isEmpty());
      assertFalse(NAMES.levels.isEmpty());
    }

    @Test
    void eachEndingsExampleEndsWithItAndIsADemonymOfTheBundledTable() {
      for (String ending : NAMES.endings) {
        String example = NAMES.examples.get("ending " + ending);
        assertTrue(example.endsWith(ending), example);
        assertTrue(GAZETTEER.demonym(example).isPresent(), example + " is a demonym");
        assertTrue(GAZETTEER.lookup(example).isEmpty(), example + " is no name of a place");
      }
    }

    @Test
    void eachAliasNamesTheCountryOfTheTable() {
      for (Map.Entry<String, String> a : NAMES.aliases.entrySet()) {
        Place country = GAZETTEER.lookup(a.getValue()).orElseThrow(() -> new AssertionError(a.getValue()));
        assertEquals(Place.Kind.COUNTRY, country.kind(), a.getValue());
        assertEquals(country, GAZETTEER.lookup(a.getKey()).orElseThrow(), a.getKey());
      }
    }

    @Test
    void eachDemonymLineIsADemonymOfItsCountryAndNoPlace() {
      assertFalse(NAMES.demonyms.isEmpty());
      NAMES.demonyms.forEach((word, country) -> {
        assertEquals(country, GAZETTEER.demonym(word).map(Place::name).orElse("none"), word);
        assertTrue(GAZETTEER.lookup(word).isEmpty(), word + " is no name of a place");
        assertTrue(NAMES.endings.stream().noneMatch(word::endsWith), word + ": an ending marks it already");
      });
    }

    @Test
    void eachNameLineIsANameOfItsCountryThatAnEndingWouldTakeForADemonym() {
      assertFalse(NAMES.names.isEmpty());
      NAMES.names.forEach((word, country) -> {
        assertEquals(country, GAZETTEER.lookup(word).map(Place::name).orElse("none"), word);
        assertTrue(GAZETTEER.demonym(word).isEmpty(), word + " is no demonym");
        assertTrue(NAMES.endings.stream().anyMatch(word::endsWith), word + ": no ending takes it for a demonym");
      });
    }

    /** Names the endings would misread, found as the country's names by the " of " rule or a name line. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Kingdom of Bhutan|Bhutan",
        "Sultanate of Oman|Oman",
        "Hashemite Kingdom of Jordan|Jordan",
        "Kingdom of Eswatini|Eswatini",
        "Nation of Brunei|Brunei",
        "Chinese Taipei|Taiwan",
        "Vatican|Vatican City",
        "Respublika Kazakhstan|Kazakhstan",
        "Republika y'Uburundi|Burundi",
        "Ratcha Anachak Thai|Thailand"})
    void aBundledOtherNameThatEndsAsADemonymDoesButNamesTheCountryIsAName(String other, String country) {
      assertEquals(country, GAZETTEER.lookup(other).map(Place::name).orElse("none"), other);
      assertTrue(GAZETTEER.demonym(other).isEmpty(), other + " is no demonym");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Zamfara State|true",
        "Dnipropetrovsk region|true",
        "Province of Elda|true",
        "Elda Governorate|true",
        "Elda District|false",
        "Elda County|false",
        "Canton of Elda|false",
        "Statesville|false"})
    void aLevelMarkedAloneSaysANameIsADivisionInWhateverCountry(String name, boolean division) {
      assertEquals(division, GAZETTEER.hasDivisionWord(name));
    }

    @Test
    void noneOfItCanBeChangedByItsUsers() {
      assertThrows(UnsupportedOperationException.class, () -> NAMES.endings.add("o"));
      assertThrows(UnsupportedOperationException.class, () -> NAMES.aliases.put("VX", "Varnesa"));
      assertThrows(UnsupportedOperationException.class, () -> NAMES.levels.clear());
      assertThrows(UnsupportedOperationException.class, () -> NAMES.names.remove("Vatican"));
    }

    @Test
    void eachLevelsExampleIsFoundWithoutItsLevelWord() {
      for (String level : NAMES.levels) {
        assertEquals("elda", Gazetteer.standard().divisionKey(NAMES.examples.get("level " + level)), level);
      }
    }
  }

  @Nested
  class ReadingOtherNames {
    /** The "other names" of a C line: a demonym by its ending, a name of the country otherwise. */
    @ParameterizedTest(name = "{0}: demonym {1}")
    @CsvSource({
        "Varnesan, true",
        "Varnese, true",
        "Varnish, true",
        "Varnesi, true",
        "Varnech, true",
        "Varneser, true",
        "Varnesia, false",
        "Republic of Varnesa, false",
        "Republic of Varnistan, false",
        "Federation of Varnese, false",
    })
    void anOtherNameIsADemonymByItsEnding(String other, boolean demonym) throws IOException {
      Gazetteer g = GAZETTEER.with(new StringReader("C\tVarnesa\tVX\t" + other + "\n"), "places.tsv");
      assertEquals(demonym, g.demonym(other).isPresent(), "demonym");
      assertEquals(!demonym, g.lookup(other).isPresent(), "name");
    }
  }

  @Nested
  class InText {
    private java.util.List<io.claimcheck.claim.Claim> claims(String text) {
      java.util.List<io.claimcheck.claim.Claim> out = new java.util.ArrayList<>();
      ClaimExtractor.standard().extract(new io.claimcheck.claim.Document(new io.claimcheck.claim.Source("s", "test",
          java.time.LocalDate.of(2024, 3, 9), null, null), text), out::add);
      return out;
    }

    @Test
    void aDemonymLinesWordCountsItsCountrysPeople() {
      io.claimcheck.claim.Claim aboard = claims("The plane was carrying 40 people. Among those aboard were 23 Swiss.")
          .get(1);
      assertEquals("Switzerland", aboard.subject());
      // a list of the people of two countries splits its count along one dimension, so it is the whole
      assertTrue(claims("The dead were 12 Swiss and 8 Kiwis.").get(0).breakdownOf().orElseThrow().complete());
    }

    @ParameterizedTest(name = "{0} are the people of {1}")
    @CsvSource({
        "New Zealanders, New Zealand", "Costa Ricans, Costa Rica", "Papua New Guineans, Papua New Guinea",
        "South Africans, South Africa", "South Sudanese, South Sudan", "Cape Verdeans, Cape Verde"})
    void aDemonymOfTwoOrThreeWordsCountsItsCountrysPeople(String plural, String country) {
      assertEquals(country, claims("The plane was carrying 40 people. Among those aboard were 23 " + plural + ".")
          .get(1).subject());
      java.util.List<io.claimcheck.claim.Claim> list = claims("The dead were 12 " + plural + " and 8 Kiwis.");
      assertEquals(plural.toLowerCase(java.util.Locale.ROOT), list.get(0).subject());
      assertTrue(list.get(0).breakdownOf().orElseThrow().complete(), plural + ": a list of two countries' people");
    }

    @Test
    void aDemonymOfTwoWordsIsNoPlaceAndVotesForItsOwnCountry() {
      // "South" is a direction: "Africans" after it was a place the gazetteer lacks
      assertEquals(java.util.List.of(), claims("Fourteen South Africans were killed in the crash.").get(0).scope()
          .locations());
      // "Sudanese" alone is of Sudan; the two words are of South Sudan
      assertEquals(java.util.List.of("South Sudan"), claims("Six South Sudanese died in the attack.").get(0).scope()
          .locations());
      assertEquals(java.util.List.of("Sudan"), claims("Six Sudanese died in the attack.").get(0).scope().locations());
      // capitalised words before a demonym that are no part of it leave it one word
      assertEquals("germans", claims("The Varn Clinic said 12 Germans died.").get(0).subject());
      // three words vote for their country, not the country of the last two or the last
      assertEquals(java.util.List.of("Papua New Guinea"), claims("Papua New Guinean police said 12 people died"
          + " in a landslide.").get(0).scope().locations());
      // a direction before a demonym that with it is none: the people of no country, and no place
      io.claimcheck.claim.Claim region = claims("The dead were 12 South Americans and 8 Kiwis.").get(0);
      assertEquals("south americans", region.subject());
      assertEquals(java.util.List.of(), region.scope().locations());
      assertFalse(region.breakdownOf().orElseThrow().complete(), "a region's people and a country's: no whole");
      // "Central African" is a demonym of the table: the Central African Republic's people
      assertTrue(claims("The dead were 12 Central Africans and 8 Kiwis.").get(0).breakdownOf().orElseThrow()
          .complete());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a first-level division just after a city of its country says where the city is, as a country does
        "An air strike killed 12 people in Nablus, West Bank on Tuesday.|Nablus",
        "An air strike killed 12 people in Nablus in the West Bank on Tuesday.|Nablus",
        "A blast killed 12 people in Lyon, France on Tuesday.|Lyon",
        // joined by "and", or a list, each is a place of the count
        "An air strike killed 12 people in Gaza and the West Bank on Tuesday.|Gaza; West Bank",
        "A blast killed 12 people in Hebron and Nablus on Tuesday.|Hebron; Nablus",
        "Clashes killed 12 people in Hebron, Gaza Strip and East Jerusalem.|Hebron; Gaza Strip; East Jerusalem",
        "Floods killed 40 people in Jakarta, Sumatra and Sulawesi.|Jakarta; Sumatra; Sulawesi"})
    void aCityAndTheDivisionItIsInAreOnePlace(String text, String places) {
      assertEquals(java.util.List.of(places.split("; ")), claims(text).get(0).scope().locations());
    }

    /**
     * What is read of "in Gaza" and "in the Gaza Strip" (review 1, N8): the city and the area are
     * two places of Palestine, neither inside the other, so counts given for one and for the other
     * are not compared as counts of one place. News often means the Strip by "Gaza"; nothing here
     * says so yet (the city has no parent but its country).
     */
    @Test
    void theCityOfGazaAndTheGazaStripAreTwoPlacesOfOneCountry() {
      assertEquals(java.util.List.of("Gaza"), claims("An air strike killed 12 people in Gaza on Tuesday.").get(0)
          .scope().locations());
      assertEquals(java.util.List.of("Gaza Strip"), claims("An air strike killed 12 people in the Gaza Strip on"
          + " Tuesday.").get(0).scope().locations());
      io.claimcheck.event.PlaceResolver resolver = io.claimcheck.event.PlaceResolver.of(Gazetteer.standard());
      Place city = resolver.resolve("Gaza", null).orElseThrow();
      Place strip = resolver.resolve("Gaza Strip", null).orElseThrow();
      assertEquals("PS/c/gaza", city.id());
      assertEquals("PS/a/gaza-strip", strip.id());
      assertEquals(city.countryCode(), strip.countryCode());
      assertFalse(strip.contains(city));
      assertFalse(city.contains(strip));
    }

    @Test
    void eachAreaLineIsAFirstLevelDivisionOfItsCountryFoundWholeInTextAndInPaths() {
      assertFalse(NAMES.areas.isEmpty());
      io.claimcheck.event.PlaceResolver resolver = io.claimcheck.event.PlaceResolver.of(Gazetteer.standard());
      for (Map.Entry<String, String> a : NAMES.areas.entrySet()) {
        Place p = Gazetteer.standard().lookup(a.getKey()).orElseThrow(() -> new AssertionError(a.getKey()));
        Place country = p.parentPlace().orElseThrow();
        assertEquals(Place.Kind.ADMIN1, p.kind(), a.getKey());
        assertEquals(a.getValue(), country.name(), a.getKey());
        assertEquals(java.util.List.of(p), Gazetteer.standard().divisions(a.getKey()), a.getKey());
        assertEquals(java.util.List.of(a.getKey()), claims("Clashes killed 12 people in the " + a.getKey()
            + " on Monday, officials said.").get(0).scope().locations());
        String id = country.countryCode() + "/a/" + Place.slug(a.getKey());
        assertEquals(id, resolver.resolve(a.getKey(), null).orElseThrow().id());
        assertEquals(id + "/d/kellin", resolver.resolve("Kellin, " + a.getKey(), null).orElseThrow().id());
      }
    }

    /** Every people line of the file with its plural, given here (no rule makes "Basotho" of a noun). */
    private static final String[][] PEOPLE_PLURALS = {{"Dane", "Danes"}, {"Swede", "Swedes"}, {"Finn", "Finns"},
        {"Pole", "Poles"}, {"Turk", "Turks"}, {"Spaniard", "Spaniards"}, {"Croat", "Croats"}, {"Serb", "Serbs"},
        {"Bosniak", "Bosniaks"}, {"Uzbek", "Uzbeks"}, {"Kazakh", "Kazakhs"}, {"Tajik", "Tajiks"},
        {"Nepali", "Nepalis"}, {"Argentinian", "Argentinians"}, {"Salvadorean", "Salvadoreans"},
        {"Slovenian", "Slovenians"}, {"Basotho", "Basotho"}, {"Batswana", "Batswana"}, {"Kyrgyz", "Kyrgyz"},
        {"Kyrgyzstani", "Kyrgyzstanis"}, {"Comorian", "Comorians"}, {"Lao", "Lao"}, {"Greenlander", "Greenlanders"},
        {"Filipina", "Filipinas"}, {"Frenchman", "Frenchmen"}, {"Frenchmen", "Frenchmen"},
        {"Frenchwoman", "Frenchwomen"}, {"Frenchwomen", "Frenchwomen"}, {"Dutchman", "Dutchmen"},
        {"Dutchmen", "Dutchmen"}, {"Dutchwoman", "Dutchwomen"}, {"Dutchwomen", "Dutchwomen"},
        {"Irishman", "Irishmen"}, {"Irishmen", "Irishmen"}, {"Irishwoman", "Irishwomen"},
        {"Irishwomen", "Irishwomen"}, {"Cape Verdean", "Cape Verdeans"}, {"Equatoguinean", "Equatoguineans"},
        {"Ivoirian", "Ivoirians"}, {"Kittitian", "Kittitians"}, {"Nevisian", "Nevisians"},
        {"Tobagonian", "Tobagonians"}, {"Timorese", "Timorese"}};

    @Test
    void eachPeopleLineNamesItsCountrysPeopleAndItsPluralsListIsTheWhole() {
      java.util.Set<String> listed = new java.util.LinkedHashSet<>();
      for (String[] p : PEOPLE_PLURALS) {
        listed.add(p[0]);
        String country = NAMES.people.get(p[0]);
        assertEquals(country, Gazetteer.standard().peopleNoun(p[0]).name(), p[0]);
        java.util.List<io.claimcheck.claim.Claim> list = claims("The dead were 12 " + p[1] + " and 8 Kiwis.");
        assertEquals(2, list.size(), p[1]);
        assertTrue(list.get(0).breakdownOf().orElseThrow().complete(), p[1] + ": a list of two countries' people");
      }
      assertEquals(NAMES.people.keySet(), listed, "every people line has its plural here");
    }

    @Test
    void aPeopleNounIsNoDemonymSoAloneItVotesForNoCountry() {
      for (String p : NAMES.people.keySet()) {
        assertTrue(Gazetteer.standard().demonym(p).isEmpty(), p + " is a noun, no demonym");
      }
      // a place, a man's name, a common noun: no country is the place of these counts
      for (String text : java.util.List.of(
          "Rescuers reached the South Pole station on Monday. Three people were hurt, officials said.",
          "Finn Varn said four people died in the storm on Monday.",
          "A Pole vault champion said four people died in the storm on Monday.",
          "Turk Barrow, the mayor, said two people drowned on Monday.")) {
        assertEquals(java.util.List.of(), claims(text).get(0).scope().locations(), text);
      }
    }

    @Test
    void aCountOfAPeopleNounIsItsCountrysPeople() {
      for (String[] p : PEOPLE_PLURALS) {
        assertEquals(NAMES.people.get(p[0]), claims("The plane was carrying 40 people. Among those aboard were 23 "
            + p[1] + ".").get(1).subject(), p[1]);
      }
    }

    @Test
    void aNameLinesWordIsThePlace() {
      assertEquals(java.util.List.of("Algeria"),
          claims("The quake killed 40 people in Dzayer, officials said.").get(0).scope().locations());
    }
  }

  @Nested
  class WhenTheFileIsWrong {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ending\tAN\tGhanaian", "ending\tan", "alias\tUS", "level\tstate\t ", "demonym\tSwiss",
        "name\t\tAlgeria", "nation\tan\tGhanaian", "level\tstate\tElda State\teverywhere"})
    void aBadLineIsNamedWithItsFileAndLineAndWhatWasExpected(String line) {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> Gazetteer.Names.parse(new BufferedReader(new StringReader("# names\n\n" + line + "\n")), "names.tsv"));
      assertTrue(e.getMessage().startsWith("names.tsv:3: expected 'ending', the letters in lower case"), e.getMessage());
      assertTrue(e.getMessage().endsWith("got '" + line + "'"), e.getMessage());
    }

    @Test
    void goodLinesAreReadInOrder() throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "ending\tan\tGhanaian\nalias\tVX\tVarnesa\nlevel\tcanton\tCanton of Elda\nending\ti\tKuwaiti\n")), "names.tsv");
      assertEquals(java.util.List.of("an", "i"), n.endings);
      assertEquals(Map.of("VX", "Varnesa"), n.aliases);
      assertEquals(java.util.List.of("canton"), n.levels);
      assertTrue(n.isDemonym("Varnesi"));
      assertFalse(n.isDemonym("Varnesia"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"alias\tUS\tUnited States\nalias\tUS\tUnited Kingdom",
        "name\tVarneser\tVarnesa\ndemonym\tVarneser\tVarnesa", "level\tstate\tElda State\nlevel\tstate\tState of Elda"})
    void aSecondLineForOneKeyIsRefusedWithBothLines(String lines) {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> Gazetteer.Names.parse(new BufferedReader(new StringReader("# names\n" + lines + "\n")), "names.tsv"));
      assertTrue(e.getMessage().startsWith("names.tsv:3: the "), e.getMessage());
      assertTrue(e.getMessage().contains("has a line already (line 2)"), e.getMessage());
    }

    private static final java.util.List<String> TABLE = java.util.List.of("C\tVarnesa\tVX\t",
        "T\tPort Elda\tVX\t120000");

    private Gazetteer.Names aliases(String country) throws IOException {
      return Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\nalias\tVX\tVarnesa\nalias\tVR\t" + country + "\n")), "names.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Varnesia", "Port Elda", "varnesa"})
    void anAliasOfACountryTheTableLacksIsRefusedNamingTheFileTheLineAndWhatWasExpected(String country)
        throws IOException {
      Gazetteer.Names n = aliases(country);
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.of(TABLE, n));
      assertEquals("names.tsv:3: the alias 'VR' is of '" + country + "', which is no country of the gazetteer;"
          + " expected a country's name as gazetteer.tsv gives it (e.g. 'United Kingdom')", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"area", "people"})
    void anAreaOrAPeopleLineOfACountryTheTableLacksIsRefusedNamingTheFileAndTheLine(String kind) throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\n" + kind + "\tElda Strip\tVarnesa\n" + kind + "\tVarnoix\tVarnesia\n")), "names.tsv");
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.of(TABLE, n));
      assertEquals("names.tsv:3: the " + kind + " 'Varnoix' is of 'Varnesia', which is no country of the gazetteer;"
          + " expected a country's name as gazetteer.tsv gives it (e.g. 'United Kingdom')", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Port Elda|a city of Varnesa", "Varnesa|the country Varnesa"})
    void anAreaThatIsAlreadyAPlaceIsRefusedNamingTheFileTheLineAndThePlace(String name, String place)
        throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\narea\t" + name + "\tVarnesa\n")), "names.tsv");
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.of(TABLE, n));
      assertEquals("names.tsv:2: the area '" + name + "' is already a place of the gazetteer (" + place
          + "); expected a part of a country that no line of the table names", e.getMessage());
    }

    @Test
    void aPeopleNounThatIsAlreadyADemonymIsRefusedNamingTheFileTheLineAndItsCountry() throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\nending\tan\tGhanaian\npeople\tVarnesian\tElda\n")), "names.tsv");
      java.util.List<String> table = java.util.List.of("C\tVarnesa\tVX\tVarnesian", "C\tElda\tEL\t");
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.of(table, n));
      assertEquals("names.tsv:3: the people noun 'Varnesian' is already a demonym of Varnesa; expected a noun that"
          + " no country's line gives", e.getMessage());
    }

    @Test
    void anAreaAndAPeopleNounNoLineHasAreRead() throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\narea\tElda Strip\tVarnesa\npeople\tVarn\tVarnesa\n")), "names.tsv");
      Gazetteer g = Gazetteer.of(TABLE, n);
      assertEquals(Place.Kind.ADMIN1, g.lookup("Elda Strip").orElseThrow().kind());
      assertEquals("Varnesa", g.peopleNoun("Varn").name());
      assertTrue(g.demonym("Varn").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "demonym\tVarnoix\tVarnesia|the demonym 'Varnoix' is of 'Varnesia', which is no country of the gazetteer;"
            + " expected a country's name as gazetteer.tsv gives it (e.g. 'United Kingdom')",
        "name\tVarneser\tVarnesa|the name 'Varneser' is of 'Varnesa', but no country's line gives it; expected an"
            + " other name that the line of Varnesa gives",
        "demonym\tVarnoix\tElda|the demonym 'Varnoix' is of 'Elda', but it is an other name of Varnesa; expected an"
            + " other name that the line of Elda gives",
    })
    void aDemonymOrANameLineTheTableCannotTakeIsRefusedNamingTheFileAndTheLine(String line, String message)
        throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader("# names\n" + line + "\n")),
          "names.tsv");
      java.util.List<String> table = java.util.List.of("C\tVarnesa\tVX\tVarnoix", "C\tElda\tEL\t");
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.of(table, n));
      assertEquals("names.tsv:2: " + message, e.getMessage());
    }

    @Test
    void aDemonymLineOfAnOtherNameOfItsCountrysLineIsRead() throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\ndemonym\tVarnoix\tVarnesa\n")), "names.tsv");
      Gazetteer g = Gazetteer.of(java.util.List.of("C\tVarnesa\tVX\tVarnoix", "C\tElda\tEL\t"), n);
      assertEquals("Varnesa", g.demonym("Varnoix").orElseThrow().name());
    }

    @Test
    void aGazetteerOfItsOwnNamesFileReadsLevelWordsFromIt() throws IOException {
      // "ward" is no level word of the bundled file: only this file's lines make it one
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "# names\nlevel\tward\tElda Ward\talone\narea\tVarn Ward\tVarnesa\n")), "names.tsv");
      Gazetteer g = Gazetteer.of(TABLE, n);
      assertEquals(java.util.List.of("Varn Ward"), g.divisions("Varn").stream().map(Place::name).toList());
      assertEquals("varn", g.divisionKey("Ward of Varn"));
      assertTrue(g.hasDivisionWord("Elda Ward"));
      assertFalse(Gazetteer.standard().hasDivisionWord("Elda Ward"));
      assertEquals("elda ward", Gazetteer.standard().divisionKey("Elda Ward"));
    }

    @Test
    void anAliasOfACountryOfTheTableNamesIt() throws IOException {
      Gazetteer g = Gazetteer.of(TABLE, aliases("Varnesa"));
      assertEquals("Varnesa", g.lookup("VR").orElseThrow().name());
      assertEquals("Varnesa", g.lookup("VX").orElseThrow().name());
    }

    @Test
    void aDemonymOrANameLineOverridesTheEndings() throws IOException {
      Gazetteer.Names n = Gazetteer.Names.parse(new BufferedReader(new StringReader(
          "ending\ter\tNew Zealander\nname\tVarneser\tVarnesa\ndemonym\tVarnoix\tVarnesa\n")), "names.tsv");
      assertFalse(n.isDemonym("Varneser"));
      assertTrue(n.isDemonym("Varnoix"));
      assertTrue(n.isDemonym("Elder"));
    }
  }
}
