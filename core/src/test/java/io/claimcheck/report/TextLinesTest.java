package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.claimcheck.ClaimCheck;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.internal.Printable;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text report's lines, made of pieces of the input's text and the report's own, are the old
 * lines: the whole text escaped, then a newline.
 */
class TextLinesTest {
  /** Letters, digits, the report's own marks, other scripts, controls, separators, bidi marks and surrogates. */
  private static final char[] CHARS = {'a', 'Z', '7', ' ', '[', ']', ':', ';', '∞', 'é', 'ß', '中', '\n', '\r', '\t',
      '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066',
      '\u2069', '\u200e', '\u200f', '\u061c', '\ud83d', '\ude00', '\udc00', '\\', '"'};
  /** The first of {@link #CHARS} that are safe: the report's own pieces are made of these. */
  private static final int SAFE = 12;

  private static String text(List<Integer> picks, int bound) {
    StringBuilder sb = new StringBuilder();
    picks.forEach(p -> sb.append(CHARS[p % bound]));
    return sb.toString();
  }

  @Test
  void aLineMadeOfAnyPiecesIsTheWholeTextEscaped() {
    qt().forAll(lists().of(lists().of(integers().between(0, 99)).ofSizeBetween(0, 8)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, 99)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, CHARS.length - 1)).ofSizeBetween(0, 5))
        .checkAssert((pieces, own, before) -> {
          String earlier = text(before, CHARS.length); // lines made before it in the same builder are left alone
          ReportFormat.Line line = new ReportFormat.Line(new StringBuilder(earlier));
          StringBuilder whole = new StringBuilder();
          line.begin();
          for (int i = 0; i < pieces.size(); i++) {
            String input = text(pieces.get(i), CHARS.length);
            line.text(input);
            whole.append(input);
            if (i < own.size()) { // the report's own text between the input's pieces
              String mark = text(own.subList(i, i + 1), SAFE);
              line.sb.append(mark);
              whole.append(mark);
            }
          }
          line.end();
          assertEquals(earlier + Printable.escape(whole.toString()) + "\n", line.sb.toString());
        });
  }

  @Test
  void aLineOfSafeTextIsKeptAsItIs() {
    ReportFormat.Line line = new ReportFormat.Line(new StringBuilder());
    line.begin().append("    ");
    line.text("c1");
    line.sb.append("  [87, ∞)");
    line.end();
    assertEquals("    c1  [87, ∞)\n", line.sb.toString());
  }

  @Test
  void aControlCharacterInALineIsEscapedInItAlone() {
    ReportFormat.Line line = new ReportFormat.Line(new StringBuilder());
    line.whole("kept");
    line.begin().append("    ");
    line.text("d1 (Outlet\n[error] forged)\u202e");
    line.end();
    line.whole(null);
    assertEquals("kept\n    d1 (Outlet\\n[error] forged)\\u202e\nnull\n", line.sb.toString());
  }

  @Test
  void textIsSafeExactlyWhenEscapingKeepsIt() {
    qt().forAll(lists().of(integers().between(0, CHARS.length - 1)).ofSizeBetween(0, 12)).checkAssert(picks -> {
      String s = text(picks, CHARS.length);
      assertEquals(Printable.escape(s).equals(s), Printable.safe(s), s);
    });
  }

  /** A writer that keeps what it is given and the longest single write. */
  private static final class Recording extends java.io.Writer {
    final StringWriter all = new StringWriter();
    int longest;
    boolean pairCut;

    @Override
    public void write(char[] b, int off, int len) {
      longest = Math.max(longest, len);
      pairCut |= len > 0 && Character.isHighSurrogate(b[off + len - 1]);
      all.write(b, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aQuantityOfManyClaimsIsWrittenInSlicesThatKeepPairsWholeTheSameOnOneThreadAsOnTwo() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) { // one quantity: one place, day and measure; an outlet with an emoji pair
      Quantity q = new Quantity("at least " + (100 + i % 7), BigDecimal.valueOf(100 + i % 7), Qualifier.AT_LEAST,
          Interval.atLeast(100 + i % 7), false);
      claims.add(new Claim("d" + i + "#1", new Source("d" + i, "Outlet \ud83d\ude00 " + i % 13, LocalDate.of(2020, 3, 2), null,
          null), Measure.of("killed"), null, q, new Scope(List.of("Springfield"), PartialDate.parse("2020-03-01"),
          TimeScope.INCIDENT), null, new Evidence(0, 9, "a sentence")));
    }
    Report report = ClaimCheck.builder().build().checkClaims(claims);
    Recording one = new Recording();
    ReportFormat.TEXT.write(report, one, 1);
    Recording two = new Recording();
    ReportFormat.TEXT.write(report, two, 2);
    assertEquals(one.all.toString(), two.all.toString());
    assertEquals(true, one.all.toString().contains("Outlet \ud83d\ude00 12"));
    assertEquals(true, one.longest <= 8192, "longest write " + one.longest);
    assertEquals(true, two.longest <= 8192, "longest write " + two.longest);
    assertEquals(false, one.pairCut || two.pairCut);
  }
}
