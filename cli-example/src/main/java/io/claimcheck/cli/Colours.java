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

  /**
   * A writer that colours the severity tags of each line as it passes to {@code out}, holding one
   * line at a time, so that a large report is never held whole.
   */
  static java.io.Writer severities(java.io.Writer out, Ansi ansi) {
    if (!ansi.enabled()) {
      return out;
    }
    return new java.io.Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] buf, int off, int len) throws java.io.IOException {
        for (int i = off; i < off + len; i++) {
          if (buf[i] == '\n') {
            out.write(line(line.toString(), ansi));
            out.write('\n');
            line.setLength(0);
          } else {
            line.append(buf[i]);
          }
        }
      }

      @Override
      public void flush() throws java.io.IOException {
        if (line.length() > 0) {
          out.write(line(line.toString(), ansi));
          line.setLength(0);
        }
        out.flush();
      }

      @Override
      public void close() throws java.io.IOException {
        flush();
      }
    };
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
