package io.claimcheck.rules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.group.TimelineEntry;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each built-in rule on small fixtures: a quantity (or a whole with its parts) as input, and the
 * findings expected, by rule, claims and the words of the message template.
 */
class RuleFixturesTest {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  /** One figure of a fixture: its document, as-of day (null: its document has no date), text and body. */
  private record Fig(String id, String doc, @Nullable String day, String text, Qualifier q, long value, @Nullable String body,
      Modality modality, io.claimcheck.claim.@Nullable Breakdown breakdown) {
    Fig(String id, String doc, @Nullable String day, String text, Qualifier q, long value, @Nullable String body,
        Modality modality) {
      this(id, doc, day, text, q, value, body, modality, null);
    }

    /** This figure as an item of {@code list}. */
    Fig in(io.claimcheck.claim.Breakdown list) {
      return new Fig(id, doc, day, text, q, value, body, modality, list);
    }
  }

  private static Fig fig(String id, String doc, @Nullable String day, Qualifier q, long value, @Nullable String body) {
    return new Fig(id, doc, day, q.id() + " " + value, q, value, body, Modality.REPORTED);
  }

  private static Fig exact(String id, String doc, @Nullable String day, long value) {
    return fig(id, doc, day, Qualifier.EXACT, value, null);
  }

  private static Group quantity(String gid, Measure measure, @Nullable String subject, List<String> places,
      @Nullable String partOf, @Nullable String subgroupOf, List<String> parts, Fig... figs) {
    List<Claim> claims = new ArrayList<>();
    List<TimelineEntry> timeline = new ArrayList<>();
    for (Fig f : figs) {
      Quantity quantity = Quantity.of(f.text(), BigDecimal.valueOf(f.value()), f.q(), TOLERANCE);
      Source s = new Source(f.doc(), "Outlet " + f.doc(), f.day() == null ? null : LocalDate.parse(f.day()), null, null);
      claims.add(new Claim(f.id(), s, measure, subject, quantity,
          new Scope(places, PartialDate.parse("2020-03-01"), TimeScope.INCIDENT), f.body(), new Evidence(0, 1, ""),
          null, f.modality(), null, f.breakdown()));
      timeline.add(new TimelineEntry(f.id(), f.doc(), f.day() == null ? null : PartialDate.parse(f.day()), f.body()));
    }
    return new Group(gid, gid + "-key", "e1", measure, subject, places, PartialDate.parse("2020-03-01"),
        TimeScope.INCIDENT, claims, parts, partOf, subgroupOf, timeline,
        io.claimcheck.group.Consensus.of(claims, TOLERANCE).orElse(null));
  }

  private static Group whole(Fig... figs) {
    return quantity("g1", Measure.KILLED, null, List.of(), null, null, List.of(), figs);
  }

  /** The earlier figures a later one falls below, as toll-decreased named them by sorting them all. */
  private static List<Times.Point> sortedAbove(Times.Point worst, List<Times.Point> seen) {
    List<Times.Point> above = new ArrayList<>();
    for (Times.Point e : seen) {
      if (Times.below(worst, e) && !above.contains(e)) {
        above.add(e);
      }
    }
    above.sort(Times.BY_LOW_DESCENDING);
    List<Times.Point> involved = new ArrayList<>();
    java.util.Set<BigDecimal> values = new java.util.HashSet<>();
    for (Times.Point e : above) {
      if (involved.size() < 6 && values.add(e.low())) {
        involved.add(e);
      }
    }
    return involved;
  }

  @Test
  void theEarlierFiguresALaterOneFallsBelowAreTheFirstSixDistinctOfThemAllSorted() {
    Qualifier[] qualifiers = {Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.UP_TO};
    qt().forAll(lists().of(integers().between(0, 74)).ofSizeBetween(0, 40), integers().between(0, 3)).checkAssert((picks, repeats) -> {
      List<Fig> figs = new ArrayList<>();
      figs.add(exact("w", "dw", "2020-03-09", 1));
      for (int i = 0; i < picks.size(); i++) {
        int p = picks.get(i); // many equal figures, some widened (about 10 allows from 9.0), ids out of order
        figs.add(fig("c" + (i * 37 % 11) + "-" + i, "d" + i, "2020-03-0" + (1 + i % 5), qualifiers[p / 15], 1 + p % 15, null));
      }
      List<Times.Point> points = Times.points(whole(figs.toArray(new Fig[0])), TOLERANCE);
      Times.Point worst = points.get(0);
      List<Times.Point> seen = new ArrayList<>(points.subList(1, points.size()));
      for (int r = 0; r < repeats && !seen.isEmpty(); r++) {
        seen.add(seen.get(r * 7 % seen.size())); // a point met twice (a part's points)
      }
      assertEquals(sortedAbove(worst, seen), TollDecreased.above(worst, seen));
    });
  }

