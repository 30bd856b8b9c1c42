package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Spread;
import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compatible claims whose printed figures spread too far: 68, 83 and 87 can all be lower bounds of
 * one toll, but outlets that disagree by 28% deserve a look. Cumulative tolls are compared only
 * at their latest date, since they grow.
 */
final class DivergentFigures implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "divergent-figures", Severity.WARNING,
      "compatible claims whose printed figures spread more than maxRelativeSpread",
      List.of(ParameterSpec.decimal("maxRelativeSpread", "0.15", "0", "100",
          "largest accepted (max - min) / min of the printed figures")),
      List.of());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    if (group.consensus() == null) {
      return; // not compatible: disjoint-figures speaks
    }
    List<Claim> figures = new ArrayList<>();
    Set<String> documents = new HashSet<>();
    for (Claim c : group.claims()) {
      Qualifier q = c.quantity().qualifier();
      boolean single = q != Qualifier.BETWEEN && q != Qualifier.VAGUE;
      boolean current = group.timeScope() == TimeScope.INCIDENT || group.date() == null
          || group.date().equals(c.scope().date());
      if (single && current && c.quantity().value().signum() >= 0) {
        figures.add(c);
        documents.add(c.documentId());
      }
    }
    if (documents.size() < 2) {
      return;
    }
    figures.sort(Comparator.comparing((Claim c) -> c.quantity().value()).thenComparing(Claim::id));
    List<BigDecimal> values = new ArrayList<>();
    figures.forEach(c -> values.add(c.quantity().value()));
    BigDecimal spread = Spread.relative(values);
    BigDecimal max = context.decimal("maxRelativeSpread");
    if (spread.compareTo(max) <= 0) {
      return;
    }
    BigDecimal low = values.get(0);
    BigDecimal high = values.get(values.size() - 1);
    String message = group.describe() + ": " + Describe.claims(figures) + " spread " + Spread.percent(spread)
        + ", more than maxRelativeSpread " + Spread.percent(max);
    String explanation = "The printed figures range from " + low.toPlainString() + " to " + high.toPlainString()
        + ": (" + high.toPlainString() + " - " + low.toPlainString() + ") / " + low.toPlainString() + " = "
        + Spread.percent(spread) + ". Their intervals meet (the consensus is " + group.consensus()
        + "), so all can be true, but the sources disagree on the figure by more than "
        + Spread.percent(max) + ".";
    context.report(group, figures, message, explanation);
  }
}
