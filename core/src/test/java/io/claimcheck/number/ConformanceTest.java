package io.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.SharedData;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Peer conformance: Recognizers-Text's English number and number-range specs, read from
 * {@code ../shared/conformance/}. A case passes when exactly the expected phrases are found, with
 * the same spans and values (intervals). Cases judged wrong for news text are listed with their
 * reason in {@code conformance-exceptions.txt}; they are reported apart and left out of the rate.
 */
class ConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final NumberFinder FINDER = NumberFinder.standard();

  @Test
  void numbersPassRateIsAtLeast95Percent() throws IOException {
    double rate = run("numbers-en.jsonl", this::numbersCase);
    assertTrue(rate >= 0.95, "numbers-en pass rate " + rate + " is below 0.95");
  }

  @Test
  void rangesPassRateIsAtLeast90Percent() throws IOException {
    double rate = run("numbers-en-range.jsonl", this::rangeCase);
    assertTrue(rate >= 0.90, "numbers-en-range pass rate " + rate + " is below 0.90");
  }

  private interface CaseCheck {
    Optional<String> failure(String input, JsonNode expected);
  }

  private double run(String file, CaseCheck check) throws IOException {
    Optional<Path> path = SharedData.conformance(file);
    Assumptions.assumeTrue(path.isPresent(),
        "../shared/conformance/" + file + " is not here (a clone without ../shared): skipped");
    Map<String, String> exceptions = exceptions();
    int passed = 0;
    int total = 0;
    int excused = 0;
    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(path.get(), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = JSON.readTree(line);
      String id = c.get("id").asText();
      Optional<String> failure = check.failure(c.get("input").asText(), c.get("expected"));
      if (exceptions.containsKey(id)) {
        excused++;
        continue;
      }
      total++;
      if (failure.isEmpty()) {
        passed++;
      } else {
        failures.add(id + " " + JSON.writeValueAsString(c.get("input").asText()) + ": " + failure.get());
      }
    }
    double rate = total == 0 ? 0 : (double) passed / total;
    System.out.printf(Locale.ROOT, "conformance %s: %d/%d passed (%.1f%%), %d excused in conformance-exceptions.txt%n",
        file, passed, total, 100 * rate, excused);
    failures.forEach(f -> System.out.println("  FAIL " + f));
    return rate;
  }

  private static Map<String, String> exceptions() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance-exceptions.txt")) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        int space = s.indexOf(' ');
        out.put(space < 0 ? s : s.substring(0, space), space < 0 ? "" : s.substring(space + 1).strip());
      }
    }
    return out;
  }

  /** The number model reports every cardinal and fraction figure, without qualifiers. */
  private Optional<String> numbersCase(String input, JsonNode expected) {
    List<Numeral> found = new ArrayList<>();
    for (NumberPhrase p : FINDER.find(input)) {
      if (p.kind() == NumberKind.CARDINAL || p.kind() == NumberKind.FRACTION) {
        found.addAll(p.numerals());
      }
    }
    if (found.size() != expected.size()) {
      return Optional.of("expected " + expected.size() + " numbers, found " + describe(input, found));
    }
    for (int i = 0; i < found.size(); i++) {
      Numeral n = found.get(i);
      JsonNode e = expected.get(i);
      if (n.start() != e.get("start").asInt() || n.end() != e.get("end").asInt()) {
        return Optional.of("span of " + e.get("text") + " differs: found " + describe(input, found));
      }
      if (!sameValue(n.value(), e.get("value").asText(), e.path("rounded").asBoolean(false))) {
        return Optional.of("value of " + e.get("text") + " is " + e.get("value").asText()
            + ", found " + n.value().toPlainString());
      }
    }
    return Optional.empty();
  }

  /** The range model reports qualified figures and ranges only, as intervals. */
  private Optional<String> rangeCase(String input, JsonNode expected) {
    List<NumberPhrase> found = new ArrayList<>();
    for (NumberPhrase p : FINDER.find(input)) {
      boolean numeric = p.kind() == NumberKind.CARDINAL || p.kind() == NumberKind.FRACTION;
      Qualifier q = p.quantity().qualifier();
      if (numeric && q != Qualifier.EXACT && q != Qualifier.VAGUE) {
        found.add(p);
      }
    }
    if (found.size() != expected.size()) {
      return Optional.of("expected " + expected.size() + " ranges, found " + found);
    }
    for (int i = 0; i < found.size(); i++) {
      NumberPhrase p = found.get(i);
      JsonNode e = expected.get(i);
      if (p.start() != e.get("start").asInt() || p.end() != e.get("end").asInt()) {
        return Optional.of("span of " + e.get("text") + " differs: found " + found);
      }
      Interval in = p.quantity().interval();
      if (!sameBound(in.lower(), e.get("lower"), e.get("lower_inclusive"), true)
          || !sameBound(in.upper(), e.get("upper"), e.get("upper_inclusive"), false)) {
        return Optional.of("interval of " + e.get("text") + " is " + e.get("value").asText() + ", found " + in);
      }
    }
    return Optional.empty();
  }

  private static String describe(String input, List<Numeral> found) {
    List<String> out = new ArrayList<>();
    for (Numeral n : found) {
      out.add("'" + input.substring(n.start(), n.end()) + "'@" + n.start() + "=" + n.value().toPlainString());
    }
    return out.toString();
  }

  private static boolean sameValue(BigDecimal found, String expected, boolean rounded) {
    BigDecimal e = new BigDecimal(expected);
    if (rounded) {
      MathContext mc = new MathContext(e.precision());
      return found.round(mc).compareTo(e) == 0;
    }
    return found.compareTo(e) == 0;
  }

  /**
   * Bounds match when equal, or, for whole numbers, when an open bound {@code (20} is our closed
   * count bound {@code [21}; an unbounded lower side matches our count floor of 0.
   */
  private static boolean sameBound(Optional<BigDecimal> ours, JsonNode bound, JsonNode inclusive, boolean lower) {
    if (bound == null || bound.isNull()) {
      if (ours.isEmpty()) {
        return true;
      }
      return lower && ours.get().signum() == 0;
    }
    if (ours.isEmpty()) {
      return false;
    }
    BigDecimal e = new BigDecimal(bound.asText());
    if (inclusive.asBoolean()) {
      return ours.get().compareTo(e) == 0;
    }
    boolean whole = e.signum() == 0 || e.stripTrailingZeros().scale() <= 0;
    return whole && ours.get().compareTo(lower ? e.add(BigDecimal.ONE) : e.subtract(BigDecimal.ONE)) == 0;
  }
}
