package io.claimcheck.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * One sentence as words and punctuation marks, with their offsets in the document and their
 * lower-case forms. Words are runs of letters and digits; everything else is one mark per char.
 */
final class Words {
  final String text;
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  String[] lower = new String[64];
  boolean[] capital = new boolean[64];
  boolean[] word = new boolean[64];

  Words(String text, int from, int to) {
    this.text = text;
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < ' ') {
        p++;
      } else if (Character.isLetterOrDigit(c)) {
        int q = p + 1;
        while (q < to && Character.isLetterOrDigit(text.charAt(q))) {
          q++;
        }
        add(p, q, true);
        p = q;
      } else {
        add(p, p + 1, false);
        p++;
      }
    }
  }

  private void add(int s, int e, boolean isWord) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      lower = Arrays.copyOf(lower, n);
      capital = Arrays.copyOf(capital, n);
      word = Arrays.copyOf(word, n);
    }
    start[size] = s;
    end[size] = e;
    String t = text.substring(s, e);
    lower[size] = isWord ? t.toLowerCase(Locale.ROOT) : t;
    capital[size] = isWord && Character.isUpperCase(t.charAt(0));
    word[size] = isWord;
    size++;
  }

  /** The lower-case word at {@code i}, or "" outside the sentence. */
  String at(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  boolean is(int i, String w) {
    return at(i).equals(w);
  }

  boolean isCap(int i) {
    return i >= 0 && i < size && capital[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && word[i];
  }

  /** The text of tokens {@code [from, to)} as printed. */
  String span(int from, int to) {
    return text.substring(start[from], end[to - 1]);
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
