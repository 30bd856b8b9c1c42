package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimcheck.base.ClaimCheckException;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.internal.JsonCopy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pattern of {@code casualty-patterns.yaml} against its own examples and counter-examples,
 * read through the whole extractor: an example must be read by that pattern at its [bracketed]
 * figure (and give a claim, unless the pattern rejects); a counter-example must not.
 */
class CasualtyPatternsTest {
  private static final CasualtyPatterns PATTERNS = CasualtyPatterns.standard();

  /** One figure's reading: its span, the pattern that read it, the claim if any. */
  record Read(int start, int end, String reader, Claim claim) {}

  static List<Read> reads(String text) {
    List<Read> out = new ArrayList<>();
    Document doc = new Document(new Source("example", "test", LocalDate.of(2024, 3, 9), null, null), text);
    ClaimExtractor.standard().extract(doc, c -> { }, (s, e, reader, claim) -> out.add(new Read(s, e, reader, claim)));
    return out;
  }

  /** The example without brackets, and the bracketed span in it. */
  record Marked(String text, int start, int end) {
    static Marked of(String example) {
      int open = example.indexOf('[');
      int close = example.indexOf(']');
      if (open < 0 || close < open) {
        throw new AssertionError("example needs its figure in [brackets]: " + example);
      }
      String text = example.substring(0, open) + example.substring(open + 1, close) + example.substring(close + 1);
      return new Marked(text, open, close - 1);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsReadByItsPattern() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CasualtyPatterns.Pattern p : PATTERNS.inFileOrder()) {
      for (String example : p.examples()) {
        tests.add(DynamicTest.dynamicTest(p.name() + " reads: " + example, () -> {
          Marked m = Marked.of(example);
          List<Read> reads = reads(m.text());
          Read hit = reads.stream().filter(r -> r.start() < m.end() && r.end() > m.start()).findFirst()
              .orElseThrow(() -> new AssertionError("no reading of [" + m.text().substring(m.start(), m.end())
                  + "]; readings: " + reads));
          assertEquals(p.name(), hit.reader(), "read by another pattern: " + hit);
          if (p.reject()) {
            assertEquals(null, hit.claim(), "a rejecting pattern gives no claim");
          } else {
            assertTrue(hit.claim() != null, "no claim");
            if (p.measure() != null) {
              assertEquals(p.measure(), hit.claim().measure());
            }
            if (p.modality() != null) {
              assertEquals(p.modality(), hit.claim().modality());
            }
          }
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> noCounterExampleIsReadByItsPattern() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CasualtyPatterns.Pattern p : PATTERNS.inFileOrder()) {
      for (String counter : p.counterExamples()) {
        tests.add(DynamicTest.dynamicTest(p.name() + " does not read: " + counter, () -> {
          Marked m = Marked.of(counter);
          for (Read r : reads(m.text())) {
            if (r.start() < m.end() && r.end() > m.start()) {
              assertFalse(r.reader().equals(p.name()), "read by the pattern: " + r);
            }
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyPatternHasAtLeastOneCounterExample() {
    for (CasualtyPatterns.Pattern p : PATTERNS.inFileOrder()) {
      assertFalse(p.counterExamples().isEmpty(), p.name() + " has no counter-example");
    }
  }

  @Nested
  class WhenTheFileIsWrong {
    private CasualtyPatterns parse(String yaml) throws IOException {
      return CasualtyPatterns.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml), "test.yaml");
    }

    @Test
    void anUnknownClassIsNamedWithItsPattern() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> parse("patterns:\n  - name: p\n    measure: killed\n    match: '@nope N'\n    examples: ['x']\n"));
      assertEquals("test.yaml: pattern 'p': unknown word class '@nope'", e.getMessage());
    }

    @Test
    void aPatternWithoutTheFigureIsRefused() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> parse("patterns:\n  - name: p\n    measure: killed\n    match: 'dead'\n    examples: ['x']\n"));
      assertTrue(e.getMessage().contains("needs N, the figure"), e.getMessage());
    }

    @Test
    void aWordThatYamlReadsAsTrueOrFalseIsRefusedWithItsClass() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> parse("classes:\n  stops: [in, on, at]\npatterns: []\n"));
      assertEquals("test.yaml: class 'stops': a word was read as true; write words such as on, off, yes and no in"
          + " quotes (\"on\")", e.getMessage());
    }

    @Test
    void aGapBeyondTheBoundIsRefused() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> parse("patterns:\n  - name: p\n    measure: killed\n    match: 'toll ~99 N'\n    examples: ['x']\n"));
      assertTrue(e.getMessage().contains("must be between ~1 and ~"), e.getMessage());
    }

    @Test
    void aGapAmongAlternativesIsRefusedWithWhatMayBeOne() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> parse("patterns:\n  - name: p\n    measure: killed\n    match: 'N dead|~3|$'\n    examples: ['x']\n"));
      assertEquals("test.yaml: pattern 'p': 'dead|~3|$': '~3' cannot be one of alternatives; only words, classes"
          + " (@name), COUNTRY, ^ and $ can", e.getMessage());
    }

