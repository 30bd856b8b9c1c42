package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimcheck.base.ClaimCheckException;
import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The list signals of {@code casualty-patterns.yaml} against their own examples, read through the
 * whole extractor: at an example's [bracketed] figure the signal matches, and the list there is
 * complete or not as the signal says; at a counter-example's it does not match. And the lists
 * extraction marks, sentence by sentence, with what they must and must not be.
 */
class ListSignalsTest {
  private static final CasualtyPatterns PATTERNS = CasualtyPatterns.standard();

  /** What extraction heard of one text: its claims and the signals that matched, by figure span. */
  private record Heard(List<Claim> claims, List<int[]> spans, List<String> signals) {}

  private static Heard hear(String text) {
    List<Claim> claims = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<String> signals = new ArrayList<>();
    Document doc = new Document(new Source("example", "test", LocalDate.of(2024, 3, 9), null, null), text);
    ClaimExtractor.standard().extract(doc, claims::add, new DocumentRun.Tracer() {
      @Override
      public void read(int start, int end, String reader, @Nullable Claim claim) {}

      @Override
      public void signal(int start, int end, String signal) {
        spans.add(new int[] {start, end});
        signals.add(signal);
      }
    });
    return new Heard(claims, spans, signals);
  }

  private static boolean matchedAt(Heard h, CasualtyPatternsTest.Marked m, String signal) {
    for (int i = 0; i < h.signals().size(); i++) {
      int[] s = h.spans().get(i);
      if (h.signals().get(i).equals(signal) && s[0] < m.end() && s[1] > m.start()) {
        return true;
      }
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> everySignalMatchesItsExamplesAndTheListIsAsItSays() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CasualtyPatterns.ListSignal l : PATTERNS.listSignals()) {
      for (String example : l.pattern().examples()) {
        tests.add(DynamicTest.dynamicTest(l.pattern().name() + " matches: " + example, () -> {
          CasualtyPatternsTest.Marked m = CasualtyPatternsTest.Marked.of(example);
          Heard h = hear(m.text());
          assertTrue(matchedAt(h, m, l.pattern().name()), "not matched at the bracketed figure; signals: "
              + h.signals() + ", claims: " + h.claims());
          // the list: the claim at the figure, or (a count of groups) the first claim of a list after it
          Claim item = h.claims().stream()
              .filter(c -> l.at() == CasualtyPatterns.ListSignal.At.COUNT
                  ? c.evidence().start() >= m.end() && c.breakdown() != null
                  : c.evidence().start() < m.end() && c.evidence().end() > m.start())
              .findFirst().orElseThrow(() -> new AssertionError("no list item; claims: " + h.claims()));
          assertTrue(item.breakdown() != null, "no breakdown: " + item);
          assertEquals(l.complete(), item.breakdown().complete(), item::toString);
        }));
      }
      for (String partial : l.partialExamples()) {
        tests.add(DynamicTest.dynamicTest(l.pattern().name() + " matches but no whole: " + partial, () -> {
          CasualtyPatternsTest.Marked m = CasualtyPatternsTest.Marked.of(partial);
          Heard h = hear(m.text());
          assertTrue(matchedAt(h, m, l.pattern().name()), "not matched at the bracketed figure; signals: "
              + h.signals() + ", claims: " + h.claims());
          Claim item = h.claims().stream()
              .filter(c -> c.evidence().start() < m.end() && c.evidence().end() > m.start())
              .findFirst().orElseThrow(() -> new AssertionError("no list item; claims: " + h.claims()));
          assertTrue(item.breakdown() != null, "no breakdown: " + item);
          assertFalse(item.breakdown().complete(), item::toString);
        }));
      }
      for (String counter : l.pattern().counterExamples()) {
        tests.add(DynamicTest.dynamicTest(l.pattern().name() + " does not match: " + counter, () -> {
          CasualtyPatternsTest.Marked m = CasualtyPatternsTest.Marked.of(counter);
          assertFalse(matchedAt(hear(m.text()), m, l.pattern().name()));
        }));
      }
    }
    return tests.stream();
  }

