package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.report.ClaimJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ClaimBytes}, the claim read from the bytes of its line: it gives what the general reader
 * ({@link Records} and {@link ClaimParser}) gives, an equal claim, or null and leaves the line to
 * it, so that every message about a bad line is the general reader's.
 */
class ClaimBytesTest {
  @AfterEach
  void forget() {
    ClaimBytes.forget();
    assertEquals(0, ClaimBytes.unexpected(), "no line fell back for a mistake of the fast reader");
  }

  /** Texts of every kind JSON writes: accents, CJK, a supplementary character, escapes, controls. */
  private static final String[] TEXTS = {"Harbour Town", "Köln", "Łódź", "北京", "emoji \uD83D\uDE00 here",
      "tab\tand\nnewline", "\u202Ebidi", "ÿ", "Ā", "a \"quoted\" word", "back\\slash", "bell\u0007", "slash/",
      "x".repeat(300), "é".repeat(200), "\u2028line", "\u0000nul"};

  @SafeVarargs
  private static <T> T pick(Random r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  private static <T> @Nullable T nullable(Random r, T value, int oneIn) {
    return r.nextInt(oneIn) == 0 ? null : value;
  }

  /** A claim of random parts, each nullable part null now and then. */
  static Claim claim(Random r, int n) {
    String doc = pick(r, "doc", "Dokument-ü", "文書", "d\"q") + r.nextInt(50);
    String id = r.nextInt(10) == 0 ? pick(r, "x", "é", "\uD83D\uDE00", "a\\b") + n : doc + "#" + n;
    Source source = new Source(doc, nullable(r, pick(r, "Outlet One", "Zeitung Süd", "新闻"), 4),
        r.nextInt(4) == 0 ? null : LocalDate.of(1999 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)),
        nullable(r, "https://example.org/" + r.nextInt(9) + "?a=b&c", 3), nullable(r, pick(r, TEXTS), 3),
        nullable(r, pick(r, "a.jsonl", "b/ç.jsonl"), 2), r.nextInt(3) == 0 ? 0 : r.nextInt(100_000));
    Measure measure = r.nextBoolean() ? Measure.KILLED : Measure.of(pick(r, "injured", "evacuated", "Rescued"));
    Qualifier q = pick(r, Qualifier.values());
    // from 1: "fewer than 0" would have a bound below 0, which no reader takes
    BigDecimal figure = r.nextInt(4) == 0 ? new BigDecimal((1 + r.nextInt(1000)) + "." + (1 + r.nextInt(9)))
        : BigDecimal.valueOf(1 + (r.nextInt(3) == 0 ? r.nextInt(10) : r.nextInt(2_000_000_000)));
    String text = pick(r, q.id() + " " + figure, "dozens", "Ünzählige");
    Quantity quantity = q == Qualifier.BETWEEN || q == Qualifier.VAGUE
        ? new Quantity(text, figure, q, io.claimcheck.quantity.Interval.between(figure, figure.add(BigDecimal.TEN)),
            r.nextBoolean())
        : Quantity.of(text, figure, q, new BigDecimal(pick(r, "0.1", "0", "0.25")));
    List<String> places = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      places.add(pick(r, "Kandy", "Köln", "北京", "Sainte-\"Foy\""));
    }
    PartialDate date = r.nextInt(3) == 0 ? null : pick(r, PartialDate.of(LocalDate.of(2016, 2, 21)),
        PartialDate.parse("2017-0" + (1 + r.nextInt(9))), PartialDate.parse("2019"));
    Scope scope = new Scope(places, date, pick(r, TimeScope.values()));
    int start = r.nextInt(3) == 0 ? 0 : r.nextInt(5000);
    Evidence evidence = new Evidence(start, start + r.nextInt(30), pick(r, TEXTS));
    Breakdown breakdown = r.nextInt(3) == 0 ? new Breakdown(pick(r, "b", "liste-é") + r.nextInt(3), 1 + r.nextInt(4),
        r.nextBoolean()) : null;
    return new Claim(id, source, measure, nullable(r, pick(r, "children", "Kinder", "civilians"), 2), quantity, scope,
        nullable(r, pick(r, TEXTS), 2), evidence, nullable(r, "event-" + r.nextInt(4), 4),
        pick(r, Modality.values()), nullable(r, PartialDate.parse("2016-01-0" + (1 + r.nextInt(9))), 4), breakdown);
  }

  private static @Nullable Claim fast(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return ClaimBytes.read(b, 0, b.length);
  }

  /** The general reader's claim for a line, or null when it takes no claim from it (whatever it says why). */
  private static @Nullable Claim general(String line) {
    try (JsonParser p = Records.JSON.createParser(line.getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      Object v = Records.value(p, -1);
      if (p.nextToken() != null || !(v instanceof Map)) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) v;
      return ClaimParser.isClaim(m) ? ClaimParser.parse(m) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper TREES = new com.fasterxml.jackson.databind.ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

  /** Optional keys, by the object they are in ("" the claim), that a line may give as null. */
  private static final Map<String, List<String>> NULLABLE = Map.of(
      "", List.of("source", "published", "url", "title", "path", "line", "subject", "locations", "date", "timeScope",
          "attribution", "start", "end", "sentence", "event", "modality", "asOf", "breakdown"),
      "quantity", List.of("lower", "upper", "approximate"), "breakdown", List.of("complete"));

  /** Values ClaimJson writes that an explicit null stands for: a null read gives them. */
  private static final Map<String, String> DEFAULTS = Map.of("timeScope", "\"incident\"", "modality", "\"reported\"",
      "approximate", "false", "complete", "false", "line", "0", "locations", "[]");

  /** Keys whose strings are free text, where a lone surrogate is as good a character as any. */
  private static final java.util.Set<String> FREE = java.util.Set.of("id", "title", "subject", "attribution",
      "sentence", "event", "text", "source", "path");

  private static final String[] SURROGATES = {"\\uD800", "\\udc00", "\\uDC00\\uD800", "\\uDE00", "\\uDBFF"};

  private static String blank(Random r) {
    return r.nextInt(3) != 0 ? "" : pick(r, " ", "\t", "\r", "  \t", " \r ");
  }

  /** {@code node} written as JSON allows but ClaimJson does not write it. */
  private static String reshaped(Random r, com.fasterxml.jackson.databind.JsonNode node, String key, boolean top) {
    StringBuilder b = new StringBuilder();
    if (node.isObject()) {
      List<String> members = new ArrayList<>();
      node.fields().forEachRemaining(e -> {
        String k = e.getKey();
        boolean byDefault = NULLABLE.getOrDefault(top ? "" : key, List.of()).contains(k)
            && e.getValue().toString().equals(DEFAULTS.get(k)) && r.nextBoolean();
        members.add(blank(r) + '"' + k + '"' + blank(r) + ':' + blank(r)
            + (byDefault ? "null" : reshaped(r, e.getValue(), k, false)) + blank(r));
      });
      for (String k : NULLABLE.getOrDefault(top ? "" : key, List.of())) {
        if (!node.has(k) && r.nextBoolean()) {
          members.add(blank(r) + '"' + k + "\":" + blank(r) + "null" + blank(r));
        }
      }
      java.util.Collections.shuffle(members, r);
      b.append('{').append(String.join(",", members)).append('}');
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(blank(r) + reshaped(r, item, key, false) + blank(r)));
      b.append('[').append(String.join(",", items)).append(']');
    } else if (node.isTextual()) {
      String text = node.textValue();
      b.append('"');
      for (int i = 0; i <= text.length(); i++) {
        if (FREE.contains(key) && r.nextInt(40) == 0) {
          b.append(pick(r, SURROGATES));
        }
        if (i == text.length()) {
          break;
        }
        char c = text.charAt(i);
        if (c < 0x20 || c == '"' || c == '\\' || r.nextInt(6) == 0) {
          b.append(String.format(r.nextBoolean() ? "\\u%04X" : "\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
      b.append('"');
    } else if (node.isNumber()) {
      b.append(node.isIntegralNumber() ? node.asText() : node.decimalValue().toString());
    } else {
      b.append(node.toString()); // true, false, null
    }
    return b.toString();
  }

  @Nested
  class ReadsWhatClaimJsonWrites {
    @Test
    void anyClaimWrittenComesBackEqual() {
      qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        Claim c = claim(r, r.nextInt(1000));
        String line = ClaimJson.toJson(c);
        Claim read = fast(line);
        assertNotNull(read, line);
        assertEquals(general(line), read, line);
        // equal as written: a bound such as 0.9 x 406.3 is written 365.67 and reads back so, not 365.670
        assertEquals(line, ClaimJson.toJson(read));
        if (c.quantity().interval().equals(read.quantity().interval())) {
          assertEquals(c, read, line);
        }
      });
    }

    @Test
    void aClaimWrittenAnotherWayJsonAllowsComesBackAsTheGeneralReaderReadsIt() {
      // keys in any order, explicit nulls for the optional keys left out, characters escaped as
      // \\uXXXX (lone and reversed surrogates put in free texts), blanks between tokens
      qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        String plain = ClaimJson.toJson(claim(r, r.nextInt(1000)));
        String line;
        try {
          line = reshaped(r, TREES.readTree(plain), "", true);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        Claim read = fast(line);
        assertNotNull(read, line);
        assertEquals(general(line), read, line);
      });
    }

    @Test
    void aRunOfClaimsComesBackEqualWithTheValuesMetBeforeGivenAgain() {
      Random r = new Random(17);
      Claim first = claim(r, 1);
      Claim second = new Claim("other#2", first.source(), first.measure(), first.subject(), first.quantity(),
          first.scope(), first.attribution(), first.evidence(), first.event(), first.modality(), first.asOf(),
          first.breakdown());
      Claim a = fast(ClaimJson.toJson(first));
      Claim b = fast(ClaimJson.toJson(second));
      assertEquals(first, a);
      assertEquals(second, b);
      assertSame(a.quantity(), b.quantity());
      assertSame(a.source(), b.source());
      assertSame(a.scope(), b.scope());
    }

    @ParameterizedTest(name = "blanks around: [{0}]")
    @ValueSource(strings = {" ", "\t", "\r", " \t \r"})
    void blanksAroundTheObjectAndBetweenItsTokensAreJson(String blank) {
      Claim c = claim(new Random(5), 3);
      String line = blank + ClaimJson.toJson(c).replace(",\"", "," + blank + "\"").replace("\":", "\"" + blank + ":"
          + blank) + blank;
      assertEquals(c, fast(line), line);
    }

    @Test
    void escapesOfEveryKindAreRead() {
      String line = "{\"id\":\"a\\u00e9\\n\\t\\\"\\\\\\/\\b\\f\\r\\uD83D\\uDE00\",\"document\":\"d\","
          + "\"measure\":\"killed\",\"quantity\":{\"text\":\"12\",\"value\":12,\"qualifier\":\"exact\"}}";
      Claim c = fast(line);
      assertNotNull(c);
      assertEquals("aé\n\t\"\\/\b\f\r\uD83D\uDE00", c.id());
      assertEquals(general(line), c);
    }
  }

  @Nested
  class LeavesToTheGeneralReader {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // not a claim, or not one object
        "{}", "[]", "null", "{\"id\":\"a\",\"text\":\"a document\"}", "{\"quantity\":1} {}", "{\"id\":",
        // numbers it does not read itself, right or wrong
        "{Q\"value\":12.5e1}", "{Q\"value\":-3}", "{Q\"value\":012}", "{Q\"value\":\"12\"}", "{Q\"value\":1.}",
        "{Q\"value\":12345678901234567890}", "{Q\"value\":1e400000}",
        // strings: a raw control character, an unknown escape, malformed UTF-8, a cut escape
        "{\"id\":\"a\u0001b\",D}", "{\"id\":\"a\\qb\",D}", "{\"id\":\"a\\u00zz\",D}", "{\"id\":\"a\\u00\",D}",
        // keys: unknown, twice, escaped
        "{\"colour\":\"red\",D}", "{\"id\":\"a\",\"id\":\"b\",D}", "{\"\\u0069d\":\"a\",D}",
        // values of the wrong type or out of range
        "{\"id\":17,D}", "{\"id\":\" \",D}", "{\"id\":\"a\",\"published\":\"2016-02-30\",D}",
        "{\"id\":\"a\",\"line\":-1,D}", "{\"id\":\"a\",\"line\":1.0,D}", "{\"id\":\"a\",\"start\":9999999999,D}",
        "{\"id\":\"a\",\"date\":2016,D}", "{\"id\":\"a\",\"timeScope\":\"later\",D}",
        "{\"id\":\"a\",\"modality\":\"maybe\",D}", "{\"id\":\"a\",\"locations\":[\"\"],D}",
        "{\"id\":\"a\",\"locations\":[1],D}", "{\"id\":\"a\",\"locations\":\"Kandy\",D}",
        "{\"id\":\"a\",\"breakdown\":{\"id\":\"b\",\"parts\":0},D}", "{\"id\":\"a\",\"breakdown\":\"b\",D}",
        "{\"id\":\"a\",\"measure\":\" \",\"document\":\"d\",\"quantity\":{\"text\":\"1\",\"value\":1,\"qualifier\":\"exact\"}}",
        "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"1\",\"value\":1,\"qualifier\":\"roughly\"}}",
        "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"1\",\"value\":1,\"qualifier\":\"exact\",\"k\":{}}}",
        "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"1\",\"value\":5,\"qualifier\":\"exact\",\"lower\":9,\"upper\":2}}",
        "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\"}", "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":null}",
    })
    void aLineItIsNotSureOfGivesNull(String template) {
      String line = template.replace("D}", "\"document\":\"d\",\"measure\":\"killed\","
          + "\"quantity\":{\"text\":\"12\",\"value\":12,\"qualifier\":\"exact\"}}")
          .replace("{Q", "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"12\","
              + "\"qualifier\":\"exact\",");
      if (template.startsWith("{Q")) {
        line = line + "}";
      }
      assertNull(fast(line), line);
    }

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"C0 80", "ED A0 80", "F4 90 80 80", "80", "E2 82", "FF"})
    void malformedOrOverlongUtf8GivesNull(String hex) {
      String[] parts = hex.split(" ");
      byte[] bad = new byte[parts.length];
      for (int i = 0; i < parts.length; i++) {
        bad[i] = (byte) Integer.parseInt(parts[i], 16);
      }
      byte[] head = "{\"id\":\"a".getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"12\",\"value\":12,"
          + "\"qualifier\":\"exact\"}}").getBytes(StandardCharsets.UTF_8);
      byte[] line = new byte[head.length + bad.length + tail.length];
      System.arraycopy(head, 0, line, 0, head.length);
      System.arraycopy(bad, 0, line, head.length, bad.length);
      System.arraycopy(tail, 0, line, head.length + bad.length, tail.length);
      assertNull(ClaimBytes.read(line, 0, line.length));
    }

    @Test
    void aLineChangedAnyWayGivesTheGeneralReadersClaimOrNull() {
      // a claim line with a few bytes changed, cut or put in: what is read here, the general reader reads alike
      String[] inserts = {"\"", "\\", ",", "}", "{", "[", "]", ":", " ", "-", "0", "1.5", "e5", "null", "true", "é",
          "\\u00e9", "\\x", "\u0001", "\"k\":1,", "\\uD800", "\\uDC00", "null,"};
      qt().withExamples(5000).forAll(longs().all()).checkAssert(seed -> {
        Random r = new Random(seed);
        StringBuilder line = new StringBuilder(ClaimJson.toJson(claim(r, r.nextInt(100))));
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          int at = r.nextInt(line.length() + 1);
          switch (r.nextInt(3)) {
            case 0 -> line.insert(at, pick(r, inserts));
            case 1 -> line.delete(at, Math.min(line.length(), at + 1 + r.nextInt(4)));
            default -> {
              if (at < line.length()) {
                line.setCharAt(at, pick(r, inserts).charAt(0));
              }
            }
          }
        }
        String s = line.toString();
        Claim read = fast(s);
        if (read != null) {
          assertEquals(general(s), read, s);
        }
      });
    }
  }

  @Nested
  class InAFile {
    @TempDir Path dir;

    private List<String> read(int threads, String... lines) throws IOException {
      Path file = dir.resolve("claims.jsonl");
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      DocumentReader.standard().parallelism(threads).read(List.of(file), new DocumentSink() {
        @Override
        public void document(Document document) {
          out.add("document " + document.id());
        }

        @Override
        public void failure(ReadFailure failure) {
          out.add("failure " + failure.toString().replace(file.toString(), "FILE"));
        }

        @Override
        public void claim(Claim claim) {
          out.add("claim " + claim.id());
        }
      });
      return out;
    }

    @ParameterizedTest(name = "on {0} threads")
    @ValueSource(ints = {1, 2})
    void badLinesAreToldAsBeforeAndTheOthersRead(int threads) throws IOException {
      String good = ClaimJson.toJson(claim(new Random(3), 1));
      String q = "\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"1\",\"value\":";
      assertEquals(List.of(
          "claim " + fast(good).id(),
          "failure FILE:2: \"quantity.value\" is -3; a count of people cannot be negative",
          "failure FILE:3: \"published\" is '2016-02-30'; expected an ISO date such as 2016-02-22",
          "failure FILE:4: \"id\" is missing; a claim needs it",
          "claim b",
          "failure FILE:6: is not valid JSON (a key appears twice ('id') at column 15)"),
          read(threads, good,
              "{\"id\":\"a\"," + q + "-3,\"qualifier\":\"exact\"}}",
              "{\"id\":\"a\",\"published\":\"2016-02-30\"," + q + "3,\"qualifier\":\"exact\"}}",
              "{\"id\":\" \"," + q + "3,\"qualifier\":\"exact\"}}",
              "{\"id\":\"b\"," + q + "\"3\",\"qualifier\":\"exact\"}}",
              "{\"id\":\"a\",\"id\":\"b\"," + q + "3,\"qualifier\":\"exact\"}}"));
    }
  }

  @Nested
  class ARepeatedClaimId {
    @TempDir Path dir;

    private List<String> skipped(int threads, Path... files) {
      io.claimcheck.ClaimCheck.Run run = io.claimcheck.ClaimCheck.builder().parallelism(threads).build().start();
      DocumentReader.standard().parallelism(threads).read(List.of(files), run);
      List<String> out = new ArrayList<>();
      run.finish().skipped().forEach(s -> out.add(s.location() + ": " + s.reason()));
      return out;
    }

    @ParameterizedTest(name = "on {0} threads")
    @ValueSource(ints = {1, 2})
    void isSaidWithTheFileAndTheLineOfTheRepeat(int threads) throws IOException {
      Random r = new Random(11);
      String a = ClaimJson.toJson(claim(r, 1));
      String b = ClaimJson.toJson(claim(r, 2));
      String aId = fast(a).id();
      Path one = dir.resolve("one.jsonl");
      Files.writeString(one, a + "\n" + b + "\n\n" + a + "\n", StandardCharsets.UTF_8);
      Path two = dir.resolve("two.jsonl");
      // a line the general reader reads (a key it alone takes), repeating b
      Files.writeString(two, b.replace("{\"id\"", "{\"colour\":\"red\",\"id\"") + "\n", StandardCharsets.UTF_8);
      Path array = dir.resolve("three.json");
      Files.writeString(array, "[" + a + "]", StandardCharsets.UTF_8);
      assertEquals(List.of(
          one + ":4: repeats claim '" + aId + "', read already; read once",
          two + ":1: repeats claim '" + fast(b).id() + "', read already; read once",
          array + "[0]: repeats claim '" + aId + "', read already; read once"), skipped(threads, one, two, array));
    }

    @Test
    void handedOnWithoutWhereItWasReadIsSaidWithItsId() {
      Claim c = claim(new Random(3), 1);
      io.claimcheck.ClaimCheck.Run run = io.claimcheck.ClaimCheck.builder().build().start();
      run.claim(c);
      run.claim(c);
      assertEquals(List.of(new io.claimcheck.report.Skipped(c.id(), "repeats claim '" + c.id()
          + "', read already; read once")), run.finish().skipped());
    }
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = '|', value = {"12|12", "0|0", "12.50|12.50", "0.5|0.5", "123456789012345678|123456789012345678"})
  void numbersAreExactlyAsWritten(String written, String value) {
    String line = "{\"id\":\"a\",\"document\":\"d\",\"measure\":\"killed\",\"quantity\":{\"text\":\"t\",\"value\":"
        + written + ",\"qualifier\":\"exact\"}}";
    Claim c = fast(line);
    assertNotNull(c);
    assertEquals(new BigDecimal(value), c.quantity().value());
    assertEquals(general(line), c);
  }
}
