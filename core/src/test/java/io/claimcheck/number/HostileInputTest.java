package io.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.internal.Decimals;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input meant to hurt: huge numbers, long lines, broken Unicode. The time limits only guard
 * against hangs; speed is measured by the benchmarks in {@code bench}.
 */
class HostileInputTest {
  private static final NumberFinder FINDER = NumberFinder.standard();
  private static final Duration HANG = Duration.ofSeconds(60);

  @Test
  void aTenMegabyteLineOfDigitsIsOneOverflowPhrase() {
    String digits = "1234567890".repeat(1_000_000);
    List<NumberPhrase> found = assertTimeoutPreemptively(HANG, () -> FINDER.find(digits));
    assertEquals(1, found.size());
    NumberPhrase p = found.get(0);
    assertEquals(NumberKind.OVERFLOW, p.kind());
    assertEquals(0, p.start());
    assertEquals(digits.length(), p.end());
    // the lower bound its digits imply, capped at the largest figure the quantity model takes
    assertEquals("1" + "0".repeat(999), Decimals.format(p.quantity().value()));
  }

  @Test
  void aMillionDigitNumberIsReportedAsOverflowNotSilentlyWrong() {
    String text = "the toll was " + "9".repeat(1_000_000) + " people";
    NumberPhrase p = assertTimeoutPreemptively(HANG, () -> FINDER.find(text)).get(0);
    assertEquals(NumberKind.OVERFLOW, p.kind());
    assertTrue(p.quantity().interval().upper().isEmpty());
  }

  @Test
  void ninesPastTheLongRangeStayExact() {
    String nines = "9".repeat(40);
    NumberPhrase p = FINDER.find(nines).get(0);
    assertEquals(nines, Decimals.format(p.quantity().value()));
  }

  @Test
  void loneSurrogatesAndControlCharactersAreHarmless() {
    String text = "\uD800 killed \uDC00 87\u0000 people \u0007\u001B[31m at least\uFFFF 5 \uD83D";
    List<NumberPhrase> found = FINDER.find(text);
    NumberFinderPropertiesTest.assertWellFormed(text);
    assertTrue(found.stream().anyMatch(p -> p.text().equals("87")));
  }

  @Test
  void longChainsOfNumberLikeTokensFinish() {
    String[] chains = {
      "1-".repeat(500_000), "1/".repeat(500_000), "1:".repeat(500_000), "one ".repeat(300_000),
      "at least ".repeat(200_000), "a quarter of ".repeat(100_000), "111 ".repeat(300_000),
      "1,000".repeat(200_000), "hundred ".repeat(300_000), "- ".repeat(500_000), "2^".repeat(300_000),
      "between 1 and ".repeat(100_000),
    };
    for (String chain : chains) {
      assertTimeoutPreemptively(HANG, () -> NumberFinderPropertiesTest.assertWellFormed(chain));
    }
  }

  @Test
  void htmlLeftInTheTextIsReadAroundItsTags() {
    String html = "<p>Officials said <b>at least 87</b> people died.</p><br/>&nbsp;12&#160;000";
    List<NumberPhrase> found = FINDER.find(html);
    assertTrue(found.stream().anyMatch(p -> p.text().equals("at least 87")), () -> found.toString());
  }
}
