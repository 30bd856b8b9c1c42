package io.claimcheck.rules.builtin;

import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's breakdown of a quantity by nationality that adds up to more than the whole the
 * same document gives: "212 people were aboard" and then "Chile: 120, Peru: 70, Bolivia: 40"
 * (230). The people of different countries are different people, so the parts cannot exceed the
 * whole; only people counted under two nationalities can, which the explanation says. Each
 * nationality's lowest figure in the document is added, and the whole's lowest upper bound is
 * the bar, so that a finding holds whichever figures of the document are right.
 */
final class BreakdownExceedsWhole implements Rule {
  /** Fewer nationalities than this are no breakdown ("23 Americans were aboard"). */
  private static final int MIN_NATIONALITIES = 2;

  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      "breakdown-exceeds-whole", Severity.WARNING,
      "one document's figures for each nationality of a quantity add up to more than the whole it gives",
      List.of(), List.of(),
      "{quantity}: {outlet} gives {whole}, but its figures by nationality add up to {sum}: {terms}",
      "{wholeAllows}, but the {count} nationalities the same document lists add up to at least {sum};"
          + " only people counted under two nationalities could make the parts exceed the whole.");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Group group, RuleContext context) {
    BigDecimal tolerance = context.approximateTolerance();
    List<Times.Point> whole = Times.points(group, tolerance);
    if (whole.isEmpty()) {
      return;
    }
    List<Group> nationalities = new ArrayList<>();
    for (Group child : context.children(group)) {
      if (group.id().equals(child.subgroupOf()) && child.measure().equals(group.measure())
          && isCountry(child.subject(), context.gazetteer())) {
        nationalities.add(child);
      }
    }
    if (nationalities.size() < MIN_NATIONALITIES) {
      return;
    }
    Map<String, List<Times.Point>> wholeByDocument = new LinkedHashMap<>();
    for (Times.Point p : whole) {
      if (p.allowed().upper().isPresent()) {
        wholeByDocument.computeIfAbsent(p.claim().documentId(), d -> new ArrayList<>()).add(p);
      }
    }
    // each nationality's points once, by document: not again for every figure of the whole
    List<Map<String, List<Times.Point>>> byNationality = new ArrayList<>(nationalities.size());
    for (Group n : nationalities) {
      Map<String, List<Times.Point>> byDocument = new LinkedHashMap<>();
      for (Times.Point p : Times.points(n, tolerance)) {
        if (wholeByDocument.containsKey(p.claim().documentId())) {
          byDocument.computeIfAbsent(p.claim().documentId(), d -> new ArrayList<>()).add(p);
        }
      }
      byNationality.add(byDocument);
    }
    for (Map.Entry<String, List<Times.Point>> doc : wholeByDocument.entrySet()) {
      // the document's figures of the whole, lowest upper bound first: the first that its
      // breakdown for the same time exceeds is the finding (an earlier, lower figure the
      // document dates apart is compared with the breakdown of its own time only)
      List<Times.Point> wholes = new ArrayList<>(doc.getValue());
      wholes.sort(java.util.Comparator.comparing((Times.Point p) -> p.allowed().upper().get())
          .thenComparing(p -> p.claim().id()));
      Times.Point bar = null;
      List<Times.Point> terms = null;
      BigDecimal sum = null;
      for (Times.Point w : wholes) {
        List<Times.Point> t = new ArrayList<>();
        BigDecimal s = BigDecimal.ZERO;
        for (Map<String, List<Times.Point>> n : byNationality) {
          Times.Point lowest = lowest(n.getOrDefault(doc.getKey(), List.of()), w);
          if (lowest != null) {
            t.add(lowest);
            s = s.add(lowest.allowed().lower().get());
          }
        }
        if (t.size() >= MIN_NATIONALITIES && s.compareTo(w.allowed().upper().get()) > 0) {
          bar = w;
          terms = t;
          sum = s;
          break;
        }
      }
      if (bar == null) {
        continue;
      }
      terms.sort(java.util.Comparator.comparingInt((Times.Point t) -> t.claim().evidence().start())
          .thenComparing(t -> t.claim().id()));
      StringBuilder listed = new StringBuilder();
      for (Times.Point t : terms) {
        listed.append(listed.length() == 0 ? "" : " + ").append(t.claim().subject()).append(' ')
            .append(t.claim().quantity().text());
      }
      List<Times.Point> involved = new ArrayList<>();
      involved.add(bar);
      involved.addAll(terms);
      context.report(group, Times.claims(involved), Map.of(
          "outlet", bar.claim().source().displayName(), "whole", Times.describe(bar),
          "sum", sum.toPlainString(), "terms", listed.toString(), "count", String.valueOf(terms.size()),
          "wholeAllows", Describe.allows(bar.claim(), tolerance)));
    }
  }

  /** The lowest of a nationality's figures in one document for the time of {@code whole}, or null. */
  private static Times.@org.jspecify.annotations.Nullable Point lowest(List<Times.Point> inDocument,
      Times.Point whole) {
    Times.Point lowest = null;
    for (Times.Point p : inDocument) {
      if (p.allowed().lower().isPresent()
          && !Times.before(p, whole) && !Times.later(p, whole)
          && (lowest == null || p.allowed().lower().get().compareTo(lowest.allowed().lower().get()) < 0)) {
        lowest = p;
      }
    }
    return lowest;
  }

  /** Whether a subgroup's subject is a country's name in the run's gazetteer: its people ("Canada: 4"). */
  private static boolean isCountry(@org.jspecify.annotations.Nullable String subject, Gazetteer gazetteer) {
    return subject != null && gazetteer.lookup(subject).map(p -> p.kind() == Place.Kind.COUNTRY)
        .orElse(false);
  }
}
