package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list an article presents as complete that falls short of its total, from text to finding:
 * extraction marks the list, and {@code breakdown-short-of-whole} adds it up. Each text is ours.
 */
class BreakdownEndToEndTest {
  private static List<String> rules(String body) {
    Document d = new Document(new Source("coach", "Hill Herald", LocalDate.of(2024, 8, 19), null, null),
        "A tourist coach fell into a ravine near Kandy on Sunday, killing 30 people, police said. " + body);
    return ClaimCheck.standard().check(List.of(d)).findings().stream().map(Finding::rule)
        .filter(r -> r.startsWith("breakdown")).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "The dead were 12 Britons, 8 French and 3 Germans.|breakdown-short-of-whole",
      "Those killed were 12 Britons, 8 French and 3 Germans.|breakdown-short-of-whole",
      "Of the 30 dead, 20 were women and 6 were men.|breakdown-short-of-whole",
      "Of the 30 dead, 11 were adults and 9 were children.|breakdown-short-of-whole",
      "They came from four countries: 12 Britons, 8 French, 3 Germans and 2 Italians.|breakdown-short-of-whole",
      // adds up
      "The dead were 12 Britons, 8 French and 10 Germans.|",
      "Of the 30 dead, 20 were women and the remaining 10 men.|",
      // the article does not present the list as the whole
      "Among the dead were 12 Britons, 8 French and 3 Germans.|",
      "The dead included 12 Britons, 8 French and 3 Germans.|",
      "The dead were 12 Britons, 8 French and 3 Germans, among others.|",
      "The dead were 12 Britons, 8 French and the rest Germans.|",
      "Of the 30 dead, at least 20 were women and 6 were men.|",
      "They came from five countries: 12 Britons, 8 French, 3 Germans and 2 Italians.|",
      "The blast killed 30 people, 20 of them women and 6 men.|",
      // groups picked out that may overlap (girls are children and women): never added up
      "Of the 30 dead, 12 were children and 5 were women.|",
      "The dead were 9 children, 4 women and 2 Britons.|",
      "Of the 30 dead, 12 were pilgrims and 5 were guides.|",
      "Those killed were 12 children and 5 women.|",
      // the parts are approximate: about 25 allows up to 27.5, which with 3 reaches 30
      "Of the 30 dead, about 25 were women and 3 were men.|",
  })
  void aCompleteListThatFallsShortOfItsTotalIsFoundAndNoOtherIs(String body, String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected), rules(body));
  }

  @Nested
  class TwoDocuments {
    private Document coach(String id, String outlet, int dead) {
      return new Document(new Source(id, outlet, LocalDate.of(2024, 8, 19), null, null),
          "A tourist coach fell into a ravine near Kandy on Sunday, killing " + dead + " people, police said. The dead"
              + " were 12 Britons, 8 French and 3 Germans.");
    }

    @Test
    void listsWithOneIdInTwoDocumentsAreTwoListsEachAddedUpAgainstItsOwnWhole() {
      // both lists start at the same offset, so they have the same id; each is its own document's
      Report report = ClaimCheck.standard().check(List.of(coach("a", "Hill Herald", 30), coach("b", "Valley Post", 23)));
      List<Claim> items = report.claims().stream().filter(c -> c.breakdownOf().isPresent()).toList();
      assertEquals(6, items.size(), items::toString);
      assertEquals(1, items.stream().map(c -> c.breakdownOf().orElseThrow().id()).distinct().count(), items::toString);
      assertTrue(items.stream().allMatch(c -> c.breakdown().parts() == 3), items::toString);
      List<Finding> found = report.findings().stream().filter(f -> f.rule().equals("breakdown-short-of-whole")).toList();
      assertEquals(1, found.size(), found::toString);
      assertEquals(java.util.Set.of("a"), found.get(0).claims().stream().map(id -> report.claim(id).orElseThrow().documentId())
          .collect(Collectors.toSet()), found::toString);
    }
  }
}
