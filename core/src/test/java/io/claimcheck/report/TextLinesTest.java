package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.claimcheck.internal.Printable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report's lines, appended in pieces and ended, are the old lines: the whole text escaped, then a newline. */
class TextLinesTest {
  /** Letters, digits, the report's own marks, other scripts, controls, separators, bidi marks and surrogates. */
  private static final char[] CHARS = {'a', 'Z', '7', ' ', '[', ']', ':', ';', '∞', 'é', 'ß', '中', '\n', '\r', '\t',
      '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066',
      '\u2069', '\u200e', '\u200f', '\u061c', '\ud83d', '\ude00', '\udc00', '\\', '"'};

  private static String text(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    picks.forEach(p -> sb.append(CHARS[p]));
    return sb.toString();
  }

  @Test
  void aLineAppendedInAnyPiecesIsTheWholeTextEscaped() {
    qt().forAll(lists().of(integers().between(0, CHARS.length - 1)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, CHARS.length - 1)).ofSizeBetween(0, 5))
        .checkAssert((picks, cuts, before) -> {
          String line = text(picks);
          String earlier = text(before); // lines made before it in the same builder are left alone
          StringBuilder sb = new StringBuilder(earlier);
          int from = sb.length();
          int at = 0;
          for (int cut : cuts.stream().sorted().toList()) {
            int to = Math.min(cut, line.length());
            sb.append(line, Math.max(at, 0), Math.max(to, at));
            at = Math.max(to, at);
          }
          sb.append(line, at, line.length());
          ReportFormat.end(sb, from);
          assertEquals(earlier + Printable.escape(line) + "\n", sb.toString());
        });
  }

  @Test
  void aLineOfSafeTextIsKeptAsItIs() {
    StringBuilder sb = new StringBuilder("    c1  at least 87 [87, ∞)");
    ReportFormat.end(sb, 0);
    assertEquals("    c1  at least 87 [87, ∞)\n", sb.toString());
  }

  @Test
  void aControlCharacterInALineIsEscapedThere() {
    StringBuilder sb = new StringBuilder("kept\u001b\n");
    int from = sb.length();
    sb.append("    d1 (Outlet\n[error] forged)").append('\u202e');
    ReportFormat.end(sb, from);
    assertEquals("kept\u001b\n    d1 (Outlet\\n[error] forged)\\u202e\n", sb.toString());
  }
}
