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

  @FuzzTest(maxDuration = "5m")
  void rulesFile(FuzzedDataProvider data) {
    boolean json = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    try {
      RulesFile.parse(json ? "rules.json" : "rules.yaml", text);
    } catch (ConfigException expected) {
      // the declared failure: a located message
      assertTrue(expected.getMessage().startsWith(json ? "rules.json:" : "rules.yaml:"), expected.getMessage());
    }
  }
}
