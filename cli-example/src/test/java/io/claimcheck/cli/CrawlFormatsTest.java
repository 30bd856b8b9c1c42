package io.claimcheck.cli;

import static io.claimcheck.testing.Crawls.gzip;
import static io.claimcheck.testing.Crawls.page;
import static io.claimcheck.testing.Crawls.warc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawl formats through the CLI: gzip of every kind read as a stream, WARC and WARC.gz files
 * built here with jwarc, and a folder mixing every input form, each document accounted for.
 */
class CrawlFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  String err;

  JsonNode check(String... paths) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
    args.addAll(List.of(paths));
    int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(e));
    err = e.toString();
    assertEquals(0, code, err);
    return JSON.readTree(out.toString());
  }

  static Map<String, JsonNode> documents(JsonNode report) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    report.get("documents").forEach(d -> m.put(d.get("document").asText(), d));
    return m;
  }

  @Test
  void aWarcGzOfPagesGivesOneDocumentPerPageWithItsArticleTextOnly() throws IOException {
    Path f = dir.resolve("crawl.warc.gz");
    warc(f, true,
        "https://news.example.org/2016/02/blasts", page("Example News", "2016-02-22", "Blasts in the capital",
            "A wave of bombings killed at least 87 people in Damascus on Sunday, officials said.",
            "The attacks came a day after talks began."),
        "https://www.daily.example.com/world/1", page("The Daily Example", "2016-02-22", "Attack",
            "Bombings killed 83 people in Damascus on Sunday, the ministry said."));
    JsonNode report = check(f.toString());
    Map<String, JsonNode> docs = documents(report);
    assertEquals(List.of("https://news.example.org/2016/02/blasts", "https://www.daily.example.com/world/1"),
        new ArrayList<>(docs.keySet()));
    assertEquals("Example News", docs.get("https://news.example.org/2016/02/blasts").get("source").asText());
    assertEquals(2, report.get("claims").size(), report.get("claims").toString());
    for (JsonNode c : report.get("claims")) {
      assertEquals("2016-02-22", c.get("published").asText());
      assertFalse(c.get("sentence").asText().contains("999"), "script text is not article text");
    }
    assertEquals("3 records that are not HTML responses of status 2xx (requests, metadata, images, redirects) not read",
        report.get("skipped").get(0).get("reason").asText());
  }

  @Test
  void thePlainWarcIsReadTooAndTheSidebarIsNotArticleText() throws IOException {
    Path f = dir.resolve("crawl.warc");
    warc(f, false, "https://news.example.org/a", page("Example News", "2016-02-22", "Floods",
        "Floods killed 40 people in Lima on Monday, officials said."));
    JsonNode report = check(f.toString());
    assertEquals(1, report.get("claims").size(), report.get("claims").toString());
    assertEquals("40", report.get("claims").get(0).get("quantity").get("text").asText());
  }

  @Test
  void gzipOfEveryKindIsReadAsAStream() throws IOException {
    gzip(dir.resolve("one.txt.gz"), "A car bomb killed at least 12 people in Kunduz on Sunday.");
    gzip(dir.resolve("docs.jsonl.gz"), "{\"id\": \"two\", \"text\": \"Floods killed 40 people in Lima.\"}\n"
        + "{\"id\": \"three\", \"text\": \"A fire injured 9 people in Lagos.\"}\n");
    gzip(dir.resolve("arr.json.gz"), "[{\"id\": \"four\", \"text\": \"A quake killed 30 people in Quito.\"}]");
    JsonNode report = check(dir.toString());
    assertEquals(List.of("four", "two", "three", "one"), new ArrayList<>(documents(report).keySet()));
    assertEquals(4, report.get("claims").size());
  }

  @Test
  void aNamedGzipFileIsNotCalledBinaryAndAStreamOfGzipIsRecognised() throws IOException {
    Path f = dir.resolve("docs.jsonl.gz");
    gzip(f, "{\"id\": \"two\", \"text\": \"Floods killed 40 people in Lima.\"}\n");
    JsonNode report = check(f.toString());
    assertEquals(1, report.get("claims").size());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bytes)) {
      o.write("{\"id\": \"s\", \"text\": \"Floods killed 41 people in Lima.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(bytes.toByteArray()));
      JsonNode fromStdin = check("-");
      assertEquals(List.of("s"), new ArrayList<>(documents(fromStdin).keySet()));
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void aTruncatedGzipKeepsWhatCameBeforeAndSaysWhy() throws IOException {
    Path f = dir.resolve("docs.jsonl.gz");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"id\": \"d").append(i).append("\", \"text\": \"Floods killed ").append(i % 90 + 2)
          .append(" people in Lima.\"}\n");
    }
    gzip(f, sb.toString());
    byte[] whole = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
    JsonNode report = check(f.toString());
    long read = 0;
    for (JsonNode d : report.get("documents")) {
      if (d.get("error").isNull()) {
        read++;
      }
    }
    assertTrue(read > 100 && read < 2000, "read " + read);
    assertTrue(err.contains("ends too soon (a truncated gzip stream?); what came before it was read"), err);
  }

  @Test
  void aFolderMixingEveryFormHasEveryDocumentAccountedFor() throws IOException {
    Path mixed = Files.createDirectory(dir.resolve("mixed"));
    Files.writeString(mixed.resolve("a.txt"), "A car bomb killed at least 12 people in Kunduz on Sunday.");
    Files.writeString(mixed.resolve("manifest.json"), "[{\"file\": \"a.txt\", \"source\": \"AP\", \"published\": \"2016-02-22\"}]");
    gzip(mixed.resolve("b.txt.gz"), "Floods killed 40 people in Lima on Monday.");
    Files.writeString(mixed.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"A fire injured 9 people in Lagos.\"}\n"
        + "{\"maintext\": \"A quake killed 30 people in Quito.\", \"source_domain\": \"example.org\", \"date_publish\": "
        + "\"2016-02-22 10:00:00\"}\n");
    gzip(mixed.resolve("d.jsonl.gz"), "{\"id\": \"d1\", \"text\": \"A storm killed 5 people in Manila.\"}\n");
    Files.writeString(mixed.resolve("e.json"), "[{\"id\": \"e1\", \"text\": \"A blast killed 14 people in Herat.\"}]");
    warc(mixed.resolve("f.warc.gz"), true, "https://news.example.org/x",
        page("Example News", "2016-02-22", "Crash", "A bus crash killed 21 people in Lahore on Tuesday."));
    Files.writeString(mixed.resolve("notes.md"), "# not an article");
    Files.write(mixed.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC3, '('});
    JsonNode report = check(mixed.toString());
    Map<String, JsonNode> docs = documents(report);
    assertEquals(List.of("a", "b", "bad", "c1", "c#2", "d1", "e1", "https://news.example.org/x"),
        new ArrayList<>(docs.keySet()), docs.keySet().toString());
    assertEquals("AP", docs.get("a").get("source").asText());
    assertTrue(docs.get("bad").get("error").asText().contains("is not valid UTF-8 text"));
    assertEquals(7, report.get("claims").size(), report.get("claims").toString());
    List<String> skipped = new ArrayList<>();
    report.get("skipped").forEach(s -> skipped.add(s.get("location").asText()));
    assertTrue(skipped.contains(mixed.resolve("notes.md").toString()), skipped.toString());
  }
}
