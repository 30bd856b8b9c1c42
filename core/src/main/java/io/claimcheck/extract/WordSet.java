package io.claimcheck.extract;

import io.claimcheck.internal.TextTokens;
import java.util.Collection;
import java.util.Locale;

/**
 * A set of lower-case ASCII words that answers, without allocating, whether a stretch of text
 * spells one of them in any case: open addressing on a hash computed from the text itself.
 */
final class WordSet {
  private final String[] slots;
  private final int mask;

  WordSet(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    slots = new String[size];
    mask = size - 1;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      int i = mix(TextTokens.hash(lower, 0, lower.length())) & mask;
      while (slots[i] != null && !slots[i].equals(lower)) {
        i = (i + 1) & mask;
      }
      slots[i] = lower;
    }
  }

  private static int mix(int h) {
    return (h ^ (h >>> 15)) * 0x2c1b3c6d;
  }

  /**
   * Whether {@code text[from, to)}, whose {@link TextTokens#hash(CharSequence, int, int) hash} is
   * {@code hash}, is one of the words, ignoring case: a token's hash is made once, as it is lexed.
   */
  boolean contains(String text, int from, int to, int hash) {
    int i = mix(hash) & mask;
    // most words are in no set: an empty slot says so, in a few instructions a caller can inline
    return slots[i] != null && probe(text, from, to, i);
  }

  private boolean probe(String text, int from, int to, int i) {
    int length = to - from;
    while (true) {
      String s = slots[i];
      if (s == null) {
        return false;
      }
      if (s.length() == length && io.claimcheck.internal.CaseFold.regionMatches(text, from, s)) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }
}
