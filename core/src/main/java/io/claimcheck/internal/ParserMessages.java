package io.claimcheck.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON or YAML parser's complaint means, for people: "expected ':' after a key", not
 * "Unexpected character (',' (code 44)): was expecting a colon to separate field name and
 * value". The parser's own location lines are dropped; callers give the line and column.
 */
public final class ParserMessages {
  private static final List<String[]> KNOWN = List.of(
      new String[] {"(?i)end-of-input|<stream end>|end of input",
          "the text ends before a bracket, brace or quote is closed"},
      new String[] {"was expecting double-quote to start field name", "expected a key in double quotes"},
      new String[] {"was expecting comma to separate", "expected a comma between two entries"},
      new String[] {"was expecting a colon to separate field name and value", "expected ':' after a key"},
      new String[] {"Illegal unquoted character", "a control character (a line break or tab) inside a quoted "
          + "string; write it as \\n or \\t"},
      new String[] {"Leading zeroes not allowed", "a number with a leading zero; write 7, not 07"},
      new String[] {"mapping values are not allowed here", "a ':' where a value was expected; quote a value that "
          + "holds ': ', or indent a nested map under its key"},
      new String[] {"found character '\\\\t\\(TAB\\)'|\\(Do not use \\\\t\\(TAB\\)", "a tab; YAML indents with spaces"},
      new String[] {"expected <block end>", "the indentation does not line up with the lines above"},
      new String[] {"could not find expected ':'", "a key without ':' after it"},
      new String[] {"expected ',' or ']'", "expected ',' or ']' in a [...] list"},
      new String[] {"expected ',' or '}'", "expected ',' or '}' in a {...} map"},
      new String[] {"found undefined alias", "an alias (*name) with no anchor (&name) before it"},
      new String[] {"found unexpected end of stream", "the text ends inside a quoted string"});
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'|found duplicate key (\\S+)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
  private static final Pattern CHARACTER = Pattern.compile("Unexpected (?:character|close marker) \\('?(.)'?"
      + "(?: \\(code \\d+\\))?\\)|Unexpected close marker '(.)'");

  private ParserMessages() {}

  /** The parser's message in words, without its Java or location text. */
  public static String describe(String original) {
    String m = original == null ? "" : original;
    Matcher dup = DUPLICATE.matcher(m);
    if (dup.find()) {
      return "key '" + (dup.group(1) != null ? dup.group(1) : dup.group(2)) + "' appears twice";
    }
    Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      return "'" + token.group(1) + "' is not a value; expected text in quotes, a number, true, false or null";
    }
    for (String[] known : KNOWN) {
      if (Pattern.compile(known[0]).matcher(m).find()) {
        return known[1];
      }
    }
    Matcher ch = CHARACTER.matcher(m);
    if (ch.find()) {
      String c = ch.group(1) != null ? ch.group(1) : ch.group(2);
      return "unexpected '" + c + "' here";
    }
    // the first line, without the parser's position lines, source descriptions and character codes
    String first = m.strip().split("\n", 2)[0];
    first = first.replaceAll(" ?\\(code \\d+\\)", "").replaceAll("\\[Source: [^\\]]*\\]", "")
        .replaceAll(" in 'reader', line \\d+, column \\d+:?", "").strip();
    if (first.isEmpty()) {
      return "not readable here";
    }
    return first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
  }
}
