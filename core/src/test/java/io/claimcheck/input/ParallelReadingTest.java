package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON Lines parsed on several threads: the sink sees what one thread gives it, call for call, and
 * the fast reading of claim lines gives the general reader's values or leaves the line to it.
 */
class ParallelReadingTest {
  @TempDir Path dir;

  /** Every call a reader makes on its sink, in order, as text. */
  private static List<String> calls(DocumentReader reader, Path file) {
    List<String> out = new ArrayList<>();
    reader.read(List.of(file), new DocumentSink() {
      @Override
      public void document(Document d) {
        out.add("document " + d.id() + " " + d.source() + " " + d.text());
      }

      @Override
      public void claim(Claim c) {
        out.add("claim " + c);
      }

      @Override
      public void failure(ReadFailure f) {
        out.add("failure " + f.location() + " " + f.document() + " " + f.reason());
      }

      @Override
      public void skipped(ReadFailure s) {
        out.add("skipped " + s.location() + " " + s.reason());
      }
    });
    return out;
  }

  /** A claim line of our own making, numbered {@code n}. */
  private static String claim(int n) {
    return "{\"id\":\"a" + n + "#1\",\"document\":\"a" + n + "\",\"source\":\"Outlet " + n % 7 + "\",\"published\":"
        + "\"2021-03-0" + (1 + n % 9) + "\",\"measure\":\"killed\",\"quantity\":{\"text\":\"at least " + n
        + "\",\"value\":" + n + ",\"qualifier\":\"at_least\",\"lower\":" + n + ",\"upper\":null,\"approximate\":false},"
        + "\"locations\":[\"Town " + n % 5 + "\"],\"date\":\"2021-03\",\"timeScope\":\"incident\",\"start\":0,\"end\":9,"
        + "\"sentence\":\"at least " + n + " were killed\"}";
  }

  /** The n-th of the lines that are not a well-formed claim, each of another kind. */
  private static String odd(int n, String claim) {
    String[] kinds = {
      claim.substring(0, claim.length() - 1) + ",\"measure\":\"injured\"}", // a key twice
      claim.substring(0, claim.length() - 1) + ",\"colour\":\"red\"}", // a key a claim does not have
      claim.replace("\"locations\":[", "\"locations\":[{\"x\":1,\"x\":2},"), // an object in a list
      claim.replace("\"locations\":[", "\"locations\":[[\"y\"],"), // a list in a list
      claim.replace("\"quantity\":{", "\"quantity\":{\"extra\":{\"k\":1},"), // an object in the quantity
      claim.replace("\"quantity\":{", "\"quantity\":{\"text\":\"twice\","), // a quantity key twice
      claim.replace("\"document\":", "\"subject\":{\"a\":1,\"a\":2},\"document\":"), // a duplicate inside an object
      claim.substring(0, claim.length() - 4), // cut short
      claim + " {}", // two values
      "",
      "   \t",
      "{\"id\":\"text" + n + "\",\"text\":\"Nine people were hurt when a bridge fell.\",\"published\":\"2021-05-06\"}",
      "17",
      "[\"a\",\"b\"]",
      "null",
      "{}",
      claim.replace("\"published\":\"", "\"published\":\"then "),
      claim.replace("\"value\":", "\"value\":-"),
      claim.replace("\"start\":0", "\"start\":\"first\""),
      claim.replace("were", "\u0007were"),
      claim, // the same claim again
    };
    return kinds[n % kinds.length];
  }

