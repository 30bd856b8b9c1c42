package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.config.RulesFile;
import io.claimcheck.group.Group;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** claimcheck check on the seeds: the six groups and two findings of seeds/expected.json. */
class CheckSeedsTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  static List<Document> seeds() {
    List<Document> docs = new ArrayList<>();
    DocumentReader.standard().read(List.of(SEEDS), new DocumentSink() {
      @Override
      public void document(Document document) {
        docs.add(document);
      }

      @Override
      public void failure(ReadFailure failure) {
        throw new AssertionError(failure.toString());
      }
    });
    return docs;
  }

  /** expected.json's claim ids (c1..c12) by our claim ids, matched on document and span. */
  private static Map<String, String> expectedIds(Report report) throws IOException {
    JsonNode expected = new ObjectMapper().readTree(SEEDS.resolve("expected.json").toFile());
    Map<String, String> out = new HashMap<>();
    for (JsonNode c : expected.get("claims")) {
      for (Claim ours : report.claims()) {
        if (ours.documentId().equals(c.get("document").asText()) && ours.evidence().start() == c.get("start").asInt()) {
          out.put(ours.id(), c.get("id").asText());
        }
      }
    }
    return out;
  }

  private static Set<String> names(List<String> ids, Map<String, String> map) {
    return ids.stream().map(map::get).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void formsTheSixExpectedGroups() throws IOException {
    Report report = ClaimCheck.standard().check(seeds());
    Map<String, String> ids = expectedIds(report);
    JsonNode expected = new ObjectMapper().readTree(SEEDS.resolve("expected.json").toFile());
    Set<Set<String>> want = new java.util.HashSet<>();
    for (JsonNode g : expected.get("groups")) {
      Set<String> members = new TreeSet<>();
      g.get("claims").forEach(c -> members.add(c.asText()));
      want.add(members);
    }
    Set<Set<String>> got = new java.util.HashSet<>();
    for (Group g : report.groups()) {
      got.add(names(g.claims().stream().map(Claim::id).collect(Collectors.toList()), ids));
    }
    assertEquals(want, got);
    Group damascus = report.groups().stream().filter(g -> g.key().equals("damascus-killed-2016-02-21")).findFirst().orElseThrow();
    assertEquals("[87, ∞)", damascus.consensus().toString());
    Group composite = report.groups().stream().filter(g -> g.locations().size() == 2).findFirst().orElseThrow();
    assertEquals(2, composite.parts().size());
  }

  @Test
  void reportsExactlyTheTwoExpectedFindings() throws IOException {
    Report report = ClaimCheck.standard().check(seeds());
    Map<String, String> ids = expectedIds(report);
    List<String> got = new ArrayList<>();
    for (Finding f : report.findings()) {
      got.add(f.rule() + " " + f.severity().id() + " " + f.claims().stream().map(ids::get).collect(Collectors.toList()));
    }
    assertEquals(List.of("sum-of-parts error [c1, c8, c3]", "divergent-figures warning [c5, c2, c8]"), got);
  }

  @Nested
  class Configured {
    @Test
    void raisingMaxRelativeSpreadToThirtyPercentRemovesTheDivergence() {
      RuleSet rules = RuleSet.builder().parameter("divergent-figures", "maxRelativeSpread", new BigDecimal("0.3")).build();
      Report report = ClaimCheck.builder().rules(rules).build().check(seeds());
      assertEquals(List.of("sum-of-parts"), report.findings().stream().map(Finding::rule).collect(Collectors.toList()));
    }

    @Test
    void anApproximateToleranceOfFifteenPercentRemovesTheSumOfParts() {
      RuleSet rules = RuleSet.builder().approximateTolerance(new BigDecimal("0.15")).build();
      Report report = ClaimCheck.builder().rules(rules).build().check(seeds());
      assertEquals(List.of("divergent-figures"), report.findings().stream().map(Finding::rule).collect(Collectors.toList()));
    }

    @Test
    void theSameThroughARulesFile() {
      String yaml = "approximateTolerance: 0.15\nrules:\n  divergent-figures:\n    maxRelativeSpread: 0.3\n";
      var config = RulesFile.parse("rules.yaml", yaml);
      Report report = ClaimCheck.builder().rules(config.rules()).build().check(seeds());
      assertTrue(report.findings().isEmpty(), report.findings().toString());
    }
  }
}
