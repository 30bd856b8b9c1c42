package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.claimcheck.claim.Claim;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0, validated against the schema bundled in test resources (sarif/LICENSE.md). */
class SarifRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in = SarifRendererTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static JsonNode seedsLog() throws IOException {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    String sarif = new SarifRenderer().render(SeedsReport.report(),
        RenderContext.builder().toolVersion("9.9.9").build());
    return JSON.readTree(sarif);
  }

  @Nested
  class Schema {
    @Test
    void theSeedsLogIsValidSarif210() throws IOException {
      Set<ValidationMessage> problems = schema().validate(seedsLog());
      assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theSchemaRefusesALogThatIsNot() throws IOException {
      ObjectNode log = (ObjectNode) seedsLog();
      ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
      assertFalse(schema().validate(log).isEmpty(), "a level SARIF does not have must fail validation");
    }

    @Test
    void aReportWithNoFindingsIsValidToo() throws IOException {
      Report empty = new Report(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
      JsonNode log = JSON.readTree(new SarifRenderer().render(empty));
      assertTrue(schema().validate(log).isEmpty());
      assertEquals(0, log.get("runs").get(0).get("results").size());
    }
  }

  @Nested
  class Results {
    @Test
    void oneResultPerFindingWithRuleIdLevelAndKeyAsFingerprint() throws IOException {
      JsonNode run = seedsLog().get("runs").get(0);
      Report report = SeedsReport.report();
      assertEquals(report.findings().size(), run.get("results").size());
      for (int i = 0; i < report.findings().size(); i++) {
        Finding f = report.findings().get(i);
        JsonNode r = run.get("results").get(i);
        assertEquals(f.rule(), r.get("ruleId").asText());
        assertEquals(SarifRenderer.level(f.severity()), r.get("level").asText());
        assertEquals(f.message(), r.get("message").get("text").asText());
        assertEquals(f.key(), r.get("partialFingerprints").get(SarifRenderer.FINGERPRINT).asText());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(r.get("ruleIndex").asInt());
        assertEquals(f.rule(), rule.get("id").asText(), "ruleIndex points at the rule's descriptor");
        assertEquals(f.claims().size(), r.get("locations").size());
      }
      assertEquals("9.9.9", run.get("tool").get("driver").get("version").asText());
      assertEquals("utf16CodeUnits", run.get("columnKind").asText());
    }

    @Test
    void eachLocationIsTheClaimsFileAndTheRegionOfItsQuantityPhrase() throws IOException {
      JsonNode run = seedsLog().get("runs").get(0);
      ReportIndex index = ReportIndex.of(SeedsReport.report());
      int checked = 0;
      for (int i = 0; i < run.get("results").size(); i++) {
        Finding f = SeedsReport.report().findings().get(i);
        JsonNode locations = run.get("results").get(i).get("locations");
        for (int k = 0; k < locations.size(); k++) {
          Claim c = index.claims(f).get(k);
          JsonNode physical = locations.get(k).get("physicalLocation");
          assertEquals("seeds/" + c.documentId() + ".txt", physical.get("artifactLocation").get("uri").asText()
              .replaceFirst("^\\.\\./", ""));
          int offset = physical.get("region").get("charOffset").asInt();
          int length = physical.get("region").get("charLength").asInt();
          String text = SeedsReport.text(c.documentId());
          assertEquals(c.quantity().text(), text.substring(offset, offset + length));
          assertEquals(c.quantity().text(), physical.get("region").get("snippet").get("text").asText());
          assertEquals(c.source().url() == null, locations.get(k).get("properties").get("url").isNull());
          checked++;
        }
      }
      assertEquals(6, checked, "the two seed findings name six claims");
    }

    @Test
    void theRulesAreTheDescriptorsWithDefaultLevels() throws IOException {
      JsonNode rules = seedsLog().get("runs").get(0).get("tool").get("driver").get("rules");
      JsonNode divergent = null;
      for (JsonNode r : rules) {
        if (r.get("id").asText().equals("divergent-figures")) {
          divergent = r;
        }
      }
      assertEquals("warning", divergent.get("defaultConfiguration").get("level").asText());
      assertEquals("maxRelativeSpread", divergent.get("properties").get("parameters").get(0).get("name").asText());
    }
  }

  @Nested
  class RecordsAndClaimsWithoutFiles {
    private Report report(io.claimcheck.claim.Source a, io.claimcheck.claim.Source b) {
      java.util.List<Claim> claims = new java.util.ArrayList<>();
      for (io.claimcheck.claim.Source s : java.util.List.of(a, b)) {
        claims.add(new Claim(s.documentId() + "#1", s, io.claimcheck.claim.Measure.of("killed"), null,
            new io.claimcheck.quantity.Quantity("12", java.math.BigDecimal.valueOf(12),
                io.claimcheck.quantity.Qualifier.EXACT, io.claimcheck.quantity.Interval.exactly(12), false),
            new io.claimcheck.claim.Scope(java.util.List.of(), null, io.claimcheck.claim.TimeScope.INCIDENT), null,
            new io.claimcheck.claim.Evidence(5, 7, "Some 12 died.")));
      }
      Finding f = new Finding("disjoint-figures", io.claimcheck.rules.Severity.ERROR, "g1", "k",
          java.util.List.of(claims.get(0).id(), claims.get(1).id()), "m", "e");
      return new Report(java.util.List.of(), claims, java.util.List.of(), java.util.List.of(f));
    }

    @Test
    void aJsonLinesRecordIsLocatedByItsLineAndAClaimWithoutAFileByItsUrl() throws IOException {
      io.claimcheck.claim.Source record = new io.claimcheck.claim.Source("crawl#3", "Outlet", null,
          "https://news.example/a", null, "crawl.jsonl", 3);
      io.claimcheck.claim.Source bare = new io.claimcheck.claim.Source("elsewhere", "Other", null,
          "https://news.example/b", null);
      JsonNode log = JSON.readTree(new SarifRenderer().render(report(record, bare)));
      assertTrue(schema().validate(log).isEmpty(), schema().validate(log).toString());
      JsonNode locations = log.get("runs").get(0).get("results").get(0).get("locations");
      JsonNode first = locations.get(0).get("physicalLocation");
      assertEquals("crawl.jsonl", first.get("artifactLocation").get("uri").asText());
      assertEquals(3, first.get("region").get("startLine").asInt());
      assertFalse(first.get("region").has("charOffset"), "offsets are in the record's text, not the file");
      JsonNode second = locations.get(1).get("physicalLocation");
      assertEquals("https://news.example/b", second.get("artifactLocation").get("uri").asText());
      assertFalse(second.get("region").has("charOffset"), "offsets are in the extracted text, not the page");
      assertEquals("12", second.get("region").get("snippet").get("text").asText());
    }
  }

  @Nested
  class UnreadableInputs {
    @Test
    void aDocumentThatCouldNotBeReadIsANotificationOfTheInvocation() throws IOException {
      Report report = new Report(java.util.List.of(
          new DocumentStatus("ok", "Outlet", 0, null, null, null, "in/ok.txt"),
          new DocumentStatus("broken", null, 0, "in/broken.txt: is not valid UTF-8 text (bad byte 0xff at offset 3)",
              null, null, "in/broken.txt")), java.util.List.of(), java.util.List.of(), java.util.List.of());
      JsonNode log = JSON.readTree(new SarifRenderer().render(report));
      assertTrue(schema().validate(log).isEmpty(), schema().validate(log).toString());
      JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
      assertTrue(invocation.get("executionSuccessful").asBoolean());
      JsonNode notes = invocation.get("toolExecutionNotifications");
      assertEquals(1, notes.size());
      assertEquals("error", notes.get(0).get("level").asText());
      assertEquals("broken: in/broken.txt: is not valid UTF-8 text (bad byte 0xff at offset 3)",
          notes.get(0).get("message").get("text").asText());
      assertEquals("in/broken.txt",
          notes.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
    }
  }

  @Nested
  class Uris {
    @Test
    void relativePathsStayRelativeWithSlashesAndEscapes() {
      assertEquals("seeds/a%20b.txt", SarifRenderer.uri("seeds/a b.txt"));
      assertEquals("seeds/a.txt", SarifRenderer.uri("seeds\\a.txt"));
      assertEquals("./c:d.txt", SarifRenderer.uri("c:d.txt"));
    }

    @Test
    void absolutePathsBecomeFileUris() {
      assertTrue(SarifRenderer.uri("/tmp/x.txt").startsWith("file:///"), SarifRenderer.uri("/tmp/x.txt"));
    }
  }
}