    @Test
    void theEndOfTheSentenceAndACountryMayBeAlternativesOfWords() throws IOException {
      CasualtyPatterns p = parse("patterns:\n  - name: p\n    measure: killed\n    match: 'N dead ,|$|COUNTRY'\n"
          + "    examples: ['x']\n");
      CasualtyPatterns.Element last = p.inFileOrder().get(0).after().get(1);
      assertTrue(last instanceof CasualtyPatterns.Choice c && c.alternatives().size() == 3
          && c.alternatives().get(0).equals(new CasualtyPatterns.Literal(java.util.Set.of(","))), last::toString);
    }

    @Test
    void aPatternThatGivesNoMeasureIsRefused() {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> parse("patterns:\n  - name: p\n    match: 'toll N'\n    examples: ['x']\n"));
      assertTrue(e.getMessage().contains("gives no measure"), e.getMessage());
    }
  }

  @Nested
  class TheJsonCopyTheExtractorLoads {
    @Test
    void isTheTreeOfTheYamlFile() throws IOException {
      // the build writes the copy after compiling (JsonCopy, run by Maven); a stale or missing copy fails here
      try (InputStream yaml = CasualtyPatterns.class.getResourceAsStream(CasualtyPatterns.RESOURCE);
          InputStream json = CasualtyPatterns.class.getResourceAsStream(CasualtyPatterns.JSON_COPY)) {
        assertNotNull(yaml, CasualtyPatterns.RESOURCE);
        assertNotNull(json, CasualtyPatterns.JSON_COPY + " is missing: the build writes it after compiling (mvn process-classes)");
        assertEquals(JsonCopy.readYaml(yaml), JsonCopy.read(json),
            CasualtyPatterns.JSON_COPY + " differs from " + CasualtyPatterns.RESOURCE + ": rebuild (mvn process-classes)");
      }
    }

    @Test
    void keepsEveryKindOfValueAsTheYamlReaderMakesIt() throws IOException {
      String yaml = "a: [1, 3000000000, 2.5, true, false, null, 'x', \"on\"]\nb: {c: {d: []}, e: {}}\nf: 123456789012345678901234567890\n";
      com.fasterxml.jackson.databind.JsonNode tree = JsonCopy.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
      byte[] json = new ObjectMapper().writeValueAsBytes(tree);
      assertEquals(tree, JsonCopy.read(new ByteArrayInputStream(json)));
    }

    @Test
    void anEmptyCopyIsSaidSo() {
      IOException e = assertThrows(IOException.class, () -> JsonCopy.read(new ByteArrayInputStream(new byte[0])));
      assertEquals("it is empty", e.getMessage());
    }

    @Test
    void theExtractorReadsTheSamePatternsFromEither() throws IOException {
      try (InputStream yaml = CasualtyPatterns.class.getResourceAsStream(CasualtyPatterns.RESOURCE)) {
        CasualtyPatterns fromYaml = CasualtyPatterns.parse(JsonCopy.readYaml(yaml), CasualtyPatterns.RESOURCE);
        assertEquals(summary(fromYaml), summary(PATTERNS));
      }
    }
  }

  /** Each pattern's name, priority, match and examples in file order, and each class's words and tags. */
  private static List<String> summary(CasualtyPatterns patterns) {
    List<String> out = new ArrayList<>();
    for (CasualtyPatterns.Pattern p : patterns.inFileOrder()) {
      out.add(p.name() + " " + p.priority() + " " + p.source() + " " + p.examples() + " " + p.counterExamples());
    }
    patterns.classes().forEach((name, c) -> out.add(name + " " + new java.util.TreeSet<>(c.words()) + " " + new java.util.TreeMap<>(c.tags())));
    return out;
  }

  @Test
  void theDocsListThePatternsAsTheFileHasThem() throws IOException {
    Path doc = Path.of("..", "docs", "extraction.md");
    String text = Files.readString(doc);
    String generated = PatternDocs.section(PATTERNS);
    if (Boolean.getBoolean("claimcheck.regenerate")) {
      Files.writeString(doc, PatternDocs.replace(text, generated));
      text = Files.readString(doc);
    }
    assertEquals(generated, PatternDocs.current(text),
        "docs/extraction.md is out of date with casualty-patterns.yaml: run the tests with -Dclaimcheck.regenerate=true");
  }
}
