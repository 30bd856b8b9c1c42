package io.claimcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimcheck.rules.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RulesFileTest {
  private static ConfigException error(String name, String text) {
    return assertThrows(ConfigException.class, () -> RulesFile.parse(name, text));
  }

  @Test
  void readsEveryKindOfSetting() {
    Configuration c = RulesFile.parse("rules.yaml", String.join("\n",
        "approximateTolerance: 0.15",
        "dateTolerance: 2",
        "rules:",
        "  divergent-figures:",
        "    severity: error",
        "    measures: [killed]",
        "    reason: our desk accepts 30%",
        "    maxRelativeSpread: 0.3",
        "  same-source-conflict:",
        "    enabled: false",
        ""));
    assertEquals(new BigDecimal("0.15"), c.rules().approximateTolerance());
    assertEquals(2, c.dateTolerance());
    var divergent = c.rules().entry("divergent-figures").orElseThrow();
    assertEquals(Severity.ERROR, divergent.severity());
    assertEquals(new BigDecimal("0.3"), divergent.parameters().get("maxRelativeSpread"));
    assertEquals(java.util.Set.of("killed"), divergent.measures());
    assertEquals(false, c.rules().entry("same-source-conflict").orElseThrow().enabled());
  }

  @Test
  void aTypoInAParameterNamesTheLineTheKeyAndTheFix() {
    ConfigException e = error("rules.yaml", "rules:\n  divergent-figures:\n    maxRelativeSpred: 0.3\n");
    assertEquals("rules.yaml:3:5: unknown parameter 'maxRelativeSpred' for rule 'divergent-figures'; "
        + "did you mean 'maxRelativeSpread'?", e.getMessage());
    assertEquals("rules.divergent-figures.maxRelativeSpred", e.key());
  }

  @Test
  void aWrongTypeSaysWhatIsExpected() {
    ConfigException e = error("rules.yaml", "rules:\n  divergent-figures:\n    maxRelativeSpread: lots\n");
    assertEquals("rules.yaml:3:24: 'maxRelativeSpread' of rule 'divergent-figures' is 'lots'; expected a decimal "
        + "number from 0 to 100", e.getMessage());
  }

  @Test
  void aValueOutOfRangeIsRefused() {
    ConfigException e = error("rules.yaml", "approximateTolerance: 1.5\n");
    assertEquals("rules.yaml:1:23: 'approximateTolerance' is 1.5; expected a decimal from 0 to less than 1, such as 0.1",
        e.getMessage());
  }

  @Test
  void anUnknownRuleIsNamedWithTheClosestKnownOne() {
    ConfigException e = error("rules.yaml", "rules:\n  divergent-figure:\n    enabled: true\n");
    assertEquals("rules.yaml:2:3: unknown rule 'divergent-figure'; did you mean 'divergent-figures'?; "
        + "'claimcheck rules' lists the rules", e.getMessage());
  }

  @Test
  void aBadSeverityIsRefused() {
    ConfigException e = error("rules.yaml", "rules:\n  disjoint-figures:\n    severity: fatal\n");
    assertEquals("rules.yaml:3:15: 'severity' of rule 'disjoint-figures' is 'fatal'; expected error, warning or info",
        e.getMessage());
  }

  @Test
  void invalidYamlIsReportedWithItsPlace() {
    ConfigException e = error("rules.yaml", "rules:\n  divergent-figures: [\n    maxRelativeSpread: 0.3\n");
    assertEquals("rules.yaml", e.source());
    assertEquals(true, e.getMessage().startsWith("rules.yaml:"), e.getMessage());
    assertEquals(true, e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  @Test
  void jsonWorksToo() {
    Configuration c = RulesFile.parse("rules.json", "{\"rules\": {\"divergent-figures\": {\"maxRelativeSpread\": 0.25}}}");
    assertEquals(new BigDecimal("0.25"), c.rules().entry("divergent-figures").orElseThrow().parameters().get("maxRelativeSpread"));
    ConfigException e = error("rules.json", "{\"rules\": {\"divergent-figures\": {\"maxRelativeSpread\": \"x\"}}}");
    assertEquals(1, e.line());
  }

  @Test
  void anUnknownTopLevelKeyIsRefused() {
    ConfigException e = error("rules.yaml", "rule:\n  divergent-figures: {}\n");
    assertEquals("rules.yaml:1:1: unknown key 'rule'; did you mean 'rules'?; expected rules, approximateTolerance, "
        + "incidentWindow, areaWindow", e.getMessage());
  }

  @Test
  void theEventWindowsAreReadAndDateToleranceIsTheOldNameOfTheIncidentWindow() {
    Configuration c = RulesFile.parse("rules.yaml", "incidentWindow: 3\nareaWindow: 30\n");
    assertEquals(3, c.incidentWindow());
    assertEquals(30, c.areaWindow());
    assertEquals(5, RulesFile.parse("rules.yaml", "dateTolerance: 5\n").incidentWindow());
    ConfigException e = error("rules.yaml", "areaWindow: -1\n");
    assertEquals("rules.yaml:1:13: 'areaWindow' is -1; expected a whole number of days from 0 to 3650", e.getMessage());
  }
}
