package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.claimcheck.claim.PartialDate;
import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormsTest {
  /** The forms as they were made before they were appended: by concatenation and {@code %04d}. */
  private static String oldInterval(BigDecimal lower, BigDecimal upper) {
    return (lower == null ? "(-∞" : "[" + lower.toPlainString()) + ", " + (upper == null ? "∞)" : upper.toPlainString() + "]");
  }

  private static String oldDate(int year, Integer month, Integer day) {
    return String.format("%04d", year) + (month == null ? "" : String.format("-%02d", month)
        + (day == null ? "" : String.format("-%02d", day)));
  }

  @Nested
  class ANumber {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "87", "-31", "12.50", "0.001", "1E+3", "-2.5E+2", "999999999999999999", "1000000000000000000",
        "-999999999999999999", "123456789012345678901234567890", "1E-20", "9223372036854775807", "-9223372036854775808"})
    void isWrittenAsItsPlainString(String text) {
      BigDecimal v = new BigDecimal(text);
      assertEquals(v.toPlainString(), TextForms.plain(new StringBuilder(), v).toString());
    }

    @Test
    void ofAnyDigitsAndScaleIsWrittenAsItsPlainString() {
      qt().forAll(longs().all(), integers().between(-25, 25), integers().between(0, 3)).checkAssert((unscaled, scale, widen) -> {
        // widen: the unscaled value times 10^(9 * widen), past a long's range
        BigDecimal v = new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(9 * widen)), scale);
        assertEquals(v.toPlainString(), TextForms.plain(new StringBuilder("x"), v).substring(1));
      });
    }
  }

  @Nested
  class AnInterval {
    @Test
    void isWrittenAsItWasByConcatenation() {
      qt().forAll(longs().between(-2_000_000, 2_000_000), integers().between(-3, 3), integers().between(0, 3))
          .checkAssert((n, scale, open) -> {
            BigDecimal lower = (open & 1) == 1 ? null : BigDecimal.valueOf(n, scale);
            BigDecimal upper = (open & 2) == 2 ? null : BigDecimal.valueOf(n + 17, scale);
            String old = oldInterval(lower, upper);
            assertEquals(old, TextForms.interval(new StringBuilder(), lower, upper).toString());
            if (lower != null || upper != null) {
              Interval in = lower == null ? Interval.atMost(upper)
                  : upper == null ? Interval.atLeast(lower) : Interval.between(lower, upper);
              assertEquals(oldInterval(in.lower().orElse(null), in.upper().orElse(null)), in.toString());
            }
          });
    }

    @Test
    void namesItsUnboundedSides() {
      assertEquals("[87, ∞)", Interval.atLeast(87).toString());
      assertEquals("(-∞, -31]", Interval.atMost(BigDecimal.valueOf(-31)).toString());
      assertEquals("[117, 143]", Interval.between(117, 143).toString());
    }
  }

  @Nested
  class APartialDate {
    @Test
    void isWrittenAsPercentZeroFourD() {
      qt().forAll(integers().between(-99_999, 99_999), integers().between(0, 12), integers().between(0, 31))
          .checkAssert((year, month, day) -> {
            Integer m = month == 0 ? null : month;
            Integer d = m == null || day == 0 ? null : day;
            String old = oldDate(year, m, d);
            assertEquals(old, TextForms.date(new StringBuilder(), year, m, d).toString());
            if (d == null || d <= 28) {
              assertEquals(old, new PartialDate(year, m, d).toString());
            }
          });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2016-02-21, 2016, 2, 21", "0007-01, 7, 1,", "-001, -1, ,", "-012, -12, ,", "12345, 12345, ,",
        "-2147483648, -2147483648, ,"})
    void hasItsIsoForm(String form, int year, Integer month, Integer day) {
      assertEquals(form, TextForms.date(new StringBuilder(), year, month, day).toString());
    }
  }
}
