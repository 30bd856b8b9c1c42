package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the CLI: every document must appear in the report as read or as failed
 * with its reason; exit code 2 only when nothing could be read; memory stays bounded.
 */
class HostileFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private String err;

  private JsonNode check(int expectedExit, String... paths) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter errors = new StringWriter();
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
    args.addAll(List.of(paths));
    int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(errors));
    err = errors.toString();
    assertEquals(expectedExit, code, err);
    return expectedExit == 2 ? null : JSON.readTree(out.toString());
  }

  /** Document id -> error (or "read"). */
  private static Map<String, String> statuses(JsonNode report) {
    Map<String, String> out = new HashMap<>();
    report.get("documents").forEach(d -> out.put(d.get("document").asText(),
        d.get("error").isNull() ? "read" : d.get("error").asText()));
    return out;
  }

  private Path good(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "A car bomb killed at least 12 people in Kunduz on Sunday.");
  }

  @Test
  void aBinaryFileIsReportedAsFailedAndTheOthersAreRead() throws IOException {
    good("a.txt");
    Files.write(dir.resolve("b.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, 0x10});
    Map<String, String> s = statuses(check(0, dir.toString()));
    assertEquals("read", s.get("a"));
    assertTrue(s.get("b").contains("looks binary"), s.toString());
  }

  @Test
  void invalidUtf8IsReportedWithTheBadByte() throws IOException {
    good("a.txt");
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 killed 3".getBytes(StandardCharsets.ISO_8859_1));
    Map<String, String> s = statuses(check(0, dir.toString()));
    assertTrue(s.get("latin1").contains("is not valid UTF-8 text (bad byte 0xe9 at offset 3)"), s.toString());
  }

  @Test
  void aJsonLinesFileWithABrokenLineInTheMiddleKeepsTheRest() throws IOException {
    Path f = Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
        "{\"id\": \"one\", \"text\": \"12 people were killed in Lagos.\"}",
        "{\"id\": \"two\", \"text\": \"unterminated",
        "{\"id\": \"three\", \"text\": \"30 people were injured in Lagos.\"}", ""));
    Map<String, String> s = statuses(check(0, f.toString()));
    assertEquals("read", s.get("one"));
    assertEquals("read", s.get("three"));
    assertTrue(s.get("docs#2").startsWith(f + ":2: is not valid JSON"), s.toString());
  }

  @Test
  void aManifestNamingFilesThatDoNotExistIsReported() throws IOException {
    good("a.txt");
    Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"a.txt\", \"source\": \"AP\"},"
        + " {\"file\": \"ghost.txt\", \"source\": \"AFP\"}]");
    Map<String, String> s = statuses(check(0, dir.toString()));
    assertEquals("read", s.get("a"));
    assertTrue(s.get("ghost").contains("lists \"ghost.txt\", which is not in"), s.toString());
  }

  @Test
  void aFolderOfTenThousandSmallFilesIsReadWhole() throws IOException {
    Path many = Files.createDirectory(dir.resolve("many"));
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(many.resolve(String.format("d%05d.txt", i)), "Floods killed " + (i % 90 + 2) + " people in Lima.");
    }
    JsonNode report = check(0, many.toString());
    assertEquals(10_000, report.get("documents").size());
    assertEquals(10_000, report.get("claims").size());
  }

  @Test
  void aSymbolicLinkLoopIsReportedAndReadingFinishes() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    good("sub/a.txt".replace('/', java.io.File.separatorChar));
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    JsonNode report = check(0, "--follow-links", dir.toString());
    Map<String, String> s = statuses(report);
    assertEquals("read", s.get("sub/a"));
    assertEquals(1, s.size(), s.toString());
    assertTrue(report.get("skipped").get(0).get("reason").asText().contains("symbolic-link loop"), report.toString());
  }

  @Test
  void nothingReadableExitsTwoAndSaysWhy() throws IOException {
    Files.write(dir.resolve("bin.txt"), new byte[] {0, 1, 2});
    check(2, dir.toString());
    assertTrue(err.contains("looks binary"), err);
    assertTrue(err.contains("no document could be read (1 failed)"), err);
  }

  @Test
  void aTwoHundredMegabyteDocumentIsCheckedWithin512MegabytesOfHeap() throws Exception {
    Path big = dir.resolve("big.txt");
    String once;
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      StringBuilder sb = new StringBuilder();
      seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> {
        try {
          sb.append(Files.readString(p)).append("\n\n");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      once = sb.toString();
    }
    long bytes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      while (bytes < 200L * 1024 * 1024) {
        w.write(once);
        bytes += once.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Path report = dir.resolve("report.json");
    Path log = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), PeakMemory.class.getName(), "check", "--format", "json",
        "--fail-on", "never", big.toString())
        .redirectOutput(report.toFile()).redirectError(log.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the check did not finish");
    String stderr = Files.readString(log);
    assertEquals(0, p.exitValue(), stderr);
    System.out.println("200 MB document (" + bytes / (1024 * 1024) + " MiB), -Xmx512m: " + stderr.strip());
    try (var reader = Files.newBufferedReader(report)) {
      JsonNode documents = JSON.readTree(reader).get("documents");
      assertEquals(1, documents.size());
      assertTrue(documents.get(0).get("error").isNull(), documents.toString());
    }
  }
}
