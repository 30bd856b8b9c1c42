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
import java.util.List;
import java.util.Optional;

/**
 * A composite claim ("about 130 killed in Damascus and Homs") that cannot equal the sum of what
 * its parts' groups agree on ("at least 87" in Damascus and 59 in Homs add to at least 146).
 */
final class SumOfParts implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "sum-of-parts", Severity.ERROR,
      "a composite claim cannot equal the sum of its parts' consensus",
      List.of(), List.of(),
      "{quantity}: {whole} cannot be the sum of its parts: {terms} = {sum}",
      "{wholeAllows}, but the parts' consensus adds up to {sum} ({consensus}); no value is in both.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    if (group.locations().size() < 2 || group.parts().size() < 2) {
      return; // a breakdown by place: one part for each place the composite names
    }
    BigDecimal tolerance = context.approximateTolerance();
    List<Group> parts = new ArrayList<>();
    Interval sum = null;
    for (String place : group.locations()) {
      Group part = null;
      for (String id : group.parts()) {
        Optional<Group> candidate = context.group(id);
        if (candidate.isPresent() && candidate.get().locations().equals(List.of(place))) {
          part = candidate.get();
        }
      }
      if (part == null || part.consensus() == null) {
        return; // every part must be known to add them up
      }
      parts.add(part);
      sum = sum == null ? part.consensus() : sum.plus(part.consensus());
    }
    for (Claim whole : group.claims()) {
      if (!whole.isReported()) {
        continue;
      }
      Interval claimed = Consensus.effective(whole.quantity(), tolerance);
      if (claimed.intersects(sum)) {
        continue;
      }
      boolean tooLow = claimed.upper().isPresent() && sum.lower().isPresent()
          && claimed.upper().get().compareTo(sum.lower().get()) < 0;
      List<Claim> involved = new ArrayList<>();
      involved.add(whole);
      StringBuilder terms = new StringBuilder();
      StringBuilder consensus = new StringBuilder();
      for (Group part : parts) {
        Claim binding = binding(part, tooLow, tolerance);
        involved.add(binding);
        if (terms.length() > 0) {
          terms.append(" + ");
          consensus.append(" + ");
        }
        terms.append(String.join(" and ", part.locations())).append(' ').append(Describe.claim(binding));
        consensus.append(String.join(" and ", part.locations())).append(' ').append(part.consensus());
      }
      context.report(group, involved, java.util.Map.of(
          "whole", Describe.claim(whole), "terms", terms.toString(), "sum", String.valueOf(sum),
          "wholeAllows", Describe.allows(whole, tolerance), "consensus", consensus.toString()));
    }
  }

  /** The claim that sets the part's bound the composite collides with; exact figures first. */
  private static Claim binding(Group part, boolean lowerBound, BigDecimal tolerance) {
    Interval consensus = part.consensus();
    Claim best = null;
    for (Claim c : part.claims()) {
      if (!c.isReported()) {
        continue;
      }
      Interval in = Consensus.effective(c.quantity(), tolerance);
      Optional<BigDecimal> bound = lowerBound ? in.lower() : in.upper();
      Optional<BigDecimal> target = lowerBound ? consensus.lower() : consensus.upper();
      if (bound.isPresent() && target.isPresent() && bound.get().compareTo(target.get()) == 0
          && (best == null || in.isPoint() && !Consensus.effective(best.quantity(), tolerance).isPoint())) {
        best = c;
      }
    }
    return best != null ? best : part.claims().get(0);
  }
}
