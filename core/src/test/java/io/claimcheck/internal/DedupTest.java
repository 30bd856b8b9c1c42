package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DedupTest {
  @Test
  void anEqualValueSeenBeforeIsGivenBackAsTheOneHeld() {
    Dedup<String> d = new Dedup<>(4);
    String first = new String("Outlet 71");
    String second = new String("Outlet 71");
    assertSame(first, d.of(first));
    assertSame(first, d.of(second));
  }

  @Test
  void figuresOfAnotherScaleAreNotTheSameValue() {
    Dedup<BigDecimal> d = new Dedup<>(4);
    BigDecimal fifty = new BigDecimal("50");
    d.of(fifty);
    BigDecimal written = new BigDecimal("50.0");
    assertSame(written, d.of(written));
    assertEquals("50.0", d.of(new BigDecimal("50.0")).toPlainString());
  }

  @Test
  void nullStaysNull() {
    assertNull(new Dedup<String>(2).of(null));
  }

  @Test
  void whateverComesInAnEqualValueComesOutAndTheTableStaysItsSize() {
    qt().withExamples(300).forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(0, 200))
        .checkAssert(values -> {
          Dedup<String> d = new Dedup<>(3);
          for (String v : values) {
            assertEquals(v, d.of(new String(v)));
          }
        });
  }

  @Test
  void aTableOfNoSlotsOrTooManyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Dedup<String>(0));
    assertThrows(IllegalArgumentException.class, () -> new Dedup<String>(25));
  }
}
