package io.claimcheck.input;

import io.claimcheck.extract.SentenceEnds;

/**
 * Where a long text is cut into parts so that no claim is lost at the cut: after a line break,
 * else after a full stop, question or exclamation mark that ends a sentence by extraction's own
 * rule ({@link SentenceEnds}). Extraction reads claims sentence by sentence, so a part then ends
 * where the whole text's sentence ends and every figure keeps its sentence whole. Only a text
 * with neither in the last half of a part (96K characters without a sentence end) is cut at a
 * space.
 */
final class Parts {
  private Parts() {}

  /** Where to cut {@code text[from, to)}, to being past the part's end: an index in the text. */
  static int cut(String text, int from, int to) {
    char[] buffer = new char[to - from + Math.min(2, text.length() - to)];
    text.getChars(from, from + buffer.length, buffer, 0);
    return from + cut(buffer, to - from, buffer.length);
  }

  /** Where to cut a full buffer of {@code filled} characters. */
  static int cut(char[] buffer, int filled) {
    return cut(buffer, filled, filled);
  }

  /**
   * Where to cut {@code buffer[0, filled)}; characters up to {@code visible} may be looked at
   * past the cut.
   */
  private static int cut(char[] buffer, int filled, int visible) {
    int half = filled / 2;
    for (int i = filled - 1; i > half; i--) {
      if (buffer[i] == '\n') {
        return i + 1;
      }
    }
    for (int i = filled - 1; i > half; i--) {
      if (endsSentence(buffer, i, visible)) {
        return i + 1;
      }
    }
    for (int i = filled - 1; i > half; i--) {
      if (buffer[i] == ' ' && !Character.isHighSurrogate(buffer[i - 1])) {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(buffer[filled - 1]) ? filled - 1 : filled;
  }

  /**
   * Whether extraction ends a sentence after {@code b[i]}, judged on a window around it that
   * holds the word before and what follows up to the next word.
   */
  private static boolean endsSentence(char[] b, int i, int visible) {
    char c = b[i];
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int to = Math.min(visible, i + 64);
    int k = i + 1;
    while (k < to && "\"'\u201d\u2019)]".indexOf(b[k]) >= 0) {
      k++;
    }
    while (k < to && Character.isWhitespace(b[k])) {
      k++;
    }
    if (k >= to) {
      return false; // what follows is not in view: do not guess
    }
    int from = Math.max(0, i - 64);
    return SentenceEnds.after(new String(b, from, to - from), i - from);
  }
}
