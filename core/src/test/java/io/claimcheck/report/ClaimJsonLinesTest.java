package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimcheck.claim.Claim;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimJsonLinesTest {
  @Test
  void claimsAsJsonLinesAreTheLinesToJsonGivesEachEndedAsPrintlnEndsThem() {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    List<Claim> claims = SeedsReport.report().claims();
    StringWriter out = new StringWriter();
    StringBuilder expected = new StringBuilder();
    try (ClaimJson.Lines lines = ClaimJson.lines(out)) {
      for (Claim c : claims) {
        lines.write(c);
        expected.append(ClaimJson.toJson(c)).append(System.lineSeparator());
      }
    }
    assertFalse(claims.isEmpty());
    assertEquals(expected.toString(), out.toString());
  }

  @Test
  void closingTheLinesLeavesTheirWriterOpen() {
    StringWriter out = new StringWriter() {
      @Override
      public void close() {
        throw new AssertionError("closed");
      }
    };
    ClaimJson.lines(out).close();
    assertEquals("", out.toString());
  }
}
