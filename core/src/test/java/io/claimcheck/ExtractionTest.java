package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.report.ClaimJson;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extraction on several threads hands on exactly what one thread does, in the same order. */
class ExtractionTest {
  private static final String[] SENTENCES = {
    "A car bomb killed at least 14 people in Kunduz on Tuesday, police said.",
    "The death toll from the flood in Lagos rose to 212.",
    "Rescuers worked for 36 hours through the night.",
    "Some 40 people were injured in the blast, officials said.",
    "Gunmen killed three soldiers and wounded five others near Mosul on Friday.",
    "The broadcaster reaches an audience of 20 million people in 12 languages.",
    "More than 1,200 residents were evacuated from Manila.",
    "Police arrested 17 people in Karachi on Sunday.",
    "\u201cWe counted 9 bodies,\u201d a witness said of the attack in Homs.",
    "",
  };

  /** A mixed input: documents of many sizes, and claims and read failures among them. */
  private static List<Object> input(long seed, int size) {
    Random r = new Random(seed);
    List<Object> items = new ArrayList<>();
    List<Claim> claimsToRead = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int kind = r.nextInt(10);
      if (kind == 0) {
        items.add(new ReadFailure("input.jsonl:" + i, "doc" + i, "is not valid JSON"));
      } else if (kind == 1 && !claimsToRead.isEmpty()) {
        items.add(claimsToRead.remove(0).withId("read" + i + "#1"));
      } else {
        StringBuilder text = new StringBuilder();
        int sentences = r.nextInt(kind == 2 ? 200 : 8);
        for (int s = 0; s < sentences; s++) {
          text.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(r.nextInt(3) == 0 ? "\n" : " ");
        }
        Document d = new Document(new Source("doc" + i, "Outlet " + r.nextInt(4),
            LocalDate.of(2016, 1, 1).plusDays(r.nextInt(60)), null, null), text.toString());
        items.add(d);
        if (claimsToRead.size() < 3) {
          claimsToRead.addAll(io.claimcheck.extract.ClaimExtractor.standard().extract(d));
        }
      }
    }
    return items;
  }

  /** What a sink saw, one line per call, as a caller would print it. */
  static class Recorder implements ExtractionSink {
    final List<String> lines = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public void extracted(Document document, List<Claim> claims) {
      threads.add(Thread.currentThread().getName());
      lines.add("document " + document.id() + " " + claims.size());
      claims.forEach(c -> lines.add(ClaimJson.toJson(c)));
    }

    @Override
    public void failed(Document document, String reason) {
      lines.add("failed " + document.id() + " " + reason);
    }

    @Override
    public void claim(Claim claim) {
      lines.add("claim " + claim.id());
    }

    @Override
    public void failure(ReadFailure failure) {
      lines.add("failure " + failure);
    }
  }

  private static List<String> run(List<Object> items, int threads) {
    Recorder recorder = new Recorder();
    try (Extraction e = ClaimCheck.builder().parallelism(threads).build().extraction(recorder)) {
      feed(e, items);
      e.finish();
    }
    return recorder.lines;
  }

  private static void feed(Extraction e, List<Object> items) {
    for (Object o : items) {
      if (o instanceof Document d) {
        e.document(d);
      } else if (o instanceof Claim c) {
        e.claim(c);
      } else {
        e.failure((ReadFailure) o);
      }
    }
  }

  @Nested
  class Order {
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 4, 8})
    void handsOnWhatOneThreadDoesInTheSameOrder(int threads) {
      List<Object> items = input(7, 400);
      List<String> one = run(items, 1);
      assertTrue(one.size() > 400, "the input gives claims");
      assertEquals(one, run(items, threads));
    }

    @Test
    void anyInputAndAnyNumberOfThreadsGiveTheSameLines() {
      qt().withExamples(30).forAll(longs().all(), integers().between(0, 120), integers().between(2, 6))
          .checkAssert((seed, size, threads) -> {
            List<Object> items = input(seed, size);
            assertEquals(run(items, 1), run(items, threads));
          });
    }

    @Test
    void handsOnOnTheFeedingThread() {
      Recorder recorder = new Recorder();
      try (Extraction e = ClaimCheck.builder().parallelism(4).build().extraction(recorder)) {
        feed(e, input(3, 200));
        e.finish();
      }
      String me = Thread.currentThread().getName();
      assertTrue(recorder.threads.stream().allMatch(me::equals), recorder.threads.toString());
    }

    @Test
    void claimsAndFailuresBeforeAnyDocumentArePassedOnAtOnce() {
      Recorder recorder = new Recorder();
      try (Extraction e = ClaimCheck.builder().parallelism(2).build().extraction(recorder)) {
        e.failure(new ReadFailure("a.jsonl:1", "a#1", "is not valid JSON"));
        assertEquals(List.of("failure a.jsonl:1: is not valid JSON"), recorder.lines);
        e.finish();
      }
    }
  }

  @Nested
  class Reports {
    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4})
    void aCheckOnManyThreadsWritesTheSameReport(int threads) {
      List<Object> items = input(11, 300);
      assertEquals(report(items, 1), report(items, threads));
    }

    private String report(List<Object> items, int threads) {
      ClaimCheck.Run run = ClaimCheck.builder().parallelism(threads).build().start();
      for (Object o : items) {
        if (o instanceof Document d) {
          run.document(d);
        } else if (o instanceof Claim c) {
          run.claim(c);
        } else {
          run.failure((ReadFailure) o);
        }
      }
      Report report = run.finish();
      StringWriter json = new StringWriter();
      ReportFormat.JSON.write(report, new PrintWriter(json));
      return json.toString();
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void finishesOnceAndTakesNothingAfter() {
      Extraction e = ClaimCheck.builder().parallelism(2).build().extraction(new Recorder());
      e.finish();
      assertThrows(IllegalStateException.class, e::finish);
      Document d = new Document(new Source("d", null, null, null, null), "Five people died.");
      assertThrows(IllegalStateException.class, () -> e.document(d));
      e.close();
    }

    @Test
    void theFeedingThreadKeepsNoDocumentsScratchSpaceAfterTheEnd() {
      for (boolean finish : new boolean[] {true, false}) {
        Extraction e = ClaimCheck.builder().parallelism(1).build().extraction(new Recorder());
        e.document(new Document(new Source("d", null, null, null, null), "Five people died in the flood. ".repeat(300)));
        io.claimcheck.internal.TextTokens spare = io.claimcheck.internal.TextTokens.ofSpare("x");
        assertTrue(spare.capacity() > 2000, "during the run, the thread lexes into the arrays of the document before");
        spare.size();
        spare.spare();
        if (finish) {
          e.finish();
        } else {
          e.close();
        }
        assertEquals(16 + 9 / 4, io.claimcheck.internal.TextTokens.ofSpare("nine dead").capacity(),
            () -> "new arrays after " + (finish ? "finish" : "close"));
      }
    }

    @Test
    void closingWithoutFinishingDropsTheRestAndStopsTheThreads() {
      Recorder recorder = new Recorder();
      Extraction e = ClaimCheck.builder().parallelism(3).build().extraction(recorder);
      feed(e, input(5, 50));
      e.close();
      assertThrows(IllegalStateException.class, e::finish);
    }

    @Test
    void itsOtherThreadsAreTheSharedWorkersAndNoneWaitsOnAfterTheEnd() throws InterruptedException {
      java.util.Set<String> helpers = new java.util.TreeSet<>();
      Recorder recorder = new Recorder() {
        @Override
        public void extracted(Document document, List<Claim> claims) {
          super.extracted(document, claims);
          helpers.addAll(helperThreads());
        }
      };
      Extraction e = ClaimCheck.builder().parallelism(3).build().extraction(recorder);
      feed(e, input(11, 300));
      e.finish();
      assertTrue(!helpers.isEmpty(), "some thread was in an extraction's helper loop while a result was handed on");
      assertTrue(helpers.stream().allMatch(n -> n.startsWith("claimcheck-worker-")), helpers.toString());
      // finishing tells a waiting helper at once: none is left waiting out its idle time
      long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
      while (e.helping() > 0 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertEquals(0, e.helping(), "helpers of this extraction still running");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the workers refuse", "the system has no thread left"})
    void whenNoHelperCanBeStartedTheFeedingThreadExtractsEveryDocumentInOrderAndHoldsNoMoreThanTheWindow(
        String why) {
      List<Object> items = input(5, 300);
      Recorder recorder = new Recorder();
      java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
      int threads = 3;
      int mostUntaken = 0;
      try (Extraction e = new Extraction(io.claimcheck.extract.ClaimExtractor.standard(), threads, recorder, r -> {
        tries.incrementAndGet();
        if (why.equals("the workers refuse")) {
          throw new java.util.concurrent.RejectedExecutionException("no worker");
        }
        throw new OutOfMemoryError("unable to create native thread");
      })) {
        for (Object o : items) {
          feed(e, List.of(o));
          mostUntaken = Math.max(mostUntaken, e.untaken());
          assertEquals(0, e.helping());
        }
        e.finish();
      }
      assertEquals(run(items, 1), recorder.lines);
      assertTrue(tries.get() > 1, "a helper is tried again as documents come: " + tries.get());
      // the window is 8 documents a thread, and one more is fed before the feeding thread catches up
      assertTrue(mostUntaken <= 8 * threads + 1, "documents waiting untaken: " + mostUntaken);
    }

    @Test
    void aHelperThatWentBackToTheWorkersIsStartedAgainForTheNextDocuments() throws InterruptedException {
      List<Object> items = input(9, 80);
      Recorder recorder = new Recorder();
      java.util.concurrent.Semaphore ended = new java.util.concurrent.Semaphore(0);
      java.util.concurrent.atomic.AtomicInteger starts = new java.util.concurrent.atomic.AtomicInteger();
      try (Extraction e = new Extraction(io.claimcheck.extract.ClaimExtractor.standard(), 2, recorder, r -> {
        starts.incrementAndGet();
        io.claimcheck.internal.Workers.execute(() -> {
          try {
            r.run();
          } finally {
            ended.release();
          }
        });
      })) {
        feed(e, items.subList(0, 40));
        int first = starts.get();
        assertTrue(first > 0, "a helper was started");
        // each helper ends after it has waited its idle time for a document that does not come
        assertTrue(ended.tryAcquire(first, 60, java.util.concurrent.TimeUnit.SECONDS), "the helpers ended");
        assertEquals(0, e.helping());
        feed(e, items.subList(40, 80));
        assertTrue(starts.get() > first, "no helper was started for the documents fed after the pause");
        e.finish();
      }
      assertEquals(run(items, 1), recorder.lines);
    }

    /** The threads now in an extraction's helper loop. */
    private List<String> helperThreads() {
      List<String> names = new ArrayList<>();
      Thread.getAllStackTraces().forEach((thread, stack) -> {
        for (StackTraceElement frame : stack) {
          if (frame.getClassName().equals(Extraction.class.getName()) && frame.getMethodName().equals("help")) {
            names.add(thread.getName());
            break;
          }
        }
      });
      return names;
    }

    @Test
    void aParallelismBelowOneIsRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ClaimCheck.builder().parallelism(0));
      assertEquals("parallelism must be 1 or more threads, got 0", e.getMessage());
    }

    @Test
    void aCheckSaysHowManyThreadsItUses() {
      assertEquals(1, ClaimCheck.standard().parallelism());
      assertEquals(3, ClaimCheck.builder().parallelism(3).build().parallelism());
    }
  }
}
