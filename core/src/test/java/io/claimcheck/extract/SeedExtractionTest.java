package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeds: exactly the 12 claims of seeds/expected.json, with every attribute. */
class SeedExtractionTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  static List<Claim> seedClaims() {
    List<Claim> claims = new ArrayList<>();
    DocumentReader.standard().read(List.of(SEEDS), new DocumentSink() {
      @Override
      public void document(Document document) {
        claims.addAll(ClaimExtractor.standard().extract(document));
      }

      @Override
      public void failure(ReadFailure failure) {
        throw new AssertionError(failure.toString());
      }
    });
    return claims;
  }

  /** One line per claim with everything expected.json pins down. */
  private static String describe(String document, int start, int end, String measure, String lower, String upper,
      boolean approximate, String qualifier, List<String> places, String date, String scope, String attribution) {
    return String.format(Locale.ROOT, "%s %d-%d %s [%s, %s] %s %s %s %s %s by %s", document, start, end, measure,
        lower, upper, approximate ? "approximate" : "firm", qualifier, places, date, scope, attribution);
  }

  @Test
  void extractsExactlyTheTwelveExpectedClaims() throws IOException {
    JsonNode expected = new ObjectMapper().readTree(SEEDS.resolve("expected.json").toFile());
    List<String> want = new ArrayList<>();
    for (JsonNode c : expected.get("claims")) {
      List<String> places = new ArrayList<>();
      c.get("location").forEach(p -> places.add(p.asText()));
      want.add(describe(c.get("document").asText(), c.get("start").asInt(), c.get("end").asInt(),
          c.get("measure").asText(), c.get("lower").asText(), c.get("upper").isNull() ? "null" : c.get("upper").asText(),
          c.get("approximate").asBoolean(), c.get("qualifier").asText(), places, c.get("date").asText(),
          c.get("time_scope").asText(), c.get("attribution").isNull() ? "null" : c.get("attribution").asText()));
    }
    List<String> got = seedClaims().stream().map(c -> describe(c.documentId(), c.evidence().start(), c.evidence().end(),
        c.measure().name(), c.quantity().interval().lower().map(Object::toString).orElse("null"),
        c.quantity().interval().upper().map(Object::toString).orElse("null"), c.quantity().approximate(),
        c.quantity().qualifier().id(), c.scope().locations(), String.valueOf(c.scope().date()),
        c.scope().timeScope().id(), String.valueOf(c.attribution()))).collect(Collectors.toList());
    want.sort(null);
    got.sort(null);
    assertEquals(String.join("\n", want), String.join("\n", got));
  }

  @Test
  void claimSpansCoverTheQuantityText() throws IOException {
    for (Claim c : seedClaims()) {
      assertEquals(c.quantity().text(), c.evidence().sentence().substring(
          c.evidence().sentence().indexOf(c.quantity().text()),
          c.evidence().sentence().indexOf(c.quantity().text()) + c.quantity().text().length()));
    }
  }
}
