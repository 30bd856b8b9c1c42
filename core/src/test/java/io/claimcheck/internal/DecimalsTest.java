package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  /** format as it was before whole numbers were written from their long: always by stripping zeros. */
  private static String stripped(BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    int plainDigits = v.precision() - v.scale();
    if (plainDigits > 1000 || v.scale() > 1000) {
      return v.toString();
    }
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  @Test
  void aNumberOfAnyDigitsAndScaleIsFormattedAsByStrippingItsZeros() {
    qt().forAll(longs().all(), integers().between(-25, 25), integers().between(0, 3)).checkAssert((unscaled, scale, widen) -> {
      BigDecimal v = new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(9 * widen)), scale);
      assertEquals(stripped(v), Decimals.format(v), v::toString);
    });
  }

  @Test
  void wholeNumbersAreTheirDigits() {
    assertEquals("0", Decimals.format(BigDecimal.ZERO));
    assertEquals("-1000", Decimals.format(new BigDecimal("-1000")));
    assertEquals("999999999999999999", Decimals.format(new BigDecimal("999999999999999999")));
    assertEquals("1000000000000000000", Decimals.format(new BigDecimal("1000000000000000000")));
    assertEquals("1000", Decimals.format(new BigDecimal("1E+3")));
    assertEquals("12.5", Decimals.format(new BigDecimal("12.50")));
  }
}
