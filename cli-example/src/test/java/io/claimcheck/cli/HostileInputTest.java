package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second round of hostile input, through the CLI: each case asserts the exit code, the one
 * line that names the bad input, and that every other document was read and reported.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD_A = "A car bomb killed at least 12 people in Kunduz on Sunday.";
  private static final String GOOD_B = "Floods killed 40 people in Lima on Monday.";

  @TempDir Path dir;

  int code;
  String out;
  String err;

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  /** {@code check --format json --fail-on never} on the paths; the report. */
  JsonNode check(int expected, String... paths) throws IOException {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
    args.addAll(Arrays.asList(paths));
    run(args.toArray(new String[0]));
    assertEquals(expected, code, err);
    return expected == 2 ? null : JSON.readTree(out);
  }

  /** Document id to "read" or its error. */
  static Map<String, String> statuses(JsonNode report) {
    Map<String, String> s = new LinkedHashMap<>();
    report.get("documents").forEach(d -> s.put(d.get("document").asText(),
        d.get("error").isNull() ? "read" : d.get("error").asText()));
    return s;
  }

  /** The lines of standard error that start with "claimcheck:", but for the summary line. */
  List<String> messages() {
    return err.lines().filter(l -> l.startsWith("claimcheck:") && !l.matches("claimcheck: \\d+ documents?\\b.*"))
        .collect(Collectors.toList());
  }

  void assertOneMessage(String expectedPart) {
    List<String> m = messages();
    assertEquals(1, m.size(), err);
    assertTrue(m.get(0).contains(expectedPart), m.get(0));
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  static String doc(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}";
  }

  @Nested
  class OneBadRecordFailsAlone {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a number of 1,200 digits | {\"id\": \"bad\", \"text\": \"x\", \"n\": NUMBER} | has a number of more than 1000 digits",
        "nesting 100 deep | {\"id\": \"bad\", \"text\": \"x\", \"deep\": DEEP} | is nested deeper than 64 levels",
        "an id that is a list | {\"id\": [\"x\"], \"text\": \"x\"} | \"id\" must be a string, found a list",
        "a text that is an object | {\"id\": \"bad\", \"text\": {}} | \"text\" must be a string, found an object",
        "a NUL byte in a string | {\"id\": \"bad\", \"text\": \"a\u0000b\"} | a control character, code 0, inside a string",
        "a duplicated key | {\"id\": \"bad\", \"text\": \"x\", \"text\": \"y\"} | a key appears twice",
        "not JSON | {\"id\": \"bad\", | is not valid JSON",
    })
    void inJsonLines(String what, String bad, String message) throws IOException {
      String line = bad.replace("NUMBER", "1".repeat(1200)).replace("DEEP", "[".repeat(100) + "]".repeat(100));
      Path f = write("docs.jsonl", String.join("\n", doc("one", GOOD_A), line, doc("three", GOOD_B), ""));
      Map<String, String> s = statuses(check(0, f.toString()));
      assertEquals("read", s.get("one"), what);
      assertEquals("read", s.get("three"), what);
      assertTrue(s.get("docs#2").startsWith(f + ":2: "), s.toString());
      assertOneMessage(f + ":2: ");
      assertTrue(messages().get(0).contains(message), messages().get(0));
    }

    @Test
    void invalidUtf8InOneLineFailsThatLineAlone() throws IOException {
      Path f = dir.resolve("docs.jsonl");
      byte[] bad = "{\"id\": \"bad\", \"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
      Files.write(f, concat((doc("one", GOOD_A) + "\n").getBytes(StandardCharsets.UTF_8), bad,
          ("\n" + doc("three", GOOD_B) + "\n").getBytes(StandardCharsets.UTF_8)));
      Map<String, String> s = statuses(check(0, f.toString()));
      assertEquals(List.of("one", "docs#2", "three"), new ArrayList<>(s.keySet()));
      assertOneMessage(f + ":2: is not valid UTF-8");
    }

    @Test
    void aLineLongerThanTheRecordLimitFailsAloneWithoutBeingHeld() throws IOException {
      Path f = dir.resolve("docs.jsonl");
      try (var w = Files.newBufferedWriter(f)) {
        w.write(doc("one", GOOD_A) + "\n{\"id\": \"huge\", \"text\": \"");
        String chunk = "word ".repeat(1000);
        for (long n = 0; n < 33L * 1024 * 1024; n += chunk.length()) {
          w.write(chunk);
        }
        w.write("\"}\n" + doc("three", GOOD_B) + "\n");
      }
      Map<String, String> s = statuses(check(0, f.toString()));
      assertEquals("read", s.get("one"));
      assertEquals("read", s.get("three"));
      assertOneMessage(f + ":2: is longer than 32 MiB");
    }

    @Test
    void inAJsonArrayTheOtherElementsAreRead() throws IOException {
      Path f = write("docs.json", "[" + doc("one", GOOD_A) + ", {\"id\": [\"x\"], \"text\": \"t\"}, "
          + "{\"id\": \"big\", \"text\": \"x\", \"n\": " + "9".repeat(1200) + "}]");
      // the number breaks the array's syntax for Jackson: what came before is kept
      Map<String, String> s = statuses(check(0, f.toString()));
      assertEquals("read", s.get("one"));
      assertTrue(s.get("docs#2").contains("\"id\" must be a string, found a list"), s.toString());
      assertTrue(s.get("docs#3").contains("has a number of more than 1000 digits"), s.toString());
      assertEquals(2, messages().size(), err);
    }

    @Test
    void aManifestEntryOfTheWrongTypeFailsThatEntryAlone() throws IOException {
      write("f/a.txt", GOOD_A);
      write("f/b.txt", GOOD_B);
      write("f/manifest.json", "[{\"file\": {}}, {\"file\": \"b.txt\", \"source\": \"AFP\", \"published\": [1]},"
          + " {\"file\": \"a.txt\", \"source\": \"AP\"}]");
      JsonNode report = check(0, dir.resolve("f").toString());
      Map<String, String> s = statuses(report);
      assertEquals("read", s.get("a"));
      assertEquals("read", s.get("b"));
      assertEquals("AP", report.get("documents").get(2).get("source").asText(), report.toString());
      assertEquals(2, messages().size(), err);
      assertTrue(messages().get(0).contains("manifest.json[0]: \"file\" must be a string, found an object"), err);
      assertTrue(messages().get(1).contains("manifest.json[1]: \"published\" must be a string, found a list"), err);
    }

    @Test
    void aClaimOfTheWrongShapeFailsAloneInAClaimsFile() throws IOException {
      run("extract", "../seeds");
      List<String> claims = out.lines().collect(Collectors.toList());
      ObjectNode bad = (ObjectNode) JSON.readTree(claims.get(1));
      bad.putArray("id").add("x");
      claims.set(1, bad.toString());
      Path f = write("claims.jsonl", String.join("\n", claims) + "\n");
      JsonNode report = check(0, f.toString());
      assertEquals(11, report.get("claims").size());
      assertOneMessage(f + ":2: \"id\" must be a string, found a list");
    }

    @Test
    void aGoodAndABadLineThatShareAnIdLeaveTheGoodOneRead() throws IOException {
      Path f = write("docs.jsonl", doc("same", GOOD_A) + "\n{\"id\": \"same\", \"text\": \"x\", \"published\": \"soon\"}\n");
      JsonNode report = check(0, f.toString());
      assertEquals("read", statuses(report).get("same"));
      assertEquals(1, report.get("claims").size());
      assertOneMessage(f + ":2: \"published\" is 'soon'; expected an ISO date");
    }

    private byte[] concat(byte[]... parts) {
      int n = 0;
      for (byte[] p : parts) {
        n += p.length;
      }
      byte[] out = new byte[n];
      int at = 0;
      for (byte[] p : parts) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
      return out;
    }
  }

  @Nested
  class NothingDoubledNothingMerged {
    @Test
    void theSameFolderTwiceIsReadOnce() throws IOException {
      JsonNode report = check(0, "../seeds", "../seeds");
      assertEquals(5, report.get("documents").size());
      assertEquals(12, report.get("claims").size());
      assertEquals(2, report.get("findings").size());
      assertTrue(report.get("skipped").toString().contains("is a folder already read"), report.toString());
    }

    @Test
    void theSameFileNamedTwiceIsReadOnce() throws IOException {
      Path a = write("a.txt", GOOD_A);
      JsonNode report = check(0, a.toString(), dir.resolve(".").resolve("a.txt").toString());
      assertEquals(1, report.get("documents").size());
      assertEquals(1, report.get("claims").size());
      assertEquals("is the file " + a + " again; read once", report.get("skipped").get(0).get("reason").asText());
      assertEquals(List.of(), messages());
    }

    @Test
    void twoFilesWithOneNameInTwoFoldersStayTwoDocuments() throws IOException {
      Path x = write("x/story.txt", "The agency said the attack killed 12 people in Kunduz on Sunday.");
      Path y = write("y/story.txt", "The agency said the attack killed 30 people in Kunduz on Sunday.");
      JsonNode report = check(0, x.toString(), y.toString());
      assertEquals(List.of("story", y.toString().replace(".txt", "")), new ArrayList<>(statuses(report).keySet()));
      assertEquals(2, report.get("claims").size());
      report.get("findings").forEach(f -> assertFalse(f.get("rule").asText().equals("same-source-conflict"), f.toString()));
    }

    @Test
    void aClaimsFileBesideItsDocumentsDoesNotDoubleTheClaims() throws IOException {
      run("extract", "../seeds");
      Path mixed = Files.createDirectory(dir.resolve("mixed"));
      Files.writeString(mixed.resolve("a-claims.jsonl"), out);
      try (var seeds = Files.list(Path.of("../seeds"))) {
        for (Path p : seeds.collect(Collectors.toList())) {
          if (!p.getFileName().toString().equals("expected.json")) {
            Files.copy(p, mixed.resolve(p.getFileName()));
          }
        }
      }
      JsonNode report = check(0, mixed.toString());
      assertEquals(12, report.get("claims").size());
      assertEquals(2, report.get("findings").size());
      assertTrue(report.get("skipped").toString().contains("which this run also read as a document; counted once"),
          report.get("skipped").toString());
    }

    @Test
    void aRepeatedClaimIdIsSkippedAndSaidSoAndEveryOtherLineKeepsItsPlace() throws IOException {
      run("extract", "../seeds");
      List<String> lines = out.lines().collect(Collectors.toList());
      String first = lines.get(0);
      String firstId = JSON.readTree(first).get("id").asText();
      // the first line again, an id beyond Latin-1 twice, and a broken line
      String again = first;
      String wide = first.replace("\"id\":\"" + firstId + "\"", "\"id\":\"\u6587\u66f8#1\"");
      List<String> file = new ArrayList<>(lines);
      file.add(3, again);
      file.add(5, wide);
      file.add(6, "{\"id\": \"broken\", ");
      file.add(wide);
      Path claims = write("claims.jsonl", String.join("\n", file) + "\n");
      JsonNode report = check(0, claims.toString());
      List<String> ids = new ArrayList<>();
      report.get("claims").forEach(c -> ids.add(c.get("id").asText()));
      List<String> expected = new ArrayList<>();
      for (String l : lines) {
        expected.add(JSON.readTree(l).get("id").asText());
      }
      expected.add(4, "\u6587\u66f8#1");
      assertEquals(expected, ids);
      // each repeat is said with the file and the line it is on
      List<String> skipped = new ArrayList<>();
      report.get("skipped").forEach(s -> skipped.add(s.get("location").asText() + ": " + s.get("reason").asText()));
      assertEquals(List.of(
          claims + ":4: repeats claim '" + firstId + "', read already; read once",
          claims + ":" + file.size() + ": repeats claim '\u6587\u66f8#1', read already; read once"), skipped);
      assertTrue(statuses(report).values().stream().anyMatch(s -> s.startsWith(claims + ":7: ")), report.toString());
    }

    @Test
    void namingAFoldersFilesOneByOneStillReadsItsManifest() throws IOException {
      JsonNode whole = check(0, "../seeds");
      List<String> files = new ArrayList<>();
      try (var seeds = Files.list(Path.of("../seeds"))) {
        seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
      }
      JsonNode named = check(0, files.toArray(new String[0]));
      assertEquals(whole.get("claims"), named.get("claims"));
      assertEquals(whole.get("findings"), named.get("findings"));
    }
  }

  @Nested
  class NoClaimLostAtAPartBoundary {
    @Test
    void aTextOverEightMebibytesWithoutLineBreaksKeepsEveryClaim() throws IOException {
      String sentence = "On Sunday a bomb killed at least 87 people in Damascus, officials said. ";
      int n = (int) (9L * 1024 * 1024 / sentence.length()) + 1;
      Path f = write("big.txt", sentence.repeat(n));
      JsonNode report = check(0, f.toString());
      assertEquals(1, report.get("documents").size());
      assertEquals(n, report.get("documents").get(0).get("claims").asInt());
    }

    @Test
    void aLongRecordTextIsReadInPartsAndKeepsEveryClaim() throws IOException {
      String sentence = "Officials said that a blast killed 14 people in Kunduz on Monday. ";
      int n = 600_000 / sentence.length() + 1;
      Path f = write("long.jsonl", doc("long", sentence.repeat(n)) + "\n");
      JsonNode report = check(0, f.toString());
      assertEquals(n, report.get("documents").get(0).get("claims").asInt());
    }

    @Test
    void aTextWithNeitherLineBreaksNorSentenceEndsKeepsEveryClaimWhereItIsCutAtASpace() throws IOException {
      String phrase = "and 14 people died in the valley ";
      int n = (int) (9L * 1024 * 1024 / phrase.length()) + 1;
      Path f = write("unending.txt", "Storms swept the coast " + phrase.repeat(n));
      Path g = write("good.txt", GOOD_B);
      JsonNode report = check(0, f.toString(), g.toString());
      assertEquals(2, report.get("documents").size());
      assertEquals(n, report.get("documents").get(0).get("claims").asInt(), "every figure, none twice");
      assertEquals("read", statuses(report).get("good"));
    }
  }

  @Nested
  class ExactAndBoundedFigures {
    private String claim;

    @BeforeEach
    void oneClaim() {
      run("extract", "../seeds");
      claim = out.lines().findFirst().orElseThrow();
    }

    private Path claims(String... edits) throws IOException {
      List<String> lines = new ArrayList<>();
      lines.add(claim);
      for (String e : edits) {
        lines.add(e);
      }
      return write("claims.jsonl", String.join("\n", lines) + "\n");
    }

    private String with(String id, String quantity) throws IOException {
      ObjectNode c = (ObjectNode) JSON.readTree(claim);
      c.put("id", id);
      return c.toString().replaceFirst("\"quantity\":\\{[^}]*\\}", "\"quantity\":" + quantity);
    }

    @Test
    void numbersAreReadExactly() throws IOException {
      Path f = claims(with("exact", "{\"text\": \"x\", \"value\": 12345678901234567890.123, \"qualifier\": \"exact\"}"));
      check(0, f.toString());
      assertTrue(out.contains("12345678901234567890.123"), out);
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWithTheReason() throws IOException {
      Path f = claims(with("huge", "{\"text\": \"x\", \"value\": 1e10000000, \"qualifier\": \"about\", \"approximate\": true}"),
          with("large", "{\"text\": \"x\", \"value\": 1e100000, \"qualifier\": \"about\", \"approximate\": true}"));
      JsonNode report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(0, f.toString()));
      assertEquals(1, report.get("claims").size());
      assertEquals(2, messages().size(), err);
      assertTrue(messages().get(0).contains(f + ":2: \"quantity.value\" is 1E+10000000; expected a figure of at most 1000 digits"),
          err);
    }

    @Test
    void aNegativeCountIsRefused() throws IOException {
      Path f = claims(with("negative", "{\"text\": \"x\", \"value\": -5, \"qualifier\": \"exact\"}"));
      JsonNode report = check(0, f.toString());
      assertEquals(1, report.get("claims").size());
      assertOneMessage(f + ":2: \"quantity.value\" is -5; a count of people cannot be negative");
    }

    @Test
    void aClaimWithoutMeasureIsToldSo() throws IOException {
      ObjectNode c = (ObjectNode) JSON.readTree(claim);
      c.remove("measure");
      c.put("id", "nomeasure");
      Path f = claims(c.toString());
      check(0, f.toString());
      assertOneMessage(f + ":2: \"measure\" is missing; a claim needs it");
    }
  }

  @Nested
  class Security {
    @Test
    void aLinkOutOfTheFolderIsSkippedAndListedUnlessLinksAreFollowed() throws IOException {
      write("outside/secret.txt", "Secret: a blast killed 99 people in Herat.");
      write("root/a.txt", GOOD_A);
      Files.createSymbolicLink(dir.resolve("root/etc"), dir.resolve("outside"));
      JsonNode report = check(0, dir.resolve("root").toString());
      assertEquals(List.of("a"), new ArrayList<>(statuses(report).keySet()));
      assertFalse(out.contains("Secret"), out);
      assertEquals(List.of(), messages());
      assertEquals(1, report.get("skipped").size());
      assertEquals(dir.resolve("root/etc").toString(), report.get("skipped").get(0).get("location").asText());
      assertEquals("is a symbolic link; not followed (--follow-links reads it)",
          report.get("skipped").get(0).get("reason").asText());
      run("extract", dir.resolve("root").toString());
      assertOneMessage(dir.resolve("root/etc") + ": skipped: is a symbolic link; not followed (--follow-links reads it)");
      JsonNode followed = check(0, "--follow-links", dir.resolve("root").toString());
      assertEquals(List.of("a", "etc/secret"), new ArrayList<>(statuses(followed).keySet()));
    }

    @Test
    void aFileNameCannotForgeAFindingLineInTextOrMarkdown() throws IOException {
      write("f/x\n[error] fake-rule g9: FORGED.txt", GOOD_A);
      write("f/\u001b[31mred.txt", GOOD_B);
      for (String format : List.of("text", "markdown")) {
        run("check", "--format", format, "--fail-on", "never", dir.resolve("f").toString());
        assertEquals(0, code, err);
        assertFalse(out.lines().anyMatch(l -> l.startsWith("[error] fake-rule")), out);
        assertFalse(out.contains("\u001b"), "an escape character reached the " + format + " output");
        assertTrue(out.contains("x\\n[error] fake-rule g9: FORGED"), out);
      }
    }

    @Test
    void aFifoInAFolderIsSkippedAndDoesNotBlock() throws Exception {
      write("f/a.txt", GOOD_A);
      Process mk = new ProcessBuilder("mkfifo", dir.resolve("f/pipe.txt").toString()).start();
      assertEquals(0, mk.waitFor());
      JsonNode report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(0, dir.resolve("f").toString()));
      assertEquals(List.of("a"), new ArrayList<>(statuses(report).keySet()));
      assertTrue(report.get("skipped").get(0).get("reason").asText().startsWith(
          "is not a regular file (a FIFO, socket or device)"), report.toString());
    }
  }

  @Nested
  class RulesFiles {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an alias | rules.yaml | 'base: &b\\n  severity: warning\\nrules:\\n  divergent-figures: *b\\n' | rules.yaml:4:22: uses the YAML alias '*b'",
        "a duplicate key | rules.yaml | 'rules:\\n  divergent-figures: {}\\n  divergent-figures: {}\\n' | rules.yaml:3:3: 'divergent-figures' appears twice",
        "a second document | rules.yaml | 'rules: {}\\n---\\nrules: {}\\n' | rules.yaml:3:1: holds a second YAML document",
        "a huge number | rules.yaml | 'approximateTolerance: 1.0e+999999999\\n' | the number 1E+999999999 is out of range",
        "a tiny number | rules.yaml | 'approximateTolerance: 1.0e-999999999\\n' | the number 1E-999999999 is out of range",
        "more after the JSON | rules.json | '{\"rules\": {}} {}' | rules.json:1:15: has more after the end of the JSON object",
    })
    void areRefusedWithALocatedMessage(String what, String name, String text, String message) throws IOException {
      Path rules = write(name, text.replace("\\n", "\n"));
      run("check", "--rules", rules.toString(), "../seeds");
      assertEquals(2, code, what);
      assertOneMessage(message);
      assertTrue(messages().get(0).length() < 300, messages().get(0));
    }

    @Test
    void aJsonRulesFileOverTheCapIsRefusedBeforeItIsRead() throws IOException {
      Path rules = write("rules.json", "{\"rules\": {\"divergent-figures\": {\"reason\": \"" + "x".repeat(50_000_000) + "\"}}}");
      run("check", "--rules", rules.toString(), "../seeds");
      assertEquals(2, code);
      assertOneMessage("a rules file may be at most 1048576 bytes");
    }

    @Test
    void aLongYamlKeyIsToldAsSuch() throws IOException {
      Path rules = write("rules.yaml", "k".repeat(1100) + ": 1\n");
      run("check", "--rules", rules.toString(), "../seeds");
      assertEquals(2, code);
      assertOneMessage("a key of 1100 characters; YAML keys may be at most 1024 characters");
    }
  }

  /**
   * A lone surrogate (half of a pair, high or low, alone) in an article's text or in a claims file:
   * JSON may escape one, so a record can hold it, though UTF-8 cannot. Nothing fails, the claims
   * around it are read, and written out it becomes '?', on standard output and in a file alike.
   */
  @Nested
  class LoneSurrogates {
    private static final String HIGH = "\\ud83d";
    private static final String LOW = "\\udc00";

    /** The file's bytes, which must be UTF-8 (a decoder that refuses bad input reads them). */
    private String utf8(Path f) throws IOException {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
    }

    @Test
    void inAnArticlesTextTheClaimsAroundThemAreRead() throws IOException {
      Path f = write("docs.jsonl", String.join("\n", doc("high", "Floods killed 12 people in Lima " + HIGH
          + " on Monday."), doc("low", LOW + "A storm killed 30 people in Quito" + LOW + "."), ""));
      run("extract", "--format", "jsonl", f.toString());
      assertEquals(0, code, err);
      assertEquals(List.of(), messages());
      List<JsonNode> claims = out.lines().map(l -> {
        try {
          return JSON.readTree(l);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      assertEquals(List.of("high|12|Lima", "low|30|Quito"), claims.stream().map(c -> c.get("document").asText() + "|"
          + c.get("quantity").get("text").asText() + "|" + c.get("locations").get(0).asText()).toList());
      assertEquals("Floods killed 12 people in Lima \ud83d on Monday.", claims.get(0).get("sentence").asText());
    }

    @Test
    void writtenToAJsonFileTheyAreTheirJsonEscapesAndTheFileIsUtf8() throws IOException {
      Path f = write("docs.jsonl", doc("high", "Floods killed 12 people in Lima " + HIGH + " on Monday " + LOW + ".")
          + "\n");
      Path o = dir.resolve("claims.jsonl");
      run("extract", "-o", o.toString(), f.toString());
      assertEquals(0, code, err);
      assertTrue(utf8(o).contains("Lima " + HIGH + " on Monday " + LOW + "."), utf8(o));
      JsonNode claim = JSON.readTree(utf8(o));
      assertEquals("Floods killed 12 people in Lima \ud83d on Monday \udc00.", claim.get("sentence").asText());
      // and the claims file so written is checked as any other
      Path report = dir.resolve("report.json");
      run("check", "--format", "json", "--fail-on", "never", "-o", report.toString(), o.toString());
      assertEquals(0, code, err);
      assertEquals(1, JSON.readTree(utf8(report)).get("claims").size());
    }

    @Test
    void inAClaimsFileTheClaimsAreCheckedAndTheReportIsUtf8() throws IOException {
      String claim = "{\"id\":\"c1ID\",\"document\":\"d1\",\"source\":\"Elda Courier\",\"published\":\"2024-03-09\","
          + "\"measure\":\"killed\",\"subject\":\"minersSUBJECT\",\"quantity\":{\"text\":\"12\",\"value\":12,"
          + "\"qualifier\":\"exact\",\"lower\":12,\"upper\":12},\"locations\":[\"LimaPLACE\"],\"date\":\"2024-03-04\","
          + "\"timeScope\":\"incident\",\"attribution\":\"policeSOURCE\"}";
      Path f = write("claims.jsonl", claim.replace("ID", HIGH).replace("SUBJECT", LOW).replace("PLACE", HIGH)
          .replace("SOURCE", LOW) + "\n" + claim.replace("ID", "2").replace("SUBJECT", "").replace("PLACE", "")
          .replace("SOURCE", "") + "\n");
      JsonNode report = check(0, f.toString());
      assertEquals(List.of(), messages());
      assertEquals(2, report.get("claims").size());
      assertEquals("c1\ud83d", report.get("claims").get(0).get("id").asText());
      Path o = dir.resolve("report.json");
      run("check", "--format", "json", "--fail-on", "never", "-o", o.toString(), f.toString());
      assertEquals(0, code, err);
      JsonNode written = JSON.readTree(utf8(o));
      assertEquals(List.of("c1\ud83d", "c12"), List.of(written.get("claims").get(0).get("id").asText(),
          written.get("claims").get(1).get("id").asText()));
      Path text = dir.resolve("report.txt");
      run("check", "--fail-on", "never", "-o", text.toString(), f.toString());
      assertEquals(0, code, err);
      assertTrue(utf8(text).contains("c1?"), "a text report writes '?': " + utf8(text));
    }

    @Test
    void twoDocumentIdsThatDifferOnlyInALoneSurrogateStayTwoThroughAClaimsFileAndItsCheck() throws IOException {
      Path f = write("docs.jsonl", String.join("\n", doc("d" + HIGH, GOOD_B), doc("d\\ud83e", GOOD_B), ""));
      Path claims = dir.resolve("claims.jsonl");
      run("extract", "-o", claims.toString(), f.toString());
      assertEquals(0, code, err);
      Path o = dir.resolve("report.json");
      run("check", "--format", "json", "--fail-on", "never", "-o", o.toString(), claims.toString());
      assertEquals(0, code, err);
      assertEquals(List.of(), messages(), "no claim id is repeated");
      JsonNode written = JSON.readTree(utf8(o));
      assertEquals(List.of("d\ud83d", "d\ud83e"), List.of(written.get("claims").get(0).get("document").asText(),
          written.get("claims").get(1).get("document").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"high, ED A0 80", "low, ED B0 80"})
    void inATextFileTheirBytesAreNoUtf8AndThatFileAloneFailsWithItsName(String which, String hex)
        throws IOException {
      // the three bytes a lone surrogate would take, which UTF-8 forbids
      byte[] bytes = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
      Path f = dir.resolve("bad.txt");
      Files.write(f, concatBytes("Floods killed 12 people in Lima ".getBytes(StandardCharsets.UTF_8), bytes,
          " on Monday.".getBytes(StandardCharsets.UTF_8)));
      Path g = write("good.txt", GOOD_B);
      JsonNode report = check(0, f.toString(), g.toString());
      assertEquals("read", statuses(report).get("good"));
      assertOneMessage(f + ": is not valid UTF-8 text");
    }

    private byte[] concatBytes(byte[]... parts) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      for (byte[] p : parts) {
        b.writeBytes(p);
      }
      return b.toByteArray();
    }
  }

  @Nested
  class ClearErrors {
    @Test
    void anEmptyJsonLinesFileIsCalledEmpty() throws IOException {
      Path f = write("empty.jsonl", "");
      check(2, f.toString());
      assertEquals(2, messages().size(), err);
      assertTrue(messages().get(0).contains(f + ": is empty; expected one JSON document or claim a line"), err);
      assertTrue(messages().get(1).contains("no document could be read (1 failed)"), err);
    }

    @Test
    void aUtf16FileIsCalledUtf16() throws IOException {
      Path f = dir.resolve("wide.txt");
      Files.write(f, ("\uFEFF" + GOOD_A).getBytes(StandardCharsets.UTF_16LE));
      Path g = write("good.txt", GOOD_B);
      JsonNode report = check(0, f.toString(), g.toString());
      assertEquals("read", statuses(report).get("good"));
      assertOneMessage(f + ": is UTF-16 text");
      Files.write(f, GOOD_A.getBytes(StandardCharsets.UTF_16LE));
      check(0, f.toString(), g.toString());
      assertOneMessage(f + ": looks like UTF-16 text (every other byte is 0), not UTF-8");
    }
  }

  @Nested
  class MemoryBoundedByDesign {
    /** Runs the CLI in its own JVM with {@code -Xmx}; standard error. */
    private String jvm(String heap, Path report, String... args) throws Exception {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), PeakMemory.class.getName()));
      cmd.addAll(List.of(args));
      Path log = dir.resolve("stderr.txt");
      Process p = new ProcessBuilder(cmd).redirectOutput(report.toFile()).redirectError(log.toFile()).start();
      assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the check did not finish");
      code = p.exitValue();
      return Files.readString(log);
    }

    @Test
    void aDocumentJustUnderEightMebibytesOfNumbersIsCheckedWithin512Megabytes() throws Exception {
      Path ones = write("ones.txt", "1 ".repeat(4 * 1024 * 1024 - 16));
      Path report = dir.resolve("report.json");
      String stderr = jvm("512m", report, "check", "--format", "json", "--fail-on", "never", ones.toString());
      assertEquals(0, code, stderr);
      System.out.println("8 MiB of numbers, -Xmx512m: " + stderr.lines().reduce((a, b) -> b).orElse(""));
      JsonNode documents = JSON.readTree(report.toFile()).get("documents");
      assertEquals(1, documents.size());
      assertTrue(documents.get(0).get("error").isNull(), documents.toString());
    }

    @Test
    void runningOutOfMemoryExitsTwoWithOneLineAndNoStackTrace() throws Exception {
      run("extract", "../seeds");
      List<String> seedClaims = out.lines().collect(Collectors.toList());
      Path claims = dir.resolve("many.jsonl");
      try (var w = Files.newBufferedWriter(claims)) {
        for (int i = 0; i < 200_000; i++) {
          String c = seedClaims.get(i % seedClaims.size());
          w.write(c.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"$1-" + i + "\""));
          w.write('\n');
        }
      }
      String stderr = jvm("48m", dir.resolve("report.json"), "check", "--format", "json", claims.toString());
      assertEquals(2, code, stderr);
      assertFalse(stderr.contains("Exception in thread") || stderr.contains("java.lang."), stderr);
      assertTrue(stderr.contains("ran out of memory"), stderr);
    }
  }
}
