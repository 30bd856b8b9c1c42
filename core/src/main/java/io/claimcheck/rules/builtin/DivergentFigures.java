package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.group.Consensus;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Spread;
import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compatible figures for the same time whose printed values spread too far: 68, 83 and 87 can all
 * be lower bounds of one toll, but outlets that disagree by 28% deserve a look; so do two bodies
 * one article quotes ("no more than 150" against "as many as 2,000"). Figures for different times
 * are a timeline, compared by {@code toll-decreased}.
 */
final class DivergentFigures implements Rule {
  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "divergent-figures", Severity.WARNING,
      "compatible figures of one quantity for the same time whose printed values spread more than maxRelativeSpread",
      List.of(ParameterSpec.decimal("maxRelativeSpread", "0.15", "0", "100",
          "largest accepted (max - min) / min of the printed figures")),
      List.of(),
      "{quantity}: for {time}, {figures} spread {spread}, more than maxRelativeSpread {max}{dispute}",
      "The printed figures range from {lowest} to {highest}: ({highest} - {lowest}) / {lowest} = {spread}. Their"
          + " intervals meet (the consensus is {consensus}), so all can be true, but the sources disagree on the"
          + " figure by more than {max}.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** How many voices give the figures: each reporting body, and the outlet's own voice when it gives one. */
  private static int voices(List<Times.Point> figures) {
    int n = Times.bodies(figures).size();
    for (Times.Point p : figures) {
      if (p.body() == null) {
        return n + 1;
      }
    }
    return n;
  }

  /** Whether every point is of one document (or there are none). */
  private static boolean oneDocument(List<Times.Point> points) {
    for (int i = 1; i < points.size(); i++) { // random access lists: no iterator made a slice
      if (!points.get(i).document().equals(points.get(0).document())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    BigDecimal max = context.decimal("maxRelativeSpread");
    Set<Set<String>> reported = new HashSet<>();
    List<List<Times.Point>> candidates = new ArrayList<>();
    for (List<Times.Point> slice : Times.slices(Times.points(group, tolerance))) {
      candidates.add(slice);
      // within one document, two voices (bodies, or a body and the outlet's own) may disagree
      // although other documents' figures for the same time are incompatible
      if (!oneDocument(slice)) {
        java.util.Map<String, List<Times.Point>> byDocument = new java.util.LinkedHashMap<>();
        for (Times.Point p : slice) {
          byDocument.computeIfAbsent(p.document(), k -> new ArrayList<>()).add(p);
        }
        candidates.addAll(byDocument.values());
      }
    }
    for (List<Times.Point> slice : candidates) {
      List<Times.Point> figures = new ArrayList<>(slice.size());
      for (Times.Point p : slice) {
        Qualifier q = p.claim().quantity().qualifier();
        if (q != Qualifier.BETWEEN && q != Qualifier.VAGUE && p.claim().quantity().value().signum() > 0) {
          figures.add(p);
        }
      }
      if (figures.size() < 2 || oneDocument(figures) && voices(figures) < 2) {
        continue;
      }
      Optional<Interval> consensus = Consensus.of(Times.claims(figures), tolerance);
      if (consensus.isEmpty()) {
        continue; // incompatible: disjoint-figures or same-source-conflict speaks
      }
      figures.sort(Times.BY_VALUE);
      List<BigDecimal> values = new ArrayList<>(figures.size());
      figures.forEach(p -> values.add(p.claim().quantity().value()));
      BigDecimal spread = Spread.relative(values);
      if (spread.compareTo(max) <= 0) {
        continue;
      }
      Set<String> ids = new HashSet<>();
      figures.forEach(p -> ids.add(p.claim().id()));
      if (reported.stream().anyMatch(r -> r.containsAll(ids))) {
        continue; // already named by a finding for the same time
      }
      reported.add(ids);
      BigDecimal low = values.get(0);
      BigDecimal high = values.get(values.size() - 1);
      List<Claim> claims = Times.claims(figures);
      context.report(group, claims, java.util.Map.of(
          "time", Times.time(figures), "figures", Describe.claims(claims), "spread", Spread.percent(spread),
          "max", Spread.percent(max), "dispute", Times.dispute(figures),
          "lowest", low.toPlainString(), "highest", high.toPlainString(), "consensus", String.valueOf(consensus.get())));
    }
  }
}
