package io.claimcheck.cli;

import picocli.CommandLine.Help.Ansi;

/**
 * Colour for the text report on a terminal, through picocli's {@link Ansi}: off when standard
 * output is not a terminal, with {@code NO_COLOR} set, or with {@code -Dpicocli.ansi=false}.
 */
final class Colours {
  private static final String[][] TAGS = {
    {"[error] ", "bold,red"}, {"[warning] ", "bold,yellow"}, {"[info] ", "bold,cyan"}};

  private Colours() {}

  /** The text with each line's leading {@code [error]}, {@code [warning]} or {@code [info]} coloured. */
  static String severities(String text, Ansi ansi) {
    if (!ansi.enabled()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 64);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(line(lines[i], ansi));
    }
    return sb.toString();
  }

  private static String line(String line, Ansi ansi) {
    for (String[] tag : TAGS) {
      if (line.startsWith(tag[0])) {
        // only the tag goes through picocli's markup; the rest of the line is printed as it is
        return ansi.string("@|" + tag[1] + " " + tag[0].strip() + "|@") + line.substring(tag[0].length() - 1);
      }
    }
    return line;
  }
}
