package io.claimcheck.extract;

import io.claimcheck.internal.TextTokens;
import java.util.Collection;
import java.util.Locale;

/**
 * A set of lower-case words that answers, without allocating, whether a stretch of text spells
 * one of them with ASCII capitals lowered: open addressing on a hash computed from the text
 * itself ({@link TextTokens#hash(CharSequence, int, int)}, which lowers ASCII capitals only).
 * Letters beyond ASCII are compared as written: "Zürich" spells the word "zürich", "ZÜRICH" does
 * not, and neither does "ſo" spell "so" (the case folding of {@link
 * io.claimcheck.internal.CaseFold} is not this set's).
 */
final class WordSet {
  private final String[] slots;
  /**
   * Each slot's word's hash: a probe compares it first, so that a word (a String and its array,
   * two loads that miss the cache for most slots) is read only when it may be the stretch.
   */
  private final int[] keys;
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
   * {@code hash}, is one of the words with ASCII capitals lowered: a token's hash is made once,
   * as it is lexed.
   */
  boolean contains(String text, int from, int to, int hash) {
    return mayContain(hash) && holds(text, from, to, hash);
  }

  /**
   * False when no word of the set has hash {@code hash}: the filter alone, small enough for C1
   * to inline into a caller's loop, which then asks {@link #holds} for the few tokens it passes.
   */
  boolean mayContain(int hash) {
    int b = mix(hash) >>> filterShift;
    return (filter[b >>> 6] & 1L << b) != 0;
  }

  /** {@link #contains} without the filter: for a caller that asked {@link #mayContain} already. */
  boolean holds(String text, int from, int to, int hash) {
    return find(text, from, to, hash) >= 0;
  }

  /**
   * The slot of {@code text[from, to)} (hash {@code hash}, as for {@link #contains}) in
   * {@code [0, capacity())}, or -1 when it is none of the words: for a table of values beside the set.
   */
  int indexOf(String text, int from, int to, int hash) {
    return mayContain(hash) ? find(text, from, to, hash) : -1;
  }

  /** The number of slots, the bound of {@link #indexOf}. */
  int capacity() {
    return slots.length;
  }

  private int find(String text, int from, int to, int hash) {
    int length = to - from;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      String s = slots[i];
      if (s == null) {
        return -1;
      }
      if (keys[i] == hash && s.length() == length && spells(text, from, s)) {
        return i;
      }
    }
  }

  /** Whether {@code text[from, from + word.length())} is {@code word} with its ASCII capitals lowered. */
  private static boolean spells(String text, int from, String word) {
    if (from < 0 || from > text.length() - word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(from + k);
      if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && c + 32 == word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
