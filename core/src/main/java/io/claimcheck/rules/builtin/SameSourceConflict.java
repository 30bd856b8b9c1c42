package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.group.Consensus;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One document that gives two figures for one quantity that cannot both be true. */
final class SameSourceConflict implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "same-source-conflict", Severity.ERROR,
      "one document gives two incompatible figures for one quantity",
      List.of(), List.of());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    Map<String, List<Claim>> byDocument = new LinkedHashMap<>();
    for (Claim c : group.claims()) {
      byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
    }
    for (List<Claim> same : byDocument.values()) {
      if (same.size() < 2) {
        continue;
      }
      Claim lowest = null;
      Claim highest = null;
      for (Claim c : same) {
        Interval in = Consensus.effective(c.quantity(), tolerance);
        if (in.upper().isPresent() && (lowest == null || in.upper().get()
            .compareTo(Consensus.effective(lowest.quantity(), tolerance).upper().get()) < 0)) {
          lowest = c;
        }
        if (in.lower().isPresent() && (highest == null || in.lower().get()
            .compareTo(Consensus.effective(highest.quantity(), tolerance).lower().get()) > 0)) {
          highest = c;
        }
      }
      if (lowest == null || highest == null || lowest == highest) {
        continue;
      }
      Interval a = Consensus.effective(lowest.quantity(), tolerance);
      Interval b = Consensus.effective(highest.quantity(), tolerance);
      if (a.intersects(b)) {
        continue;
      }
      String message = group.describe() + ": " + lowest.source().displayName() + " gives both '"
          + lowest.quantity().text() + "' and '" + highest.quantity().text() + "'";
      String explanation = Describe.allows(lowest, tolerance) + " and " + Describe.allows(highest, tolerance)
          + " in the same document (" + lowest.documentId() + "); no value is in both.";
      context.report(group, List.of(lowest, highest), message, explanation);
    }
  }
}