  private static List<Finding> run(String rule, Group... groups) {
    RuleSet.Builder b = RuleSet.builder();
    for (RuleSet.Entry e : RuleSet.defaults().entries()) {
      if (!e.id().equals(rule)) {
        b.disable(e.id());
      }
    }
    return b.build().evaluate(List.of(groups));
  }

  /**
   * The finding expected from a rule's message template: the values a fixture gives it, and the
   * quantity (fixtures have no events, so it is the quantity alone).
   */
  private static void expectFromTemplate(List<Finding> findings, String rule, List<String> claims, Group quantity,
      java.util.Map<String, String> values) {
    assertEquals(1, findings.size(), findings::toString);
    io.claimcheck.rules.RuleDescriptor d = RuleSet.available().get(rule).descriptor();
    java.util.Map<String, String> all = new java.util.HashMap<>(values);
    all.put("quantity", quantity.describe());
    Finding f = findings.get(0);
    assertEquals(rule, f.rule());
    assertEquals(claims, f.claims());
    assertEquals(io.claimcheck.rules.MessageTemplate.render(d.message(), all), f.message());
  }

  private static void expect(List<Finding> findings, String rule, List<String> claims, String... words) {
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals(rule, f.rule());
    assertEquals(claims, f.claims());
    for (String w : words) {
      assertTrue(f.message().contains(w), () -> "'" + w + "' not in: " + f.message());
    }
  }

  @Nested
  class DisjointFiguresFixtures {
    @Test
    void twoDocumentsTheSameDayThatCannotBothHoldAreADisputeBetweenTheirBodies() {
      List<Finding> f = run("disjoint-figures", whole(
          fig("a", "d1", "2020-03-02", Qualifier.EXACT, 140, "ministry"),
          fig("b", "d2", "2020-03-02", Qualifier.MORE_THAN, 1700, "local officials")));
      expect(f, "disjoint-figures", List.of("a", "b"), "cannot all be true",
          "a dispute between ministry and local officials", "2020-03-02");
    }

    @Test
    void theExplanationSaysTheFiguresAreForTheSameTimeNotWhenTheyWerePublished() {
      Finding f = run("disjoint-figures", whole(exact("a", "d1", "2020-03-02", 30), exact("b", "d2", "2020-03-03", 12)))
          .get(0);
      assertTrue(f.explanation().contains("both are for the same time (within 1 day)"), f::explanation);
      assertTrue(!f.explanation().contains("published"), f::explanation);
    }

    @Test
    void twoDocumentsWithoutADateAreForNoKnownTimeAndAreNotCompared() {
      assertEquals(List.of(), run("disjoint-figures", whole(exact("a", "d1", null, 12), exact("b", "d2", null, 30))));
    }

