package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML page's structure, parsed by jsoup; the browser test in cli-example renders it for real. */
class HtmlRendererTest {
  private static Document seeds() {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    return Jsoup.parse(new HtmlRenderer().render(SeedsReport.report()));
  }

  /** A report of one group with two claims and a finding, with hostile text everywhere. */
  private static Report hostile(String text, String url) {
    Quantity q1 = new Quantity("at least 12", new BigDecimal(12), Qualifier.AT_LEAST, Interval.atLeast(12), false);
    Quantity q2 = new Quantity("about 30", new BigDecimal(30), Qualifier.ABOUT, Interval.exactly(30), true);
    Source s1 = new Source("d<1>", text, LocalDate.of(2020, 1, 2), url, text);
    Source s2 = new Source("d&2", "Other", LocalDate.of(2020, 1, 4), null, null);
    Claim c1 = new Claim("d<1>#1", s1, Measure.of("killed"), null, q1,
        new Scope(List.of("Springfield"), PartialDate.parse("2020-01-01"), TimeScope.INCIDENT), text,
        new Evidence(0, 11, "at least 12 " + text));
    Claim c2 = new Claim("d&2#1", s2, Measure.of("killed"), null, q2,
        new Scope(List.of("Springfield"), PartialDate.parse("2020-01-01"), TimeScope.INCIDENT), null,
        new Evidence(0, 8, "about 30 died"));
    Group g = new Group("g1", "springfield-killed-2020-01-01", Measure.of("killed"), null, List.of("Springfield"),
        PartialDate.parse("2020-01-01"), TimeScope.INCIDENT, List.of(c1, c2), List.of(), Interval.between(27, 33));
    Finding f = new Finding("divergent-figures", Severity.WARNING, "g1", g.key(), List.of("d<1>#1", "d&2#1"),
        "message " + text, "explanation " + text);
    return new Report(List.of(DocumentStatus.of(s1, 1, null), DocumentStatus.of(s2, 1, null)), List.of(c1, c2),
        List.of(g), List.of(f));
  }

  @Nested
  class Structure {
    @Test
    void findingsComeFirstThenTimelinesThenClaimsThenDocuments() {
      List<String> h2 = new ArrayList<>();
      seeds().select("main h2").forEach(e -> h2.add(e.text()));
      assertEquals(List.of("Findings", "Timelines", "Claims", "Documents"), h2);
    }

    @Test
    void headingsNeverSkipALevel() {
      int previous = 1;
      for (Element h : seeds().select("h1, h2, h3, h4, h5, h6")) {
        int level = Integer.parseInt(h.tagName().substring(1));
        assertTrue(level <= previous + 1, "a " + h.tagName() + " after an h" + previous + ": " + h.text());
        previous = level;
      }
    }

    @Test
    void everyChartHasATitleADescriptionAndARole() {
      Document page = seeds();
      assertEquals(SeedsReport.report().groups().size(), page.select("svg.timeline").size());
      for (Element svg : page.select("svg.timeline")) {
        assertEquals("img", svg.attr("role"));
        for (String id : svg.attr("aria-labelledby").split(" ")) {
          assertFalse(page.getElementById(id).text().isBlank(), id);
        }
        assertEquals(svg.select("g.claim").size(), svg.select("g.claim > title").size());
      }
    }

    @Test
    void theDamascusChartOutlinesTheFindingsThreeClaims() {
      Element figure = seeds().select("figure").stream()
          .filter(f -> f.selectFirst("h4").text().equals("killed in Damascus on 2016-02-21")).findFirst().orElseThrow();
      assertEquals(3, figure.select("g.claim.in-finding").size());
      assertEquals(1, figure.select("rect.consensus").size());
      assertEquals(3, figure.select("ul.legend li").size());
      assertTrue(figure.selectFirst("figcaption").text().contains("[warning] divergent-figures"));
    }

    @Test
    void tablesHaveColumnAndRowHeaders() {
      for (Element table : seeds().select("table")) {
        assertFalse(table.select("caption").isEmpty());
        assertFalse(table.select("thead th[scope=col]").isEmpty());
        assertEquals(table.select("tbody tr").size(), table.select("tbody th[scope=row]").size());
      }
    }

    @Test
    void everyInPageLinkLands() {
      Document page = seeds();
      for (Element a : page.select("a[href^=#]")) {
        assertTrue(page.getElementById(a.attr("href").substring(1)) != null, a.outerHtml());
      }
    }

    @Test
    void selfContainedNoScriptNoExternalResources() {
      Document page = seeds();
      assertTrue(page.select("script, link, img, iframe, object").isEmpty());
      assertTrue(page.selectFirst("style").data().contains("@media print"));
      assertEquals("en", page.selectFirst("html").attr("lang"));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
      assumeTrue(SeedsReport.present(), "the seeds folder is absent");
      assertEquals(new HtmlRenderer().render(SeedsReport.report()), new HtmlRenderer().render(SeedsReport.report()));
    }

