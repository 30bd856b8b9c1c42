package io.claimcheck.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventResolutionTest {
  private static final PlaceResolver PLACES = PlaceResolver.of(Gazetteer.standard());
  private static int counter;

  private static Claim claim(String doc, String published, long value, String sentence, String... places) {
    return claim(doc, published, null, value, null, sentence, places);
  }

  private static Claim claim(String doc, String published, String date, long value, String subject, String sentence,
      String... places) {
    Quantity q = Quantity.of(String.valueOf(value), BigDecimal.valueOf(value), Qualifier.EXACT, new BigDecimal("0.1"));
    Source s = new Source(doc, "Outlet " + doc, LocalDate.parse(published), null, null);
    return new Claim(doc + "#" + (++counter), s, Measure.KILLED, subject, q,
        new Scope(List.of(places), date == null ? null : PartialDate.parse(date), TimeScope.INCIDENT), null,
        new Evidence(0, 1, sentence));
  }

  private static Resolution resolve(Claim... claims) {
    return DefaultEventResolver.standard().resolve(List.of(claims), Map.of());
  }

  private static String eventOf(Resolution r, Claim c) {
    for (Group g : r.quantities()) {
      if (g.claims().contains(c)) {
        return g.event();
      }
    }
    throw new AssertionError("claim not resolved: " + c);
  }

  private static Group quantityOf(Resolution r, Claim c) {
    return r.quantities().stream().filter(g -> g.claims().contains(c)).findFirst().orElseThrow();
  }

  @Nested
  class Places {
    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Syria|Damascus|true",
        "Damascus|Syria|false",
        "Nigeria|Zamfara State, Nigeria|true",
        "Zamfara State, Nigeria|Kellin, Zamfara State, Nigeria|true",
        "Nigeria|Kellin, Zamfara State, Nigeria|true",
        "Arequipa|Varnesa market, Arequipa, Peru|true",
        "Homs|Damascus|false",
        "Chile|northeastern Chile|true"})
    void containmentHoldsAtEveryLevel(String outer, String inner, boolean expected) {
      Place o = PLACES.resolve(outer, null).orElseThrow();
      Place i = PLACES.resolve(inner, null).orElseThrow();
      assertEquals(expected, o.contains(i), o + " / " + i);
    }

    @ParameterizedTest(name = "{0} ({1}) is the country, not a region of \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "South Korea|KR|Korea",
        "South Africa|ZA|Africa",
        "South Sudan|SS|Sudan",
        "North Macedonia|MK|Macedonia",
        "East Timor|TL|Timor",
        "North Korea|KP|Korea"})
    void aCountryWhoseNameStartsWithACompassWordIsThatCountry(String country, String code, String rest) {
      Place whole = PLACES.resolve(country, null).orElseThrow();
      assertEquals(Place.Kind.COUNTRY, whole.kind(), whole.id());
      assertEquals(code, whole.countryCode());
      Place town = PLACES.resolve("Velmora, " + country, null).orElseThrow();
      assertEquals(Place.Kind.DISTRICT, town.kind());
      assertEquals(whole.id(), town.parent().id(), town.id());
      assertEquals(code + "/d/velmora", town.id());
      assertFalse(town.id().contains("/d/" + rest.toLowerCase(java.util.Locale.ROOT)), town.id());
    }

    @ParameterizedTest(name = "{0} stands for {1}")
    @CsvSource(delimiter = '|', value = {
        "northeastern Chile|CL",
        "southern Sudan|SD",
        "North Sudan|SD",
        "western Velmora, Peru|PE"})
    void aCompassWordBeforeANameTheGazetteerLacksWholeIsARegionOfThePlace(String name, String code) {
      Place p = PLACES.resolve(name, null).orElseThrow();
      assertEquals(code, p.countryCode(), p.id());
      assertFalse(p.id().contains("north") || p.id().contains("south") || p.id().contains("west"), p.id());
    }

    @Test
    void aCityWhoseNameStartsWithACompassWordIsThatCityNotTheOneItNames() {
      Place city = PLACES.resolve("North York", null).orElseThrow();
      assertEquals(Place.Kind.CITY, city.kind());
      assertEquals("CA", city.countryCode());
    }

    @Test
    void homonymsAreKeptApartByCountry() {
      Place country = PLACES.resolve("Georgia", null).orElseThrow();
      Place state = Gazetteer.standard().division("Georgia", "US").orElseThrow();
      assertEquals(Place.Kind.COUNTRY, country.kind());
      assertEquals(Place.Kind.ADMIN1, state.kind());
      assertNotEquals(country.id(), state.id());
      assertFalse(country.contains(state));
    }

    @Test
    void anotherSpellingOfACityIsThatCityInItsCountry() {
      Place spelled = PLACES.resolve("Tachkent, Uzbekistan", null).orElseThrow();
      assertEquals(PLACES.resolve("Tashkent", null).orElseThrow().id(), spelled.id());
      assertEquals(Place.Kind.CITY, spelled.kind());
      // under another country the spelling is no such city
      assertNotEquals(spelled.id(), PLACES.resolve("Tachkent, Chile", null).orElseThrow().id());
    }

    @Test
    void aPathThroughAFirstLevelDivisionPutsItsSmallPlaceInThatDivision() {
      Place state = PLACES.resolve("Zamfara State, Nigeria", null).orElseThrow();
      assertEquals(Place.Kind.ADMIN1, state.kind());
      assertEquals("NG/a/zamfara", state.id());
      Place district = PLACES.resolve("Kellin, Zamfara State, Nigeria", null).orElseThrow();
      assertEquals(Place.Kind.DISTRICT, district.kind());
      assertEquals(state.id(), district.parent().id());
    }

    @Test
    void anUnknownSiteIsPutUnderThePlaceThePathNames() {
      Place site = PLACES.resolve("Varnesa market, Arequipa, Peru", null).orElseThrow();
      assertEquals(Place.Kind.SITE, site.kind());
      assertEquals("Arequipa", site.parent().name());
      assertEquals("PE", site.countryCode());
      assertEquals("PE/c/arequipa/s/varnesa-market", site.id());
    }
  }

  @Nested
  class Events {
    @Test
    void aSmallPlaceTheTextAttachesToItsParentJoinsTheEventThere() {
      // the profile says Qaryat Nahr lies near Aleppo: the claim joins the Aleppo incident
      DocumentProfile profile = new DocumentProfile("a", LocalDate.parse("2020-03-02"),
          List.of(Gazetteer.standard().lookup("Aleppo").orElseThrow()), "bombing", null, Map.of("Qaryat Nahr", "Aleppo"));
      Claim near = claim("a", "2020-03-02", 12, "Twelve died in Qaryat Nahr.", "Qaryat Nahr");
      Claim city = claim("b", "2020-03-02", 15, "Fifteen died near Aleppo.", "Aleppo");
      Resolution r = DefaultEventResolver.standard().resolve(List.of(near, city), Map.of("a", profile));
      assertEquals(eventOf(r, near), eventOf(r, city));
      assertEquals(1, r.events().size());
    }

    @Test
    void aClaimWithNoPlaceJoinsItsDocumentsEvent() {
      Claim placed = claim("a", "2020-03-02", 40, "Forty died in Homs.", "Homs");
      Claim bare = claim("a", "2020-03-02", 41, "The toll rose to 41.");
      Resolution r = resolve(placed, bare);
      assertEquals(eventOf(r, placed), eventOf(r, bare));
      assertEquals(quantityOf(r, placed), quantityOf(r, bare));
    }

    @Test
    void placesNamedAtDifferentLevelsAreOneIncidentAndOneQuantity() {
      Claim city = claim("a", "2020-03-02", 40, "Forty died in Arequipa.", "Arequipa");
      Claim country = claim("b", "2020-03-03", 44, "Forty-four died in Peru.", "Peru");
      Claim none = claim("c", "2020-03-03", 45, "The toll is 45.");
      Resolution r = resolve(city, country);
      assertEquals(1, r.events().size());
      assertEquals(1, r.quantities().size());
      assertEquals(2, resolve(city, none).events().size(), "a document with no place joins no placed event");
    }

    @Test
    void anOlderEventTheSentenceMarksIsKeptApart() {
      Claim now = claim("a", "2020-03-02", "2020-03-01", 40, null, "Forty died in Homs on Sunday.", "Homs");
      Claim older = claim("a", "2020-03-02", "2020-01", 60, null, "An attack last month in Homs killed 60.", "Homs");
      Resolution r = resolve(now, older);
      assertNotEquals(eventOf(r, now), eventOf(r, older));
    }

    @Test
    void anEarlierDateWithoutAnOlderEventMarkerIsAnAsOfOfTheSameEvent() {
      Claim now = claim("a", "2020-03-09", "2020-03-09", 40, null, "The toll stands at 40.", "Homs");
      Claim before = claim("a", "2020-03-09", "2020-03-09", 30, null, "Thirty had died.", "Homs");
      Resolution r = resolve(now, before);
      assertEquals(eventOf(r, now), eventOf(r, before));
    }

    @Test
    void twoUnrelatedEventsWithNoPlaceAreNeverJoined() {
      Claim a = claim("a", "2018-05-14", 14, "Fourteen died.");
      Claim b = claim("b", "2019-11-05", 2000, "Two thousand are feared dead.");
      Resolution r = resolve(a, b);
      assertNotEquals(eventOf(r, a), eventOf(r, b));
    }

    @Test
    void incidentsInOneCityMonthsApartAreTwoEvents() {
      Claim a = claim("a", "2018-05-14", 14, "Fourteen died in Gent.", "Gent");
      Claim b = claim("b", "2018-10-23", 3, "Three died in Gent.", "Gent");
      Resolution r = resolve(a, b);
      assertEquals(2, r.events().size());
    }

    @Test
    void resolutionDoesNotDependOnTheOrderOfClaims() {
      List<Claim> claims = new ArrayList<>(List.of(
          claim("a", "2020-03-02", 40, "Forty died in Homs.", "Homs"),
          claim("b", "2020-03-02", 12, "Twelve died in Damascus.", "Damascus"),
          claim("c", "2020-03-03", 55, "Fifty-five died in Homs and Damascus.", "Homs", "Damascus"),
          claim("d", "2021-05-01", 3, "Three died.")));
      Resolution forward = DefaultEventResolver.standard().resolve(claims, Map.of());
      java.util.Collections.reverse(claims);
      Resolution backward = DefaultEventResolver.standard().resolve(claims, Map.of());
      assertEquals(forward.events(), backward.events());
      assertEquals(forward.quantities().stream().map(Group::key).toList(),
          backward.quantities().stream().map(Group::key).toList());
    }
  }

  @Nested
  class Quantities {
    @Test
    void placesBesideEachOtherArePartsOfTheCompositeWhole() {
      Claim homs = claim("a", "2020-03-02", 40, "Forty died in Homs.", "Homs");
      Claim damascus = claim("a", "2020-03-02", 12, "Twelve died in Damascus.", "Damascus");
      Claim both = claim("b", "2020-03-02", 52, "Fifty-two died in Homs and Damascus.", "Homs", "Damascus");
      Resolution r = resolve(homs, damascus, both);
      Group whole = quantityOf(r, both);
      assertEquals(whole.id(), quantityOf(r, homs).partOf());
      assertEquals(whole.id(), quantityOf(r, damascus).partOf());
      assertEquals(2, whole.parts().size());
    }

    @Test
    void wordsForTheVictimsAsAWholeAreTheWholeTollAndOthersAreSubgroups() {
      Claim people = claim("a", "2020-03-02", null, 40, "people", "Forty people died in Homs.", "Homs");
      Claim total = claim("b", "2020-03-02", null, 41, null, "The toll is 41 in Homs.", "Homs");
      Claim children = claim("b", "2020-03-02", null, 9, "children", "Nine children died in Homs.", "Homs");
      Resolution r = resolve(people, total, children);
      assertEquals(quantityOf(r, people), quantityOf(r, total));
      assertEquals(quantityOf(r, total).id(), quantityOf(r, children).subgroupOf());
    }

    @Test
    void aCountOfThoseAboardIsForTheIncidentsDateWheneverItIsReported() {
      Quantity q = Quantity.of("212", BigDecimal.valueOf(212), Qualifier.EXACT, new BigDecimal("0.1"));
      Claim killed = claim("a", "2020-03-02", "2020-03-01", 40, null, "Forty died in Homs on Sunday.", "Homs");
      Claim aboard = new Claim("b#1", new Source("b", "Outlet b", LocalDate.parse("2020-03-04"), null, null),
          Measure.of("aboard"), null, q, new Scope(List.of("Homs"), null, TimeScope.INCIDENT), null,
          new Evidence(0, 1, "The train was carrying 212 people."));
      Resolution r = resolve(killed, aboard);
      assertEquals(PartialDate.parse("2020-03-01"), quantityOf(r, aboard).timeline().get(0).asOf());
      assertEquals(PartialDate.parse("2020-03-02"), quantityOf(r, killed).timeline().get(0).asOf());
    }

    @Test
    void theTimelineGivesAsOfTimesAndNormalisedBodies() {
      Claim c = new Claim("a#1", new Source("a", "Outlet", LocalDate.parse("2020-03-02"), null, null), Measure.KILLED,
          null, Quantity.of("40", BigDecimal.valueOf(40), Qualifier.EXACT, new BigDecimal("0.1")),
          new Scope(List.of("Homs"), null, TimeScope.INCIDENT), "a police spokesman", new Evidence(0, 1, "x"));
      Group g = resolve(c).quantities().get(0);
      assertEquals("police", g.timeline().get(0).body());
      assertEquals(PartialDate.parse("2020-03-02"), g.timeline().get(0).asOf());
      assertTrue(g.partOfQuantity().isEmpty());
    }
  }
}
