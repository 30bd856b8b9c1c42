package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.group.Consensus;
import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.util.List;

/** How messages print claims and intervals, the same way in every rule. */
final class Describe {
  private static final int MAX_NAMED = 6;

  private Describe() {}

  /** {@code at least 87 (Financial Tribune, citing Syrian Observatory for Human Rights)}. */
  static String claim(Claim c) {
    String who = c.source().displayName() + (c.attribution() == null ? "" : ", citing " + c.attribution());
    return c.quantity().text() + " (" + who + ")";
  }

  /** Claims joined by commas; past six, the first five, "...", and the last. */
  static String claims(List<Claim> claims) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.size() > MAX_NAMED && i == MAX_NAMED - 1) {
        sb.append(", ... ").append(claims.size() - MAX_NAMED).append(" more");
        i = claims.size() - 1;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(claim(claims.get(i)));
    }
    return sb.toString();
  }

  /** What a claim allows once widened: "'about 130' within 10% allows [117, 143]". */
  static String allows(Claim c, BigDecimal tolerance) {
    Interval effective = Consensus.effective(c.quantity(), tolerance);
    String within = c.quantity().approximate()
        ? " within " + tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : "";
    return "'" + c.quantity().text() + "'" + within + " allows " + effective;
  }
}
