package io.claimcheck.extract;

import io.claimcheck.internal.TextTokens;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * Splits a text into sentences in one pass: at a line break, or at {@code . ! ?} followed by a
 * space and a capital, a digit or an opening quote, unless the full stop closes an abbreviation
 * ("Feb.", "Mr.", "U.S."). A sentence is also cut after {@value #MAX_CHARS} characters, so that
 * text without full stops costs no more than text with them; such a cut is marked, so that the
 * extractor reads across it ({@link Split#cutAfter}) and no claim is lost where it falls.
 */
final class Sentences {
  static final int MAX_CHARS = 4000;

  /** Words whose full stop ends no sentence: "Mr.", "Feb.", "U.S." (casualty-patterns.yaml). */
  private static final Set<String> ABBREVIATIONS = CasualtyPatterns.standard().wordClass("abbreviation").words();

  private Sentences() {}

  /**
   * Sentence boundaries, and where a sentence was cut for its length rather than ended.
   *
   * @param bounds pairs {@code [start0, end0, start1, end1, ...]}
   * @param cut bit {@code k} set when sentence {@code k} was cut at {@link #MAX_CHARS} and the
   *     text runs on into sentence {@code k + 1}
   */
  record Split(int[] bounds, BitSet cut) {
    /** The number of sentences. */
    int count() {
      return bounds.length / 2;
    }

    /** Whether sentence {@code k} runs on into the next one (it was cut for its length). */
    boolean cutAfter(int k) {
      return cut.get(k);
    }
  }

  /** Sentence boundaries as pairs {@code [start0, end0, start1, end1, ...]}. */
  static int[] bounds(String text) {
    return split(text).bounds();
  }

  /** Sentence boundaries, with the cuts made for length marked. */
  static Split split(String text) {
    return split(text, TextTokens.of(text));
  }

  /**
   * Sentence boundaries of {@code text}, read from its {@code tokens} (lexed here to the end): a
   * sentence can end only at a mark token ({@code . ! ?}) or in the white space between tokens
   * (a line break, or a space after {@link #MAX_CHARS} characters), so the letters and digits of
   * words are never looked at one by one.
   */
  static Split split(String text, TextTokens tokens) {
    Bounds out = new Bounds();
    int length = text.length();
    int n = tokens.size();
    int start = 0;
    int gap = 0; // where the white space before the next token starts
    for (int k = 0; k <= n; k++) {
      int next = k < n ? tokens.start(k) : length;
      if (next > gap && (k == n || (tokens.flags(k) & TextTokens.BREAK_BEFORE) != 0 || next - 1 - start >= MAX_CHARS)) {
        // white space that may end a sentence: a line break, or a space once a sentence is long
        for (int i = gap; i < next; i++) {
          char c = text.charAt(i);
          if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
            out.add(text, start, i);
            start = i + 1;
          } else if (i - start >= MAX_CHARS && Character.isWhitespace(c)) {
            out.add(text, start, i + 1);
            out.markCut();
            start = i + 1;
          }
        }
      }
      if (k == n) {
        break;
      }
      gap = tokens.end(k);
      if ((tokens.flags(k) & TextTokens.WORD) == 0) {
        int c = tokens.hash(k); // a mark: one character, its hash the character itself
        if ((c == '.' || c == '!' || c == '?') && endsSentence(text, next)) {
          out.add(text, start, next + 1);
          start = next + 1;
        }
      }
    }
    out.add(text, start, length);
    return new Split(out.toArray(), out.cuts);
  }

  /** Sentence bounds as they are found: pairs of ints, trimmed of white space, empty ones dropped. */
  private static final class Bounds {
    private int[] pairs = new int[64];
    private int n;
    private final BitSet cuts = new BitSet();

    /** Marks the last sentence added as cut for length. */
    void markCut() {
      if (n > 0) {
        cuts.set(n / 2 - 1);
      }
    }

    void add(String text, int s, int e) {
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        if (n + 2 > pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[n++] = s;
        pairs[n++] = e;
      }
    }

    int[] toArray() {
      return Arrays.copyOf(pairs, n);
    }
  }

  static boolean endsSentence(String text, int i) {
    int next = i + 1;
    while (next < text.length() && "\"'”’)]".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    int k = next;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= text.length()) {
      return true;
    }
    char after = text.charAt(k);
    if (!(Character.isUpperCase(after) || Character.isDigit(after) || "\"'“‘(".indexOf(after) >= 0)) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // single capitals ("J. Smith") are initials
    return !(i - w == 1 && Character.isUpperCase(text.charAt(w)));
  }
}