    @Test
    void anUndatedDocumentIsNotComparedWithADatedOne() {
      assertEquals(List.of(), run("disjoint-figures", whole(exact("a", "d1", null, 12),
          exact("b", "d2", "2020-03-02", 30))));
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheFiguresAndTheirTime() {
      Group g = whole(exact("a", "d1", "2020-03-02", 30), exact("b", "d2", "2020-03-02", 12));
      expectFromTemplate(run("disjoint-figures", g), "disjoint-figures", List.of("b", "a"), g, java.util.Map.of(
          "time", "2020-03-02", "dispute", "",
          "figures", "exact 12 (Outlet d2, as of 2020-03-02), exact 30 (Outlet d1, as of 2020-03-02)"));
    }

    @Test
    void aHigherFigureForALaterDayIsAnUpdate() {
      assertEquals(List.of(), run("disjoint-figures", whole(exact("a", "d1", "2020-03-02", 60),
          exact("b", "d2", "2020-03-03", 169))));
    }

    @Test
    void aFallingCountLowerTheNextDayIsItsTimelineNotAConflict() {
      Group missing = quantity("g1", Measure.MISSING, null, List.of(), null, null, List.of(),
          fig("a", "d1", "2020-03-02", Qualifier.MORE_THAN, 20, null), exact("b", "d2", "2020-03-03", 12));
      assertEquals(List.of(), run("disjoint-figures", missing));
    }

    @Test
    void aSubgroupThatMayFallLowerTheNextDayIsItsTimelineToo() {
      Group inHospital = quantity("g2", Measure.INJURED, "in hospital", List.of(), null, null, List.of(),
          exact("a", "d1", "2020-03-02", 40), exact("b", "d2", "2020-03-03", 25));
      assertEquals(List.of(), run("disjoint-figures", inHospital));
    }

    @Test
    void aFallingCountWhoseEarlierFigureTheSentenceDatesIsItsTimeline() {
      // both published on the 3rd; one sentence dates its figure a day earlier ("on Monday, 30 were missing")
      Group missing = quantity("g1", Measure.MISSING, null, List.of(), null, null, List.of(),
          exact("a", "d1", "2020-03-03", 12), exact("b", "d2", "2020-03-03", 30));
      Claim dated = missing.claims().get(1);
      Claim earlier = new Claim(dated.id(), dated.source(), dated.measure(), null, dated.quantity(), dated.scope(),
          null, dated.evidence(), null, Modality.REPORTED, PartialDate.parse("2020-03-02"));
      Group g = new Group("g1", "g1-key", "e1", Measure.MISSING, null, List.of(), PartialDate.parse("2020-03-01"),
          TimeScope.INCIDENT, List.of(missing.claims().get(0), earlier), List.of(), null, null,
          List.of(missing.timeline().get(0), new TimelineEntry("b", "d2", PartialDate.parse("2020-03-02"), null)),
          io.claimcheck.group.Consensus.of(List.of(missing.claims().get(0), earlier), TOLERANCE).orElse(null));
      assertEquals(List.of(), run("disjoint-figures", g));
      // the same two figures for one day are a conflict
      assertEquals(1, run("disjoint-figures", missing).size());
    }

    @Test
    void aFallingCountsFiguresForTheSameDayStillConflict() {
      Group missing = quantity("g1", Measure.MISSING, null, List.of(), null, null, List.of(),
          fig("a", "d1", "2020-03-02", Qualifier.MORE_THAN, 20, null), exact("b", "d2", "2020-03-02", 12));
      expect(run("disjoint-figures", missing), "disjoint-figures", List.of("b", "a"), "cannot all be true",
          "2020-03-02");
    }

    @Test
    void aTollOfTheDeadLowerTheNextDayStillConflicts() {
      assertEquals(1, run("disjoint-figures", whole(fig("a", "d1", "2020-03-02", Qualifier.MORE_THAN, 20, null),
          exact("b", "d2", "2020-03-03", 12))).size());
    }

    @Test
    void projectionsAreLeftOut() {
      Fig projected = new Fig("b", "d2", "2020-03-02", "could reach 9000", Qualifier.UP_TO, 9000, null,
          Modality.PROJECTED);
      assertEquals(List.of(), run("disjoint-figures", whole(exact("a", "d1", "2020-03-02", 310),
          new Fig("c", "d3", "2020-03-02", "at least 25000", Qualifier.AT_LEAST, 25000, null, Modality.DENIED),
          projected)));
    }
  }

  @Nested
  class SameSourceConflictFixtures {
    @Test
    void oneDocumentWithTwoIncompatibleFiguresForOneTime() {
      expect(run("same-source-conflict", whole(exact("a", "d1", "2020-03-02", 36), exact("b", "d1", "2020-03-02", 32))),
          "same-source-conflict", List.of("b", "a"), "Outlet d1 gives");
    }

    @Test
    void oneUndatedDocumentsFiguresAreOneTimeAndTheMessageSaysNoDateIsKnown() {
      expect(run("same-source-conflict", whole(exact("a", "d1", null, 36), exact("b", "d1", null, 32))),
          "same-source-conflict", List.of("b", "a"), "one time (no date known, one document)");
    }

    @Test
    void itemsOfTwoListsOfTheDocumentBreakDownTwoCountsAndAreNotCompared() {
      // "of the 40 dead at the market, 25 were women and 15 men"; "the 18 dead at the depot included 6 women"
      Group women = quantity("g1", Measure.KILLED, "women", List.of(), null, null, List.of(),
          exact("a", "d1", "2020-03-02", 25).in(new io.claimcheck.claim.Breakdown("b10", 2, true)),
          exact("b", "d1", "2020-03-02", 6).in(new io.claimcheck.claim.Breakdown("b90", 2, false)));
      assertEquals(List.of(), run("same-source-conflict", women));
    }

