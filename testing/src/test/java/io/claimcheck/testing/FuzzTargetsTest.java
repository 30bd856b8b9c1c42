package io.claimcheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimcheck.ClaimCheck;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.config.ConfigException;
import io.claimcheck.config.RulesFile;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.number.NumberFinder;
import io.claimcheck.number.NumberPhrase;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Fuzz targets (Jazzer). Under {@code mvn test} they run in regression mode: each replays the
 * inputs kept in {@code src/test/resources/io/claimcheck/testing/FuzzTargetsTestInputs/<method>/}.
 * {@code JAZZER_FUZZ=1 mvn -pl testing test -Dtest=FuzzTargetsTest#numberFinder} fuzzes for real (see
 * docs/testing.md). No exception may escape; spans stay inside the text.
 */
class FuzzTargetsTest {
  @FuzzTest(maxDuration = "5m")
  void numberFinder(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    int previousEnd = 0;
    for (NumberPhrase p : NumberFinder.standard().find(text)) {
      assertTrue(p.start() >= previousEnd && p.end() <= text.length() && p.start() < p.end());
      assertEquals(text.substring(p.start(), p.end()), p.text());
      previousEnd = p.end();
    }
  }

  @FuzzTest(maxDuration = "5m")
  void extractor(FuzzedDataProvider data) {
    boolean dated = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    Document doc = new Document(new Source("fuzz", "Fuzz", dated ? LocalDate.of(2016, 2, 22) : null, null, null), text);
    for (Claim c : ClaimExtractor.standard().extract(doc)) {
      assertEquals(c.quantity().text(), text.substring(c.evidence().start(), c.evidence().end()));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readerAndCheck(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    ClaimCheck.Run run = ClaimCheck.standard().start();
    DocumentReader.standard().read("fuzz", new ByteArrayInputStream(bytes), run);
    assertTrue(!run.finish().documents().isEmpty(), "every input gives a document or a failure");
  }

  /**
   * Claims JSON Lines (the first line a real claim, then the fuzzer's bytes): no exception
   * escapes, and every non-blank line is accounted for, as a claim, a document, a failure or a
   * skip, exactly once.
   */
  @FuzzTest(maxDuration = "5m")
  void claimsReader(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    byte[] input = new byte[CLAIM.length + bytes.length];
    System.arraycopy(CLAIM, 0, input, 0, CLAIM.length);
    System.arraycopy(bytes, 0, input, CLAIM.length, bytes.length);
    int[] counts = new int[1];
    java.util.Set<String> documents = new java.util.HashSet<>();
    ClaimCheck.Run run = ClaimCheck.standard().start();
    DocumentReader.standard().read("fuzz", new ByteArrayInputStream(input), new DocumentSink() {
      @Override
      public void document(Document document) {
        if (documents.add(document.id())) {
          counts[0]++;
        }
        run.document(document);
      }

      @Override
      public void claim(Claim claim) {
        counts[0]++;
        run.claim(claim);
      }

      @Override
      public void failure(ReadFailure failure) {
        counts[0]++;
        assertTrue(failure.reason().length() < 2000, "a bounded message: " + failure.reason().length());
        run.failure(failure);
      }

      @Override
      public void skipped(ReadFailure skipped) {
        counts[0]++;
        run.skipped(skipped);
      }
    });
    run.finish();
    long lines = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).lines()
        .filter(l -> !l.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')).count();
    boolean endsInBlankOnly = lines == 0;
    assertTrue(endsInBlankOnly || counts[0] >= 1, "something is reported");
    assertTrue(counts[0] <= Math.max(1, lines), counts[0] + " reports for " + lines + " lines");
  }

  private static final byte[] CLAIM = ("{\"id\":\"a#1\",\"document\":\"a\",\"source\":\"AP\","
      + "\"published\":\"2016-02-22\",\"measure\":\"killed\",\"quantity\":{\"text\":\"about 130\","
      + "\"value\":130,\"qualifier\":\"about\",\"lower\":130,\"upper\":130,\"approximate\":true},"
      + "\"locations\":[\"Damascus\"],\"date\":\"2016-02-21\",\"timeScope\":\"incident\",\"start\":0,"
      + "\"end\":9,\"sentence\":\"about 130 people were killed\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /**
   * The rules-file parser: its only failure is a located {@link ConfigException} whose message
   * stays short (values are quoted bounded), and it never takes long (no number is expanded).
   */
  @FuzzTest(maxDuration = "5m")
  void rulesFile(FuzzedDataProvider data) {
    boolean json = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    try {
      RulesFile.parse(json ? "rules.json" : "rules.yaml", text);
    } catch (ConfigException expected) {
      // the declared failure: a located message, bounded whatever the input
      assertTrue(expected.getMessage().startsWith(json ? "rules.json:" : "rules.yaml:"), expected.getMessage());
      assertTrue(expected.getMessage().length() < 1000, "a bounded message: " + expected.getMessage().length());
    }
  }
}
