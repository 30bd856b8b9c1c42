package io.claimcheck.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The lines of a tab-separated data file, as the bundled lexicons write them: blank lines and
 * lines starting with {@code #} are comments; every other line is given with its number (from 1)
 * and its fields, split at each tab with empty fields kept.
 */
public final class DataLines {
  private DataLines() {}

  /** What is done with one data line. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Takes one line that is neither blank nor a comment.
     *
     * @param number the line's number in the file, from 1
     * @param line the line as it stands
     * @param fields the line split at each tab, empty fields kept
     */
    void line(int number, String line, String[] fields);
  }

  /** Gives each data line of {@code in} to {@code handler}, in order, and leaves the reader open. */
  public static void each(BufferedReader in, Handler handler) throws IOException {
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      handler.line(n, line, line.split("\t", -1));
    }
  }
}
