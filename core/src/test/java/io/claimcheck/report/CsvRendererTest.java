package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.internal.Decimals;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV, read back by another library (Commons CSV, RFC 4180) to the same claims. */
class CsvRendererTest {
  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      assertEquals(CsvRenderer.COLUMNS, p.getHeaderNames());
      return p.getRecords();
    }
  }

  private static String blank(String s) {
    return s == null ? "" : s;
  }

  private static String bound(java.util.Optional<BigDecimal> b) {
    return b.map(Decimals::format).orElse("");
  }

  @Nested
  class OnTheSeeds {
    @Test
    void everyClaimIsOneRowWithItsIntervalSourceAndFindings() throws IOException {
      assumeTrue(SeedsReport.present(), "the seeds folder is absent");
      Report report = SeedsReport.report();
      String csv = new CsvRenderer().render(report);
      assertTrue(csv.contains("\r\n"), "RFC 4180 ends lines with CRLF");
      List<CSVRecord> rows = parse(csv);
      assertEquals(report.claims().size(), rows.size());
      ReportIndex index = ReportIndex.of(report);
      for (int i = 0; i < rows.size(); i++) {
        Claim c = report.claims().get(i);
        CSVRecord row = rows.get(i);
        assertEquals(c.id(), row.get("claim"));
        assertEquals(c.documentId(), row.get("document"));
        assertEquals(c.quantity().text(), row.get("text"));
        assertEquals(c.quantity().qualifier().id(), row.get("qualifier"));
        assertEquals(bound(c.quantity().interval().lower()), row.get("lower"));
        assertEquals(bound(c.quantity().interval().upper()), row.get("upper"));
        assertEquals(Boolean.toString(c.quantity().approximate()), row.get("approximate"));
        assertEquals(blank(c.source().url()), row.get("url"));
        assertEquals(blank(c.source().title()), row.get("title"));
        assertEquals(blank(c.source().path()), row.get("path"));
        assertEquals(c.evidence().sentence(), row.get("sentence"));
        assertEquals(String.valueOf(c.evidence().start()), row.get("start"));
        assertEquals(c.attribution() != null ? c.attribution() : c.source().displayName(), row.get("body"));
        List<String> keys = new ArrayList<>();
        for (Finding f : index.findings(c.id())) {
          keys.add(f.key());
        }
        assertEquals(String.join("\n", keys), row.get("findings"));
      }
    }

    @Test
    void theDamascusClaimsShareOneQuantityAndEvent() throws IOException {
      assumeTrue(SeedsReport.present(), "the seeds folder is absent");
      List<CSVRecord> rows = parse(new CsvRenderer().render(SeedsReport.report()));
      List<String> lower = new ArrayList<>();
      String event = null;
      for (CSVRecord r : rows) {
        if (r.get("quantity_label").equals("killed in Damascus on 2016-02-21")) {
          lower.add(r.get("lower"));
          event = r.get("event");
        }
      }
      lower.sort(null);
      assertEquals(List.of("68", "83", "87"), lower);
      for (CSVRecord r : rows) {
        if (r.get("quantity_label").equals("killed in Homs on 2016-02-21")) {
          assertEquals(event, r.get("event"), "one incident: Damascus and Homs on the same day");
        }
      }
    }

    @Test
    void theSameReportGivesTheSameBytes() {
      assumeTrue(SeedsReport.present(), "the seeds folder is absent");
      assertEquals(new CsvRenderer().render(SeedsReport.report()), new CsvRenderer().render(SeedsReport.report()));
    }
  }

  @Nested
  class Quoting {
    private Report reportWith(String sentence, String outlet, String title) {
      Quantity q = new Quantity("at least 12", new BigDecimal(12), Qualifier.AT_LEAST, Interval.atLeast(12), false);
      Claim c = new Claim("doc, \"one\"#1", new Source("doc, \"one\"", outlet, LocalDate.of(2020, 1, 2),
          "https://example.org/a?x=1,2", title), Measure.of("killed"), null, q,
          new Scope(List.of("Springfield"), null, TimeScope.INCIDENT), null, new Evidence(0, 11, sentence));
      return new Report(List.of(), List.of(c), List.of(), List.of());
    }

    @ParameterizedTest(name = "a sentence {0} comes back as it was")
    @ValueSource(strings = {"plain", "with, a comma", "with \"quotes\"", "two\nlines", "crlf\r\nline", "trailing space ",
        "tab\there", "emoji 🙂 and accents é"})
    void textWithCommasQuotesAndLineBreaksRoundTrips(String sentence) throws IOException {
      List<CSVRecord> rows = parse(new CsvRenderer().render(reportWith(sentence, "Outlet, Inc.", "A \"title\"")));
      assertEquals(1, rows.size());
      assertEquals(sentence, rows.get(0).get("sentence"));
      assertEquals("Outlet, Inc.", rows.get(0).get("outlet"));
      assertEquals("A \"title\"", rows.get(0).get("title"));
      assertEquals("doc, \"one\"#1", rows.get(0).get("claim"));
      assertEquals("https://example.org/a?x=1,2", rows.get(0).get("url"));
      assertEquals("", rows.get(0).get("upper"), "an open upper bound is an empty cell");
    }

    @Test
    void aListItemHasItsBreakdownAndAClaimOfNoListHasEmptyCells() throws IOException {
      Report plain = reportWith("plain", "o", "t");
      Claim item = plain.claims().get(0).withBreakdown(new Breakdown("b14", 3, true));
      List<CSVRecord> rows = parse(new CsvRenderer().render(new Report(List.of(), List.of(item), List.of(), List.of())));
      assertEquals(List.of("b14", "3", "true"),
          List.of(rows.get(0).get("breakdown"), rows.get(0).get("breakdown_parts"), rows.get(0).get("breakdown_complete")));
      CSVRecord none = parse(new CsvRenderer().render(plain)).get(0);
      assertEquals(List.of("", "", ""),
          List.of(none.get("breakdown"), none.get("breakdown_parts"), none.get("breakdown_complete")));
    }

    @ParameterizedTest(name = "{0} is not run as a formula")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-3", "@SUM(A1)"})
    void aCellThatASpreadsheetWouldRunGetsAnApostrophe(String sentence) throws IOException {
      List<CSVRecord> rows = parse(new CsvRenderer().render(reportWith(sentence, "o", "t")));
      assertEquals("'" + sentence, rows.get(0).get("sentence"));
    }
  }
}
