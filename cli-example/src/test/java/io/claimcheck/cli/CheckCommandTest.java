package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest extends CliTest {
  private static final String SEEDS = Path.of("..", "seeds").toString();
  @TempDir Path dir;


  @Test
  void theSeedsHaveAnErrorSoTheDefaultFailOnGivesOne() {
    assertEquals(1, run("check", SEEDS));
    assertTrue(out.toString().startsWith("claimcheck: 5 documents, 12 claims, 3 events, 6 quantities, 2 findings (1 error, 1 warning, 0 info)"));
    assertTrue(out.toString().contains("[error] sum-of-parts"));
    assertTrue(out.toString().contains("[warning] divergent-figures"));
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertEquals(0, run("check", "--fail-on", "never", SEEDS));
    assertEquals(1, run("check", "--fail-on", "warning", SEEDS));
  }

  @Test
  void jsonOutputFollowsTheSchemaAndIsByteIdentical() throws IOException {
    run("check", "--format", "json", SEEDS);
    String first = out.toString();
    run("check", "--format", "json", SEEDS);
    assertEquals(first, out.toString());
    JsonNode report = new ObjectMapper().readTree(first);
    assertEquals(5, report.get("documents").size());
    assertEquals(12, report.get("claims").size());
    assertEquals(2, report.get("schemaVersion").asInt());
    assertEquals(3, report.get("events").size());
    assertEquals(6, report.get("quantities").size());
    for (JsonNode q : report.get("quantities")) {
      assertTrue(q.get("event").asText().startsWith("e"), q::toString);
      assertEquals(q.get("claims").size(), q.get("timeline").size(), q::toString);
    }
    assertEquals(2, report.get("findings").size());
    assertEquals("sum-of-parts", report.get("findings").get(0).get("rule").asText());
  }

  @Test
  void markdownRenders() {
    run("check", "--format", "markdown", SEEDS);
    assertTrue(out.toString().startsWith("# claimcheck report"));
  }

  @Test
  void aRulesFileWithATypoExitsTwoWithOneLine() throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  divergent-figures:\n    maxRelativeSpred: 0.3\n");
    assertEquals(2, run("check", "--rules", rules.toString(), SEEDS));
    assertEquals("claimcheck: " + rules + ":3:5: unknown parameter 'maxRelativeSpred' for rule 'divergent-figures'; "
        + "did you mean 'maxRelativeSpread'?\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void invalidYamlAWrongTypeAndAnUnknownRuleExitTwo() throws IOException {
    for (String text : new String[] {
        "rules: [\n", "rules:\n  divergent-figures:\n    maxRelativeSpread: true\n", "rules:\n  no-such-rule: {}\n"}) {
      Path rules = Files.writeString(dir.resolve("r.yaml"), text);
      assertEquals(2, run("check", "--rules", rules.toString(), SEEDS), text);
      assertEquals(1, err.toString().lines().count(), err.toString());
    }
  }

  @Test
  void aRulesFileThatRaisesTheLimitsClearsTheSeeds() throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.yaml"),
        "approximateTolerance: 0.15\nrules:\n  divergent-figures:\n    maxRelativeSpread: 0.3\n");
    assertEquals(0, run("check", "--rules", rules.toString(), SEEDS));
  }

  @Test
  void extractedClaimsCanBeCheckedAgain() throws IOException {
    run("extract", SEEDS);
    Path claims = Files.writeString(dir.resolve("claims.jsonl"), out.toString());
    assertEquals(1, run("check", claims.toString()));
    assertTrue(out.toString().contains("2 findings (1 error, 1 warning, 0 info)"), out.toString());
  }

  @Test
  void nothingReadableExitsTwo() {
    assertEquals(2, run("check", dir.resolve("missing").toString()));
  }

  @Test
  void rulesListsEveryBuiltIn() {
    assertEquals(0, run("rules"));
    for (String id : new String[] {"disjoint-figures", "divergent-figures", "sum-of-parts", "toll-decreased", "same-source-conflict"}) {
      assertTrue(out.toString().contains(id + " ("), id);
    }
  }
}
