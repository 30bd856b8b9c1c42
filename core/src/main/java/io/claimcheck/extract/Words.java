package io.claimcheck.extract;

import io.claimcheck.internal.TextTokens;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One sentence as words and punctuation marks, with their offsets in the document and their
 * lower-case forms: a stretch of the document's shared {@link TextTokens}, the tokens the number
 * finder read too. Words are runs of letters and digits; everything else is one mark per char.
 */
final class Words {
  final String text;
  int size;
  int[] start;
  int[] end;
  /** Each token's hash, as {@link TextTokens#hash(int)} gives it. */
  int[] hash;
  /**
   * Each token's {@link TextTokens} flags (word, capital, digit), and two of the gazetteer's:
   * whether it was asked if a name may start with the token, and its answer.
   */
  byte[] flags;
  /** Flag: the gazetteer was asked whether a name may start with the token ({@link #NAME_START}). */
  static final int NAME_ASKED = 1 << 6;
  /** Flag: some name or demonym may start with the token. */
  static final int NAME_START = 1 << 7;
  private String @Nullable [] lower;
  private String @Nullable [] exact;

  /** The index, among the document's shared tokens, of token 0. */
  int base;

  /** How many times this object has been made a sentence: a refilled one is another sentence. */
  int generation;

  /**
   * The shared tokens of {@code text[from, to)}: copied, not lexed again; a word the bounds cut
   * is cut with them.
   */
  Words(String text, TextTokens tokens, int from, int to) {
    this.text = text;
    read(tokens, from, to);
  }

  /**
   * Makes this the sentence {@code text[from, to)} of the same text, its arrays reused where they
   * are large enough: for sentences read once and let go, so that a document's pass over its
   * sentences does not allocate a sentence's worth of arrays each time. Returns this.
   */
  Words read(TextTokens tokens, int from, int to) {
    // sentences are read in order: this one's first token is most often the one after the last read
    int first = tokens.indexHolding(from, this.base + this.size);
    int n = Math.max(0, tokens.indexAt(to, first) - first);
    int previous = this.size; // what the sentence before filled: cleared below, not the whole capacity
    this.generation++;
    this.base = first;
    this.size = n;
    if (start == null || start.length < n) {
      int capacity = start == null ? n : Math.max(n, 2 * start.length);
      start = new int[capacity];
      end = new int[capacity];
      hash = new int[capacity];
      flags = new byte[capacity];
      lower = null;
      exact = null;
    } else {
      if (lower != null) {
        java.util.Arrays.fill(lower, 0, Math.min(previous, lower.length), null);
      }
      if (exact != null) {
        java.util.Arrays.fill(exact, 0, Math.min(previous, exact.length), null);
      }
    }
    tokens.copy(first, n, start, end, hash, flags);
    if (n > 0 && start[0] < from) {
      start[0] = from; // a word cut by the bounds: what its first character now is
      char c = text.charAt(from);
      int f = flags[0] & ~(TextTokens.CAPITAL | TextTokens.DIGIT);
      if ((f & TextTokens.WORD) != 0 && Character.isUpperCase(c)) {
        f |= TextTokens.CAPITAL;
      } else if (Character.isDigit(c)) {
        f |= TextTokens.DIGIT;
      }
      flags[0] = (byte) f;
      hash[0] = TextTokens.hash(text, start[0], end[0]);
    }
    if (n > 0 && end[n - 1] > to) {
      end[n - 1] = to;
      hash[n - 1] = TextTokens.hash(text, start[n - 1], end[n - 1]);
    }
    return this;
  }

  /** The lower-case word at {@code i}, or "" outside the sentence; made on first use. */
  String at(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    if (lower == null) {
      lower = new String[start.length];
    }
    String l = lower[i];
    if (l == null) {
      String t = exact(i);
      l = (flags[i] & TextTokens.WORD) != 0 ? t.toLowerCase(Locale.ROOT) : t;
      lower[i] = l;
    }
    return l;
  }


  /** The token at {@code i} as printed; made on first use. */
  String exact(int i) {
    if (i >= size) {
      return text.substring(start[i], end[i]); // not kept: only [0, size) is cleared for the next sentence
    }
    if (exact == null) {
      exact = new String[start.length];
    }
    String e = exact[i];
    if (e == null) {
      e = text.substring(start[i], end[i]);
      exact[i] = e;
    }
    return e;
  }

  /** Whether token {@code i} is {@code w} (lower case), without allocating. */
  boolean is(int i, String w) {
    if (i < 0 || i >= size) {
      return w.isEmpty();
    }
    int length = end[i] - start[i];
    return length == w.length() && io.claimcheck.internal.CaseFold.regionMatches(text, start[i], w);
  }

  /** Whether token {@code i} is in {@code set}, without allocating. */
  boolean in(int i, WordSet set) {
    // the filter first, inlined here by C1: most tokens are in no set and are told so without a call
    return i >= 0 && i < size && set.mayContain(hash[i]) && set.holds(text, start[i], end[i], hash[i]);
  }

  /** Whether token {@code i} starts with a digit. */
  boolean isDigits(int i) {
    return i >= 0 && i < size && (flags[i] & TextTokens.DIGIT) != 0;
  }

  /** The length of token {@code i}. */
  int length(int i) {
    return i >= 0 && i < size ? end[i] - start[i] : 0;
  }

  boolean isCap(int i) {
    return i >= 0 && i < size && (flags[i] & TextTokens.CAPITAL) != 0;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && (flags[i] & TextTokens.WORD) != 0;
  }

  /** The text of tokens {@code [from, to)} as printed. */
  String span(int from, int to) {
    return to == from + 1 ? exact(from) : text.substring(start[from], end[to - 1]);
  }

  /** The index of the first token starting at or after {@code offset}. */
  int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
