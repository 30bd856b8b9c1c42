package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadsAndProgressTest extends CliTest {
  private static final String SEEDS = Path.of("..", "seeds").toString();
  @TempDir Path dir;


  /** The seeds as JSON Lines many times over, with a broken line among them. */
  private Path manyDocuments() throws IOException {
    StringBuilder sb = new StringBuilder();
    List<Path> seeds;
    try (var files = Files.list(Path.of(SEEDS))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (int round = 0; round < 20; round++) {
      for (Path p : seeds) {
        sb.append(json.writeValueAsString(java.util.Map.of("id", p.getFileName() + "-" + round,
            "source", "Outlet " + round % 3, "published", "2016-02-2" + round % 3,
            "text", Files.readString(p, StandardCharsets.UTF_8)))).append('\n');
      }
      if (round == 7) {
        sb.append("{\"id\": broken\n");
      }
    }
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class Threads {
    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {2, 3, 8})
    void extractPrintsTheSameBytesOnAnyNumberOfThreads(int threads) throws IOException {
      String file = manyDocuments().toString();
      run("extract", "--threads", "1", file);
      String one = out.toString();
      String oneErr = err.toString();
      assertTrue(one.lines().count() > 100, "claims were printed");
      run("extract", "--threads", String.valueOf(threads), file);
      assertEquals(one, out.toString());
      assertEquals(oneErr, err.toString());
      assertTrue(err.toString().contains("many.jsonl:41: is not valid JSON"), err.toString());
    }

    @Test
    void extractPrintsTheSameBytesWhenC2CompilesTheExtractorToo() throws IOException {
      String file = manyDocuments().toString();
      run("extract", "--threads", "2", file);
      String c1 = out.toString();
      run("extract", "--c2", "--threads", "2", file);
      assertEquals(c1, out.toString());
    }

    @Test
    void checkTakesC2TooAndWritesTheSameReport() throws IOException {
      String file = manyDocuments().toString();
      int code = run("check", "--format", "json", file, SEEDS);
      String c1 = out.toString();
      assertEquals(code, run("check", "--format", "json", "--c2", file, SEEDS));
      assertEquals(c1, out.toString());
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {2, 5})
    void checkWritesTheSameReportOnAnyNumberOfThreads(int threads) throws IOException {
      String file = manyDocuments().toString();
      int code = run("check", "--format", "json", "--threads", "1", file, SEEDS);
      String one = out.toString();
      assertEquals(code, run("check", "--format", "json", "--threads", String.valueOf(threads), file, SEEDS));
      assertEquals(one, out.toString());
    }

    @Test
    void theSeedsGiveTheirTwoFindingsOnTwoThreads() {
      assertEquals(1, run("check", "--threads", "2", SEEDS));
      assertTrue(out.toString().startsWith("claimcheck: 5 documents, 12 claims, 3 events, 6 quantities, 2 findings (1 error, 1 warning"));
    }

    @Test
    void noThreadsIsAUsageError() {
      assertEquals(Main.USAGE, run("extract", "--threads", "0", SEEDS));
      assertEquals("claimcheck: --threads must be 1 or more, got 0", err.toString().lines().findFirst().orElse(""));
    }

    @Test
    void helpSaysTheDefault() {
      run("extract", "--help");
      assertTrue(out.toString().contains("--threads=N"), out.toString());
      assertTrue(out.toString().contains("(" + Runtime.getRuntime().availableProcessors() + " here)"), out.toString());
    }
  }

  @Nested
  class ProgressLine {
    private final StringWriter screen = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(long total) {
      return new Progress(new PrintWriter(screen), total, now::get);
    }

    @Test
    void showsDocumentsMegabytesClaimsRateAndTimeLeft() {
      Progress p = progress(10_000_000);
      now.set(2_000_000_000L);
      p.document(2_000_000, 30);
      assertEquals("\r1 documents, 2.0 MB, 30 claims, 1.0 MB/s, 20% ETA 0:08\033[K", screen.toString());
    }

    @Test
    void withoutAKnownSizeShowsNoTimeLeft() {
      Progress p = progress(-1);
      now.set(1_000_000_000L);
      p.document(1_500_000, 2);
      p.claims(1000);
      assertEquals("1 documents, 1.5 MB, 1,002 claims, 1.5 MB/s", p.line(now.get()));
    }

    @Test
    void isRedrawnAtMostTwiceASecond() {
      Progress p = progress(-1);
      for (int i = 1; i <= 100; i++) {
        now.set(i * 10_000_000L); // 10 ms apart: one second in all
        p.document(1000, 1);
      }
      assertEquals(2, screen.toString().chars().filter(c -> c == '\r').count());
    }

    @Test
    void messagesEraseTheLineFirstAndTheEndErasesIt() {
      Progress p = progress(-1);
      now.set(1_000_000_000L);
      p.document(10, 1);
      p.messages(null).println("claimcheck: a.jsonl:3: is not valid JSON");
      p.done();
      String s = screen.toString();
      assertTrue(s.contains("\033[K\r\033[Kclaimcheck: a.jsonl:3: is not valid JSON"), s);
      assertTrue(!s.endsWith("\r\033[K"), "nothing was shown since the message, nothing to erase: " + s);
    }

    @Test
    void isNotShownWhenStandardErrorIsNotATerminal() throws IOException {
      // under the build, standard error is a pipe or a file
      assertEquals(false, Terminal.stderrIsTerminal());
      run("extract", manyDocuments().toString());
      assertTrue(!err.toString().contains("documents,"), err.toString());
    }

    @Test
    void theSizeOfTheInputIsKnownForFilesAndFoldersOnly() throws IOException {
      Files.writeString(dir.resolve("a.txt"), "12345");
      Files.createDirectories(dir.resolve("sub"));
      Files.writeString(dir.resolve("sub/b.jsonl"), "123");
      assertEquals(8, Progress.size(List.of(dir.toString())));
      assertEquals(-1, Progress.size(List.of(dir.toString(), "-")));
      Files.write(dir.resolve("sub/c.jsonl.gz"), new byte[] {31, -117});
      assertEquals(-1, Progress.size(List.of(dir.toString())));
    }

    @Test
    void quietShowsNothingAnywhere() {
      assertTrue(Progress.of(true, List.of(SEEDS), new PrintWriter(screen)) == Progress.NONE);
    }
  }
}