    @Test
    void anItemOfAListAgainstAFigureOfNoListStillConflicts() {
      Group women = quantity("g1", Measure.KILLED, "women", List.of(), null, null, List.of(),
          exact("a", "d1", "2020-03-02", 25).in(new io.claimcheck.claim.Breakdown("b10", 2, true)),
          exact("b", "d1", "2020-03-02", 6));
      assertEquals(1, run("same-source-conflict", women).size());
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheOutletAndItsFigures() {
      Group g = whole(exact("a", "d1", null, 36), exact("b", "d1", null, 32));
      expectFromTemplate(run("same-source-conflict", g), "same-source-conflict", List.of("b", "a"), g, java.util.Map.of(
          "outlet", "Outlet d1", "figures", "exact 32 (Outlet d1), exact 36 (Outlet d1)",
          "time", "one time (no date known, one document)", "dispute", ""));
    }

    @Test
    void aCountInAStateThatFallsGivenTwiceByNoOneIsTheStorysTimelineNotAConflict() {
      Group inCare = quantity("g2", Measure.INJURED, "in hospital", List.of(), null, null, List.of(),
          exact("a", "d1", "2020-03-02", 64), exact("b", "d1", "2020-03-02", 29));
      assertEquals(List.of(), run("same-source-conflict", inCare));
    }

    @Test
    void aCountInAStateThatFallsIsAConflictWhenTwoNamedBodiesDisagree() {
      Group critical = quantity("g2", Measure.INJURED, "in critical condition", List.of(), null, null, List.of(),
          fig("a", "d1", "2020-03-02", Qualifier.EXACT, 44, "health ministry"),
          fig("b", "d1", "2020-03-02", Qualifier.EXACT, 21, "hospital director"));
      expect(run("same-source-conflict", critical), "same-source-conflict", List.of("b", "a"),
          "a dispute between");
    }

    @Test
    void figuresTheDocumentDatesApartAreItsTimeline() {
      assertEquals(List.of(), run("same-source-conflict", whole(exact("a", "d1", "2020-03-01", 30),
          exact("b", "d1", "2020-03-05", 41))));
    }
  }

  @Nested
  class DivergentFiguresFixtures {
    @Test
    void compatibleLowerBoundsThatSpreadFarAreDivergent() {
      expect(run("divergent-figures", whole(fig("a", "d1", "2020-03-02", Qualifier.AT_LEAST, 68, null),
          fig("b", "d2", "2020-03-02", Qualifier.AT_LEAST, 87, null))),
          "divergent-figures", List.of("a", "b"), "spread 28%");
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheSpread() {
      Group g = whole(fig("a", "d1", "2020-03-02", Qualifier.AT_LEAST, 68, null),
          fig("b", "d2", "2020-03-02", Qualifier.AT_LEAST, 87, null));
      expectFromTemplate(run("divergent-figures", g), "divergent-figures", List.of("a", "b"), g, java.util.Map.of(
          "time", "2020-03-02", "figures", "at_least 68 (Outlet d1), at_least 87 (Outlet d2)", "spread", "28%",
          "max", "15%", "dispute", ""));
    }

    @Test
    void twoBodiesInOneArticleWhoseFiguresSpreadAreDivergent() {
      expect(run("divergent-figures", whole(fig("a", "d1", "2020-03-02", Qualifier.EXACT, 140, "the ministry"),
          fig("b", "d1", "2020-03-02", Qualifier.UP_TO, 1700, "local officials"))),
          "divergent-figures", List.of("a", "b"), "a dispute between the ministry and local officials");
    }

    @Test
    void figuresCloseTogetherOrForDifferentTimesAreNot() {
      assertEquals(List.of(), run("divergent-figures", whole(fig("a", "d1", "2020-03-02", Qualifier.AT_LEAST, 80, null),
          fig("b", "d2", "2020-03-02", Qualifier.AT_LEAST, 87, null))));
      assertEquals(List.of(), run("divergent-figures", whole(fig("a", "d1", "2020-03-02", Qualifier.AT_LEAST, 40, null),
          fig("b", "d2", "2020-03-09", Qualifier.AT_LEAST, 87, null))));
    }
  }

