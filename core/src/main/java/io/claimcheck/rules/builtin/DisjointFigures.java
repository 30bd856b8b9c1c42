package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Consensus;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two sources that cannot both be right: claims of one incident, published the same day by
 * different documents, whose intervals (approximate ones widened) share no value. A higher figure
 * published later is an update and a lower one is {@code toll-decreased}'s concern; cumulative
 * tolls are left to that rule too.
 */
final class DisjointFigures implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "disjoint-figures", Severity.ERROR,
      "two claims of a group, published the same day by different sources, cannot both be true",
      List.of(), List.of());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    if (group.timeScope() == TimeScope.CUMULATIVE || group.claims().size() < 2) {
      return;
    }
    BigDecimal tolerance = context.approximateTolerance();
    Map<LocalDate, List<Claim>> byDay = new HashMap<>();
    List<Claim> undated = new ArrayList<>();
    for (Claim c : group.claims()) {
      LocalDate day = c.source().published();
      if (day == null) {
        undated.add(c);
      } else {
        byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(c);
      }
    }
    Claim[] worst = null;
    BigDecimal worstGap = null;
    List<List<Claim>> buckets = new ArrayList<>(byDay.values());
    for (List<Claim> bucket : buckets) {
      bucket.addAll(undated);
    }
    if (byDay.isEmpty()) {
      buckets.add(undated);
    }
    for (List<Claim> bucket : buckets) {
      // the claims with the lowest upper bounds against the one with the highest lower bound
      // each claim's bounds once, not once per comparison
      Map<Claim, BigDecimal> uppers = new IdentityHashMap<>();
      Map<Claim, BigDecimal> lowers = new IdentityHashMap<>();
      for (Claim c : bucket) {
        Interval in = Consensus.effective(c.quantity(), tolerance);
        in.upper().ifPresent(u -> uppers.put(c, u));
        lowers.put(c, in.lower().orElse(BigDecimal.valueOf(Long.MIN_VALUE)));
      }
      List<Claim> byUpper = new ArrayList<>(bucket);
      byUpper.removeIf(c -> !uppers.containsKey(c));
      byUpper.sort(Comparator.comparing((Claim c) -> uppers.get(c)).thenComparing(Claim::id));
      List<Claim> byLower = new ArrayList<>(bucket);
      byLower.sort(Comparator.comparing((Claim c) -> lowers.get(c)).reversed().thenComparing(Claim::id));
      for (int i = 0; i < Math.min(3, byUpper.size()); i++) {
        Claim low = byUpper.get(i);
        for (int j = 0; j < Math.min(3, byLower.size()); j++) {
          Claim high = byLower.get(j);
          if (Objects.equals(low.documentId(), high.documentId())) {
            continue;
          }
          BigDecimal gap = lower(high, tolerance).subtract(upper(low, tolerance));
          if (gap.signum() > 0 && (worstGap == null || gap.compareTo(worstGap) > 0)) {
            worst = new Claim[] {low, high};
            worstGap = gap;
          }
        }
      }
    }
    if (worst == null) {
      return;
    }
    Claim low = worst[0];
    Claim high = worst[1];
    String message = group.describe() + ": " + Describe.claim(low) + " and " + Describe.claim(high)
        + " cannot both be true";
    String explanation = Describe.allows(low, tolerance) + " and " + Describe.allows(high, tolerance)
        + "; no value is in both (" + high.quantity().interval().lower().map(BigDecimal::toPlainString).orElse("?")
        + " is above " + upper(low, tolerance).toPlainString() + "), and both were published on the same day.";
    context.report(group, List.of(low, high), message, explanation);
  }

  private static BigDecimal upper(Claim c, BigDecimal tolerance) {
    return Consensus.effective(c.quantity(), tolerance).upper().orElseThrow();
  }

  private static BigDecimal lower(Claim c, BigDecimal tolerance) {
    Interval in = Consensus.effective(c.quantity(), tolerance);
    return in.lower().orElse(BigDecimal.valueOf(Long.MIN_VALUE));
  }
}
