package io.claimcheck.number;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The words the finder knows, looked up by their lower-case ASCII spelling without allocating:
 * an open-addressing table keyed by a hash the lexer computes while it reads the word.
 */
final class WordTable {
  static final int MAX_LENGTH = 24;

  private Word[] words = new Word[64];
  private int size;
  private final boolean[] punctStarts = new boolean[128];
  private Word[] slots = new Word[512];
  private int[] hashes = new int[512];

  WordTable() {
    words[size++] = new Word("", 0, Word.NONE, null, 0); // id 0: unknown
    for (char c : "-\u2212".toCharArray()) {
      markPunct(c);
    }
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int i = 0; i < units.length; i++) {
      add(units[i], Word.UNIT, i + 1, 0);
    }
    add("zero", Word.ZERO, 0, 0);
    add("nought", Word.ZERO, 0, 0);
    add("naught", Word.ZERO, 0, 0);
    String[] teens = {
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen"
    };
    for (int i = 0; i < teens.length; i++) {
      add(teens[i], Word.TEEN, 10 + i, 0);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      add(tens[i], Word.TENS, 20 + 10 * i, 0);
    }
    add("hundred", Word.HUNDRED, 100, 0);
    add("thousand", Word.SCALE, 1_000, 0);
    add("million", Word.SCALE, 1_000_000, 0);
    add("billion", Word.SCALE, 1_000_000_000, 0);
    add("trillion", Word.SCALE, new BigDecimal("1e12"), 0);
    add("quadrillion", Word.SCALE, new BigDecimal("1e15"), 0);
    add("quintillion", Word.SCALE, new BigDecimal("1e18"), 0);
    add("lakh", Word.SCALE, 100_000, 0);
    add("lakhs", Word.SCALE, 100_000, 0);
    add("crore", Word.SCALE, 10_000_000, 0);
    add("crores", Word.SCALE, 10_000_000, 0);
    int digitsOnly = Word.SCALE_AFTER_DIGITS_ONLY;
    add("k", Word.SCALE, 1_000, digitsOnly);
    add("mn", Word.SCALE, 1_000_000, digitsOnly);
    add("mln", Word.SCALE, 1_000_000, digitsOnly);
    add("mil", Word.SCALE, 1_000_000, digitsOnly);
    add("mio", Word.SCALE, 1_000_000, digitsOnly);
    add("bn", Word.SCALE, 1_000_000_000, digitsOnly);
    add("bln", Word.SCALE, 1_000_000_000, digitsOnly);
    add("tn", Word.SCALE, new BigDecimal("1e12"), digitsOnly);
    add("tln", Word.SCALE, new BigDecimal("1e12"), digitsOnly);
    add("trn", Word.SCALE, new BigDecimal("1e12"), digitsOnly);

