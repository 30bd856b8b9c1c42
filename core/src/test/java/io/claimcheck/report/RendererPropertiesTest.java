package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Laws of the writers, on any text: CSV reads back to what was written; HTML and SVG keep text as text. */
class RendererPropertiesTest {
  private static Report withSentence(String sentence, String outlet) {
    Quantity q = new Quantity("12", BigDecimal.valueOf(12), Qualifier.EXACT, Interval.exactly(12), false);
    Claim c = new Claim("d#1", new Source("d", outlet.isEmpty() ? null : outlet, null, null, null), Measure.of("killed"),
        null, q, new Scope(List.of(), null, TimeScope.INCIDENT), null, new Evidence(0, 2, sentence));
    return new Report(List.of(), List.of(c), List.of(), List.of());
  }

  private static CSVRecord onlyRow(String csv) {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      List<CSVRecord> rows = p.getRecords();
      assertEquals(1, rows.size());
      return rows.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void csvReadsBackToTheTextWrittenWhateverItHolds() {
    qt().withExamples(1500).forAll(strings().allPossible().ofLengthBetween(0, 80),
        strings().basicLatinAlphabet().ofLengthBetween(0, 20)).checkAssert((sentence, outlet) -> {
          CSVRecord row = onlyRow(new CsvRenderer().render(withSentence(sentence, outlet)));
          assertEquals(CsvRenderer.text(sentence), row.get("sentence"));
          assertEquals(CsvRenderer.text(outlet), row.get("outlet"));
        });
  }

  @Test
  void htmlTextIsReadBackAsTheSameTextLessWhatHtmlCannotHold() {
    qt().withExamples(1500).forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(s -> {
      String escaped = Html.text(s);
      String back = Jsoup.parse("<p>" + escaped + "</p>").selectFirst("p").wholeText();
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean dropped = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0;
        if (Character.isSurrogate(c)) {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          expected.append(paired ? s.substring(i, i + 2) : "\uFFFD");
          i += paired ? 1 : 0;
        } else if (!dropped) {
          expected.append(c);
        }
      }
      // an HTML parser normalises line ends and NUL on its own; compare after the same normalisation
      assertEquals(expected.toString().replace("\r\n", "\n").replace('\r', '\n'), back.replace("\r\n", "\n"));
      assertTrue(escaped.indexOf('<') < 0 && escaped.indexOf('>') < 0 && escaped.indexOf('"') < 0);
    });
  }

  @Test
  void theChartIsWellFormedXmlWhateverTheBodyIsCalled() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(1, 40)).checkAssert(name -> {
      Report one = withSentence("x", "Outlet");
      Claim c = one.claims().get(0);
      Claim cited = new Claim(c.id(), c.source(), c.measure(), null, c.quantity(), c.scope(), name, c.evidence());
      io.claimcheck.group.Group g = new io.claimcheck.group.Group("g1", "k", c.measure(), null, List.of(), null,
          TimeScope.INCIDENT, List.of(cited), List.of(), Interval.exactly(12));
      String html = new HtmlRenderer().render(new Report(List.of(), List.of(cited), List.of(g), List.of()));
      var svgs = Jsoup.parse(html).select("svg");
      assertEquals(1, svgs.size());
      org.jsoup.nodes.Document xml = Jsoup.parse(svgs.get(0).outerHtml(), "", Parser.xmlParser());
      assertEquals(1, xml.select("svg g.claim title").size());
      // the body is named in the claim's title: its first run of visible characters (the
      // reporting body's normal form folds white space, separators, control and format characters)
      String title = xml.selectFirst("svg g.claim title").text();
      String shown = org.jsoup.parser.Parser.unescapeEntities(Html.text(name), false);
      String first = java.util.Arrays.stream(shown.split("[\\s\\p{Z}\\p{C}]+")).filter(t -> !t.isEmpty())
          .findFirst().orElse("");
      assertTrue(title.contains(first), title);
    });
  }
}
