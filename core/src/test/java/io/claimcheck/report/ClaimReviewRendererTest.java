package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ClaimReview JSON-LD against what search engines require of a fact check: {@code claimReviewed},
 * {@code reviewRating} with a textual {@code alternateName} (and its numeric scale), an absolute
 * {@code url}; and what they recommend: {@code author}, {@code itemReviewed} a {@code Claim} with
 * {@code appearance}s that have a url or a date and an author.
 */
class ClaimReviewRendererTest {
  private static final String AT = "https://desk.example.org/reports/2016-02-22.json";

  private static JsonNode seeds() throws IOException {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    return new ObjectMapper().readTree(new ClaimReviewRenderer().render(SeedsReport.report(),
        RenderContext.builder().reportUrl(AT).build()));
  }

  @Test
  void oneClaimReviewPerFindingInSchemaOrgContext() throws IOException {
    JsonNode doc = seeds();
    assertEquals("https://schema.org", doc.get("@context").asText());
    assertEquals(SeedsReport.report().findings().size(), doc.get("@graph").size());
    for (JsonNode review : doc.get("@graph")) {
      assertEquals("ClaimReview", review.get("@type").asText());
    }
  }

  @Test
  void everyReviewHasTheRequiredFields() throws IOException {
    List<Finding> findings = SeedsReport.report().findings();
    JsonNode graph = seeds().get("@graph");
    for (int i = 0; i < graph.size(); i++) {
      JsonNode review = graph.get(i);
      Finding f = findings.get(i);
      assertEquals(f.message(), review.get("claimReviewed").asText());
      URI url = URI.create(review.get("url").asText());
      assertTrue(url.isAbsolute(), "url must be absolute: " + url);
      assertEquals(AT + "#" + ReportIndex.anchor(f), url.toString());
      JsonNode rating = review.get("reviewRating");
      assertEquals("Rating", rating.get("@type").asText());
      assertFalse(rating.get("alternateName").asText().isBlank());
      int value = rating.get("ratingValue").asInt();
      assertTrue(rating.get("worstRating").asInt() <= value && value <= rating.get("bestRating").asInt());
      assertTrue(rating.get("name").asText().contains(f.rule()), "the rating names the rule");
      assertTrue(rating.get("name").asText().contains(f.severity().id()), "and the severity");
      assertTrue(review.get("reviewBody").asText().startsWith(f.explanation()), "the arithmetic is in the body");
      assertTrue(review.get("reviewBody").asText().endsWith(AT), "with a link to the full report");
      assertEquals("Organization", review.get("author").get("@type").asText());
    }
  }

  @Test
  void theItemReviewedIsAClaimWithTheArticlesAsAppearances() throws IOException {
    JsonNode divergent = seeds().get("@graph").get(1);
    JsonNode claim = divergent.get("itemReviewed");
    assertEquals("Claim", claim.get("@type").asText());
    List<String> outlets = new ArrayList<>();
    for (JsonNode a : claim.get("appearance")) {
      outlets.add(a.get("author").get("name").asText());
      assertTrue(a.has("datePublished"));
    }
    assertEquals(List.of("The National", "VOA News", "Financial Tribune"), outlets);
    assertTrue(claim.get("appearance").get(2).get("url").asText().startsWith("https://"));
    assertEquals("2016-02-21", claim.get("firstAppearance").get("datePublished").asText());
    assertEquals("The National", claim.get("firstAppearance").get("author").get("name").asText());
  }

  @Test
  void withoutAPublishedAddressTheUrlIsTheFindingsAnchor() throws IOException {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    JsonNode review = new ObjectMapper().readTree(new ClaimReviewRenderer().render(SeedsReport.report()))
        .get("@graph").get(0);
    assertEquals("#" + ReportIndex.anchor(SeedsReport.report().findings().get(0)), review.get("url").asText());
  }
}