    String[] unitOrdinals = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
    };
    for (int i = 0; i < unitOrdinals.length; i++) {
      int flags = Word.UNIT_ORDINAL | (i < 2 ? Word.NOT_FRACTION : 0);
      add(unitOrdinals[i], Word.ORDINAL, i + 1, flags);
      add(unitOrdinals[i] + "s", Word.ORDINAL, i + 1, flags | Word.PLURAL);
    }
    String[] teenOrdinals = {
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth"
    };
    for (int i = 0; i < teenOrdinals.length; i++) {
      add(teenOrdinals[i], Word.ORDINAL, 10 + i, 0);
      add(teenOrdinals[i] + "s", Word.ORDINAL, 10 + i, Word.PLURAL);
    }
    String[] tensOrdinals = {
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
      "ninetieth"
    };
    for (int i = 0; i < tensOrdinals.length; i++) {
      add(tensOrdinals[i], Word.ORDINAL, 20 + 10 * i, 0);
      add(tensOrdinals[i] + "s", Word.ORDINAL, 20 + 10 * i, Word.PLURAL);
    }
    add("hundredth", Word.ORDINAL, 100, 0);
    add("hundredths", Word.ORDINAL, 100, Word.PLURAL);
    add("thousandth", Word.ORDINAL, 1_000, 0);
    add("thousandths", Word.ORDINAL, 1_000, Word.PLURAL);
    add("millionth", Word.ORDINAL, 1_000_000, 0);
    add("millionths", Word.ORDINAL, 1_000_000, Word.PLURAL);
    add("billionth", Word.ORDINAL, 1_000_000_000, 0);
    add("billionths", Word.ORDINAL, 1_000_000_000, Word.PLURAL);
    add("trillionth", Word.ORDINAL, new BigDecimal("1e12"), 0);
    add("trillionths", Word.ORDINAL, new BigDecimal("1e12"), Word.PLURAL);
    add("half", Word.HALF, 2, 0);
    add("halves", Word.HALF, 2, Word.PLURAL);
    add("quarter", Word.QUARTER, 4, 0);
    add("quarters", Word.QUARTER, 4, Word.PLURAL);
    add("dozen", Word.DOZEN, 12, 0);
    add("dozens", Word.DOZEN, 12, Word.PLURAL);
    add("dz", Word.DOZEN, 12, 0);
    add("dzs", Word.DOZEN, 12, Word.PLURAL);
    add("doz", Word.DOZEN, 12, 0);
    add("dozs", Word.DOZEN, 12, Word.PLURAL);
    add("a", Word.A, 1, 0);
    add("an", Word.A, 1, 0);
    add("and", Word.AND, null, Word.CONJUNCTION | Word.FOLLOWS_YEAR | Word.NOUN_AFTER_FRACTION_OK);
    add("point", Word.POINT, null, 0);
    add("minus", Word.MINUS, null, 0);
    add("negative", Word.MINUS, null, 0);
    add("percent", Word.PERCENT, null, 0);
    add("pct", Word.PERCENT, null, 0);
    add("percentage", Word.PERCENT, null, 0);

    String[][] months = {
      {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
      {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
      {"october", "oct"}, {"november", "nov"}, {"december", "dec"}
    };
    for (int m = 0; m < months.length; m++) {
      for (String name : months[m]) {
        add(name, Word.MONTH, m + 1, 0);
      }
    }
    for (String w : new String[] {
        "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "early",
        "late", "mid", "year", "summer", "winter", "spring", "autumn", "fall", "circa", "between",
        "through", "to", "year's", "election", "elections", "census", "budget", "season"}) {
      flag(w, Word.YEAR_CONTEXT);
    }
    for (String w : new String[] {
        "rose", "risen", "rising", "rises", "rise", "increased", "increase", "increases", "climbed",
        "climb", "climbs", "jumped", "jump", "jumps", "grew", "grown", "grow", "fell", "fallen",
        "fall", "falls", "dropped", "drop", "drops", "declined", "decreased", "revised", "raised",
        "lowered", "up", "down", "went", "gone", "soared", "surged", "doubled", "changed"}) {
      flag(w, Word.CHANGE_VERB);
    }
    for (String w : new String[] {
        "or", "to", "when", "as", "after", "before", "but", "until", "through", "the", "an", "in",
        "on", "at", "by", "for", "from", "of", "with", "was", "were", "is", "are", "had", "has",
        "have", "will", "would", "saw", "that", "which", "where", "while", "during", "it", "its",
        "he", "she", "they", "we", "i", "this", "these", "there", "his", "her", "their", "also",
        "said", "says", "according"}) {
      flag(w, Word.FOLLOWS_YEAR);
    }
    for (String w : new String[] {
        "of", "or", "and", "is", "are", "was", "were", "will", "would", "in", "on", "at", "to",
        "for", "than", "the", "that", "which", "who", "had", "have", "has", "said"}) {
      flag(w, Word.NOUN_AFTER_FRACTION_OK);
    }
    for (String w : new String[] {"to", "through", "or", "thru", "till", "until"}) {
      flag(w, Word.RANGE_JOIN);
    }
    flag("but", Word.CONJUNCTION);
    for (String w : new String[] {
        "the", "points", "per", "cent", "over", "out", "s", "p", "m", "am", "pm", "or", "its",
        "their", "his", "her", "between", "from", "how", "what"}) {
      intern(w);
    }
  }

  /** The word at {@code id}. */
  Word word(int id) {
    return words[id];
  }

  /** The number of words, the unknown word (id 0) included. */
  int size() {
    return size;
  }

  /** Marks a punctuation character as able to start a phrase ("-5", ">= 30", "~100"). */
  void markPunct(char c) {
    if (c < punctStarts.length) {
      punctStarts[c] = true;
    } else {
      extraPunct = extraPunct + c;
    }
  }

  private String extraPunct = "\u2212";

  boolean startsPhrase(char c) {
    return c < punctStarts.length ? punctStarts[c] : extraPunct.indexOf(c) >= 0;
  }

  /**
   * Settles which words may start a phrase, once all words and flags are in: numerals,
   * months, qualifier, postfix-free context words are skipped by the scanner.
   */
  void seal() {
    for (int i = 1; i < size; i++) {
      Word w = words[i];
      w.startsPhrase = w.category != Word.OTHER && w.category != Word.AND && w.category != Word.PERCENT
          && w.category != Word.POINT && w.category != Word.NONE
          || w.has(Word.STARTS_QUALIFIER | Word.STARTS_VAGUE);
      w.chars = w.text.toCharArray();
      if (w.startsPhrase) {
        int bit = mix(hash(w.text)) >>> (32 - START_BITS);
        starts[bit >>> 6] |= 1L << bit;
      }
    }
  }

  /** Bits of the words that may start a phrase, by hash: most words need no look-up to be skipped. */
  private static final int START_BITS = 14;
  private final long[] starts = new long[(1 << START_BITS) / 64];

  /**
   * Whether a word whose lower-case spelling hashes to {@code hash} may start a phrase: false
   * for certain when no word that does has that hash's bit.
   */
  boolean mayStartPhrase(int hash) {
    int bit = mix(hash) >>> (32 - START_BITS);
    return (starts[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The word spelled {@code text} (lower-case ASCII), adding it as {@link Word#OTHER} if new. */
  Word intern(String text) {
    Word known = lookup(text);
    return known != null ? known : add(text, Word.OTHER, null, 0);
  }

  /** Adds {@code flag} to the word spelled {@code text}, interning it first. */
  void flag(String text, int flag) {
    intern(text).flags |= flag;
  }

  private Word add(String text, int category, long value, int flags) {
    return add(text, category, BigDecimal.valueOf(value), flags);
  }

  private Word add(String text, int category, @Nullable BigDecimal value, int flags) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("word longer than " + MAX_LENGTH + ": " + text);
    }
    if (lookup(text) != null) {
      throw new IllegalStateException("duplicate word " + text);
    }
    Word word = new Word(text, size, category, value, flags);
    if (size == words.length) {
      words = java.util.Arrays.copyOf(words, size * 2);
    }
    words[size++] = word;
    word.chars = text.toCharArray();
    if (size * 3 > slots.length) {
      rehash();
    }
    put(word);
    return word;
  }

  private void rehash() {
    Word[] old = slots;
    slots = new Word[old.length * 2];
    hashes = new int[slots.length];
    for (Word w : old) {
      if (w != null) {
        put(w);
      }
    }
  }

  private void put(Word word) {
    int h = hash(word.text);
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (slots[i] != null) {
      i = (i + 1) & mask;
    }
    slots[i] = word;
    hashes[i] = h;
  }

  static int hash(CharSequence lowerAscii) {
    int h = 0;
    for (int i = 0; i < lowerAscii.length(); i++) {
      h = 31 * h + lowerAscii.charAt(i);
    }
    return h;
  }

  private static int mix(int h) {
    return (h ^ (h >>> 16)) * 0x45d9f3b;
  }

  @Nullable Word lookup(String lowerAscii) {
    return lookup(hash(lowerAscii), lowerAscii, 0, lowerAscii.length(), false);
  }

  /**
   * The word whose lower-case spelling is {@code text[start, end)} lower-cased, given the hash
   * of that lower-case spelling; null if unknown.
   */
  @Nullable Word lookup(int hash, CharSequence text, int start, int end, boolean fold) {
    int mask = slots.length - 1;
    int i = mix(hash) & mask;
    int length = end - start;
    while (true) {
      Word w = slots[i];
      if (w == null) {
        return null;
      }
      if (hashes[i] == hash && w.chars.length == length && same(w.chars, text, start, fold)) {
        return w;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean same(char[] word, CharSequence text, int start, boolean fold) {
    for (int k = 0; k < word.length; k++) {
      char c = text.charAt(start + k);
      if (fold && c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (word[k] != c) {
        return false;
      }
    }
    return true;
  }
}
