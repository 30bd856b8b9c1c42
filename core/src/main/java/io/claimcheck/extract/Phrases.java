package io.claimcheck.extract;

import io.claimcheck.internal.TextTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a word class read as phrases of tokens ("so far", "a day after"), for the code
 * that looks for them at a token: an entry is split at its spaces, and a phrase is at a token when
 * each of its words is the token there or after it, ignoring case. An entry without a space is a
 * phrase of one word. Immutable.
 */
final class Phrases {
  private final List<String[]> phrases;
  /** The phrases' first words, asked before the phrases are tried at a word of ASCII letters. */
  private final WordSet firstWords;
  /**
   * Whether every first word is of ASCII characters: only then does a word of ASCII letters that
   * is none of them start no phrase (ignoring case, "ſo" is "so").
   */
  private final boolean asciiFirstWords;

  private Phrases(List<String[]> phrases) {
    this.phrases = List.copyOf(phrases);
    List<String> first = new ArrayList<>();
    boolean ascii = true;
    for (String[] p : phrases) {
      first.add(p[0]);
      ascii &= p[0].chars().allMatch(c -> c < 0x80);
    }
    this.firstWords = new WordSet(first);
    this.asciiFirstWords = ascii;
  }

  /** The phrases of the class {@code name} of the bundled casualty patterns. */
  static Phrases of(String name) {
    return of(CasualtyPatterns.standard().phraseClass(name));
  }

  /** The entries of {@code words} as phrases. */
  static Phrases of(CasualtyPatterns.WordClass words) {
    List<String[]> out = new ArrayList<>();
    for (String entry : words.words()) {
      out.add(entry.strip().split(" +"));
    }
    // longest first, so that the length told is the longest phrase at a token
    out.sort((a, b) -> b.length - a.length);
    return new Phrases(out);
  }

  /** Whether one of the phrases starts at token {@code k} of {@code w}. */
  boolean at(Words w, int k) {
    return lengthAt(w, k) > 0;
  }

  /** The number of tokens of the longest phrase that starts at token {@code k}, or 0 when none does. */
  int lengthAt(Words w, int k) {
    if (asciiFirstWords && k >= 0 && k < w.size && (w.flags[k] & TextTokens.LETTERS) != 0
        && !w.in(k, firstWords)) {
      return 0; // most words start no phrase: one look-up, not a comparison per phrase
    }
    return lengthOfAnyAt(w, k);
  }

  /** {@link #lengthAt}, every phrase tried: the simple form, for tests. */
  int lengthOfAnyAt(Words w, int k) {
    for (String[] p : phrases) {
      int i = 0;
      while (i < p.length && w.is(k + i, p[i])) {
        i++;
      }
      if (i == p.length) {
        return i;
      }
    }
    return 0;
  }
}