  /** The breakdowns of the claims of a text, one entry per claim: its subject and list. */
  private static List<String> lists(String text) {
    List<String> out = new ArrayList<>();
    for (Claim c : hear(text).claims()) {
      Breakdown b = c.breakdown();
      out.add(c.quantity().text() + " " + (c.subject() == null ? "-" : c.subject())
          + (b == null ? "" : " " + b.parts() + (b.complete() ? " complete" : " partial")));
    }
    return out;
  }

  @Nested
  class Lists {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // complete: the count itself named by its items
        "The dead were 12 Britons, 8 French and 3 Germans.|12 britons 3 complete, 8 french 3 complete, 3 germans 3 complete",
        "The blast injured 40 people, of whom 20 were women and 10 men.|40 -, 20 women 2 complete, 10 men 2 complete",
        "Of the 30 dead, 20 were women and 6 were men.|30 -, 20 women 2 complete, 6 men 2 complete",
        "The injured comprised 15 Britons and 10 French.|15 britons 2 complete, 10 french 2 complete",
        "Of the 50 dead, 20 were women and the remaining 25 men.|50 -, 20 women 2 complete, 25 men 2 complete",
        "The dead were 8 boys and 5 girls.|8 boys 2 complete, 5 girls 2 complete",
        "Of the 20 injured, 14 were adults and 6 were children.|20 -, 14 adults 2 complete, 6 children 2 complete",
        // partial: groups picked out along two dimensions, or along none a partition knows, may overlap
        "Of the 30 dead, 12 were children and 5 were women.|30 -, 12 children 2 partial, 5 women 2 partial",
        "The dead were 9 children, 4 women and 2 Britons.|9 children 3 partial, 4 women 3 partial, 2 britons 3 partial",
        "The blast injured 40 people, of whom 15 were students and 7 teachers.|40 -, 15 students 2 partial, 7 teachers 2 partial",
        // partial: a lead-in or an end that leaves people out
        "Among the dead were 12 Britons, 8 French and 3 Germans.|12 britons 3 partial, 8 french 3 partial, 3 germans 3 partial",
        "The crash killed 30 people, including 12 Britons and 8 French.|30 -, 12 britons 2 partial, 8 french 2 partial",
        "The dead were 12 Britons, 8 French and 3 Germans, among others.|12 britons 3 partial, 8 french 3 partial, 3 germans 3 partial",
        "The dead were 12 Britons, 8 French and the rest Germans.|12 britons 2 partial, 8 french 2 partial",
        "Of the 30 dead, at least 20 were women and 6 were men.|30 -, at least 20 women 2 partial, 6 men 2 partial",
        // no signal: a list not known to be complete
        "The blast injured 40 people, 20 of them women and 10 men.|40 -, 20 women 2 partial, 10 men 2 partial",
        // one item is no list
        "Of the 30 dead, 20 were women.|30 -, 20 women",
        // a count named by its people begins a list with the subgroup beside it
        "The landslide killed 7 porters and 3 guides.|7 porters 2 partial, 3 guides 2 partial",
        "The avalanche killed 5 men, 2 women and possibly 4 children.|5 men 3 partial, 2 women 3 partial, 4 children 3 partial",
        "The dead were 9 Kiwis, 6 Scots and no Danes.|9 kiwis 2 complete, 6 scots 2 complete",
        "The dead were 9 Kiwis (3 Kiwis were hurt) and 6 Scots.|9 kiwis 2 complete, 3 kiwis, 6 scots 2 complete",
        "The avalanche killed 5 guides and another 2 porters.|5 guides 2 partial, 2 porters 2 partial",
        // a count followed by the subgroups that break it down is no item of them
        "At least 9 climbers were killed, 7 porters and one guide.|At least 9 climbers, 7 porters 2 partial, one guide 2 partial",
        "Of the 50 dead, 20 were women and the rest men.|50 -, 20 women",
    })
    void aSentencesListIsMarkedAsItsWordsPresentIt(String sentence, String expected) {
      assertEquals(List.of(expected.split(", ")), lists(sentence));
    }

    @Test
    void aCountOfGroupsMakesTheListCompleteOnlyWhenItHasThatManyItems() {
      String four = "A coach crash killed 25 people. They came from four countries: 12 Britons, 8 French, 3 Germans"
          + " and 2 Italians.";
      assertEquals(List.of("25 -", "12 britons 4 complete", "8 french 4 complete", "3 germans 4 complete",
          "2 italians 4 complete"), lists(four));
      assertEquals(List.of("25 -", "12 britons 4 partial", "8 french 4 partial", "3 germans 4 partial",
          "2 italians 4 partial"), lists(four.replace("four countries", "five countries")));
    }

    @Test
    void aTableOfNationalitiesAfterACountOfCountriesIsOneCompleteList() {
      assertEquals(List.of("25 -", "12 United Kingdom 4 complete", "8 France 4 complete", "3 Germany 4 complete",
          "2 Italy 4 complete"), lists("A coach crash killed 25 people. The victims came from four countries:"
          + " Britain: 12, France: 8, Germany: 3 and Italy: 2."));
    }

    @Test
    void aNoteInBracketsAfterAnItemIsNoItemOfItsListAndDoesNotEndIt() {
      assertEquals(List.of("212 -", "120 Chile 4 complete", "44 Peru 4 complete", "5 crew 2 partial", "2 infants 2 partial",
          "28 Bolivia 4 complete", "20 Ecuador 4 complete"), lists("A ferry sank with 212 people aboard. The passengers"
          + " came from four countries: Chile: 120, Peru: 44 (including 5 crew and 2 infants), Bolivia: 28 and Ecuador: 20."));
    }

    @Test
    void theItemsOfOneListShareOneIdAndTwoListsHaveTwo() {
      List<Claim> claims = hear("The dead were 12 Britons and 8 French. The injured comprised 15 Britons and 10 French.")
          .claims();
      assertEquals(4, claims.size(), claims::toString);
      assertEquals(claims.get(0).breakdown(), claims.get(1).breakdown());
      assertEquals(claims.get(2).breakdown(), claims.get(3).breakdown());
      assertTrue(!claims.get(0).breakdown().id().equals(claims.get(2).breakdown().id()), claims::toString);
    }
  }

  @Nested
  class ItemsOfAList {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the source after the last item, or before the first, is every item's
        "The dead were 12 Britons, 8 French and 3 Germans, the regional governor said.|regional governor, regional"
            + " governor, regional governor",
        "Police said the dead were 12 Britons, 8 French and 3 Germans.|Police, Police, Police",
        // the whole a complete list breaks down, right before it, is the list's source's too
        "Of the 30 dead, 20 were women and 10 were men, the coroner said.|coroner, coroner, coroner",
        "The blast killed 3 guards and injured 40 people, of whom 15 were children and 25 adults, the coroner said."
            + "|-, coroner, coroner, coroner",
        // not when it names its own, nor when the list is not the whole
        "Police said 30 people died. Of the 30 dead, 20 were women and 10 were men, the coroner said.|Police, coroner,"
            + " coroner, coroner",
        "Of the 30 dead, 12 were children and 5 were women, the coroner said.|-, coroner, coroner",
        // items that name two sources keep their own, and the one between them none
        "Police said the dead were 12 Britons, 8 French and 3 Germans, the regional governor said.|Police, -,"
            + " regional governor",
        // no list: a figure keeps what its own words give
        "The dead were 12 Britons. The injured were 8 French, the regional governor said.|-, regional governor",
    })
    void everyItemCarriesTheAttributionOfAnyItemWhenTheyDoNotDisagree(String text, String expected) {
      assertEquals(List.of(expected.split(", ")),
          hear(text).claims().stream().map(c -> c.attributedTo().orElse("-")).toList());
    }

    @ParameterizedTest(name = "{0}: the {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        // a note in brackets on an item counts what its own words say, and the list goes on past it
        "The dead were 9 Kiwis (3 Kiwis were hurt) and 6 Scots.|3|injured",
        "The dead were 9 Kiwis (3 Kiwis were hurt) and 6 Scots.|6|killed",
        "The avalanche killed 5 men, 2 women and possibly 4 children.|4|killed",
    })
    void anItemAfterANoteOrAWordOfDoubtCountsWhatTheListCounts(String text, String figure, String measure) {
      Claim c = hear(text).claims().stream().filter(x -> x.quantity().text().equals(figure)).findFirst().orElseThrow();
      assertEquals(measure, c.measure().name());
    }

    @ParameterizedTest(name = "{0}: {1} is no item")
    @CsvSource(delimiter = '|', value = {
        // another measure: the injured are no item of a list of the dead
        "The dead were 12 Britons and 8 French, and 3 Germans were injured.|3",
        // a projection is no item of a list of counts
        "The dead were 12 Britons and 8 French, and the dead could include 3 Germans.|3",
    })
    void aFigureOfAnotherMeasureOrModalityAfterAListIsNoItemOfIt(String text, String figure) {
      List<Claim> claims = hear(text).claims();
      assertEquals(3, claims.size(), claims::toString);
      assertEquals(claims.get(0).breakdownOf(), claims.get(1).breakdownOf());
      assertEquals(2, claims.get(0).breakdownOf().orElseThrow().parts(), claims::toString);
      Claim other = claims.get(2);
      assertEquals(figure, other.quantity().text());
      assertTrue(other.breakdownOf().isEmpty(), other::toString);
      assertTrue(other.measure() != claims.get(0).measure() || other.modality() != claims.get(0).modality(),
          other::toString);
    }

    @TestFactory
    Stream<DynamicTest> theItemsOfEveryListOfTheFilesExamplesShareOneMeasureAndModality() {
      List<String> texts = new ArrayList<>();
      for (CasualtyPatterns.Pattern p : PATTERNS.inFileOrder()) {
        texts.addAll(p.examples());
        texts.addAll(p.counterExamples());
      }
      for (CasualtyPatterns.ListSignal l : PATTERNS.listSignals()) {
        texts.addAll(l.pattern().examples());
        texts.addAll(l.partialExamples());
        texts.addAll(l.pattern().counterExamples());
      }
      return texts.stream().distinct().map(example -> DynamicTest.dynamicTest(example, () -> {
        List<Claim> claims = hear(CasualtyPatternsTest.Marked.of(example).text()).claims();
        java.util.Map<Breakdown, List<Claim>> byList = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
          if (c.breakdown() != null) {
            byList.computeIfAbsent(c.breakdown(), k -> new ArrayList<>()).add(c);
          }
        }
        for (List<Claim> items : byList.values()) {
          assertEquals(items.get(0).breakdown().parts(), items.size(), items::toString);
          for (Claim c : items) {
            assertEquals(items.get(0).measure(), c.measure(), items::toString);
            assertEquals(items.get(0).modality(), c.modality(), items::toString);
          }
        }
      }));
    }
  }

  @Nested
  class WhenTheFileIsWrong {
    private void refused(String signal, String message) {
      String yaml = "classes:\n  toll_noun:\n    killed: [dead]\npatterns:\n  - name: p\n    match: \"N @toll_noun\"\n"
          + "    examples: [\"[3] dead\"]\n    counter: [\"[3] days\"]\nlists:\n" + signal;
      ClaimCheckException e = org.junit.jupiter.api.Assertions.assertThrows(ClaimCheckException.class,
          () -> CasualtyPatterns.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml), "test.yaml"));
      assertTrue(e.getMessage().contains(message), e::getMessage);
    }

    @Test
    void aSignalWithoutAPlaceToMatchIsRefusedWithTheChoices() {
      refused("  - name: s\n    complete: true\n    match: \"of whom N\"\n    examples: [\"x\"]\n    counter: [\"y\"]\n",
          "test.yaml: list signal 's': 'at' is ''; expected first, next, end or count");
    }

    @Test
    void aSignalThatDoesNotSayWhetherTheListIsCompleteIsRefused() {
      refused("  - name: s\n    at: first\n    match: \"of whom N\"\n    examples: [\"x\"]\n    counter: [\"y\"]\n",
          "test.yaml: list signal 's': 'complete' must be true or false");
    }

    @Test
    void aSignalWithoutACounterExampleIsRefused() {
      refused("  - name: s\n    at: first\n    complete: true\n    match: \"of whom N\"\n    examples: [\"x\"]\n",
          "needs at least one counter-example");
    }

    @Test
    void aPartitionThatNamesNoClassIsRefusedWithTheChoices() {
      refused("  - name: s\n    at: first\n    complete: true\n    partition: [sexes]\n    match: \"of whom N\"\n"
          + "    examples: [\"x\"]\n    counter: [\"y\"]\n",
          "test.yaml: list signal 's': 'partition' names 'sexes'; expected a word class of the file or nationality");
    }

    @Test
    void partialExamplesWithoutAPartitionAreRefused() {
      refused("  - name: s\n    at: first\n    complete: true\n    match: \"of whom N\"\n    examples: [\"x\"]\n"
          + "    counter: [\"y\"]\n    partial: [\"z\"]\n", "test.yaml: list signal 's': 'partial' examples need a 'partition'");
    }

    @Test
    void aSignalNamedAsAPatternIsRefused() {
      refused("  - name: p\n    at: first\n    complete: true\n    match: \"of whom N\"\n    examples: [\"x\"]\n"
          + "    counter: [\"y\"]\n", "list signal 'p' is named twice");
    }
  }
  /**
   * A part given before the count it is among ("12 tourists were among 30 people killed"): both
   * figures are read, the part as a subgroup of the count's measure and the count whole, and a
   * source either names is the other's.
   */
  @Nested
  class APartBeforeTheCountItIsAmong {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Twelve foreign tourists were among 30 people killed in the attack on the hotel.|Twelve killed tourists -, 30 killed - -",
        "Four nurses were among the 19 people injured when the roof gave way.|Four injured nurses -, 19 injured - -",
        "Nine firefighters were among the 40 dead.|Nine killed firefighters -, 40 killed - -",
        "Officials said 12 Danes were among at least 30 people killed in Lyon.|12 killed danes Officials, at least 30 killed - Officials",
        "Twelve Danes were among 30 people killed in Lyon, police said.|Twelve killed danes police, 30 killed - police",
        // a count that names its own source keeps it
        "Police said 12 Danes were among 30 people killed, a toll the mayor put at 35.|12 killed danes Police, 30 killed - Police, 35 killed - -",
        // a count it is not among is no whole of it
        "Twelve foreign tourists were among 30 people rescued from the hotel.|30 rescued - -",
    })
    void thePartAndTheCountAreBothRead(String text, String expected) {
      assertEquals(expected, read(text, c -> c.quantity().text() + " " + c.measure().name()
          + " " + (c.subject() == null ? "-" : c.subject()) + " " + c.attributedTo().orElse("-")));
    }
  }

  @Nested
  class AFigureInsideTheWordsOfTheCountBeforeOrAPartOfIt {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a parenthesis between a count and its fate
        "Police said twelve miners, among them 3 in intensive care, are still in hospital.|twelve Police, 3 Police",
        "Twelve miners, among them 3 in intensive care, are still in hospital, police said.|Twelve police, 3 police",
        // the first of two or three counts before their verb
        "Police said 19 children and two teachers died.|19 Police, two Police",
        // a count of another measure after the first is no part of its words
        "Medics said 12 people died and 30 were hurt.|12 Medics, 30 -",
        // a part that "of whom" or "of them" names
        "Officials said 40 were hurt, of whom 12 remain in hospital.|40 Officials, 12 Officials",
        "Officials said 40 died, and 12 of them were children.|40 Officials, 12 Officials",
        "The floods displaced 3,000 people, and 900 of them were sleeping in shelters, officials said.|3,000 officials, 900 officials",
        // the part of a count of another measure takes no source from the first
        "Officials said 40 died; 12 were hurt, of whom 3 are in hospital.|40 Officials, 12 -, 3 -",
    })
    void sharesTheSourceEitherNames(String text, String expected) {
      assertEquals(expected, read(text, c -> c.quantity().text() + " " + c.attributedTo().orElse("-")));
    }
  }

  /** The claims of {@code text}, each as {@code line} writes it, joined by ", ". */
  private static String read(String text, java.util.function.Function<Claim, String> line) {
    return String.join(", ", hear(text).claims().stream().map(line).toList());
  }
}
