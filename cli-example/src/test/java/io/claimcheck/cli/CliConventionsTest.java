package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions pipelines rely on: output files, quiet, fail-on, strict, baselines, formats, messages. */
class CliConventionsTest extends CliTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String SUMMARY = "5 documents, 12 claims, 3 events, 6 quantities, 2 findings (1 error, 1 warning, 0 info)";
  @TempDir Path dir;


  /** A copy of the seeds that a test may add articles to. */
  private Path seedsCopy() throws IOException {
    Path copy = Files.createDirectory(dir.resolve("seeds"));
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path p : files.collect(Collectors.toList())) {
        Files.copy(p, copy.resolve(p.getFileName().toString()));
      }
    }
    return copy;
  }

  @Nested
  class Output {
    @Test
    void outputWritesTheReportToTheFileAndTheSummaryToStandardError() throws IOException {
      Path file = dir.resolve("report.json");
      assertEquals(1, run("check", "--format", "json", "--output", file.toString(), SEEDS.toString()));
      assertEquals("", out.toString());
      assertEquals("claimcheck: " + SUMMARY + "; json report written to " + file + "\n", err.toString());
      JsonNode report = new ObjectMapper().readTree(file.toFile());
      assertEquals(2, report.get("findings").size());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "claimcheck {0} --output FILE")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"extract", "numbers"})
    void theLinePrintingCommandsWriteToAnOutputFileWhatTheyWouldPrint(String command) throws IOException {
      assertEquals(0, run(command, SEEDS.toString()));
      String printed = out.toString();
      Path file = dir.resolve(command + ".jsonl");
      assertEquals(0, run(command, "-o", file.toString(), SEEDS.toString()));
      assertEquals("", out.toString());
      assertEquals(printed, Files.readString(file));
      assertTrue(printed.lines().count() > 10, printed);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "claimcheck {0} --output into a missing folder")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"extract", "numbers"})
    void aLinePrintingCommandWhoseOutputCannotBeWrittenExitsTwoNamingIt(String command) {
      Path file = dir.resolve("no-such-folder").resolve("out.jsonl");
      assertEquals(2, run(command, "--output", file.toString(), SEEDS.toString()));
      assertTrue(err.toString().endsWith("claimcheck: " + file + ": cannot be written: its folder " + file.getParent()
          + " does not exist\n"), err.toString());
    }

    @Test
    void anOutputInAFolderThatDoesNotExistExitsTwoNamingTheFolder() {
      Path file = dir.resolve("no-such-folder").resolve("r.txt");
      assertEquals(2, run("check", "--output", file.toString(), SEEDS.toString()));
      assertEquals("claimcheck: " + file + ": cannot be written: its folder " + file.getParent() + " does not exist\n",
          err.toString());
    }

    @Test
    void aNewOutputFileGetsThePermissionsOfAnyNewFileNotThoseOfATemporaryOne() throws IOException {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null,
          "the file system has no POSIX permissions");
      Path reference = Files.createFile(dir.resolve("reference"));
      Path file = dir.resolve("report.html");
      assertEquals(1, run("check", "--format", "html", "--output", file.toString(), SEEDS.toString()));
      assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
      Path baseline = dir.resolve("baseline.txt");
      assertEquals(1, run("check", "--write-baseline", baseline.toString(), SEEDS.toString()));
      assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(baseline));
    }

    @Test
    void aReplacedOutputFileKeepsItsPermissions() throws IOException {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null,
          "the file system has no POSIX permissions");
      Path file = Files.writeString(dir.resolve("report.txt"), "yesterday's report");
      java.util.Set<java.nio.file.attribute.PosixFilePermission> chosen =
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
      Files.setPosixFilePermissions(file, chosen);
      assertEquals(1, run("check", "--output", file.toString(), SEEDS.toString()));
      assertEquals(chosen, Files.getPosixFilePermissions(file));
      assertTrue(Files.readString(file).startsWith("claimcheck: " + SUMMARY));
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(List.of(file), left.collect(Collectors.toList()), "no .part file is left behind");
      }
    }

    @Test
    void anOutputThatIsAFolderExitsTwoAndLeavesNoPartFile() throws IOException {
      assertEquals(2, run("check", "--output", dir.toString(), SEEDS.toString()));
      assertEquals("claimcheck: " + dir + ": cannot be written: is a folder, not a file\n", err.toString());
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(0, left.count());
      }
    }

    @Test
    void quietPrintsNothingAndTheExitCodeStillTells() {
      assertEquals(1, run("check", "--quiet", SEEDS.toString()));
      assertEquals("", out.toString());
      assertEquals("", err.toString());
    }

    @Test
    void machineFormatsOnStandardOutputPutTheSummaryOnStandardError() {
      assertEquals(1, run("check", "--format", "sarif", SEEDS.toString()));
      assertTrue(out.toString().startsWith("{"), out.toString());
      assertEquals("claimcheck: " + SUMMARY + "\n", err.toString());
    }
  }

  @Nested
  class ExitCodes {
    @Test
    void failOnInfoWarningErrorNever() throws IOException {
      assertEquals(1, run("check", "--fail-on", "info", SEEDS.toString()));
      assertEquals(1, run("check", "--fail-on", "warning", SEEDS.toString()));
      assertEquals(1, run("check", "--fail-on", "error", SEEDS.toString()));
      assertEquals(0, run("check", "--fail-on", "never", SEEDS.toString()));
      Path rules = Files.writeString(dir.resolve("r.yaml"), "rules:\n  sum-of-parts:\n    severity: info\n"
          + "  divergent-figures:\n    severity: info\n");
      assertEquals(0, run("check", "--rules", rules.toString(), SEEDS.toString()), "info findings, fail on error");
      assertEquals(1, run("check", "--rules", rules.toString(), "--fail-on", "info", SEEDS.toString()));
    }

    @Test
    void anUnreadableInputIsInTheSummaryAndStrictMakesItTwo() {
      String missing = dir.resolve("missing.txt").toString();
      assertEquals(0, run("check", "--fail-on", "never", SEEDS.toString(), missing));
      assertTrue(out.toString().startsWith("claimcheck: 6 documents (1 failed), 12 claims"), out.toString());
      assertTrue(err.toString().contains(missing + ": does not exist"), err.toString());
      assertEquals(2, run("check", "--fail-on", "never", "--strict", SEEDS.toString(), missing));
      assertEquals(2, run("check", "--strict", SEEDS.toString(), missing), "strict wins over findings");
      assertEquals(1, run("check", "--strict", SEEDS.toString()), "strict with every input read changes nothing");
    }
  }

  @Nested
  class Baselines {
    @Test
    void writeRerunSeeNothingThenAddAnArticleAndSeeExactlyItsFinding() throws IOException {
      Path seeds = seedsCopy();
      Path baseline = dir.resolve("accepted.txt");
      assertEquals(1, run("check", "--write-baseline", baseline.toString(), seeds.toString()));
      assertEquals(3, Files.readAllLines(baseline).size(), "a comment and two keys");
      assertTrue(err.toString().contains("wrote 2 finding keys to " + baseline), err.toString());

      assertEquals(0, run("check", "--baseline", baseline.toString(), seeds.toString()));
      assertTrue(out.toString().startsWith("claimcheck: 5 documents, 12 claims, 3 events, 6 quantities, 0 findings"), out.toString());
      assertEquals("claimcheck: 2 findings left out, being in the baseline " + baseline + "\n", err.toString());

      // an article of our own: one document giving two figures for one toll that cannot both be true
      Files.writeString(seeds.resolve("005_landslide.txt"), "A landslide buried part of a mountain village on "
          + "Tuesday, officials said.\n\nAt least 40 people were killed in the landslide on Tuesday, police said.\n\n"
          + "A local official later said that 12 people were killed in the landslide.\n", StandardCharsets.UTF_8);
      assertEquals(1, run("check", "--format", "json", "--baseline", baseline.toString(), seeds.toString()));
      JsonNode findings = new ObjectMapper().readTree(out.toString()).get("findings");
      assertEquals(1, findings.size(), findings.toString());
      assertEquals("same-source-conflict", findings.get(0).get("rule").asText());
      assertEquals("005_landslide", findings.get(0).get("documents").get(0).get("document").asText());
    }

    @Test
    void aBaselineThatCannotBeReadExitsTwo() {
      Path nope = dir.resolve("nope.txt");
      assertEquals(2, run("check", "--baseline", nope.toString(), SEEDS.toString()));
      assertEquals("claimcheck: " + nope + ": cannot be read: does not exist\n", err.toString());
    }
  }

  @Nested
  class Formats {
    @Test
    void formatAloneListsEveryRendererWithWhatItWrites() {
      assertEquals(0, run("check", "--format"));
      List<String> ids = out.toString().lines().map(l -> l.split(" ")[0]).collect(Collectors.toList());
      assertEquals(List.of("text", "json", "markdown", "html", "sarif", "csv", "claimreview"), ids);
    }

    @Test
    void anUnknownFormatNamesTheKnownOnesAndTheClosest() {
      assertEquals(2, run("check", "--format", "sarf", SEEDS.toString()));
      assertTrue(err.toString().startsWith("claimcheck: unknown format 'sarf'; expected one of text, json, markdown, html, sarif, csv, "
          + "claimreview; did you mean 'sarif'?"), err.toString());
    }

    @Test
    void everyFormatWritesTheSeeds() {
      for (String id : List.of("text", "json", "markdown", "html", "sarif", "csv", "claimreview")) {
        assertEquals(1, run("check", "--format", id, SEEDS.toString()), id);
        assertFalse(out.toString().isBlank(), id);
      }
    }

    @Test
    void claimReviewWithoutAnAddressSaysItsUrlsAreAnchors() throws IOException {
      assertEquals(1, run("check", "--format", "claimreview", SEEDS.toString()));
      assertTrue(err.toString().startsWith("claimcheck: without --report-url the reviews' urls are anchors"),
          err.toString());
      assertEquals(1, run("check", "--format", "claimreview", "--report-url", "https://desk.example/r.html",
          SEEDS.toString()));
      assertFalse(err.toString().contains("--report-url"), err.toString());
      JsonNode review = new ObjectMapper().readTree(out.toString()).get("@graph").get(0);
      assertTrue(review.get("url").asText().startsWith("https://desk.example/r.html#finding-"));
    }

    @Test
    void rulesAsJsonListsEveryRuleWithItsParameters() throws IOException {
      assertEquals(0, run("rules", "--format", "json"));
      JsonNode rules = new ObjectMapper().readTree(out.toString()).get("rules");
      assertEquals(8, rules.size());
      assertEquals("disjoint-figures", rules.get(0).get("id").asText());
      JsonNode divergent = rules.get(1);
      assertEquals("warning", divergent.get("defaultSeverity").asText());
      assertEquals("0.15", divergent.get("parameters").get(0).get("default").asText());
    }
  }

  @Nested
  class Messages {
    @Test
    void aMissingRulesFileSaysSoWithoutAnExceptionNameOrAnInventedLine() {
      assertEquals(2, run("check", "--rules", "nope.yaml", SEEDS.toString()));
      assertEquals("claimcheck: nope.yaml: cannot be read: does not exist\n", err.toString());
    }

    @Test
    void versionComesFromTheBuild() {
      assertEquals(0, run("--version"));
      assertTrue(out.toString().matches("claimcheck \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), out.toString());
      assertEquals(0, run("check", "--version"));
      assertTrue(out.toString().startsWith("claimcheck "), out.toString());
    }

    @Test
    void helpWrapsSubcommandDescriptionsWhole() {
      assertEquals(0, run("--help"));
      String help = out.toString();
      assertTrue(help.contains("the findings. Exit code 1 when a finding"), help);
      assertTrue(help.replaceAll("\\s+", " ").contains("with the span and sentence."), help);
      assertTrue(help.replaceAll("\\s+", " ").contains("(upper null = unbounded)."), help);
    }

    @Test
    void noColourWhenNotATerminal() {
      run("check", SEEDS.toString());
      assertFalse(out.toString().contains("\u001b["), "no escape codes in a pipe");
    }

    @Test
    void colourWhenForcedColoursOnlyTheSeverityTag() {
      String text = Colours.severities("claimcheck: x\n[error] sum-of-parts g1: m\n    e\n",
          picocli.CommandLine.Help.Ansi.ON);
      assertTrue(text.contains("\u001b["), text);
      assertTrue(text.contains("] sum-of-parts g1: m\n    e\n") || text.contains(" sum-of-parts g1: m\n    e\n"), text);
      assertEquals("claimcheck: x\n[error] a\n", Colours.severities("claimcheck: x\n[error] a\n",
          picocli.CommandLine.Help.Ansi.OFF));
      java.io.StringWriter sink = new java.io.StringWriter();
      try (java.io.Writer w = Colours.severities(sink, picocli.CommandLine.Help.Ansi.ON)) {
        w.write("claimcheck: x\n[error] sum-of-parts g1: m\n    e\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertEquals(text, sink.toString(), "the streaming writer colours the same way");
    }
  }
}
