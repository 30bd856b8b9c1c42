package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields the extractor gives a claim beside its figure: whether it counts one incident or a
 * series (a war, a year), the date a bare year gives, and the place of a whole toll. Sentences are
 * invented for these cases.
 */
class ClaimFieldsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

  private static Claim only(String text, String figure) {
    List<Claim> claims = EXTRACTOR.extract(new Document(new Source("d", "Outlet", LocalDate.of(2021, 6, 9), null, null), text));
    return claims.stream().filter(c -> c.quantity().text().equals(figure)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + figure + "' in " + claims));
  }

  @Nested
  class IncidentOrSeries {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      // words that close a count make a series only where the sentence names one
      "The overall death toll from the landslide rose to 58, officials said.|58|incident",
      "Rescuers have so far pulled 41 bodies from the collapsed hotel.|41|incident",
      "In total, 23 people died in the two explosions at the depot.|23|incident",
      "Across all of last year the rebels killed 3,400 people in total.|3,400|cumulative",
      "The war has so far killed more than 80,000 people, the monitor says.|more than 80,000|cumulative",
      // a war or crisis word that heads its phrase, not one that modifies a noun or labels a headline
      "The insurgency killed more than 9,000 people in 2019.|more than 9,000|cumulative",
      "Flood crisis: regional officials put the toll at 74.|74|incident",
      "The national crisis centre said there were 31 victims at the station.|31|incident",
      "A car bomb in the war-torn north of the country killed 16 people on Friday.|16|incident",
      // "since" a period, not since the incident itself
      "The conflict has killed 12,000 people since 2016.|12,000|cumulative",
      "Nine people trapped since the tunnel caved in were brought out alive.|Nine|incident",
    })
    void theScopeFollowsWhatTheSentenceCounts(String sentence, String figure, String scope) {
      assertEquals(TimeScope.valueOf(scope.toUpperCase(java.util.Locale.ROOT)), only(sentence, figure).scope().timeScope());
    }
  }

  @Nested
  class Dates {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      "The insurgency killed more than 9,000 people in 2019.|more than 9,000|2019",
      "Floods killed 312 people in March, the agency said.|312|2021-03",
    })
    void aYearOrMonthTheSentenceGivesDatesTheClaim(String sentence, String figure, String date) {
      assertEquals(PartialDate.parse(date), only(sentence, figure).scope().date());
    }

    @org.junit.jupiter.api.Test
    void aDayNamedInOneParagraphDoesNotDateTheNextParagraphsClaims() {
      String text = "The ferry capsized on Sunday near the river port.\n\nA coastguard officer says 14 people drowned.";
      assertEquals(null, only(text, "14").scope().date());
      String sameParagraph = "The ferry capsized on Sunday near the river port. A coastguard officer says 14 people drowned.";
      assertEquals(PartialDate.parse("2021-06-06"), only(sameParagraph, "14").scope().date());
    }

    @org.junit.jupiter.api.Test
    void aBareYearInAnEarlierSentenceIsNotCarriedToTheNextClaim() {
      Claim c = only("About 900 people died in 2005 when a cyclone struck the delta. "
          + "On Tuesday the governor said 17 people had died in the new storm.", "17");
      assertEquals(PartialDate.parse("2021-06-08"), c.scope().date());
    }
  }

  @Nested
  class StatesOfTheInjured {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      // those in hospital or in critical condition are a state whose count falls: a subgroup of the injured
      "At least 20 died and over 70 were hurt in the crash, and doctors said 9 of the injured were in critical condition.|9|in critical condition",
      "Eleven passengers remain in hospital after the derailment.|Eleven|in hospital",
      "The fire injured 40 people, with 6 in intensive care.|6|in critical condition",
      "Two firefighters are still receiving intensive care.|Two|firefighters in critical condition",
      "Fourteen children are being treated in the regional hospital.|Fourteen|children in hospital",
      // a count that does not fall stays the whole count of the injured
      "Rescuers said 23 people were taken to hospital after the crash.|23|",
      "The crash injured 40 people.|40|",
    })
    void aCountInCareIsASubgroupOfTheInjured(String sentence, String figure, String subject) {
      Claim c = only(sentence, figure);
      assertEquals(io.claimcheck.claim.Measure.INJURED, c.measure());
      assertEquals(subject, c.subject());
    }
  }

  @Nested
  class PeoplePresent {
    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
      // those aboard or inside when it happened: a count of its own, never the toll
      "The coach was carrying 52 passengers and crew when it left the road.|52|aboard|",
      "Nineteen tourists were aboard, the operator said.|Nineteen|aboard|tourists",
      // a nationality is its country's people, under the country's name
      "Officials said 31 Canadians were aboard.|31|aboard|Canada",
      "Investigators think some 800 shoppers were in the mall as its floors gave way.|some 800|inside|shoppers",
      "The hall collapsed with more than 1,100 guests inside.|more than 1,100|inside|guests",
      // still inside after it: unaccounted for
      "Firefighters said up to 30 workers were still inside.|up to 30|missing|",
      // burials
      "By Sunday 260 had been buried in a common grave near the river.|260|buried|",
    })
    void aCountOfThosePresentHasItsOwnMeasure(String sentence, String figure, String measure, String subject) {
      Claim c = only(sentence, figure);
      assertEquals(measure, c.measure().name());
      assertEquals(subject, c.subject());
    }
  }

  @Nested
  class ListsOfNationalities {
    @org.junit.jupiter.api.Test
    void eachItemCountsItsCountrysPeopleWhereTheArticlesLastCountWas() {
      String text = "The ferry sank off Arica carrying 212 people. The operator listed them: Chile: 12; Peru: 4; Bolivia: 2.";
      for (String[] item : new String[][] {{"12", "Chile"}, {"4", "Peru"}, {"2", "Bolivia"}}) {
        Claim c = only(text, item[0]);
        assertEquals("aboard", c.measure().name());
        assertEquals(item[1], c.subject());
        assertEquals(List.of("Arica"), c.scope().locations());
      }
    }

    @org.junit.jupiter.api.Test
    void aScrapedTableWhoseFiguresRunIntoTheNextLabelIsReadItemByItem() {
      // a table whose cells lost their line breaks: "Peru: 44Bolivia: 30"
      String text = "The coach from Arica was carrying 190 passengers and crew. The operator gave these figures:"
          + "Chile: 101Peru: 44 (including 6 crew)Bolivia: 30New Zealand: 9United Kingdom: 6";
      for (String[] item : new String[][] {{"101", "Chile"}, {"44", "Peru"}, {"30", "Bolivia"}, {"9", "New Zealand"},
          {"6", "United Kingdom"}}) {
        Claim c = EXTRACTOR.extract(new Document(new Source("d", "Outlet", LocalDate.of(2021, 6, 9), null, null), text))
            .stream().filter(x -> x.quantity().text().equals(item[0]) && item[1].equals(x.subject())).findFirst()
            .orElseThrow(() -> new AssertionError("no " + item[0] + " " + item[1]));
        assertEquals("aboard", c.measure().name());
      }
    }

    @org.junit.jupiter.api.Test
    void aCountryAfterOfOrFromNamesTheNationalityNotThePlace() {
      String text = "The ferry sank off Arica. Among the 212 dead were 120 people from Chile, 43 from Peru and 12 from Bolivia.";
      for (String[] item : new String[][] {{"120", "Chile"}, {"43", "Peru"}, {"12", "Bolivia"}}) {
        Claim c = only(text, item[0]);
        assertEquals("killed", c.measure().name());
        assertEquals(item[1], c.subject());
        assertEquals(List.of("Arica"), c.scope().locations());
      }
      Claim aboard = only("The coach left Arica. Also aboard were 19 citizens of Peru.", "19");
      assertEquals("aboard", aboard.measure().name());
      assertEquals("Peru", aboard.subject());
    }

    @org.junit.jupiter.api.Test
    void aCountryAfterInIsThePlaceOfTheCount() {
      Claim c = only("The storm killed 12 people in Chile and 4 in Peru.", "12");
      assertEquals(null, c.subject());
      assertEquals(List.of("Chile"), c.scope().locations());
    }

    @org.junit.jupiter.api.Test
    void theLastItemOfAListAtTheEndOfTheSentenceIsRead() {
      Claim c = only("The bus was carrying 40 people. Officials listed them: Chile: 31; Peru: 9", "9");
      assertEquals("Peru", c.subject());
    }
  }

  @Nested
  class Subjects {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // an adverb, a day or a modal after the figure names no one
      "The mayor said 43 people died. In May the count went back down to 41 again.|41",
      "The toll reached 350 till this afternoon, the fire service said.|350",
      "Shelling killed more than 100 Friday in the old town.|more than 100",
      "Up to 2,000 may have died in the mudslide.|Up to 2,000",
      "Scores may have been killed in the raid.|Scores",
      "Police said the toll of 27 included the two gunmen.|27",
    })
    void aWordThatNamesNoOneIsNoSubgroup(String text, String figure) {
      Claim c = only(text, figure);
      assertEquals("killed", c.measure().name());
      assertEquals(null, c.subject());
    }
  }

  @Nested
  class ATollNamedWithoutItsFigure {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      // the count a later "the figure" stands for is the last one named, with its figure or not
      "Some 300 residents were reported missing, and officials refused to give a death toll. On Friday they offered"
          + " a number, and came to 58.|58|killed",
      "Some 300 residents were reported missing. On Friday the figure was lowered to 210.|210|missing",
      // "no injuries" names no count
      "Some 300 residents were reported missing, and there were no injuries. On Friday the figure was lowered to 210.|210|missing",
    })
    void aLaterFigureCountsWhatTheArticleLastNamed(String text, String figure, String measure) {
      assertEquals(measure, only(text, figure).measure().name());
    }
  }

  @Nested
  class EarlierValues {
    @org.junit.jupiter.api.Test
    void theValueAfterWhoGaveTheFigureIsItsEarlierValue() {
      Claim c = only("The number of dead has climbed to 63, the provincial disaster office said on Monday, "
          + "up from 41 a day before.", "41");
      assertEquals(io.claimcheck.claim.Measure.KILLED, c.measure());
      assertEquals(PartialDate.parse("2021-06-06"), c.asOf());
    }

    @org.junit.jupiter.api.Test
    void aFigureAfterTheSpeakerThatIsNoEarlierValueIsNotOne() {
      List<Claim> claims = EXTRACTOR.extract(new Document(new Source("d", "Outlet", LocalDate.of(2021, 6, 9), null, null),
          "The number of dead has climbed to 63, the governor said, adding that 20 were children."));
      assertEquals(List.of(), claims.stream().filter(c -> c.asOf() != null).toList());
    }
  }

  @Nested
  class Modalities {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      "The raid may have left up to 900 people dead, a local official said.|up to 900|REPORTED",
      "Dozens may have been killed in the two villages.|Dozens|REPORTED",
      "The toll from the ferry fire could rise to 300, a coastguard officer warned.|300|PROJECTED",
      // "be" just before the figure: an estimate of the present count, not of a future one
      "The number of people unaccounted for in the valley could be as high as 4,000.|as high as 4,000|REPORTED",
      "The toll may be 212, the regional health office said.|212|REPORTED",
      "More villagers could be displaced, and the camps could reach 8,000 by May.|8,000|PROJECTED",
    })
    void aModalBeforeHaveOrBeEstimatesAndIsNoProjection(String sentence, String figure, String modality) {
      assertEquals(io.claimcheck.claim.Modality.valueOf(modality), only(sentence, figure).modality());
    }
  }

  @Nested
  class Places {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      "The toll has risen to 640 in the town of Varnesa alone, the agency said.|640|Varnesa",
      "The ministry, at a briefing at its headquarters in Madrid, said 35 people died in Varnesa.|35|Varnesa",
      "Speaking to reporters in Geneva, the envoy said 212 people were killed in Varnesa.|212|Varnesa",
      // a place inside the words of the count, before its figure
      "The death toll in the city of Leeds rose to 41, regional officials said.|41|Leeds",
      "The number of missing in Varnesa rose to 700.|700|Varnesa",
      "The number of missing people in the eastern town of Varnesa could be as high as 600.|as high as 600|Varnesa",
    })
    void thePlaceIsWhereTheCountWasNotWhereItWasAnnounced(String sentence, String figure, String place) {
      assertEquals(List.of(place), only(sentence, figure).scope().locations());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      // a small place the gazetteer lacks, inside or by the parent the text gives: one place, its path
      "A fire killed 40 workers in Kellin, near Arequipa, on Monday.|40|Kellin, Arequipa",
      "A fire killed 40 workers in Kellin near Arequipa on Monday.|40|Kellin, Arequipa",
      "A car bomb killed 12 people in Varnesa, a northern suburb of Damascus.|12|Varnesa, Damascus",
      "A car bomb killed 12 people in Varnesa, 10 km east of Damascus.|12|Varnesa, Damascus",
      "A car bomb killed 12 people in Varnesa outside Damascus.|12|Varnesa, Damascus",
      "A car bomb killed 12 people in Varnesa, Syria.|12|Varnesa, Syria",
      // another romanisation of a known city is that city; an Arabic article starts a name
      "The quake killed 15 people in Tachkent.|15|Tashkent",
      "The quake killed 15 people in Al Varnesa.|15|Al Varnesa",
      "In Varnesa, a town in Syria, a car bomb killed 12 people.|12|Varnesa, Syria",
    })
    void aSmallPlaceIsNamedWithTheParentTheTextGivesIt(String sentence, String figure, String place) {
      assertEquals(List.of(place), only(sentence, figure).scope().locations());
    }

    @org.junit.jupiter.api.Test
    void aListOfPlacesIsNoPlaceAndItsParent() {
      assertEquals(List.of("Varnesa", "Damascus", "Homs"),
          only("Car bombs killed 12 people in Varnesa, Damascus and Homs.", "12").scope().locations());
    }

    @org.junit.jupiter.api.Test
    void aKnownPlaceNearAnotherIsTheOneWhereTheCountWas() {
      assertEquals(List.of("Homs"), only("Shelling killed 9 people in Homs, 160 km north of Damascus.", "9")
          .scope().locations());
    }

    @org.junit.jupiter.api.Test
    void aPlaceWhereAFigureWasAnnouncedIsNoPlaceOfTheCount() {
      assertEquals(List.of(), only("The agency, in a briefing in Geneva, said its toll of 418 was an estimate.", "418")
          .scope().locations());
    }

    @org.junit.jupiter.api.Test
    void aCountryInsideAnAirlinesNameIsNoPlaceTheArticleIsAbout() {
      String text = "Kenya Airways said the jet came down in the hills of northern Tanzania. "
          + "Kenya Airways said it would fly relatives out. Kenya Airways gave no other details. "
          + "Rescuers said 38 people died.";
      assertEquals(List.of("Tanzania"), only(text, "38").scope().locations());
    }

    @org.junit.jupiter.api.Test
    void anOverallTollWithoutAPlaceOfItsOwnIsTheCountrysNotTheMainCitys() {
      String text = "Rescuers in Cebu searched the rubble after the earthquake in the Philippines. "
          + "In Cebu, 40 people were killed when a church collapsed. "
          + "Hospitals in Cebu treated hundreds of people. "
          + "The agency later put the overall death toll at 160.";
      assertEquals(List.of("Cebu"), only(text, "40").scope().locations());
      assertEquals(List.of("Philippines"), only(text, "160").scope().locations());
    }
  }
}
