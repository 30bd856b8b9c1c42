package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.report.ClaimJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A claim written as JSON by {@link ClaimJson} and read back from a claims file is the same claim. */
class ClaimRoundTripTest {
  @TempDir Path dir;

  private final List<Claim> claims = new ArrayList<>();
  private final List<ReadFailure> failures = new ArrayList<>();

  private void read(String... lines) throws IOException {
    Path file = dir.resolve("claims.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    DocumentReader.standard().read(List.of(file), new DocumentSink() {
      @Override
      public void document(Document document) {}

      @Override
      public void failure(ReadFailure failure) {
        failures.add(failure);
      }

      @Override
      public void claim(Claim claim) {
        claims.add(claim);
      }
    });
  }

  private static Claim item(String id, String subject, long value, @org.jspecify.annotations.Nullable Breakdown b) {
    Source s = new Source("d1", "Outlet", LocalDate.parse("2024-05-02"), null, null);
    return new Claim(id, s, Measure.KILLED, subject,
        Quantity.of(String.valueOf(value), BigDecimal.valueOf(value), Qualifier.EXACT, new BigDecimal("0.1")),
        new Scope(List.of("Kandy"), PartialDate.parse("2024-05-01"), TimeScope.INCIDENT), null,
        new Evidence(10, 12, "The dead were 12 Britons, 8 French and 3 Germans."), null, Modality.REPORTED,
        PartialDate.parse("2024-05-01"), b);
  }

  @Nested
  class Breakdowns {
    @Test
    void theItemsOfACompleteListKeepTheirBreakdown() throws IOException {
      Breakdown b = new Breakdown("b1", 3, true);
      Claim c = item("d1#2", "britons", 12, b);
      String json = ClaimJson.toJson(c);
      assertTrue(json.endsWith(",\"breakdown\":{\"id\":\"b1\",\"parts\":3,\"complete\":true}}"), json);
      read(json);
      assertEquals(List.of(), failures);
      assertEquals(List.of(c), claims);
      assertEquals(java.util.Optional.of(b), claims.get(0).breakdownOf());
    }

    @Test
    void aClaimOfNoKnownListWritesNoBreakdownAndReadsBackWithout() throws IOException {
      Claim c = item("d1#1", "britons", 12, null);
      String json = ClaimJson.toJson(c);
      assertTrue(!json.contains("breakdown"), json);
      read(json);
      assertEquals(List.of(c), claims);
      assertTrue(claims.get(0).breakdownOf().isEmpty());
    }

    @Test
    void aPartialListIsWrittenAndReadAsNotComplete() throws IOException {
      Claim c = item("d1#2", "britons", 12, new Breakdown("b2", 2, false));
      read(ClaimJson.toJson(c));
      assertEquals(List.of(c), claims);
      assertTrue(ClaimJson.toText(c).endsWith("\tbreakdown b2 (2 parts, not complete)"), ClaimJson.toText(c));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "b129|3|true|b129 (3 parts, complete)",
        "b2|2|false|b2 (2 parts, not complete)",
        "b4|1|true|b4 (1 part, complete)",
        "b4|1|false|b4 (1 part, not complete)",
    })
    void theTextFormOfAListIsItsIdItsPartsAndWhetherItIsComplete(String id, int parts, boolean complete, String text) {
      Breakdown b = new Breakdown(id, parts, complete);
      assertEquals(text, ClaimJson.toText(b));
      assertTrue(ClaimJson.toText(item("d1#2", "britons", 12, b)).endsWith("\tbreakdown " + text));
    }

    @Test
    void aStructuredClaimWithoutCompleteIsNotKnownToBeComplete() throws IOException {
      read("{\"id\":\"x#1\",\"document\":\"x\",\"measure\":\"killed\",\"subject\":\"women\","
          + "\"quantity\":{\"text\":\"20\",\"value\":20,\"qualifier\":\"exact\"},\"breakdown\":{\"id\":\"list-a\",\"parts\":2}}");
      assertEquals(List.of(), failures);
      assertEquals(new Breakdown("list-a", 2, false), claims.get(0).breakdown());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "\"breakdown\":\"b1\"|\"breakdown\" must be an object",
        "\"breakdown\":{\"parts\":2}|\"breakdown.id\" is missing",
        "\"breakdown\":{\"id\":\"b1\"}|\"breakdown.parts\" is missing",
        "\"breakdown\":{\"id\":\"b1\",\"parts\":0}|\"breakdown.parts\" is 0",
        "\"breakdown\":{\"id\":\"b1\",\"parts\":2.5}|expected how many items the list has",
        "\"breakdown\":{\"id\":\"b1\",\"parts\":2,\"complete\":\"yes\"}|\"breakdown.complete\" must be true or false",
    })
    void aBadBreakdownFailsItsLineAloneWithWhatWasExpected(String field, String message) throws IOException {
      String good = ClaimJson.toJson(item("d1#1", "women", 20, null));
      read("{\"id\":\"x#1\",\"document\":\"x\",\"measure\":\"killed\","
          + "\"quantity\":{\"text\":\"20\",\"value\":20,\"qualifier\":\"exact\"}," + field + "}", good);
      assertEquals(1, failures.size(), failures::toString);
      assertTrue(failures.get(0).toString().contains(message), failures.get(0)::toString);
      assertTrue(failures.get(0).toString().contains("claims.jsonl:1: "), failures.get(0)::toString);
      assertEquals(1, claims.size());
    }
  }
}
