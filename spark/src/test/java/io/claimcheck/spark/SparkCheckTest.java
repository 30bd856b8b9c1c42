package io.claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.ClaimCheck;
import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.report.ClaimJson;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportFormat;
import io.claimcheck.testing.Articles;
import io.claimcheck.testing.Crawls;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The Spark runner in local mode gives exactly the claims and findings of the CLI's check. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkCheckTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final ObjectMapper JSON = new ObjectMapper();
  private SparkSession spark;
  @TempDir Path dir;

  @BeforeAll
  void start() {
    spark = SparkSession.builder().master("local[2]").appName("claimcheck-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  /** What the CLI's check gives: the core's run over the same paths, as the CLI feeds it. */
  private static Report cli(Path... paths) {
    ClaimCheck.Run run = ClaimCheck.standard().start();
    DocumentReader.standard().read(List.of(paths), run);
    return run.finish();
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<SparkCheck.FindingRow> findings(Report report) {
    List<SparkCheck.FindingRow> rows = new ArrayList<>(report.findings().stream().map(SparkCheck.FindingRow::of).toList());
    rows.sort(SparkCheck.FINDING_ORDER);
    return rows;
  }

  private void assertSameAsTheCli(Path output, SparkCheck.Result result, Report cli) throws IOException {
    assertEquals(cli.claims().stream().map(ClaimJson::toJson).toList(), lines(output.resolve("claims.jsonl")));
    assertSameFindings(findings(cli), result.findings());
    assertEquals(cli.groups().size(), result.groups());
    assertEquals(cli.events().size(), result.events());
    assertEquals("claimcheck: " + ReportFormat.summary(cli), result.summary());
    assertEquals(cli.documentsRead(), result.documents());
    assertEquals(cli.claims().size(), result.claims());
    List<String> findingLines = lines(output.resolve("findings.jsonl"));
    assertEquals(result.findings().size(), findingLines.size());
  }

  /** Generated articles with planted claims, as JSON Lines documents. */
  private Path generated(String name, int count, long seed) throws IOException {
    Path file = dir.resolve(name);
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        Document d = Articles.article(random).document();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", name.substring(0, name.indexOf('.')) + "-" + i);
        record.put("source", d.source().outlet());
        record.put("published", String.valueOf(d.source().published()));
        record.put("text", d.text());
        w.write(JSON.writeValueAsString(record));
        w.write('\n');
      }
    }
    return file;
  }

  @Nested
  class Seeds {
    @Test
    void giveTheTwelveClaimsAndTwoFindingsOfTheCli() throws IOException {
      Path out = dir.resolve("seeds-out");
      SparkCheck.Result r = SparkCheck.run(spark, SparkCheck.Job.of(List.of(SEEDS.toString()), out.toString()));
      assertEquals(12, r.claims());
      assertEquals(2, r.findings().size());
      assertTrue(r.summary().startsWith("claimcheck: 5 documents, 12 claims, 3 events, 6 quantities, 2 findings (1 error, 1 warning"),
          r.summary());
      assertSameAsTheCli(out, r, cli(SEEDS));
      String report = Files.readString(out.resolve("report.txt"));
      assertTrue(report.contains("[error] sum-of-parts "), report);
      Dataset<Row> parquet = spark.read().parquet(out.resolve("claims.parquet").toString());
      assertEquals(12, parquet.count());
      assertTrue(List.of(parquet.columns()).containsAll(List.of("id", "document", "measure", "quantity", "locations")),
          List.of(parquet.columns()).toString());
    }

    @Test
    void aBadRulesFileFailsOnTheDriverNamingTheFile() {
      SparkCheck.Job job = SparkCheck.Job.of(List.of(SEEDS.toString()), dir.resolve("never").toString())
          .withRules("rules.yaml", "rules:\n  no-such-rule:\n    severity: error\n");
      Exception e = assertThrows(RuntimeException.class, () -> SparkCheck.run(spark, job));
      assertTrue(e.getMessage().contains("rules.yaml"), e.getMessage());
      assertTrue(!Files.exists(dir.resolve("never")));
    }
  }

  @Nested
  class Generated {
    @Test
    void twoThousandArticlesGiveTheClisClaimsAndFindings() throws IOException {
      Path corpus = generated("articles.jsonl", 2000, 42);
      Path out = dir.resolve("generated-out");
      SparkCheck.Result r = SparkCheck.run(spark,
          SparkCheck.Job.of(List.of(corpus.toString()), out.toString()).withPartitions(3));
      Report cli = cli(corpus);
      assertTrue(cli.claims().size() > 2000, "the corpus has claims: " + cli.claims().size());
      assertTrue(!cli.findings().isEmpty(), "the corpus has findings");
      assertSameAsTheCli(out, r, cli);
    }

    @Test
    void aFolderMixingFormsGivesTheClisClaimsAndFindings() throws IOException {
      Path mixed = dir.resolve("mixed");
      Files.createDirectories(mixed.resolve("a/b"));
      Files.move(generated("one.jsonl", 150, 1), mixed.resolve("a/one.jsonl"));
      Files.move(generated("two.jsonl", 150, 2), mixed.resolve("a/b/two.jsonl"));
      // news-please records: a file each, and an array
      SplittableRandom random = new SplittableRandom(3);
      List<Map<String, Object>> array = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Document d = Articles.article(random).document();
        Map<String, Object> np = new LinkedHashMap<>();
        np.put("maintext", d.text());
        np.put("date_publish", d.source().published() + " 10:43:00");
        np.put("source_domain", "example" + i % 3 + ".org");
        np.put("url", "https://example.org/" + i);
        np.put("title", "Story " + i);
        if (i < 10) {
          Files.writeString(mixed.resolve("np-" + i + ".json"), JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(np), StandardCharsets.UTF_8);
        } else {
          array.add(np);
        }
      }
      Files.writeString(mixed.resolve("a/np-array.json"), JSON.writeValueAsString(array), StandardCharsets.UTF_8);
      // the seeds' text files with their manifest, and a broken line
      Files.createDirectories(mixed.resolve("seeds"));
      try (Stream<Path> files = Files.list(SEEDS)) {
        for (Path p : files.toList()) {
          Files.copy(p, mixed.resolve("seeds").resolve(p.getFileName()));
        }
      }
      Files.writeString(mixed.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\": \"Five people died.\"}\n{oops\n");
      // a crawl: WARC pages (with a request, an image and page furniture that are not read), and gzip
      Crawls.warc(mixed.resolve("a/crawl.warc.gz"), true,
          "https://news.example.org/2016/02/floods", Crawls.page("Example News", "2016-02-22", "Floods in the valley",
              "Floods killed at least 31 people in Valencia on Sunday, officials said.",
              "Another 12 were missing."),
          "https://daily.example.com/world/7", Crawls.page("The Daily Example", "2016-02-23", "Valley floods",
              "The floods killed 27 people in Valencia, the regional government said."));
      Crawls.warc(mixed.resolve("plain.warc"), false, "https://news.example.org/2016/02/fire",
          Crawls.page("Example News", "2016-02-21", "Fire", "A fire killed nine people in Porto."));
      Crawls.gzip(mixed.resolve("a/b/more.jsonl.gz"), JSON.writeValueAsString(Map.of("id", "gz-1", "text",
          "A bus crash killed 14 people near Braga on Monday.")) + "\n");
      // an id read again from another file: with another text it is read as one-3~2, with the same text not again
      Files.writeString(mixed.resolve("repeated.jsonl"), "{\"id\": \"one-3\", \"text\": \"Nine people died.\"}\n"
          + "{\"id\": \"x\", \"text\": \"Five people died.\"}\n");
      Path out = dir.resolve("mixed-out");
      SparkCheck.Result r = SparkCheck.run(spark, SparkCheck.Job.of(List.of(mixed.toString()), out.toString()));
      Report cli = cli(mixed);
      assertSameAsTheCli(out, r, cli);
      assertEquals(1, r.failed());
      assertTrue(lines(out.resolve("claims.jsonl")).stream().anyMatch(l -> l.startsWith("{\"id\":\"one-3~2#1\"")));
      assertEquals(cli.documents().size(), lines(out.resolve("documents.jsonl")).size());
      List<String> claimLines = lines(out.resolve("claims.jsonl"));
      for (String read : List.of("https://news.example.org/2016/02/floods", "https://daily.example.com/world/7",
          "https://news.example.org/2016/02/fire", "gz-1")) {
        assertTrue(claimLines.stream().anyMatch(l -> l.contains("\"document\":\"" + read + "\"")), read);
      }
    }

    @Test
    void parquetWithATextColumnGivesTheClaimsOfTheSameDocumentsAsJsonLines() throws IOException {
      Path corpus = generated("for-parquet.jsonl", 300, 9);
      Path parquet = dir.resolve("articles.parquet");
      spark.read().json(corpus.toString()).write().parquet(parquet.toString());
      Path out = dir.resolve("parquet-out");
      SparkCheck.Result r = SparkCheck.run(spark, SparkCheck.Job.of(List.of(parquet.toString()), out.toString()));
      Report cli = cli(corpus);
      // Spark reads Parquet parts in an order of its own: compare as sets of claims, and the findings;
      // the claims name the file they were read from, Parquet here and JSON Lines for the CLI
      assertEquals(cli.claims().stream().map(ClaimJson::toJson).map(SparkCheckTest::withoutFile).sorted().toList(),
          lines(out.resolve("claims.jsonl")).stream().map(SparkCheckTest::withoutFile).sorted().toList());
      assertTrue(lines(out.resolve("claims.jsonl")).get(0).contains("\"path\":\"" + parquet + "\""));
      assertSameFindings(findings(cli), r.findings());
    }
  }

  @Nested
  class RealNews {
    /** The development set of real news beside the project, when it is there. */
    private Path newsDev() {
      Path p = Path.of("..", "..", "shared", "news-dev");
      assumeTrue(Files.isDirectory(p), "../shared/news-dev is absent: the real-news case is skipped");
      return p;
    }

    @Test
    void documentsWhoseClaimsLieInSeveralBlocksGiveTheClisEventsQuantitiesAndFindings() throws IOException {
      Path folder = newsDev();
      Path out = dir.resolve("news-out");
      SparkCheck.Result r = SparkCheck.run(spark,
          SparkCheck.Job.of(List.of(folder.toString()), out.toString()).withPartitions(3));
      Report cli = cli(folder);
      long blocks = cli.events().stream().map(e -> e.block()).distinct().count();
      assertTrue(blocks > 5, "the events lie in " + blocks + " blocks");
      assertSameAsTheCli(out, r, cli);
    }
  }

  private static String withoutFile(String claimJson) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(claimJson);
      node.remove("path");
      node.remove("line");
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Equal lists; when not, the message names what only one side has. */
  private static void assertSameFindings(List<SparkCheck.FindingRow> cli, List<SparkCheck.FindingRow> spark) {
    List<SparkCheck.FindingRow> onlyCli = new ArrayList<>(cli);
    onlyCli.removeAll(spark);
    List<SparkCheck.FindingRow> onlySpark = new ArrayList<>(spark);
    onlySpark.removeAll(cli);
    assertEquals(cli, spark, cli.size() + " findings from the CLI, " + spark.size() + " from Spark; only the CLI's: "
        + onlyCli.stream().limit(3).toList() + "; only Spark's: " + onlySpark.stream().limit(3).toList());
  }
}