  /** Thousands of lines (several batches), a tenth of them odd, a BOM first. */
  private Path mixed(long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder("\uFEFF");
    int odd = 0;
    for (int i = 0; i < 3000; i++) {
      String c = claim(i);
      sb.append(c).append('\n');
      if (random.nextInt(10) == 0) {
        sb.append(odd(odd++, c)).append('\n');
      }
    }
    Path file = dir.resolve("mixed-" + seed + ".jsonl");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class SeveralThreadsGiveTheSinkWhatOneGives {
    @ParameterizedTest(name = "on {0} threads")
    @ValueSource(ints = {2, 3, 8})
    void callForCallOnLinesOfEveryKind(int threads) throws IOException {
      Path file = mixed(1);
      List<String> one = calls(DocumentReader.standard(), file);
      assertTrue(one.stream().anyMatch(c -> c.contains("appears twice")), "the file has failures of several kinds");
      assertTrue(one.stream().filter(c -> c.startsWith("claim ")).count() > 3000, "and claims");
      assertEquals(one, calls(DocumentReader.standard().parallelism(threads), file));
    }

    @Test
    void forAnyMixOfLines() {
      qt().withExamples(12).forAll(longs().between(2, 1_000_000)).checkAssert(seed -> {
        try {
          Path file = mixed(seed);
          assertEquals(calls(DocumentReader.standard(), file), calls(DocumentReader.standard().parallelism(2), file));
          Files.delete(file);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    @Test
    void aLineTooLongIsToldInItsPlace() throws IOException {
      Path file = dir.resolve("long.jsonl");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 700; i++) {
        sb.append(claim(i)).append('\n');
        if (i == 600) {
          sb.append("{\"id\":\"x\",\"sentence\":\"").append("w".repeat(Records.MAX_RECORD)).append("\"}\n");
        }
      }
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
      List<String> one = calls(DocumentReader.standard(), file);
      assertTrue(one.get(601).endsWith(":602 long#602 is longer than 32 MiB; a record must be shorter"), one.get(601));
      assertEquals(one, calls(DocumentReader.standard().parallelism(2), file));
    }

    @Test
    void whatCameBeforeATruncatedGzipIsHandedOnBeforeItsFailure() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 4000; i++) {
        sb.append(claim(i)).append('\n');
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
        gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
      byte[] whole = bytes.toByteArray();
      Path file = dir.resolve("cut.jsonl.gz");
      Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
      List<String> one = calls(DocumentReader.standard(), file);
      assertTrue(one.size() > 1000, "the claims before the cut are read");
      assertTrue(one.get(one.size() - 1).startsWith("failure "), one.get(one.size() - 1));
      assertEquals(one, calls(DocumentReader.standard().parallelism(2), file));
    }

    @Test
    void standardInputToo() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 1500; i++) {
        sb.append(claim(i)).append('\n').append(i % 100 == 0 ? odd(i / 100, claim(i)) + "\n" : "");
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      List<String> one = new ArrayList<>();
      List<String> two = new ArrayList<>();
      DocumentReader.standard().read("stdin", new ByteArrayInputStream(bytes), recorder(one));
      DocumentReader.standard().parallelism(2).read("stdin", new ByteArrayInputStream(bytes), recorder(two));
      assertEquals(one, two);
    }

    @Test
    void aParallelismBelowOneIsRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DocumentReader.standard().parallelism(0));
      assertEquals("parallelism must be 1 or more threads, got 0", e.getMessage());
    }
  }

  private static DocumentSink recorder(List<String> out) {
    return new DocumentSink() {
      @Override
      public void document(Document d) {
        out.add("document " + d.id());
      }

      @Override
      public void claim(Claim c) {
        out.add("claim " + c);
      }

      @Override
      public void failure(ReadFailure f) {
        out.add("failure " + f);
      }
    };
  }

  @Nested
  class TheFastClaimReader {
    /** What {@link Records#claim} gives for a line, or null when it leaves the line to the general reader. */
    private Map<String, Object> fast(String line) throws IOException {
      try (JsonParser p = Records.CLAIMS.createParser(line)) {
        assertEquals(JsonToken.START_OBJECT, p.nextToken());
        return Records.claim(p);
      }
    }

    private Object general(String line) throws IOException {
      try (JsonParser p = Records.JSON.createParser(line)) {
        p.nextToken();
        return Records.value(p, -1);
      }
    }

    @ParameterizedTest(name = "leaves odd line {0} to the general reader")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void leavesWhatItDoesNotCheckToTheGeneralReader(int kind) throws IOException {
      assertEquals(null, fast(odd(kind, claim(3))));
    }

    /** A JSON value of some kind: text, a number, true, null, a list, an object (keys maybe repeated). */
    private String value(Random r, int depth) {
      switch (r.nextInt(depth > 1 ? 5 : 7)) {
        case 0:
          return "\"w" + r.nextInt(50) + "\"";
        case 1:
          return r.nextInt(3) == 0 ? "-" + r.nextInt(9) + ".5" : String.valueOf(r.nextInt(1000));
        case 2:
          return r.nextBoolean() ? "true" : "false";
        case 3:
          return "null";
        case 4:
          return "\"2020-0" + (1 + r.nextInt(9)) + "\"";
        case 5: {
          StringBuilder sb = new StringBuilder("[");
          for (int i = r.nextInt(4); i > 0; i--) {
            sb.append(value(r, depth + 1)).append(i > 1 ? "," : "");
          }
          return sb.append(']').toString();
        }
        default:
          return object(r, List.of("text", "value", "qualifier", "lower", "upper", "approximate", "k"), depth + 1);
      }
    }

