package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2016-02-21", "2016-02-29", "0000-01-01", "9999-12-31", "1900-01-01"})
  void aPlainDayIsTheDayTheGeneralParserGives(String text) {
    assertEquals(LocalDate.parse(text), IsoDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-02-29", "2016-13-01", "2016-00-10", "2016-04-31", "2016-2-21", "2016/02/21",
      "2016-02-2x", "+2016-02-21", "", "２０１６-02-21", "20160221"})
  void whatIsNotADayIsRefusedAsTheGeneralParserRefusesIt(String text) {
    assertThrows(DateTimeParseException.class, () -> LocalDate.parse(text));
    assertThrows(DateTimeParseException.class, () -> IsoDate.parse(text));
  }

  @Test
  void everyDayReadsAsTheGeneralParserReadsIt() {
    qt().withExamples(2000).forAll(integers().between(-200_000, 3_000_000)).checkAssert(n -> {
      LocalDate day = LocalDate.ofEpochDay(n);
      assertEquals(day, IsoDate.parse(day.toString()));
    });
  }

  @Test
  void anyTenCharactersReadAsTheGeneralParserReadsThem() {
    qt().withExamples(2000).forAll(strings().basicLatinAlphabet().ofLength(10)).checkAssert(text -> {
      String s = text.substring(0, 4) + "-" + text.substring(5, 7) + "-" + text.substring(8);
      LocalDate expected;
      try {
        expected = LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        assertThrows(DateTimeParseException.class, () -> IsoDate.parse(s));
        return;
      }
      assertEquals(expected, IsoDate.parse(s));
    });
  }
}
