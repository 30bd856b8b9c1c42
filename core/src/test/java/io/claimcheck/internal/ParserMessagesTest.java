package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimcheck.config.ConfigException;
import io.claimcheck.config.RulesFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parser complaints in words: each bad rules file, as Jackson and SnakeYAML see it, and what a person reads. */
class ParserMessagesTest {
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "r.json|{\"rules\": {\"divergent-figures\": {}|r.json:1:35: not valid JSON: the text ends before a bracket, brace or quote is closed",
      "r.json|{rules: 1}|r.json:1:2: not valid JSON: expected a key in double quotes",
      "r.json|{\"rules\" 1}|r.json:1:10: not valid JSON: expected ':' after a key",
      "r.json|{\"rules\": {} \"x\": 1}|r.json:1:14: not valid JSON: expected a comma between two entries",
      "r.json|{\"dateTolerance\": tru}|r.json:1:22: not valid JSON: 'tru' is not a value; expected text in quotes, a number, true, false or null",
      "r.json|{\"dateTolerance\": 01}|r.json:1:20: not valid JSON: a number with a leading zero; write 7, not 07",
      "r.yaml|rules: [\\n|r.yaml:1:9: not valid YAML: the text ends before a bracket, brace or quote is closed",
      "r.yaml|rules:\\n  a: b: c\\n|r.yaml:2:7: not valid YAML: a ':' where a value was expected; quote a value that holds ': ', or indent a nested map under its key",
      "r.yaml|rules:\\n\\tdivergent-figures: {}\\n|r.yaml:1:6: not valid YAML: a tab; YAML indents with spaces",
      "r.yaml|rules:\\n    a: 1\\n  b: 2\\n|r.yaml:3:3: not valid YAML: the indentation does not line up with the lines above",
  })
  void badRulesFilesSayWhatIsWrongInWords(String name, String text, String expected) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> RulesFile.parse(name, text.replace("\\n", "\n").replace("\\t", "\t")));
    assertEquals(expected, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Duplicate field 'x'|key 'x' appears twice",
      "found duplicate key rules|key 'rules' appears twice",
      "Unexpected character ('}' (code 125)): something new|unexpected '}' here",
      "Something Jackson may say one day [Source: (String)\"x\"; line: 1]|something Jackson may say one day",
  })
  void knownFormsAndTheFallback(String original, String expected) {
    assertEquals(expected, ParserMessages.describe(original));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Unexpected character ('x' (code 120))",
      "while parsing (code 44) in 'reader', line 1, column 2:"})
  void noCharacterCodesOrReaderPositionsSurvive(String original) {
    String m = ParserMessages.describe(original);
    assertFalse(m.contains("code ") || m.contains("'reader'"), m);
  }
}