  @Nested
  class TollDecreasedFixtures {
    @Test
    void aLaterFigureBelowAnEarlierFirmOneIsADecrease() {
      expect(run("toll-decreased", whole(exact("a", "d1", "2020-03-02", 31), exact("b", "d2", "2020-03-04", 28))),
          "toll-decreased", List.of("a", "b"), "is lower than the earlier");
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheLaterAndTheEarlierFigure() {
      Group g = whole(exact("a", "d1", "2020-03-02", 31), exact("b", "d2", "2020-03-04", 28));
      expectFromTemplate(run("toll-decreased", g), "toll-decreased", List.of("a", "b"), g, java.util.Map.of(
          "later", "exact 28 (Outlet d2, as of 2020-03-04)", "earlier", "exact 31 (Outlet d1, as of 2020-03-02)",
          "ofPart", "", "dispute", ""));
    }

    @Test
    void approximateFiguresAreWidenedNotIgnored() {
      assertEquals(List.of(), run("toll-decreased", whole(fig("a", "d1", "2020-03-02", Qualifier.ABOUT, 80, null),
          exact("b", "d2", "2020-03-04", 75))));
      assertEquals(1, run("toll-decreased", whole(fig("a", "d1", "2020-03-02", Qualifier.ABOUT, 80, null),
          exact("b", "d2", "2020-03-04", 71))).size());
    }

    @Test
    void countsThatLegitimatelyFallAreExempt() {
      Group inHospital = quantity("g1", Measure.INJURED, null, List.of(), null, null, List.of(),
          exact("a", "d1", "2020-03-02", 37), exact("b", "d2", "2020-03-05", 17));
      Group critical = quantity("g2", Measure.KILLED, "in critical condition", List.of(), null, null, List.of(),
          exact("c", "d1", "2020-03-02", 17), exact("d", "d2", "2020-03-05", 9));
      assertEquals(List.of(), run("toll-decreased", inHospital, critical));
    }

    @Test
    void anEarlierFigureOfAPartBoundsTheWholeFromBelow() {
      Group part = quantity("g2", Measure.KILLED, null, List.of("Riverside"), "g1", null, List.of(),
          exact("p", "d1", "2020-03-02", 8400));
      Group w = quantity("g1", Measure.KILLED, null, List.of(), null, null, List.of("g2"),
          exact("w", "d2", "2020-03-05", 2710));
      expect(run("toll-decreased", w, part), "toll-decreased", List.of("p", "w"), "of a part of it");
    }

    @Test
    void anUndatedFigureIsNeitherEarlierNorLater() {
      assertEquals(List.of(), run("toll-decreased", whole(exact("a", "d1", "2020-03-02", 31), exact("b", "d2", null, 28))));
    }

    @Test
    void aRiseIsAnUpdate() {
      assertEquals(List.of(), run("toll-decreased", whole(exact("a", "d1", "2020-03-02", 28),
          exact("b", "d2", "2020-03-04", 35))));
    }
  }

  @Nested
  class PartExceedsWholeFixtures {
    @Test
    void aProvinceAboveTheNationalTollForTheSameDay() {
      Group part = quantity("g2", Measure.KILLED, null, List.of("Northshire"), "g1", null, List.of(),
          fig("p", "d1", "2020-03-02", Qualifier.ABOUT, 7000, "police"));
      Group w = quantity("g1", Measure.KILLED, null, List.of(), null, null, List.of("g2"),
          fig("w", "d2", "2020-03-02", Qualifier.EXACT, 312, "disaster agency"));
      expect(run("part-exceeds-whole", w, part), "part-exceeds-whole", List.of("p", "w"), "exceeds the whole",
          "a dispute between police and disaster agency");
    }

    @Test
    void anUndatedPartIsNotComparedWithADatedWhole() {
      Group part = quantity("g2", Measure.KILLED, null, List.of("Northshire"), "g1", null, List.of(),
          exact("p", "d1", null, 700));
      Group w = quantity("g1", Measure.KILLED, null, List.of(), null, null, List.of("g2"),
          exact("w", "d2", "2020-03-02", 312));
      assertEquals(List.of(), run("part-exceeds-whole", w, part));
    }

    @Test
    void theFindingIsTheTemplateFilledWithThePartAndTheWhole() {
      Group part = quantity("g2", Measure.KILLED, null, List.of("Northshire"), "g1", null, List.of(),
          exact("p", "d1", "2020-03-02", 700));
      Group w = quantity("g1", Measure.KILLED, null, List.of(), null, null, List.of("g2"),
          exact("w", "d2", "2020-03-02", 312));
      expectFromTemplate(run("part-exceeds-whole", w, part), "part-exceeds-whole", List.of("p", "w"), w,
          java.util.Map.of("relation", "part", "part", part.describe(),
              "partFigure", "exact 700 (Outlet d1, as of 2020-03-02)", "wholeFigure", "exact 312 (Outlet d2, as of 2020-03-02)",
              "dispute", ""));
    }

    @Test
    void aSubgroupWithinItsTollIsFine() {
      Group children = quantity("g2", Measure.KILLED, "children", List.of(), null, "g1", List.of(),
          exact("c", "d1", "2020-03-02", 9));
      Group w = quantity("g1", Measure.KILLED, null, List.of(), null, null, List.of(),
          exact("w", "d1", "2020-03-02", 30));
      assertEquals(List.of(), run("part-exceeds-whole", w, children));
    }
  }

  @Nested
  class BreakdownExceedsWholeFixtures {
    private Group aboard(Fig... figs) {
      return quantity("g1", Measure.of("aboard"), null, List.of(), null, null, List.of(), figs);
    }

    private Group people(String gid, String country, Fig... figs) {
      return quantity(gid, Measure.of("aboard"), country, List.of(), null, "g1", List.of(), figs);
    }

