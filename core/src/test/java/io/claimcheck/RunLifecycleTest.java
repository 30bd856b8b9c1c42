package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.report.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run counts what it kept, and refuses input once it has given its report. */
class RunLifecycleTest {
  private static Claim claim(int i) {
    String doc = "doc" + i;
    Source source = new Source(doc, "Outlet " + (i % 3), LocalDate.of(2016, 3, 1 + i % 5), null, null, "claims.jsonl", i + 1);
    Quantity quantity = Quantity.of("at least " + (20 + i), BigDecimal.valueOf(20 + i), Qualifier.AT_LEAST, new BigDecimal("0.1"));
    Scope scope = new Scope(List.of("Harbour Town"), PartialDate.of(LocalDate.of(2016, 3, 1)), TimeScope.INCIDENT);
    return new Claim(doc + "#1", source, Measure.KILLED, null, quantity, scope, null, new Evidence(0, 5, "sentence " + i), null);
  }

  @Test
  void claimCountKeepsTheCountAfterFinish() {
    ClaimCheck.Run run = ClaimCheck.standard().start();
    for (int i = 0; i < 40; i++) {
      run.claim(claim(i));
    }
    assertEquals(40, run.claimCount());
    Report report = run.finish();
    assertEquals(40, run.claimCount());
    assertEquals(40, report.claims().size());
  }

  @Test
  void moreInputAfterFinishIsRefusedSayingSo() {
    ClaimCheck.Run run = ClaimCheck.standard().start();
    run.claim(claim(1));
    run.finish();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.claim(claim(2)));
    assertTrue(e.getMessage().contains("finished already"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> run.claim(claim(3), "claims.jsonl", 3));
    assertThrows(IllegalStateException.class, run::finish);
  }
}
