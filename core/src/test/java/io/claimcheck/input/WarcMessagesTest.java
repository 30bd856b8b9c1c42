package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.claimcheck.claim.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken WARC file is told in words: where parsing stopped, not the library's quote of the bytes. */
class WarcMessagesTest {
  @TempDir Path dir;

  private final List<Document> documents = new ArrayList<>();
  private final List<ReadFailure> failures = new ArrayList<>();

  private List<ReadFailure> read(String name, String content) throws IOException {
    Path f = Files.write(dir.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
    DocumentReader.standard().read(List.of(f), new DocumentSink() {
      @Override
      public void document(Document document) {
        documents.add(document);
      }

      @Override
      public void failure(ReadFailure failure) {
        failures.add(failure);
      }
    });
    return failures;
  }

  private static String record(String block) {
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length() + "\r\n\r\n"
        + block + "\r\n\r\n";
  }

  @Test
  void aFileThatIsNoWarcAtAllSaysWhereItsHeaderStopsAndClaimsNoRecordsBeforeIt() throws IOException {
    List<ReadFailure> f = read("junk.warc", "not a warc at all\n");
    assertEquals(1, f.size(), f.toString());
    assertEquals("is not a valid WARC record (its WARC header cannot be parsed at byte 3 of the record)",
        f.get(0).reason());
  }

  @Test
  void aBrokenSecondRecordCountsTheOneRecordBeforeIt() throws IOException {
    String page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>A quiet day.</p></body></html>";
    List<ReadFailure> f = read("two.warc", record(page) + "WARC/1.0\r\nno colon here\r\n\r\n");
    ReadFailure last = f.get(f.size() - 1);
    assertEquals("is not a valid WARC record (its WARC header cannot be parsed at byte 23 of the record); "
        + "the record before it was read", last.reason());
  }

  @Test
  void aResponseWhoseContentIsNoHttpMessageSaysSoWithoutQuotingIt() throws IOException {
    List<ReadFailure> f = read("nohttp.warc", record("hello, not HTTP"));
    assertEquals(1, f.size(), f.toString());
    assertEquals("cannot be read as an HTTP response (its HTTP header cannot be parsed at byte 0 of the record's content)",
        f.get(0).reason());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"WARC/1.0\r\nno colon <script>\r\n\r\n", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n",
      "WARC/9\u0000\u0001\r\n\r\n"})
  void noMessageQuotesTheFilesBytesOrTheLibrarysMarker(String content) throws IOException {
    for (ReadFailure f : read("bad.warc", content)) {
      assertFalse(f.reason().contains("HERE"), f.reason());
      assertFalse(f.reason().contains("<script>"), f.reason());
      assertFalse(f.reason().contains("Exception"), f.reason());
      assertFalse(f.reason().chars().anyMatch(c -> c < 0x20), f.reason());
    }
  }
}
