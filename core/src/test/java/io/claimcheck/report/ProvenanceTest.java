package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.claim.Claim;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every claim and finding can be traced back to its articles: url, title and path. */
class ProvenanceTest {
  private static final String TRIBUNE = "https://financialtribune.com/articles/international/36894/"
      + "violence-rages-in-syria-as-kerry-lavrov-reach-deal-on-ceasefire";

  private static JsonNode json() throws IOException {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    return new ObjectMapper().readTree(ReportFormat.JSON.render(SeedsReport.report()));
  }

  @Test
  void claimsCarryTheManifestsUrlAndTitleAndTheirPath() throws IOException {
    for (JsonNode c : json().get("claims")) {
      String doc = c.get("document").asText();
      assertEquals("../seeds/" + doc + ".txt", c.get("path").asText());
      assertTrue(c.has("url") && c.has("title"), c.toString());
      if (doc.startsWith("004_")) {
        assertEquals(TRIBUNE, c.get("url").asText());
        assertEquals("Violence Rages in Syria as Kerry, Lavrov Reach Deal on Ceasefire", c.get("title").asText());
      }
      if (doc.startsWith("000_")) {
        assertTrue(c.get("url").isNull() && c.get("title").isNull(), "unknown stays null");
      }
    }
  }

  @Test
  void documentsCarryThemToo() throws IOException {
    for (JsonNode d : json().get("documents")) {
      assertEquals("../seeds/" + d.get("document").asText() + ".txt", d.get("path").asText());
    }
  }

  @Test
  void aFindingLinksToTheArticlesBehindIt() throws IOException {
    JsonNode divergent = json().get("findings").get(1);
    List<String> outlets = new ArrayList<>();
    for (JsonNode d : divergent.get("documents")) {
      outlets.add(d.get("source").asText());
    }
    assertEquals(List.of("The National", "VOA News", "Financial Tribune"), outlets);
    assertEquals(TRIBUNE, divergent.get("documents").get(2).get("url").asText());
  }

  @Test
  void textAndMarkdownNameTheSourcesOfEachFinding() {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    String text = ReportFormat.TEXT.render(SeedsReport.report());
    assertTrue(text.contains("    sources: The National ../seeds/002_5cdd0c2334d33878.txt; VOA News "
        + "../seeds/001_533472ac1ff930dd.txt; Financial Tribune " + TRIBUNE + "\n"), text);
    String md = ReportFormat.MARKDOWN.render(SeedsReport.report());
    assertTrue(md.contains("[Financial Tribune](<" + TRIBUNE + ">)"), md);
  }

  @Test
  void claimJsonReadBackKeepsItsProvenance() {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    Claim c = SeedsReport.report().claims().get(0);
    assertTrue(ClaimJson.toJson(c).contains("\"path\":\"../seeds/" + c.documentId() + ".txt\""));
  }
}
