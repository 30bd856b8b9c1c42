package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.base.ClaimCheckException;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One gazetteer for a whole check: {@code ClaimCheck.builder().gazetteer(...)} reaches extraction,
 * the default resolver and the rules; and {@link Gazetteer#with} adds places of the caller's own.
 */
class GazetteerOptionTest {
  /** A country of our own invention, with a city. */
  private static final String PLACES = "# our own places\nC\tVarnesa\tVX\tVarnesan\nT\tPort Elda\tVX\t120000\n"
      + "A\tElda Province\tVX\n";

  private static Gazetteer varnesa() {
    return Gazetteer.standard().with(new StringReader(PLACES), "places.tsv");
  }

  private static final Document FERRY = new Document(new Source("ferry", "Coast Post", LocalDate.of(2024, 6, 12), null, null),
      "A ferry sank off Port Elda on Tuesday with 212 people aboard, the operator said. The operator listed them:"
          + " Varnesa: 131; Peru: 58; Bolivia: 27.");

  private static List<String> rules(Report r) {
    return r.findings().stream().map(Finding::rule).collect(Collectors.toList());
  }

  @Nested
  class AddedPlaces {
    @Test
    void aCountryACityAndADivisionOfTheTableAreFoundAndTheBundledOnesStay() {
      Gazetteer g = varnesa();
      assertEquals(Place.Kind.COUNTRY, g.lookup("Varnesa").orElseThrow().kind());
      assertTrue(g.contains("Varnesa", "Port Elda"));
      assertEquals("Varnesa", g.demonym("Varnesan").orElseThrow().name());
      assertEquals(1, g.divisions("Elda").size());
      assertTrue(g.contains("Syria", "Damascus"));
      assertTrue(Gazetteer.standard().lookup("Varnesa").isEmpty(), "the bundled gazetteer is unchanged");
    }

    @Test
    void placesAddedTwiceKeepTheFirstTablesToo() {
      Gazetteer g = varnesa().with(new StringReader("T\tNorth Elda\tVX\t100000\n"), "more.tsv");
      assertTrue(g.contains("Varnesa", "North Elda"));
      assertTrue(g.contains("Varnesa", "Port Elda"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "X\tVarnesa\tVX|places.tsv:2: expected a line starting with C (a country), T (a city) or A (a division)",
        "C\tVarnesa\tvx|places.tsv:2: a country needs C, its name, a two-letter code in capitals",
        "T\tPort Elda\tVX\tmany|places.tsv:2: a city needs T, its name, its country's code and its population",
        "T\tPort Elda\tQQ\t1000|places.tsv:2: no country has the code 'QQ'; give it a C line first",
        "A\tElda Province|places.tsv:2: a division needs A, its name and a known country's code",
    })
    void aBadLineIsNamedWithItsTableAndLineAndWhatWasExpected(String line, String message) {
      ClaimCheckException e = assertThrows(ClaimCheckException.class,
          () -> Gazetteer.standard().with(new StringReader("# header\n" + line.replace("\\t", "\t") + "\n"), "places.tsv"));
      assertTrue(e.getMessage().startsWith(message), e::getMessage);
    }

    @Test
    void theExampleTableOfTheJavadocIsATableItTakesAsShown() throws java.io.IOException {
      java.nio.file.Path code = java.nio.file.Path.of("src/main/java/io/claimcheck/extract/Gazetteer.java");
      String text = java.nio.file.Files.readString(code);
      int method = text.indexOf("This gazetteer with the places of");
      int from = text.indexOf("   * <pre>\n", method) + "   * <pre>\n".length();
      int to = text.indexOf("   * </pre>", from);
      assertTrue(method > 0 && from > method && to > from, "the example of with(...) is in " + code);
      String table = text.substring(from, to).lines().map(l -> l.replaceFirst("^   \\* ?", ""))
          .collect(Collectors.joining("\n", "", "\n"));
      assertTrue(table.contains("C\tVarnesa\tVX"), table);
      Gazetteer g = Gazetteer.standard().with(new StringReader(table), "example.tsv");
      assertEquals(Place.Kind.COUNTRY, g.lookup("Varnesa").orElseThrow().kind());
      assertTrue(g.contains("Varnesa", "Port Elda"));
      assertEquals(1, g.divisions("Elda").size());
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkipped() {
      Gazetteer g = Gazetteer.standard().with(new StringReader("\uFEFF" + PLACES.substring(PLACES.indexOf('\n') + 1)),
          "places.tsv");
      assertEquals(Place.Kind.COUNTRY, g.lookup("Varnesa").orElseThrow().kind());
    }

    /** A table whose third line has a byte that no UTF-8 text has (Latin-1 for an accented letter). */
    private static byte[] latin1Third() {
      return "C\tVarnesa\tVX\nT\tPort Elda\tVX\t120000\nT\tAlta\u00e9\tVX\t100000\n"
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void aTableThatIsNotUtf8ReadByAReaderThatRefusesItIsToldWithTheLineReached(
        @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
      java.nio.file.Path table = dir.resolve("places.tsv");
      java.nio.file.Files.write(table, latin1Third());
      try (java.io.Reader in = java.nio.file.Files.newBufferedReader(table)) {
        ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.standard().with(in, "places.tsv"));
        // the reader refuses the bytes as it reads ahead, before it gives line 1
        assertEquals("places.tsv:1: is not UTF-8 text (this line or one after it); expected a table saved as UTF-8",
            e.getMessage());
      }
    }

    @Test
    void aTableThatIsNotUtf8ReadByAReaderThatReplacesTheBytesIsToldWithItsLine() {
      java.io.Reader in = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(latin1Third()),
          java.nio.charset.StandardCharsets.UTF_8);
      ClaimCheckException e = assertThrows(ClaimCheckException.class, () -> Gazetteer.standard().with(in, "places.tsv"));
      assertEquals("places.tsv:3: is not UTF-8 text; expected a table saved as UTF-8", e.getMessage());
    }
  }

  @Nested
  class OneGazetteerForTheCheck {
    @Test
    void withTheAddedCountryItsLabelIsReadPlacedAndAddedUpByTheRules() {
      Report with = ClaimCheck.builder().gazetteer(varnesa()).build().check(List.of(FERRY));
      // extraction reads the label of a country it now knows, and the rules count it as a nationality
      assertTrue(with.claims().stream().anyMatch(c -> "Varnesa".equals(c.subject())), with.claims()::toString);
      assertEquals(List.of("breakdown-exceeds-whole"), rules(with));
      // resolution places the city inside the added country: its id and its block are the country's
      assertTrue(with.events().get(0).placeIds().stream().anyMatch(id -> id.startsWith("VX/")),
          with.events().get(0)::toString);
      assertEquals("VX", with.events().get(0).block(), with.events().get(0)::toString);
    }

    @Test
    void withTheBundledGazetteerTheUnknownCountryIsNoLabel() {
      Report without = ClaimCheck.standard().check(List.of(FERRY));
      assertTrue(without.claims().stream().noneMatch(c -> "Varnesa".equals(c.subject())), without.claims()::toString);
      assertEquals(List.of(), rules(without));
      assertTrue(without.events().get(0).placeIds().stream().noneMatch(id -> id.startsWith("VX/")),
          without.events().get(0)::toString);
    }

    @Test
    void theRulesLookCountriesUpInTheChecksGazetteerForClaimsReadFromElsewhere() {
      List<io.claimcheck.claim.Claim> claims = ClaimCheck.builder().gazetteer(varnesa()).build()
          .check(List.of(FERRY)).claims();
      // the same claims, checked with the bundled gazetteer: Varnesa is no country, so no breakdown by nationality
      assertEquals(List.of(), rules(ClaimCheck.standard().checkClaims(claims)));
      assertEquals(List.of("breakdown-exceeds-whole"),
          rules(ClaimCheck.builder().gazetteer(varnesa()).build().checkClaims(claims)));
    }

    @Test
    void anExtractorsOwnGazetteerIsTheChecksWhenNoneIsGiven() {
      Gazetteer g = varnesa();
      ClaimCheck check = ClaimCheck.builder().extractor(ClaimExtractor.builder().gazetteer(g).build()).build();
      assertTrue(check.gazetteer() == g);
      assertEquals(List.of("breakdown-exceeds-whole"), rules(check.check(List.of(FERRY))));
    }

    @Test
    void anExtractorOfAnotherGazetteerThanTheOneGivenIsRefused() {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ClaimCheck.builder().extractor(ClaimExtractor.standard()).gazetteer(varnesa()).build());
      assertTrue(e.getMessage().contains("another gazetteer"), e::getMessage);
    }
  }
}
