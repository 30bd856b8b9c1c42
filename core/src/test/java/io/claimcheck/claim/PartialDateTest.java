package io.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Nested
  class Printing {
    @ParameterizedTest(name = "{0}-{1}-{2} prints as {3}")
    @CsvSource(nullValues = "null", value = {
      "2016, 2, 21, 2016-02-21",
      "2016, 12, null, 2016-12",
      "2016, null, null, 2016",
      "33, 1, 5, 0033-01-05",
      "0, null, null, 0000",
      "12345, null, null, 12345",
      "-5, null, null, -005",
    })
    void isIsoWithFourDigitYearsAndTwoDigitMonthsAndDays(int year, Integer month, Integer day, String printed) {
      assertEquals(printed, new PartialDate(year, month, day).toString());
    }

    @Test
    void printsWhatTheFormatterPrintsForAnyDate() {
      qt().forAll(integers().between(-20_000, 20_000), integers().between(0, 12), integers().between(0, 28))
          .checkAssert((year, month, day) -> {
            Integer m = month == 0 ? null : month;
            Integer d = m == null || day == 0 ? null : day;
            PartialDate date = new PartialDate(year, m, d);
            String expected = String.format(Locale.ROOT, "%04d", year)
                + (m == null ? "" : String.format(Locale.ROOT, "-%02d", m))
                + (d == null ? "" : String.format(Locale.ROOT, "-%02d", d));
            assertEquals(expected, date.toString());
          });
    }

    @Test
    void parsesWhatItPrints() {
      qt().forAll(integers().between(1000, 9999), integers().between(0, 12), integers().between(0, 28))
          .checkAssert((year, month, day) -> {
            Integer m = month == 0 ? null : month;
            Integer d = m == null || day == 0 ? null : day;
            PartialDate date = new PartialDate(year, m, d);
            assertEquals(date, PartialDate.parse(date.toString()));
          });
    }
  }
}
