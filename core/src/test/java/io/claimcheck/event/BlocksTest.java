package io.claimcheck.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.claimcheck.ClaimCheck;
import io.claimcheck.SharedData;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleSet;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Blocks resolved apart, numbered by one {@link Numbering} of all their names, give exactly the
 * events, quantities and findings of one run over all claims: the contract a distributed runner
 * relies on.
 */
class BlocksTest {
  private static final DefaultEventResolver RESOLVER = DefaultEventResolver.standard();

  private static Claim claim(String id, String published, long value, TimeScope scope, String event, String sentence,
      String... places) {
    Quantity q = Quantity.of(String.valueOf(value), BigDecimal.valueOf(value), Qualifier.AT_LEAST,
        new BigDecimal("0.1"));
    String doc = id.substring(0, id.indexOf('#'));
    Source s = new Source(doc, "Outlet " + doc, LocalDate.parse(published), null, null);
    return new Claim(id, s, Measure.KILLED, null, q, new Scope(List.of(places), null, scope), null,
        new Evidence(0, 1, sentence), event);
  }

  /** The claims of every document that has claims in each block, by block. */
  private static Map<String, List<Claim>> byBlock(List<Claim> claims) {
    Map<String, SortedSet<String>> blocks = RESOLVER.blocks(claims, Map.of());
    Map<String, List<Claim>> byDocument = new LinkedHashMap<>();
    for (Claim c : claims) {
      byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<Claim>> out = new TreeMap<>();
    blocks.forEach((doc, keys) -> keys.forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>())
        .addAll(byDocument.get(doc))));
    return out;
  }

  /** Each block resolved apart (the last block first) and numbered across all: the events and quantities. */
  private static Resolution apart(List<Claim> claims) {
    Map<String, List<Claim>> blocks = byBlock(claims);
    List<String> keys = new ArrayList<>(blocks.keySet());
    Collections.reverse(keys);
    List<Numbering.Name> names = new ArrayList<>();
    for (String k : keys) {
      names.addAll(RESOLVER.names(k, blocks.get(k), Map.of()));
    }
    Numbering numbering = Numbering.of(names);
    List<Event> events = new ArrayList<>();
    List<Group> quantities = new ArrayList<>();
    for (String k : keys) {
      Resolution r = RESOLVER.resolve(k, blocks.get(k), Map.of(), numbering);
      events.addAll(r.events());
      quantities.addAll(r.quantities());
    }
    events.sort(Comparator.comparingInt(e -> Integer.parseInt(e.id().substring(1))));
    quantities.sort(Comparator.comparingInt(g -> Integer.parseInt(g.id().substring(1))));
    return new Resolution(events, quantities);
  }

  private static final Comparator<Finding> FINDINGS = Comparator.comparing(Finding::rule)
      .thenComparing(Finding::groupKey).thenComparing(f -> String.join(",", f.claims()));

  /** The rules run on each block's resolution apart: all their findings. */
  private static List<Finding> findingsApart(List<Claim> claims) {
    Map<String, List<Claim>> blocks = byBlock(claims);
    List<Numbering.Name> names = new ArrayList<>();
    blocks.forEach((k, cs) -> names.addAll(RESOLVER.names(k, cs, Map.of())));
    Numbering numbering = Numbering.of(names);
    List<Finding> out = new ArrayList<>();
    blocks.forEach((k, cs) -> {
      Resolution r = RESOLVER.resolve(k, cs, Map.of(), numbering);
      out.addAll(RuleSet.defaults().evaluate(r.quantities(), r.events()));
    });
    out.sort(FINDINGS);
    return out;
  }

  @Nested
  class OnClaimsThatLeaveTheirDocumentsBlock {
    // a document about an attack in Lyon that also gives a figure for Madrid and the year's total for
    // France; a second outlet on Lyon; a document without any place; two claims of one explicit event
    private final List<Claim> claims = List.of(
        claim("a#1", "2021-04-02", 20, TimeScope.INCIDENT, null, "At least 20 were killed in Lyon.", "Lyon"),
        claim("a#2", "2021-04-02", 3, TimeScope.INCIDENT, null, "Three died in Madrid in a separate attack.",
            "Madrid"),
        claim("a#3", "2021-04-02", 250, TimeScope.CUMULATIVE, null, "Attacks have killed 250 this year.",
            "France"),
        claim("b#1", "2021-04-03", 24, TimeScope.INCIDENT, null, "The toll in Lyon rose to 24.", "Lyon"),
        claim("c#1", "2021-04-03", 7, TimeScope.INCIDENT, null, "Seven people were killed."),
        claim("d#1", "2021-04-05", 4, TimeScope.INCIDENT, null, "Four more died in Madrid.", "Madrid"),
        claim("x#1", "2021-05-01", 10, TimeScope.INCIDENT, "quake-1", "Ten died.", "Lyon"),
        claim("y#1", "2021-05-02", 8, TimeScope.INCIDENT, "quake-1", "Eight died.", "Lyon"));

    @Test
    void aDocumentsClaimsAreInTheBlocksOfTheirCountriesAndExplicitEventsInTheirOwn() {
      Map<String, SortedSet<String>> blocks = RESOLVER.blocks(claims, Map.of());
      assertEquals(List.of("ES", "FR"), List.copyOf(blocks.get("a")));
      assertEquals(List.of("FR"), List.copyOf(blocks.get("b")));
      assertEquals(List.of(""), List.copyOf(blocks.get("c")));
      assertEquals(List.of("event|quake-1"), List.copyOf(blocks.get("x")));
    }

    @Test
    void resolvedApartTheyGiveOneRunsEventsAndQuantities() {
      Resolution one = RESOLVER.resolve(claims, Map.of());
      Resolution apart = apart(claims);
      assertEquals(one.events(), apart.events());
      assertEquals(one.quantities(), apart.quantities());
    }

    @Test
    void eachEventSaysWhichBlockItWasResolvedIn() {
      Resolution one = RESOLVER.resolve(claims, Map.of());
      assertTrue(one.events().stream().anyMatch(e -> e.block().equals("event|quake-1")), one.events()::toString);
      assertTrue(one.events().stream().anyMatch(e -> e.block().equals("ES")), one.events()::toString);
    }

    @Test
    void aNumberingWithoutOneBlocksNamesIsRefused() {
      Map<String, List<Claim>> blocks = byBlock(claims);
      Numbering onlyFrance = Numbering.of(RESOLVER.names("FR", blocks.get("FR"), Map.of()));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RESOLVER.resolve("ES", blocks.get("ES"), Map.of(), onlyFrance));
      assertTrue(e.getMessage().contains("make it from the names of every block"), e::getMessage);
    }
  }

  @Nested
  class OnRandomCorpora {
    private static final String[] PLACES = {"Lyon", "Toulouse", "France", "Madrid", "Spain", "Kano", "Nigeria",
        "Homs", "Damascus", "Syria", ""};

    /** Documents of one to four claims: places of several countries or none, some cumulative, some explicit. */
    private List<Claim> corpus(long seed) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      List<Claim> out = new ArrayList<>();
      int documents = 5 + random.nextInt(40);
      for (int d = 0; d < documents; d++) {
        String published = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(60)).toString();
        int claims = 1 + random.nextInt(4);
        for (int c = 1; c <= claims; c++) {
          String place = PLACES[random.nextInt(PLACES.length)];
          TimeScope scope = random.nextInt(6) == 0 ? TimeScope.CUMULATIVE : TimeScope.INCIDENT;
          String event = random.nextInt(10) == 0 ? "ev-" + random.nextInt(3) : null;
          String[] places = place.isEmpty() ? new String[0] : new String[] {place};
          out.add(claim("d" + d + "#" + c, published, 1 + random.nextInt(90), scope, event,
              "Some died.", places));
        }
      }
      return out;
    }

    @Test
    void blocksResolvedApartAlwaysGiveOneRunsEventsQuantitiesAndFindings() {
      qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
        List<Claim> claims = corpus(seed);
        Resolution one = RESOLVER.resolve(claims, Map.of());
        Resolution apart = apart(claims);
        assertEquals(one.events(), apart.events(), () -> "seed " + seed);
        assertEquals(one.quantities(), apart.quantities(), () -> "seed " + seed);
        List<Finding> whole = new ArrayList<>(RuleSet.defaults().evaluate(one.quantities(), one.events()));
        whole.sort(FINDINGS);
        assertEquals(whole, findingsApart(claims), () -> "seed " + seed);
      });
    }
  }

  @Nested
  class ANumbering {
    @Test
    void numbersByKeyThenFirstClaimAndTellsRepeatedKeysApart() {
      Numbering n = Numbering.of(List.of(
          new Numbering.Name(Numbering.Kind.EVENT, "lyon-2021-04-02", "b#1"),
          new Numbering.Name(Numbering.Kind.EVENT, "lyon-2021-04-02", "a#1"),
          new Numbering.Name(Numbering.Kind.EVENT, "arles-2021-04-02", "z#1"),
          new Numbering.Name(Numbering.Kind.QUANTITY, "lyon-killed-2021-04-02", "a#1")));
      assertEquals(Optional.of(new Numbering.Assigned("e1", "arles-2021-04-02")),
          n.of(new Numbering.Name(Numbering.Kind.EVENT, "arles-2021-04-02", "z#1")));
      assertEquals(Optional.of(new Numbering.Assigned("e2", "lyon-2021-04-02")),
          n.of(new Numbering.Name(Numbering.Kind.EVENT, "lyon-2021-04-02", "a#1")));
      assertEquals(Optional.of(new Numbering.Assigned("e3", "lyon-2021-04-02-2")),
          n.of(new Numbering.Name(Numbering.Kind.EVENT, "lyon-2021-04-02", "b#1")));
      assertEquals(Optional.of(new Numbering.Assigned("g1", "lyon-killed-2021-04-02")),
          n.of(new Numbering.Name(Numbering.Kind.QUANTITY, "lyon-killed-2021-04-02", "a#1")));
      assertEquals(3, n.events());
      assertEquals(1, n.quantities());
    }

    @Test
    void refusesTwoEventsWithOneFirstClaim() {
      assertThrows(IllegalArgumentException.class, () -> Numbering.of(List.of(
          new Numbering.Name(Numbering.Kind.EVENT, "a", "d#1"), new Numbering.Name(Numbering.Kind.EVENT, "b", "d#1"))));
    }

    @Test
    void givesNothingForANameItWasNotMadeFrom() {
      Numbering n = Numbering.of(List.of(new Numbering.Name(Numbering.Kind.EVENT, "a", "d#1")));
      assertEquals(Optional.empty(), n.of(new Numbering.Name(Numbering.Kind.EVENT, "b", "d#1")));
      assertEquals(Optional.empty(), n.of(new Numbering.Name(Numbering.Kind.QUANTITY, "a", "d#1")));
    }
  }

  @Nested
  class OnTheDevelopmentSet {
    @Test
    void blocksResolvedApartGiveTheWholeRunsEventsQuantitiesAndFindings() {
      Optional<Path> root = SharedData.root().map(r -> r.resolve("news-dev")).filter(Files::isDirectory);
      assumeTrue(root.isPresent(), "../shared/news-dev is absent: the real-news case is skipped");
      ClaimCheck.Run run = ClaimCheck.standard().start();
      DocumentReader.standard().read(List.of(root.get()), run);
      Report report = run.finish();
      List<Claim> claims = report.claims();
      Map<String, List<Claim>> blocks = byBlock(claims);
      assertTrue(blocks.size() > 5, () -> "blocks: " + blocks.keySet());
      long split = RESOLVER.blocks(claims, Map.of()).values().stream().filter(s -> s.size() > 1).count();
      assertTrue(split > 0, "some documents have claims in more than one block");
      Resolution apart = apart(claims);
      assertEquals(report.events(), apart.events());
      assertEquals(report.groups(), apart.quantities());
      List<Finding> whole = new ArrayList<>(report.findings());
      whole.sort(FINDINGS);
      assertEquals(whole, findingsApart(claims));
    }
  }
}
