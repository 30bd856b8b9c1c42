package io.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFinderTest {
  private static final NumberFinder FINDER = NumberFinder.standard();

  /** The one phrase found in {@code text}, which must be exactly {@code phrase}. */
  private static NumberPhrase find(String text, String phrase) {
    List<NumberPhrase> found = FINDER.find(text);
    List<NumberPhrase> matching = found.stream().filter(p -> p.text().equals(phrase)).collect(Collectors.toList());
    assertEquals(1, matching.size(), () -> "'" + phrase + "' in '" + text + "': found " + found);
    NumberPhrase p = matching.get(0);
    assertEquals(phrase, text.substring(p.start(), p.end()));
    return p;
  }

  private static Interval interval(String lower, String upper) {
    BigDecimal lo = new BigDecimal(lower);
    return upper.equals("inf") ? Interval.atLeast(lo) : Interval.between(lo, new BigDecimal(upper));
  }

  @Nested
  class CountsAsNewsPrintsThem {
    @ParameterizedTest(name = "{0} -> [{2}, {3}] {1}")
    @CsvSource(delimiter = '|', value = {
      "killed at least 87 people|at_least|87|inf|at least 87",
      "killed more than 120 people|more_than|121|inf|more than 120",
      "killed about 130 people|about|130|130|about 130",
      "the war has killed 290,000|exact|290000|290000|290,000",
      "killed more than a quarter of a million people|more_than|250001|inf|more than a quarter of a million",
      "eighty-seven people died|exact|87|87|eighty-seven",
      "two hundred and fifty were hurt|exact|250|250|two hundred and fifty",
      "half a million fled|exact|500000|500000|half a million",
      "three dozen homes|exact|36|36|three dozen",
      "1.5 million displaced|exact|1500000|1500000|1.5 million",
      "a $2bn budget|exact|2000000000|2000000000|2bn",
      "nearly 100 died|nearly|90|99|nearly 100",
      "up to 700 workers|up_to|0|700|up to 700",
      "fewer than 10 remain|fewer_than|0|9|fewer than 10",
      "no fewer than 12 people|at_least|12|inf|no fewer than 12",
      "upwards of 3,000 people|more_than|3001|inf|upwards of 3,000",
      "in excess of 400 deaths|more_than|401|inf|in excess of 400",
      "an estimated 1,200 people|about|1200|1200|an estimated 1,200",
      "some 40 people|about|40|40|some 40",
      "as many as 60 people|up_to|0|60|as many as 60",
      "between 20 and 30 people|between|20|30|between 20 and 30",
      "20 to 30 people|between|20|30|20 to 30",
      "20-30 people|between|20|30|20-30",
      "two or three people|between|2|3|two or three",
      "between 2 and 3 million people|between|2000000|3000000|between 2 and 3 million",
      "100 or more people|at_least|100|inf|100 or more",
      "10,000+ people|at_least|10000|inf|10,000+",
      "dozens of people|vague|24|99|dozens",
      "hundreds of people|vague|200|999|hundreds",
      "tens of thousands fled|vague|20000|99999|tens of thousands",
      "more than a dozen people|more_than|13|inf|more than a dozen",
      "killed 3k people|exact|3000|3000|3k",
      "1.2m people|exact|1200000|1200000|1.2m",
      "2mil people|exact|2000000|2000000|2mil",
    })
    void readsTheFigureAndItsInterval(String text, String qualifier, String lower, String upper, String phrase) {
      NumberPhrase p = find(text, phrase);
      assertEquals(NumberKind.CARDINAL, p.kind());
      assertEquals(qualifier, p.quantity().qualifier().id());
      assertEquals(interval(lower, upper), p.quantity().interval());
    }

    @Test
    void aboutIsApproximateButAtLeastIsNot() {
      assertTrue(find("about 130 died", "about 130").quantity().approximate());
      assertTrue(!find("at least 87 died", "at least 87").quantity().approximate());
    }

    @Test
    void precisionTellsRoundedFiguresApart() {
      assertEquals(0, find("290,000 dead", "290,000").quantity().precision().compareTo(BigDecimal.valueOf(10_000)));
      assertEquals(0, find("87 dead", "87").quantity().precision().compareTo(BigDecimal.ONE));
    }

    @Test
    void aChangeOfFigureIsTwoFiguresNotARange() {
      List<NumberPhrase> found = FINDER.find("the toll rose from 68 to 87");
      assertEquals(List.of("68", "87"), found.stream().map(NumberPhrase::text).collect(Collectors.toList()));
    }

    @Test
    void theConservativeLexiconReadsVagueCountsAsLowerBounds() {
      NumberFinder conservative = NumberFinder.builder().lexicon(VagueLexicon.conservative()).build();
      NumberPhrase p = conservative.find("dozens of people").get(0);
      assertEquals(Interval.atLeast(12), p.quantity().interval());
    }

    @Test
    void callersCanAddVagueCounts() {
      NumberFinder custom = NumberFinder.builder()
          .lexicon(VagueLexicon.defaults().with("a handful", Interval.between(3, 9), false)).build();
      NumberPhrase p = custom.find("a handful of people").get(0);
      assertEquals("a handful", p.text());
      assertEquals(Interval.between(3, 9), p.quantity().interval());
    }
  }

  @Nested
  class WhatIsNotACount {
    @ParameterizedTest(name = "{1} in ''{0}'' is {2}")
    @CsvSource(delimiter = '|', value = {
      "the 3rd attack|3rd|ordinal",
      "the second blast|second|ordinal",
      "the twenty-first victim|twenty-first|ordinal",
      "a 40% rise|40%|percent",
      "100 percent guarantee|100 percent|percent",
      "12 per cent of voters|12 per cent|percent",
      "in 2016 the war|2016|year",
      "since 2011|2011|year",
      "the 1990s|1990s|year",
      "on Feb. 21, 2016 there|'Feb. 21, 2016'|date",
      "truce from September 12|September 12|date",
      "on 21 February|21 February|date",
      "on 2016-02-21|2016-02-21|date",
      "on 5/17/2018|5/17/2018|date",
      "two thirds of voters|two thirds|fraction",
      "one in five children|one in five|fraction",
      "3/4 of them|3/4|fraction",
    })
    void isReportedWithItsKind(String text, String phrase, String kind) {
      assertEquals(kind, find(text, phrase).kind().id());
    }

    @ParameterizedTest(name = "nothing in ''{0}''")
    @CsvSource(delimiter = '|', value = {
      "the 180.25ml liquid",
      "a 29km road",
      "at 10:30 on Sunday",
      "at 3 pm",
      "at 11 a.m.",
      "the A380 and the G20",
      "call +1-222-2222-2222",
      "0:00:38",
    })
    void timesUnitsAndIdentifiersAreNotReported(String text) {
      assertEquals(List.of(), FINDER.find(text));
    }

    @Test
    void aFigureRunIntoTheNextLabelOfAScrapedListIsStillAFigure() {
      String text = "Chile: 120Peru: 44 (including 5 crew)New Zealand: 1,208United Kingdom: 6";
      assertEquals(List.of("120", "44", "5", "1,208", "6"), FINDER.find(text).stream().map(NumberPhrase::text).toList());
    }

    @ParameterizedTest(name = "nothing in ''{0}''")
    @CsvSource(delimiter = '|', value = {
      "Model: 3Series cars",
      "the 12Peru label",
      "Shares: 3Com fell",
    })
    void aWordGluedToDigitsOutsideSuchAListIsNoFigure(String text) {
      assertEquals(List.of(), FINDER.find(text));
    }

    @Test
    void aYearFollowedByANounIsACount() {
      assertEquals(NumberKind.CARDINAL, find("2016 people attended", "2016").kind());
    }
  }

  @Nested
  class HugeNumbers {
    @Test
    void twentyFiveNinesAreExact() {
      String nines = "9".repeat(25);
      NumberPhrase p = find("killed " + nines + " people", nines);
      assertEquals(NumberKind.CARDINAL, p.kind());
      assertEquals(new BigDecimal(nines), p.quantity().value());
    }

    @Test
    void aNumberPastTheExactRangeIsReportedAsOverflowWithATrueBound() {
      String digits = "7".repeat(Scanner.MAX_DIGITS + 1);
      NumberPhrase p = find("x " + digits + " y", digits);
      assertEquals(NumberKind.OVERFLOW, p.kind());
      assertEquals(Interval.atLeast(BigDecimal.ONE.scaleByPowerOfTen(Scanner.MAX_DIGITS)), p.quantity().interval());
      assertEquals(Qualifier.EXACT, p.quantity().qualifier());
    }
  }
}
