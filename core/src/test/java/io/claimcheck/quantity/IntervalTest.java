package io.claimcheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void printsWithInfinityForAnOpenUpperBound() {
    assertEquals("[87, ∞)", Interval.atLeast(87).toString());
    assertEquals("[117, 143]", Interval.between(117, 143).toString());
  }

  @Test
  void rejectsALowerBoundAboveTheUpper() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.between(5, 4));
    assertEquals("interval lower bound 5 is above its upper bound 4", e.getMessage());
  }

  @Test
  void equalValuesCompareEqualWhateverTheirScale() {
    assertEquals(Interval.exactly(new BigDecimal("87.00")), Interval.exactly(87));
  }

  @Test
  void intersectionIsWhatBothAllow() {
    assertEquals(Optional.of(Interval.between(87, 100)), Interval.atLeast(87).intersection(Interval.between(0, 100)));
    assertEquals(Optional.empty(), Interval.between(117, 143).intersection(Interval.atLeast(146)));
  }

  @Test
  void containmentIsOfAllValues() {
    assertTrue(Interval.atLeast(68).contains(Interval.atLeast(87)));
    assertFalse(Interval.atLeast(87).contains(Interval.atLeast(68)));
    assertFalse(Interval.between(0, 10).contains(Interval.atLeast(5)));
  }

  @Test
  void sumsAddBounds() {
    assertEquals(Interval.atLeast(146), Interval.atLeast(87).plus(Interval.exactly(59)));
    assertEquals(Interval.between(30, 50), Interval.between(10, 20).plus(Interval.between(20, 30)));
  }

  @Test
  void wideningAboutOneHundredThirtyByTenPercentGivesTheSeedsRange() {
    assertEquals(Interval.between(117, 143), Interval.exactly(130).widen(new BigDecimal("0.1")));
    assertEquals(Interval.between(90, 110), Interval.exactly(100).widen(new BigDecimal("0.1")));
  }

  @Test
  void wideningRoundsCountsOutwards() {
    assertEquals(Interval.between(78, 96), Interval.exactly(87).widen(new BigDecimal("0.1")));
  }

  @Test
  void relationsDistinguishAgreementOverlapAndContradiction() {
    assertEquals(Relation.AGREE, Interval.atLeast(59).relationTo(Interval.atLeast(59)));
    assertEquals(Relation.COMPATIBLE, Interval.atLeast(68).relationTo(Interval.atLeast(87)));
    assertEquals(Relation.DISJOINT, Interval.between(117, 143).relationTo(Interval.atLeast(146)));
  }

  @Test
  void qualifiersMoveWholeStrictBoundsByOne() {
    BigDecimal t = new BigDecimal("0.1");
    assertEquals(Interval.atLeast(121), Qualifier.MORE_THAN.interval(BigDecimal.valueOf(120), t));
    assertEquals(Interval.between(0, 9), Qualifier.FEWER_THAN.interval(BigDecimal.TEN, t));
    assertEquals(Interval.between(90, 99), Qualifier.NEARLY.interval(BigDecimal.valueOf(100), t));
    assertEquals(Interval.between(0, 0), Qualifier.NEARLY.interval(BigDecimal.ONE, t));
  }
}
