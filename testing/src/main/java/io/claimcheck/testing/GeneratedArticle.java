package io.claimcheck.testing;

import io.claimcheck.claim.Document;
import java.util.List;
import java.util.Objects;

/**
 * An article-like document and the claims planted in it: the ground truth an extractor is
 * checked against. Every other number in it (ages, homes, years, percentages, scores, times) is a
 * distractor that must give no claim.
 */
public record GeneratedArticle(Document document, List<PlantedClaim> planted) {
  /** Copies the list. */
  public GeneratedArticle {
    Objects.requireNonNull(document, "document");
    planted = List.copyOf(planted);
  }
}
