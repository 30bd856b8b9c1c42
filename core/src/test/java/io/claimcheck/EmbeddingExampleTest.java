package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.group.Group;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportFormat;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleContext;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.RuleSet;
import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The examples of docs/embedding.md, compiled and run so that they stay true. */
class EmbeddingExampleTest {

  /** A custom rule: a group whose figures all come from one outlet. */
  public static final class SingleOutlet implements Rule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
        "single-outlet", Severity.INFO, "a group whose claims all come from fewer than minOutlets outlets",
        List.of(ParameterSpec.integer("minOutlets", 2, 1, 100, "how many outlets a figure needs")), List.of(),
        "{quantity}: only {outlets} outlet, fewer than minOutlets {min}",
        "Claims come from {outlets} outlet; a figure needs {min} to be corroborated.");

    @Override
    public RuleDescriptor descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public void check(Group group, RuleContext context) {
      long outlets = group.claims().stream().map(c -> c.source().displayName()).distinct().count();
      long min = context.integer("minOutlets");
      if (outlets < min) {
        context.report(group, group.claims(),
            Map.of("quantity", group.describe(), "outlets", String.valueOf(outlets), "min", String.valueOf(min)));
      }
    }
  }

  @Test
  void configuringRulesInJava() {
    RuleSet rules = RuleSet.builder()
        .parameter("divergent-figures", "maxRelativeSpread", new BigDecimal("0.3"))
        .severity("sum-of-parts", Severity.WARNING)
        .reason("sum-of-parts", "composite tolls are often rounded by wire services")
        .disable("same-source-conflict")
        .add(new SingleOutlet())
        .build();
    ClaimCheck check = ClaimCheck.builder().rules(rules).build();   // immutable; share it
    Report report = check.check(CheckSeedsTest.seeds());
    List<String> lines = report.findings().stream().map(Finding::toString).collect(Collectors.toList());
    assertTrue(lines.get(0).startsWith("[warning] sum-of-parts g1: "), lines.toString());
    assertTrue(report.findings().get(0).explanation().endsWith(
        "Reason for this rule: composite tolls are often rounded by wire services"));
    assertEquals(2, report.findings().stream().filter(f -> f.rule().equals("single-outlet")).count());
    assertTrue(ReportFormat.TEXT.render(report).contains("[info] single-outlet"));
  }

  @Test
  void rulesFoundByServiceLoaderAreNamedById() {
    assertTrue(RuleSet.available().containsKey("service-loaded-example"), RuleSet.available().keySet().toString());
    RuleSet rules = RuleSet.builder().enable("service-loaded-example").build();
    Report report = ClaimCheck.builder().rules(rules).build().check(CheckSeedsTest.seeds());
    assertEquals(6, report.findings().stream().filter(f -> f.rule().equals("service-loaded-example")).count());
  }

  /** Registered in src/test/resources/META-INF/services/io.claimcheck.rules.Rule. */
  public static final class ServiceLoadedExample implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return new RuleDescriptor("service-loaded-example", Severity.INFO, "one finding per group, to show discovery",
          List.of(), List.of());
    }

    @Override
    public void check(Group group, RuleContext context) {
      List<Claim> first = group.claims().subList(0, 1);
      context.report(group, first, group.describe() + ": seen", "Discovery works.");
    }
  }

  @Test
  void placesOfYourOwnReachTheWholeCheck(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path table = dir.resolve("places.tsv");
    java.nio.file.Files.writeString(table, "C\tVarnesa\tVX\tVarnesan\nT\tPort Elda\tVX\t120000\n");
    io.claimcheck.extract.Gazetteer places;
    try (java.io.Reader in = java.nio.file.Files.newBufferedReader(table)) {
      places = io.claimcheck.extract.Gazetteer.standard().with(in, "places.tsv");
    }
    ClaimCheck check = ClaimCheck.builder().gazetteer(places).build();
    assertTrue(check.gazetteer().contains("Varnesa", "Port Elda"));
    io.claimcheck.base.ClaimCheckException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.claimcheck.base.ClaimCheckException.class, () -> places.with(
            new java.io.StringReader("C\tVarnesa\tVX\nT\tQ Town\tQQ\t1000\n"), "places.tsv"));
    assertEquals("places.tsv:2: no country has the code 'QQ'; give it a C line first", e.getMessage());
  }
}
