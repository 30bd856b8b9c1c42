package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mistyped command line gets one line saying what is wrong, a suggestion when an option or
 * command looks mistyped, and where to find the options: never the whole usage text.
 */
class UsageErrorsTest extends CliTest {
  @ParameterizedTest(name = "claimcheck {0}")
  @CsvSource(delimiter = '|', value = {
      "check --format nope seeds        | unknown format 'nope'                 | claimcheck check --help",
      "extract --format xml seeds       | expected one of [jsonl, text]          | claimcheck extract --help",
      "check --fail-on sometimes seeds  | --fail-on                              | claimcheck check --help",
      "check --threads 0 seeds          | --threads                              | claimcheck check --help",
      "check --colour seeds             | Unknown option: '--colour'             | claimcheck check --help",
      "chek seeds                       | Unmatched arguments                    | claimcheck --help",
      "check                            | Missing required parameter             | claimcheck check --help",
  })
  void aMistypedCommandLineIsToldInAFewLinesWithWhereTheOptionsAre(String args, String says, String help) {
    assertEquals(2, run(args.split(" ")));
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("claimcheck: ") && lines.get(0).contains(says), err.toString());
    assertEquals("Try '" + help + "' for the options.", lines.get(lines.size() - 1), err.toString());
    assertTrue(lines.size() <= 4, lines.size() + " lines:\n" + err);
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("Usage:")), err.toString());
  }

  @ParameterizedTest(name = "claimcheck {0} suggests {1}")
  @CsvSource(delimiter = '|', value = {
      "chek seeds           | check",
      "extarct seeds        | extract",
  })
  void aMistypedNameGetsASuggestion(String args, String suggestion) {
    assertEquals(2, run(args.split(" ")));
    assertTrue(err.toString().contains(suggestion), err.toString());
  }
}
