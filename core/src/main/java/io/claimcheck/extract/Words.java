package io.claimcheck.extract;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One sentence as words and punctuation marks, with their offsets in the document and their
 * lower-case forms. Words are runs of letters and digits; everything else is one mark per char.
 */
final class Words {
  final String text;
  int size;
  int[] start;
  int[] end;
  boolean[] capital;
  boolean[] word;
  private String @Nullable [] lower;
  private String @Nullable [] exact;

  // ASCII classes: 0 space or control, 1 letter or digit, 2 punctuation
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = (byte) (c <= ' ' ? 0 : Character.isLetterOrDigit(c) ? 1 : 2);
    }
  }

  private static int classOf(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return 0;
    }
    return Character.isLetterOrDigit(c) ? 1 : 2;
  }

  Words(String text, int from, int to) {
    this(text, from, to, new char[to - from]);
  }

  /** Tokenizes {@code text[from, to)}, using {@code buffer} (if large enough) to read it in bulk. */
  Words(String text, int from, int to, char[] buffer) {
    this.text = text;
    int capacity = Math.max(8, (to - from) / 4);
    start = new int[capacity];
    end = new int[capacity];
    capital = new boolean[capacity];
    word = new boolean[capacity];
    int n = to - from;
    char[] chars = buffer.length >= n ? buffer : new char[n];
    text.getChars(from, to, chars, 0);
    int p = 0;
    while (p < n) {
      int type = classOf(chars[p]);
      if (type == 0) {
        p++;
      } else if (type == 1) {
        int q = p + 1;
        while (q < n && classOf(chars[q]) == 1) {
          q++;
        }
        add(from + p, from + q, true, Character.isUpperCase(chars[p]));
        p = q;
      } else {
        add(from + p, from + p + 1, false, false);
        p++;
      }
    }
  }

  private void add(int s, int e, boolean isWord, boolean isCapital) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      capital = Arrays.copyOf(capital, n);
      word = Arrays.copyOf(word, n);
    }
    start[size] = s;
    end[size] = e;
    capital[size] = isCapital;
    word[size] = isWord;
    size++;
  }

  /** The lower-case word at {@code i}, or "" outside the sentence; made on first use. */
  String at(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    if (lower == null) {
      lower = new String[size];
    }
    String l = lower[i];
    if (l == null) {
      String t = exact(i);
      l = word[i] ? t.toLowerCase(Locale.ROOT) : t;
      lower[i] = l;
    }
    return l;
  }

  /** The token at {@code i} as printed; made on first use. */
  String exact(int i) {
    if (exact == null) {
      exact = new String[size];
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
    return i >= 0 && i < size && set.contains(text, start[i], end[i]);
  }

  /** Whether token {@code i} starts with a digit. */
  boolean isDigits(int i) {
    return i >= 0 && i < size && Character.isDigit(text.charAt(start[i]));
  }

  /** The length of token {@code i}. */
  int length(int i) {
    return i >= 0 && i < size ? end[i] - start[i] : 0;
  }

  boolean isCap(int i) {
    return i >= 0 && i < size && capital[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && word[i];
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
