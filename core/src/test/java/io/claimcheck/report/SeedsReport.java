package io.claimcheck.report;

import io.claimcheck.ClaimCheck;
import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The seeds' report, and their texts by document id, for renderer tests. */
final class SeedsReport {
  static final Path SEEDS = Path.of("..", "seeds");
  private static Report report;
  private static final Map<String, String> TEXTS = new HashMap<>();

  private SeedsReport() {}

  static synchronized Report report() {
    if (report == null) {
      List<Document> docs = new ArrayList<>();
      DocumentReader.standard().read(List.of(SEEDS), new DocumentSink() {
        @Override
        public void document(Document document) {
          docs.add(document);
          TEXTS.put(document.id(), document.text());
        }

        @Override
        public void failure(ReadFailure failure) {
          throw new AssertionError(failure.toString());
        }
      });
      report = ClaimCheck.standard().check(docs);
    }
    return report;
  }

  /** The text of seed document {@code id}, as the reader gave it. */
  static synchronized String text(String id) {
    report();
    return TEXTS.get(id);
  }

  static boolean present() {
    return Files.isDirectory(SEEDS);
  }
}