    @Test
    void aDocumentsNationalitiesThatAddUpToMoreThanItsWhole() {
      Group w = aboard(exact("w", "d1", "2020-03-02", 212));
      List<Finding> f = run("breakdown-exceeds-whole", w,
          people("g2", "Chile", exact("a", "d1", "2020-03-02", 120)),
          people("g3", "Peru", exact("b", "d1", "2020-03-02", 70)),
          people("g4", "Bolivia", exact("c", "d1", "2020-03-02", 40)));
      expect(f, "breakdown-exceeds-whole", List.of("w", "a", "b", "c"), "add up to 230",
          "Chile exact 120 + Peru exact 70 + Bolivia exact 40");
      assertTrue(f.get(0).explanation().contains("two nationalities"), f.get(0)::explanation);
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheWholeAndTheTerms() {
      Group w = aboard(exact("w", "d1", "2020-03-02", 50));
      expectFromTemplate(run("breakdown-exceeds-whole", w,
          people("g2", "Chile", exact("a", "d1", "2020-03-02", 40)),
          people("g3", "Peru", exact("b", "d1", "2020-03-02", 20))), "breakdown-exceeds-whole",
          List.of("w", "a", "b"), w, java.util.Map.of("outlet", "Outlet d1",
              "whole", "exact 50 (Outlet d1, as of 2020-03-02)", "sum", "60", "terms", "Chile exact 40 + Peru exact 20"));
    }

    @Test
    void aBreakdownWithinItsWholeIsFine() {
      Group w = aboard(exact("w", "d1", "2020-03-02", 212));
      assertEquals(List.of(), run("breakdown-exceeds-whole", w,
          people("g2", "Chile", exact("a", "d1", "2020-03-02", 120)),
          people("g3", "Peru", exact("b", "d1", "2020-03-02", 70))));
    }

    @Test
    void anEarlierLowerFigureTheDocumentDatesApartIsComparedWithItsOwnTimeOnly() {
      // 150 aboard on the 1st, 212 on the 2nd; the breakdown of the 2nd (230) exceeds 212
      Group w = aboard(exact("early", "d1", "2020-03-01", 150), exact("w", "d1", "2020-03-03", 212));
      List<Finding> f = run("breakdown-exceeds-whole", w,
          people("g2", "Chile", exact("a", "d1", "2020-03-03", 120)),
          people("g3", "Peru", exact("b", "d1", "2020-03-03", 110)));
      expect(f, "breakdown-exceeds-whole", List.of("w", "a", "b"), "gives exact 212", "add up to 230");
    }

    @Test
    void figuresOfDifferentDocumentsAreNoOneBreakdown() {
      Group w = aboard(exact("w", "d1", "2020-03-02", 150));
      assertEquals(List.of(), run("breakdown-exceeds-whole", w,
          people("g2", "Chile", exact("a", "d2", "2020-03-02", 120)),
          people("g3", "Peru", exact("b", "d3", "2020-03-02", 70))));
    }

    @Test
    void subgroupsThatAreNoNationalitiesMayOverlap() {
      Group w = aboard(exact("w", "d1", "2020-03-02", 100));
      assertEquals(List.of(), run("breakdown-exceeds-whole", w,
          people("g2", "women", exact("a", "d1", "2020-03-02", 60)),
          people("g3", "Chile", exact("b", "d1", "2020-03-02", 70))));
    }

    @Test
    void oneNationalityAboveTheWholeIsNoBreakdown() {
      Group w = aboard(exact("w", "d1", "2020-03-02", 100));
      assertEquals(List.of(), run("breakdown-exceeds-whole", w,
          people("g2", "Chile", exact("a", "d1", "2020-03-02", 120))));
    }
  }

  @Nested
  class BreakdownShortOfWholeFixtures {
    private final io.claimcheck.claim.Breakdown complete = new io.claimcheck.claim.Breakdown("b1", 3, true);

    private Group sub(String gid, String subject, Fig... figs) {
      return quantity(gid, Measure.KILLED, subject, List.of(), null, "g1", List.of(), figs);
    }

    private List<Finding> check(io.claimcheck.claim.Breakdown list, Fig wholeFig, long a, long b, long c) {
      return run("breakdown-short-of-whole", whole(wholeFig),
          sub("g2", "britons", exact("a", "d1", "2020-03-02", a).in(list)),
          sub("g3", "french", exact("b", "d1", "2020-03-02", b).in(list)),
          sub("g4", "germans", exact("c", "d1", "2020-03-02", c).in(list)));
    }

