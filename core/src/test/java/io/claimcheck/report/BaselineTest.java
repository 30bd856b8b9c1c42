package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimcheck.config.ConfigException;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @Nested
  class RoundTrip {
    @Test
    void aWrittenBaselineReadBackLeavesOutEveryFinding() throws IOException {
      assumeTrue(SeedsReport.present(), "the seeds folder is absent");
      Report report = SeedsReport.report();
      StringWriter w = new StringWriter();
      Baseline.of(report).write(w);
      Baseline read = Baseline.parse("b.txt", w.toString());
      assertEquals(report.findings().size(), read.keys().size());
      assertEquals(0, read.apply(report).findings().size());
      assertEquals(report.findings().size(), read.count(report));
    }

    @Test
    void keysHoldNoOffsets() {
      assumeTrue(SeedsReport.present(), "the seeds folder is absent");
      for (Finding f : SeedsReport.report().findings()) {
        for (var c : SeedsReport.report().claims()) {
          assertTrue(!f.key().contains(c.evidence().start() + "-") && !f.key().contains("@"), f.key());
        }
        assertTrue(f.key().matches("[a-z-]+:[^:]+:.+"), f.key());
      }
    }

    @Test
    void theFileIsSortedWithACommentFirst() throws IOException {
      StringWriter w = new StringWriter();
      Baseline.ofKeys(List.of("b:g:x#1", "a:g:x#2")).write(w);
      assertEquals("# claimcheck baseline: 2 findings accepted; one key a line (rule:group:claims)\na:g:x#2\nb:g:x#1\n",
          w.toString());
    }
  }

  @Nested
  class Errors {
    @Test
    void aLineThatIsNotAKeyNamesTheFileAndLine() {
      ConfigException e = assertThrows(ConfigException.class,
          () -> Baseline.parse("accepted.txt", "# comment\n\nnot a key\n"));
      assertEquals("accepted.txt:3:1: 'not a key' is not a finding key; expected rule:group:claims, "
          + "as --write-baseline writes them", e.getMessage());
    }

    @Test
    void aMissingFileSaysSoWithoutAJavaExceptionName() {
      ConfigException e = assertThrows(ConfigException.class, () -> Baseline.read(dir.resolve("nope.txt")));
      assertEquals(dir.resolve("nope.txt") + ": cannot be read: does not exist", e.getMessage());
    }

    @Test
    void aFolderIsNotABaseline() throws IOException {
      Path folder = Files.createDirectory(dir.resolve("folder"));
      ConfigException e = assertThrows(ConfigException.class, () -> Baseline.read(folder));
      assertEquals(folder + ": cannot be read: is a folder, not a file", e.getMessage());
    }
  }
}
