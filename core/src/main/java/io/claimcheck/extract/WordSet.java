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
  /** Each slot's word's {@link TextTokens#hash(CharSequence, int, int) hash}. */
  private final int[] keys;
  /** Whether each slot's word is all ASCII: then a token of ASCII letters spells it only if their hashes are equal. */
  private final boolean[] ascii;
  private final int mask;
  /**
   * One bit per hash value, modulo its size, set for each word's: most tokens are in no set, and
   * a large set's slots (the gazetteer's first words) lie beyond the processor's nearer caches,
   * so a token is first asked of these bits, a sixteenth of the slots' size per word.
   */
  private final long[] filter;
  private final int filterShift;

  WordSet(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    slots = new String[size];
    keys = new int[size];
    ascii = new boolean[size];
    mask = size - 1;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      int h = TextTokens.hash(lower, 0, lower.length());
      int i = mix(h) & mask;
      while (slots[i] != null && !slots[i].equals(lower)) {
        i = (i + 1) & mask;
      }
      slots[i] = lower;
      keys[i] = h;
      ascii[i] = lower.chars().allMatch(c -> c < 0x80);
    }
    int bits = Math.max(64, size * 2); // eight bits per word or more, as slots hold four per word
    filter = new long[bits >>> 6];
    filterShift = 32 - Integer.numberOfTrailingZeros(bits);
    for (String s : slots) {
      if (s != null) {
        int b = mix(TextTokens.hash(s, 0, s.length())) >>> filterShift;
        filter[b >>> 6] |= 1L << b;
      }
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
    int m = mix(hash);
    int b = m >>> filterShift;
    // most words are in no set: the filter says so, in a few instructions a caller can inline
    return (filter[b >>> 6] & (1L << b)) != 0 && probe(text, from, to, m & mask);
  }

  /**
   * False when no word of the set has hash {@code hash}: the filter alone, small enough for C1
   * to inline into a caller that then calls {@link #contains} only for the few tokens it passes.
   */
  boolean mayContain(int hash) {
    int b = mix(hash) >>> filterShift;
    return (filter[b >>> 6] & 1L << b) != 0;
  }

  private boolean probe(String text, int from, int to, int i) {
    return find(text, from, to, i) >= 0;
  }

  /**
   * {@link #contains}, for a token of ASCII letters only ({@link TextTokens#LETTERS}): an ASCII
   * word it spells in some case has its hash, so the slots of other ASCII words are passed over
   * by their hash, without reading the word.
   */
  boolean containsLetters(String text, int from, int to, int hash) {
    int m = mix(hash);
    int b = m >>> filterShift;
    if ((filter[b >>> 6] & (1L << b)) == 0) {
      return false;
    }
    int length = to - from;
    for (int i = m & mask; ; i = (i + 1) & mask) {
      String s = slots[i];
      if (s == null) {
        return false;
      }
      if ((keys[i] == hash || !ascii[i]) && s.length() == length
          && io.claimcheck.internal.CaseFold.regionMatches(text, from, s)) {
        return true;
      }
    }
  }

  /**
   * The slot of {@code text[from, to)} (hash {@code hash}, as for {@link #contains}) in
   * {@code [0, capacity())}, or -1 when it is none of the words: for a table of values beside the set.
   */
  int indexOf(String text, int from, int to, int hash) {
    int m = mix(hash);
    int b = m >>> filterShift;
    return (filter[b >>> 6] & (1L << b)) != 0 ? find(text, from, to, m & mask) : -1;
  }

  /** The number of slots, the bound of {@link #indexOf}. */
  int capacity() {
    return slots.length;
  }

  private int find(String text, int from, int to, int i) {
    int length = to - from;
    while (true) {
      String s = slots[i];
      if (s == null) {
        return -1;
      }
      if (s.length() == length && io.claimcheck.internal.CaseFold.regionMatches(text, from, s)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }
}
