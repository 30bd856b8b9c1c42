package io.claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md's table is the one the descriptors generate: this fails when they drift apart. */
class RuleCatalogTest {
  private static final Path PAGE = Path.of("..", "docs", "rules.md");

  @Test
  void theRulesPageHoldsExactlyTheTableTheDescriptorsGenerate() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int begin = page.indexOf(RuleCatalog.BEGIN);
    int end = page.indexOf(RuleCatalog.END);
    assertTrue(begin >= 0 && end > begin, "docs/rules.md lacks the generated table's markers");
    String table = page.substring(begin + RuleCatalog.BEGIN.length() + 1, end);
    assertEquals(RuleCatalog.markdownTable(), table,
        "docs/rules.md drifted from the rule descriptors: paste RuleCatalog.markdownTable() between the markers");
  }

  @Test
  void everyBuiltInRuleIsListedOnceWithItsSeverity() {
    String table = RuleCatalog.markdownTable();
    for (RuleSet.Entry e : RuleSet.defaults().entries()) {
      assertTrue(table.contains("| `" + e.id() + "` | " + e.rule().descriptor().defaultSeverity().id() + " |"), e.id());
    }
  }
}
