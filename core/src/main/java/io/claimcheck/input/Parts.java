package io.claimcheck.input;

import io.claimcheck.extract.SentenceEnds;

/**
 * Where a long text is cut into parts so that no claim is lost at the cut: after a line break,
 * else after a full stop, question or exclamation mark that ends a sentence by extraction's own
 * rule ({@link SentenceEnds}). Extraction reads claims sentence by sentence, so a part then ends
 * where the whole text's sentence ends and every figure keeps its sentence whole. Only a text
 * with neither in the last half of a part (96K characters without a sentence end) is cut at a
 * space; such a cut is not {@linkplain Cut#clean clean}, and the parts on its two sides overlap
 * by {@value #OVERLAP} characters (see {@link io.claimcheck.claim.Document}).
 */
final class Parts {
  /**
   * How far two parts overlap at a cut that is not clean: wider than extraction reads across a
   * sentence it cuts for its length, so that a figure near the cut is read as it would be in
   * the whole text's longest sentence.
   */
  static final int OVERLAP = 1024;

  private Parts() {}

  /**
   * A cut: the index after which the next part starts, and whether the cut is clean (at a line
   * break or a sentence end) or at a space, where the parts must overlap.
   */
  record Cut(int at, boolean clean) {}

  /** Where to cut {@code text[from, to)}, to being past the part's end: an index in the text. */
  static Cut cut(String text, int from, int to) {
    int visible = Math.min(text.length() - from, to - from + Math.max(2, OVERLAP));
    char[] buffer = new char[visible];
    text.getChars(from, from + buffer.length, buffer, 0);
    // a cut at a space leaves room for the overlap after it, when the text goes on that far
    Cut c = cut(buffer, to - from, visible, Math.max(0, OVERLAP - (visible - (to - from))));
    return new Cut(from + c.at(), c.clean());
  }

  /** Where to cut a full buffer of {@code filled} characters: a space cut leaves {@link #OVERLAP} after it. */
  static Cut cut(char[] buffer, int filled) {
    return cut(buffer, filled, filled, OVERLAP);
  }

  /**
   * Where to cut {@code buffer[0, filled)}; characters up to {@code visible} may be looked at
   * past the cut; a cut at a space falls at least {@code room} characters before {@code filled}.
   */
  private static Cut cut(char[] buffer, int filled, int visible, int room) {
    int half = filled / 2;
    for (int i = filled - 1; i > half; i--) {
      if (buffer[i] == '\n') {
        return new Cut(i + 1, true);
      }
    }
    for (int i = filled - 1; i > half; i--) {
      if (endsSentence(buffer, i, visible)) {
        return new Cut(i + 1, true);
      }
    }
    for (int i = filled - 1 - room; i > half; i--) {
      if (buffer[i] == ' ' && !Character.isHighSurrogate(buffer[i - 1])) {
        return new Cut(i + 1, false);
      }
    }
    int at = filled - room;
    return new Cut(Character.isHighSurrogate(buffer[at - 1]) ? at - 1 : at, false);
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