    @Test
    void aCompleteListThatAddsUpToLessThanTheWholeOfItsDocumentIsFound() {
      List<Finding> f = check(complete, exact("w", "d1", "2020-03-02", 30), 12, 8, 3);
      expect(f, "breakdown-short-of-whole", List.of("w", "a", "b", "c"), "adds up to 23",
          "britons exact 12 + french exact 8 + germans exact 3");
      assertTrue(f.get(0).explanation().contains("(12 + 8 + 3 = 23)"), f.get(0)::explanation);
      assertTrue(f.get(0).explanation().contains("leaves out at least 7"), f.get(0)::explanation);
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheWholeAndTheItems() {
      Group w = whole(exact("w", "d1", "2020-03-02", 30));
      expectFromTemplate(run("breakdown-short-of-whole", w,
          sub("g2", "women", exact("a", "d1", "2020-03-02", 20).in(new io.claimcheck.claim.Breakdown("b1", 2, true))),
          sub("g3", "men", exact("b", "d1", "2020-03-02", 6).in(new io.claimcheck.claim.Breakdown("b1", 2, true)))),
          "breakdown-short-of-whole", List.of("w", "a", "b"), w, java.util.Map.of("outlet", "Outlet d1",
              "whole", "exact 30 (Outlet d1, as of 2020-03-02)", "sum", "26", "terms", "women exact 20 + men exact 6"));
    }

    @Test
    void aListThatAddsUpToItsWholeIsFine() {
      assertEquals(List.of(), check(complete, exact("w", "d1", "2020-03-02", 23), 12, 8, 3));
    }

    @Test
    void aPartialListIsNeverAddedUp() {
      assertEquals(List.of(), check(new io.claimcheck.claim.Breakdown("b1", 3, false),
          exact("w", "d1", "2020-03-02", 30), 12, 8, 3));
    }

    @Test
    void aListWhoseItemsAreNotAllSeenIsNotAddedUp() {
      // four items, one of them in no quantity the rule sees: its figure is unknown
      assertEquals(List.of(), check(new io.claimcheck.claim.Breakdown("b1", 4, true),
          exact("w", "d1", "2020-03-02", 30), 12, 8, 3));
    }

    @Test
    void approximateItemsAreWidenedBeforeTheyAreAdded() {
      // about 25 allows up to 27.5 at 10%: with 3 more, 30.5 reaches the whole of 30
      Fig about = fig("a", "d1", "2020-03-02", Qualifier.ABOUT, 25, null);
      io.claimcheck.claim.Breakdown two = new io.claimcheck.claim.Breakdown("b1", 2, true);
      assertEquals(List.of(), run("breakdown-short-of-whole", whole(exact("w", "d1", "2020-03-02", 30)),
          sub("g2", "women", about.in(two)), sub("g3", "men", exact("b", "d1", "2020-03-02", 3).in(two))));
    }

    @Test
    void anItemWithoutAnUpperBoundMakesNoSum() {
      io.claimcheck.claim.Breakdown two = new io.claimcheck.claim.Breakdown("b1", 2, true);
      assertEquals(List.of(), run("breakdown-short-of-whole", whole(exact("w", "d1", "2020-03-02", 30)),
          sub("g2", "women", fig("a", "d1", "2020-03-02", Qualifier.AT_LEAST, 12, null).in(two)),
          sub("g3", "men", exact("b", "d1", "2020-03-02", 3).in(two))));
    }

    @Test
    void listsOfTwoDocumentsWithOneIdAreTwoListsEachAgainstItsOwnWhole() {
      // ids are unique within a document only: d2's b1 is another list, which adds up to its 23
      List<Finding> f = run("breakdown-short-of-whole",
          whole(exact("w", "d1", "2020-03-02", 30), exact("v", "d2", "2020-03-02", 23)),
          sub("g2", "britons", exact("a", "d1", "2020-03-02", 12).in(complete), exact("x", "d2", "2020-03-02", 12).in(complete)),
          sub("g3", "french", exact("b", "d1", "2020-03-02", 8).in(complete), exact("y", "d2", "2020-03-02", 8).in(complete)),
          sub("g4", "germans", exact("c", "d1", "2020-03-02", 3).in(complete), exact("z", "d2", "2020-03-02", 3).in(complete)));
      expect(f, "breakdown-short-of-whole", List.of("w", "a", "b", "c"), "adds up to 23",
          "britons exact 12 + french exact 8 + germans exact 3");
    }

    @Test
    void theWholeOfAnotherDocumentIsNoBar() {
      assertEquals(List.of(), check(complete, exact("w", "d2", "2020-03-02", 30), 12, 8, 3));
    }

    @Test
    void aWholeTheDocumentDatesEarlierIsComparedWithTheListOfItsOwnTimeOnly() {
      // the list is of the 2nd; the document's whole is 40 a week later and 23 on the 2nd
      Group w = whole(exact("later", "d1", "2020-03-09", 40), exact("w", "d1", "2020-03-02", 23));
      assertEquals(List.of(), run("breakdown-short-of-whole", w,
          sub("g2", "britons", exact("a", "d1", "2020-03-02", 12).in(complete)),
          sub("g3", "french", exact("b", "d1", "2020-03-02", 8).in(complete)),
          sub("g4", "germans", exact("c", "d1", "2020-03-02", 3).in(complete))));
    }

    @Test
    void theSumMustFallShortOfEveryFigureTheDocumentGivesForThatTime() {
      // "at least 20" and "30" in one document: 23 is within the first, so no finding
      Group w = whole(fig("w1", "d1", "2020-03-02", Qualifier.AT_LEAST, 20, null), exact("w", "d1", "2020-03-02", 30));
      assertEquals(List.of(), run("breakdown-short-of-whole", w,
          sub("g2", "britons", exact("a", "d1", "2020-03-02", 12).in(complete)),
          sub("g3", "french", exact("b", "d1", "2020-03-02", 8).in(complete)),
          sub("g4", "germans", exact("c", "d1", "2020-03-02", 3).in(complete))));
    }

    @Test
    void aProjectedItemIsNoCountAndTheListIsNotAddedUp() {
      io.claimcheck.claim.Breakdown two = new io.claimcheck.claim.Breakdown("b1", 2, true);
      Fig projected = new Fig("b", "d1", "2020-03-02", "could reach 3", Qualifier.UP_TO, 3, null, Modality.PROJECTED)
          .in(two);
      assertEquals(List.of(), run("breakdown-short-of-whole", whole(exact("w", "d1", "2020-03-02", 30)),
          sub("g2", "women", exact("a", "d1", "2020-03-02", 12).in(two)), sub("g3", "men", projected)));
    }

    @Test
    void aProjectedWholeIsNoBar() {
      Fig projected = new Fig("w", "d1", "2020-03-02", "could reach 300", Qualifier.UP_TO, 300, null, Modality.PROJECTED);
      assertEquals(List.of(), check(complete, projected, 12, 8, 3));
    }
  }

