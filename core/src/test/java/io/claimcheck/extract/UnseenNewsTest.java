package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Extraction on news the extractor was not built from: sentences in the styles of wire services,
 * broadcasters and local papers about attacks, earthquakes, floods, storms and accidents
 * ({@code extraction/unseen-news.jsonl}). A claim matches when its span text, measure and bounds
 * match. Precision must stay at or above 0.9 and recall at or above 0.85.
 */
class UnseenNewsTest {
  private record Key(String id, String text, String measure, String lower, String upper) {}

  @Test
  void precisionAndRecallOnUnseenNews() throws IOException {
    score("/extraction/unseen-news.jsonl");
  }

  /** Written after the extractor and never tuned on: the honest figure. */
  @Test
  void precisionAndRecallOnTheHoldOut() throws IOException {
    score("/extraction/unseen-news-holdout.jsonl");
  }

  /** A second hold-out, written after the first was folded in, in other styles. */
  @Test
  void precisionAndRecallOnTheSecondHoldOut() throws IOException {
    score("/extraction/unseen-news-holdout2.jsonl");
  }

  /** A third hold-out, written after the second was folded in. */
  @Test
  void precisionAndRecallOnTheThirdHoldOut() throws IOException {
    score("/extraction/unseen-news-holdout3.jsonl");
  }

  /** A fourth hold-out, written after the third was folded in. */
  @Test
  void precisionAndRecallOnTheFourthHoldOut() throws IOException {
    score("/extraction/unseen-news-holdout4.jsonl");
  }

  private void score(String resource) throws IOException {
    List<Key> expected = new ArrayList<>();
    List<Key> found = new ArrayList<>();
    int cases = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(getClass().getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
      ObjectMapper json = new ObjectMapper();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        cases++;
        JsonNode c = json.readTree(line);
        String id = c.get("id").asText();
        for (JsonNode e : c.get("claims")) {
          expected.add(new Key(id, e.get("text").asText(), e.get("measure").asText(), e.get("lower").asText(),
              e.get("upper").isNull() ? "null" : e.get("upper").asText()));
        }
        Document doc = new Document(new Source(id, "test", LocalDate.parse(c.get("published").asText()), null, null),
            c.get("text").asText());
        for (Claim claim : ClaimExtractor.standard().extract(doc)) {
          found.add(new Key(id, claim.quantity().text(), claim.measure().name(),
              claim.quantity().interval().lower().map(b -> b.toPlainString()).orElse("null"),
              claim.quantity().interval().upper().map(b -> b.toPlainString()).orElse("null")));
        }
      }
    }
    long matched = found.stream().filter(expected::contains).count();
    double precision = found.isEmpty() ? 1 : (double) matched / found.size();
    double recall = expected.isEmpty() ? 1 : (double) matched / expected.size();
    System.out.printf(Locale.ROOT, resource + ": %d cases, %d expected claims, %d found, %d matched: "
        + "precision %.3f, recall %.3f%n", cases, expected.size(), found.size(), matched, precision, recall);
    found.stream().filter(k -> !expected.contains(k)).forEach(k -> System.out.println("  EXTRA  " + k));
    expected.stream().filter(k -> !found.contains(k)).forEach(k -> System.out.println("  MISSED " + k));
    assertTrue(precision >= 0.9, "precision " + precision + " is below 0.9");
    assertTrue(recall >= 0.85, "recall " + recall + " is below 0.85");
  }
}