    @Test
    void anEmptyReportSaysThereAreNoFindings() {
      String html = new HtmlRenderer().render(new Report(List.of(), List.of(), List.of(), List.of()));
      assertTrue(Jsoup.parse(html).selectFirst("#findings-h").parent().text().contains("No findings"));
    }
  }

  @Nested
  class Escaping {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<script>alert(1)</script>", "a & b \"quoted\" 'single'", "</textarea><img src=x onerror=alert(1)>",
        "control\u0001\u0007char", "]]><!--"})
    void hostileTextStaysText(String text) {
      String html = new HtmlRenderer().render(hostile(text, "https://example.org/a?x=1&y=2"));
      Document page = Jsoup.parse(html);
      assertTrue(page.select("script, img").isEmpty(), html);
      String clean = text.replaceAll("[\\u0000-\\u0008\\u000b-\\u001f]", "");
      assertTrue(page.selectFirst("article.finding .message").text().contains(clean.strip()));
      // the SVG is well-formed XML on its own
      for (Element svg : page.select("svg")) {
        Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser());
      }
    }

    @Test
    void anArticleUrlThatIsNotHttpIsNotALink() {
      Document page = Jsoup.parse(new HtmlRenderer().render(hostile("x", "javascript:alert(1)")));
      assertTrue(page.select("a[href^=javascript]").isEmpty());
      assertNull(Html.href("javascript:alert(1)"));
      assertEquals("https://a.example/x", Html.href("https://a.example/x"));
      assertEquals("relative/path.html", Html.href("relative/path.html"));
    }

    @Test
    void idsAreSafeInFragmentsAndOneToOne() {
      assertEquals("claim-004_5f_a_23_1", Html.id("claim-", "004_a#1"));
      assertNotEquals(Html.id("c-", "a#1"), Html.id("c-", "a_23_1"));
      assertTrue(Html.id("c-", "d<1> é#1").matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void approximateClaimsAreHatchedAndOpenEndsHaveArrows() {
      Element svg = Jsoup.parse(new HtmlRenderer().render(hostile("x", "https://e.example"))).selectFirst("svg");
      assertEquals(1, svg.select("g.claim.approximate").size());
      assertTrue(svg.selectFirst("g.claim.approximate circle").attr("fill").startsWith("url(#"));
      assertEquals(1, svg.select("g.claim polygon").size(), "one open upper end: at least 12");
    }
  }

  @Test
  void manyClaimsOfOneDayAndUndatedOnesStayInsideTheChart() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      Quantity q = new Quantity(Integer.toString(10 + i), BigDecimal.valueOf(10 + i), Qualifier.EXACT,
          Interval.exactly(10 + i), false);
      LocalDate published = i < 12 ? LocalDate.of(2020, 1, 2) : i < 14 ? LocalDate.of(2020, 1, 3) : null;
      claims.add(new Claim("d" + i + "#1", new Source("d" + i, "Outlet " + i, published, null, null),
          Measure.of("killed"), null, q, new Scope(List.of("Springfield"), null, TimeScope.INCIDENT), null,
          new Evidence(0, 2, "x")));
    }
    Group g = new Group("g1", "k", Measure.of("killed"), null, List.of("Springfield"), null, TimeScope.INCIDENT,
        claims, List.of(), null);
    Element svg = Jsoup.parse(new HtmlRenderer().render(new Report(List.of(), claims, List.of(g), List.of())))
        .selectFirst("svg");
    int width = Integer.parseInt(svg.attr("width"));
    List<Integer> xs = new ArrayList<>();
    for (Element c : svg.select("g.claim circle")) {
      int x = Integer.parseInt(c.attr("cx"));
      assertTrue(x - 6 >= 0 && x + 6 <= width, "a claim at x=" + x + " outside 0.." + width);
      xs.add(x);
    }
    assertEquals(17, xs.size());
    assertEquals(17, new java.util.HashSet<>(xs).size(), "no two claims on one spot: " + xs);
    assertTrue(svg.select("g.claim text").size() < 17, "labels only where they fit");
  }

  @Test
  void axisTopsAreRoundAndSoAreTheirQuarters() {
    assertEquals(120, TimelineChart.niceCeiling(87 * 1.15));
    assertEquals(160, TimelineChart.niceCeiling(130));
    assertEquals(400000, TimelineChart.niceCeiling(290000 * 1.15));
    assertEquals(100, TimelineChart.niceCeiling(100));
    assertEquals(1, TimelineChart.niceCeiling(0));
  }
}