  @Nested
  class SumOfPartsFixtures {
    private Group part(String gid, String place, Fig f) {
      return quantity(gid, Measure.KILLED, null, List.of(place), "g1", null, List.of(), f);
    }

    @Test
    void aCompositeThatCannotBeTheSumOfItsParts() {
      Group w = quantity("g1", Measure.KILLED, null, List.of("Damascus", "Homs"), null, null, List.of("g2", "g3"),
          fig("w", "d1", "2020-03-02", Qualifier.ABOUT, 130, null));
      Group damascus = part("g2", "Damascus", fig("a", "d2", "2020-03-02", Qualifier.AT_LEAST, 87, null));
      Group homs = part("g3", "Homs", exact("b", "d2", "2020-03-02", 59));
      expect(run("sum-of-parts", w, damascus, homs), "sum-of-parts", List.of("w", "a", "b"),
          "cannot be the sum of its parts");
    }

    @Test
    void theFindingIsTheTemplateFilledWithTheSum() {
      Group w = quantity("g1", Measure.KILLED, null, List.of("Damascus", "Homs"), null, null, List.of("g2", "g3"),
          fig("w", "d1", "2020-03-02", Qualifier.ABOUT, 130, null));
      Group damascus = part("g2", "Damascus", fig("a", "d2", "2020-03-02", Qualifier.AT_LEAST, 87, null));
      Group homs = part("g3", "Homs", exact("b", "d2", "2020-03-02", 59));
      expectFromTemplate(run("sum-of-parts", w, damascus, homs), "sum-of-parts", List.of("w", "a", "b"), w,
          java.util.Map.of("whole", "about 130 (Outlet d1)",
              "terms", "Damascus at_least 87 (Outlet d2) + Homs exact 59 (Outlet d2)", "sum", "[146, \u221e)"));
    }

    @Test
    void aCompositeThatTheSumAllowsIsFine() {
      Group w = quantity("g1", Measure.KILLED, null, List.of("Damascus", "Homs"), null, null, List.of("g2", "g3"),
          fig("w", "d1", "2020-03-02", Qualifier.MORE_THAN, 120, null));
      Group damascus = part("g2", "Damascus", fig("a", "d2", "2020-03-02", Qualifier.AT_LEAST, 87, null));
      Group homs = part("g3", "Homs", exact("b", "d2", "2020-03-02", 59));
      assertEquals(List.of(), run("sum-of-parts", w, damascus, homs));
    }
  }
}
