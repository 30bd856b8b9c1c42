package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final List<Document> documents = new ArrayList<>();
  private final List<ReadFailure> failures = new ArrayList<>();
  private final List<ReadFailure> skipped = new ArrayList<>();
  private final DocumentSink sink = new DocumentSink() {
    @Override
    public void skipped(ReadFailure s) {
      skipped.add(s);
    }

    @Override
    public void document(Document document) {
      documents.add(document);
    }

    @Override
    public void failure(ReadFailure failure) {
      failures.add(failure);
    }
  };

  private void read(Path... paths) {
    DocumentReader.standard().read(List.of(paths), sink);
  }

  private List<String> ids() {
    return documents.stream().map(Document::id).collect(Collectors.toList());
  }

  @Test
  void theSeedsAreReadWithTheirManifest() {
    Path seeds = Path.of("..", "seeds");
    read(seeds);
    assertEquals(List.of(), failures);
    assertEquals(5, documents.size());
    Document ft = documents.get(4);
    assertEquals("004_a553790e17b1e085", ft.id());
    assertEquals("Financial Tribune", ft.source().outlet());
    assertEquals(LocalDate.of(2016, 2, 22), ft.source().published());
  }

  @Test
  void withoutAManifestTheFileNameIsTheSourceAndDatesStayUnknown() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "at least 87 people");
    read(dir);
    assertEquals(List.of("a"), ids());
    assertEquals(null, documents.get(0).source().published());
  }

  @Test
  void aBrokenJsonLineIsReportedWithItsLineAndTheOthersAreRead() throws IOException {
    Path file = dir.resolve("docs.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"one\", \"source\": \"AP\", \"published\": \"2016-02-22\", \"text\": \"87 died\"}",
        "{\"id\": \"two\", \"text\": ",
        "{\"id\": \"three\", \"published\": \"yesterday\", \"text\": \"x\"}",
        "{\"maintext\": \"59 died\", \"source_domain\": \"voanews.com\", \"date_publish\": \"2016-02-22 10:43:00\"}",
        ""));
    read(file);
    assertEquals(List.of("one", "docs#4"), ids());
    assertEquals("voanews.com", documents.get(1).source().outlet());
    assertEquals(2, failures.size());
    assertEquals(file + ":2", failures.get(0).location());
    assertTrue(failures.get(0).reason().startsWith("is not valid JSON"), failures.get(0).reason());
    assertEquals(file + ":3", failures.get(1).location());
    assertEquals("\"published\" is 'yesterday'; expected an ISO date such as 2016-02-22", failures.get(1).reason());
  }

  @Test
  void invalidUtf8AndBinaryFilesAreFailuresNamingTheByte() throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC3, '('});
    Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
    Files.writeString(dir.resolve("good.txt"), "fine");
    read(dir);
    assertEquals(List.of("good"), ids());
    assertEquals("is not valid UTF-8 text (bad byte 0xc3 at offset 2)", failures.get(0).reason());
    assertEquals("looks binary (a NUL byte at offset 1); expected UTF-8 text", failures.get(1).reason());
  }

  @Test
  void aManifestNamingAMissingFileIsReported() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("manifest.json"),
        "[{\"file\": \"a.txt\", \"source\": \"AP\"}, {\"file\": \"gone.txt\", \"source\": \"AFP\"}]");
    read(dir);
    assertEquals(List.of("a"), ids());
    assertEquals("AP", documents.get(0).source().outlet());
    assertEquals(1, failures.size());
    assertEquals("gone", failures.get(0).document());
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnceAndReadingFinishes() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(sub.resolve("a.txt"), "x");
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    DocumentReader.standard().followingLinks(true).read(List.of(dir), sink);
    assertEquals(List.of("sub/a"), ids());
    assertEquals(List.of(), failures);
    assertEquals(1, skipped.size());
    assertTrue(skipped.get(0).reason().contains("symbolic-link loop"), skipped.get(0).reason());
  }

  @Test
  void aSymbolicLinkInAFolderIsSkippedUnlessLinksAreFollowed() throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "12 people were killed.");
    Path root = Files.createDirectory(dir.resolve("root"));
    Files.writeString(root.resolve("a.txt"), "x");
    Files.createSymbolicLink(root.resolve("etc"), outside);
    read(root);
    assertEquals(List.of("a"), ids());
    assertEquals(1, skipped.size());
    assertEquals(root.resolve("etc").toString(), skipped.get(0).location());
    assertTrue(skipped.get(0).reason().startsWith("is a symbolic link; not followed"), skipped.get(0).reason());
  }

  @Test
  void aMissingPathIsAFailureNotAnException() {
    read(dir.resolve("nope.txt"));
    assertEquals("does not exist", failures.get(0).reason());
  }

  @Test
  void aRepeatedIdIsReported() throws IOException {
    Path file = dir.resolve("d.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"text\":\"a\"}\n{\"id\":\"x\",\"text\":\"b\"}\n");
    read(file);
    assertEquals(List.of("x", "x~2"), ids(), "two texts under one id stay two documents");
    assertEquals(List.of(), failures);
  }

  @Test
  void aRepeatedRecordIsReadOnceAndTheRepeatIsSkipped() throws IOException {
    Path file = dir.resolve("d.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"text\":\"a\"}\n{\"id\":\"x\",\"text\":\"a\"}\n");
    read(file);
    assertEquals(List.of("x"), ids());
    assertTrue(skipped.get(0).reason().startsWith("repeats document 'x' first read from " + file + ":1"),
        skipped.get(0).reason());
  }

  @Test
  void aTextThatDiffersFromAnEarlierOneInAnyOneCharacterIsNotTakenForItsRepeat() {
    // the repeat test hashes each text in lanes of every fourth character: a change in any lane,
    // at any length (tails that fill no whole lane too), and a change of length, must show
    java.util.Set<Long> seen = new java.util.HashSet<>();
    int made = 0;
    for (int length = 0; length <= 13; length++) {
      String text = "abcdefghijklm".substring(0, length);
      assertEquals(DocumentReader.hash(text), DocumentReader.hash(new String(text.toCharArray())), "same text, same hash");
      assertTrue(seen.add(DocumentReader.hash(text)), "length " + length);
      made++;
      for (int at = 0; at < length; at++) {
        char[] changed = text.toCharArray();
        changed[at] = 'Z';
        assertTrue(seen.add(DocumentReader.hash(new String(changed))), "'" + new String(changed) + "'");
        made++;
      }
    }
    assertEquals(made, seen.size());
    assertTrue(DocumentReader.hash("ab") != DocumentReader.hash("ba"), "order counts");
    assertTrue(DocumentReader.hash("abcd\u00e9") != DocumentReader.hash("abcde"), "beyond ASCII counts");
  }

  @Test
  void aLargeFileIsReadInPartsWhoseClaimsPointIntoTheWholeText() throws IOException {
    String sentence = "On Sunday \u201cbombs\u201d killed at least 87 people in Damascus, officials said.\n";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < DocumentReader.LARGE + DocumentReader.PART) {
      sb.append(sentence);
    }
    String whole = sb.toString();
    Path file = Files.writeString(dir.resolve("big.txt"), whole);
    io.claimcheck.ClaimCheck.Run run = checked(file);
    assertEquals(List.of(), failures);
    assertTrue(documents.size() > 1, "read in " + documents.size() + " part(s)");
    var report = run.finish();
    assertEquals(1, report.documents().size());
    assertEquals(whole.length() / sentence.length(), report.claims().size());
    for (var claim : report.claims()) {
      assertEquals("at least 87", whole.substring(claim.evidence().start(), claim.evidence().end()));
    }
    assertEquals("big#" + report.claims().size(), report.claims().get(report.claims().size() - 1).id());
  }

  /**
   * A text with neither a line break nor a sentence end is cut at a space, which may fall
   * between a figure and the words that make it a claim: the parts overlap there, and each
   * claim comes from the one part that owns its figure.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"streamed from a large file", "held as one record"})
  void aTextWithoutSentenceEndsLosesNoClaimWhereItIsCut(String how) throws IOException {
    String phrase = "and 87 people died in the town ";
    long size = how.startsWith("streamed") ? DocumentReader.LARGE + 3L * DocumentReader.PART : 5L * DocumentReader.PART;
    StringBuilder sb = new StringBuilder("Rains fell for days ");
    while (sb.length() < size) {
      sb.append(phrase);
    }
    String whole = sb.toString();
    int figures = (whole.length() - "Rains fell for days ".length()) / phrase.length();
    Path file = how.startsWith("streamed") ? Files.writeString(dir.resolve("flood.txt"), whole)
        : Files.writeString(dir.resolve("flood.jsonl"), "{\"id\":\"flood\",\"text\":\"" + whole + "\"}\n");
    io.claimcheck.ClaimCheck.Run run = checked(file);
    assertEquals(List.of(), failures);
    assertTrue(documents.size() > 3, "read in " + documents.size() + " part(s)");
    assertTrue(documents.stream().skip(1).allMatch(d -> d.ownStart() > 0), "the parts after the first overlap the one before");
    var report = run.finish();
    assertEquals(figures, report.claims().size(), "one claim per figure, none lost or doubled at a cut");
    long previous = -1;
    for (var claim : report.claims()) {
      assertEquals("87", whole.substring(claim.evidence().start(), claim.evidence().end()));
      assertTrue(claim.evidence().start() > previous, "claims in text order, each once");
      previous = claim.evidence().start();
    }
  }

  /** Reads {@code file} into a check run, keeping the documents (or parts) and failures it reads. */
  private io.claimcheck.ClaimCheck.Run checked(Path file) {
    io.claimcheck.ClaimCheck.Run run = io.claimcheck.ClaimCheck.standard().start();
    DocumentReader.standard().read(List.of(file), new DocumentSink() {
      @Override
      public void document(Document document) {
        documents.add(document);
        run.document(document);
      }

      @Override
      public void failure(ReadFailure failure) {
        failures.add(failure);
      }
    });
    return run;
  }

  @Test
  void standardInputIsOneTextOrJsonLines() {
    DocumentReader.standard().read("stdin", new ByteArrayInputStream("87 died".getBytes(StandardCharsets.UTF_8)), sink);
    DocumentReader.standard().read("stdin2",
        new ByteArrayInputStream("{\"id\":\"j\",\"text\":\"t\"}\n".getBytes(StandardCharsets.UTF_8)), sink);
    assertEquals(List.of("stdin", "j"), ids());
  }
}