    /** An object of keys from {@code keys}, some of them twice now and then. */
    private String object(Random r, List<String> keys, int depth) {
      StringBuilder sb = new StringBuilder("{");
      int n = r.nextInt(keys.size());
      for (int i = 0; i < n; i++) {
        String key = keys.get(r.nextInt(keys.size()));
        sb.append(i > 0 ? "," : "").append('"').append(key).append("\":")
            .append(key.equals("quantity") && r.nextInt(4) > 0
                ? object(r, List.of("text", "value", "qualifier", "lower", "upper", "approximate", "k"), depth + 1)
                : value(r, depth));
      }
      return sb.append('}').toString();
    }

    @Test
    void givesTheGeneralReadersValuesForEveryRecordItReadsAndLeavesTheRest() {
      List<String> keys = new ArrayList<>(Slots.CLAIM.names);
      keys.add("colour");
      qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        String line = r.nextInt(5) == 0 ? claim(r.nextInt(1000)) : object(r, keys, 0);
        Map<String, Object> fast;
        try {
          fast = fast(line);
        } catch (IOException e) {
          throw new AssertionError(line, e);
        }
        Object general;
        try {
          general = general(line);
        } catch (IOException e) {
          assertEquals(null, fast, "the general reader refuses " + line);
          return;
        }
        if (fast != null) {
          assertEquals(general, fast, line);
        }
      });
    }

    @Test
    void aBatchReadByOneParserGivesEachLineWhatReadingItAloneGives() {
      qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        int count = 1 + r.nextInt(40);
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        int[] bounds = new int[2 * count];
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          String line = switch (r.nextInt(6)) {
            case 0 -> odd(r.nextInt(40), claim(r.nextInt(100)));
            case 1 -> " \t" + claim(r.nextInt(100)) + (r.nextBoolean() ? "\r" : "  ");
            case 2 -> claim(r.nextInt(100)).replace("were", "étaient « tués »");
            case 3 -> claim(r.nextInt(100)).substring(0, 20 + r.nextInt(100));
            default -> claim(r.nextInt(100));
          };
          if (r.nextInt(25) == 0) {
            bounds[2 * i] = -1; // a line too long to hold, told in its place
            bounds[2 * i + 1] = -1;
            lines.add(null);
            continue;
          }
          byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          bounds[2 * i] = data.size();
          data.write(b, 0, b.length);
          bounds[2 * i + 1] = data.size();
          lines.add(line);
        }
        byte[] all = data.toByteArray();
        Object[] parsed = new Object[count];
        DocumentReader.parseLines(all, bounds, count, parsed);
        for (int i = 0; i < count; i++) {
          Object alone = bounds[2 * i] < 0 ? null
              : LineBatches.safely(DocumentReader::parseLine, all, bounds[2 * i], bounds[2 * i + 1]);
          assertEquals(alone, parsed[i], "line " + i + ": " + lines.get(i));
        }
      });
    }

    @Test
    void readsEveryWellFormedClaimItself() throws IOException {
      for (int n = 0; n < 200; n++) {
        String line = claim(n);
        assertEquals(general(line), fast(line));
      }
    }
  }

  @Nested
  class TheStringsHeldWhileReading {
    private String of(Records.Texts texts, String s) {
      char[] chars = ("[" + s + "]").toCharArray();
      return texts.of(chars, 1, s.length());
    }

    @Test
    void aShortStringMetAgainIsTheOneHeld() {
      Records.Texts texts = new Records.Texts();
      String first = of(texts, "Example Outlet");
      assertEquals("Example Outlet", first);
      assertTrue(first == of(texts, "Example Outlet"), "the same string");
    }

    @Test
    void aStringLongerThanAnIdOrPlaceIsNotHeld() {
      Records.Texts texts = new Records.Texts();
      String sentence = "x".repeat(Records.Texts.SHORT + 1);
      String first = of(texts, sentence);
      assertEquals(sentence, first);
      assertTrue(first != of(texts, sentence), "a new string each time");
      String longest = "y".repeat(Records.Texts.SHORT);
      assertTrue(of(texts, longest) == of(texts, longest), "held up to " + Records.Texts.SHORT + " characters");
    }
  }
}
