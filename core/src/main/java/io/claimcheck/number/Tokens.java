package io.claimcheck.number;

import io.claimcheck.internal.TextTokens;
import java.util.Arrays;

/**
 * The number finder's tokens, made from the shared {@link TextTokens} of the text: a word of those
 * is split where letters meet digits ("A380" is the word "a" and a glued number, "3k" a number
 * with a suffix), and a number is joined across its separators ("290" "," "000" is one figure,
 * so are "40 000" and "1.5e6"). Each token knows the shared tokens it covers, so that a phrase
 * is reported with them. Held in a sliding window, addressed by absolute index; the scanner
 * releases those it no longer needs. One pass, no regular expressions, no backtracking: linear
 * in the text's length.
 */
final class Tokens {
  static final int NUM = 1;
  static final int WORD = 2;
  static final int PUNCT = 3;

  // Token flags.
  static final int SPACE_BEFORE = 1;
  static final int BREAK_BEFORE = 1 << 1; // a line break between this token and the previous one
  static final int CAPITALISED = 1 << 2;
  static final int DECIMAL = 1 << 3; // number with a decimal point
  static final int GROUPED = 1 << 4; // number with thousands separators
  static final int GLUED_LEFT = 1 << 5; // number stuck to a preceding letter: "A380", "G20"
  static final int EXPONENT = 1 << 6; // "1e10"
  static final int SUFFIX = 1 << 7; // number with letters stuck after it: "3k", "4th", "180ml"
  static final int SUFFIX_THEN_DIGIT = 1 << 8; // "3a4": an identifier, not a number
  static final int NON_ASCII = 1 << 9; // word with letters outside ASCII: never a known word
  static final int INTERESTING = 1 << 10; // may start a phrase: the scanner skips all others
  static final int UNLOOKED = 1 << 11; // a word not looked up yet: aux holds its hash
  /** Flags about layout, not content: a number with no flags beyond these is plain digits. */
  static final int LAYOUT = SPACE_BEFORE | BREAK_BEFORE | INTERESTING;

  private final CharSequence text;
  private final int length;
  private final WordTable table;
  private final TextTokens shared;
  private int j; // the shared token at or after pos

  private int pos;
  private int base; // absolute index of slot 0
  private int count; // tokens held
  private boolean done;
  private int noDecimalBefore; // inside a dotted chain such as 192.168.1.2: no decimals

  private int[] type;
  private int[] start;
  private int[] end;
  private int[] aux; // WORD: word id; PUNCT: the char; NUM: end of the numeric body
  private int[] digits; // NUM: digit count (integer and fraction parts)
  private int[] flags;
  private int[] firstShared; // the first shared token starting at or after start
  private int[] afterShared; // the first shared token starting at or after end

  /**
   * The arrays of the last run on this thread that ended ({@link #done}), taken by the next: a
   * run per document would otherwise make and clear eight new arrays for each. A run started
   * while another is going on (a sink that finds numbers) makes its own.
   */
  private static final io.claimcheck.internal.Spares<int[][]> SPARE = new io.claimcheck.internal.Spares<>();

  /** Window arrays larger than this many tokens (2 MB for the eight) are not kept for the next run. */
  private static final int SPARE_LIMIT = 1 << 16;

  /** The holder of this run's eight arrays: the spare's, refilled by {@link #done} for the next run. */
  private int[][] arrays;

  private void take() {
    int[][] a = SPARE.take();
    if (a == null) {
      a = new int[8][512];
    }
    arrays = a;
    type = a[0];
    start = a[1];
    end = a[2];
    aux = a[3];
    digits = a[4];
    flags = a[5];
    firstShared = a[6];
    afterShared = a[7];
  }

  /**
   * The run is over: its arrays go to the next run on this thread, in the holder they came in
   * (no new holder per run), and this run lets go of them, so that a token read after (which
   * nothing does) fails rather than reads another run's. Once; a second call does nothing.
   */
  void done() {
    count = 0;
    done = true;
    if (type == null) {
      return;
    }
    if (type.length <= SPARE_LIMIT) {
      int[][] a = arrays;
      a[0] = type;
      a[1] = start;
      a[2] = end;
      a[3] = aux;
      a[4] = digits;
      a[5] = flags;
      a[6] = firstShared;
      a[7] = afterShared;
      SPARE.keep(a);
    }
    arrays = null;
    type = null;
    start = null;
    end = null;
    aux = null;
    digits = null;
    flags = null;
    firstShared = null;
    afterShared = null;
  }

  /** Whether {@link #nextInteresting} passes over plain tokens without lexing them (always, but in tests). */
  private final boolean passing;

  Tokens(TextTokens shared, WordTable table) {
    this(shared, table, true);
  }

  Tokens(TextTokens shared, WordTable table, boolean passing) {
    this.passing = passing;
    take();
    this.shared = shared;
    this.text = shared.text();
    this.length = text.length();
    this.table = table;
  }

  /** Whether a token exists at absolute index {@code i}, lexing as needed. */
  boolean has(int i) {
    if (i < base) {
      if (i >= 0) {
        belowWindow++; // a token forgotten already: no form should ask for one
      }
      return false;
    }
    while (i >= base + count) {
      if (done || !lexOne()) {
        done = true;
        return false;
      }
    }
    return true;
  }

  /**
   * The first token at or after absolute index {@code i} that may start a phrase, lexing as
   * needed, or -1 when none: the tokens between are passed over in one loop, and those more than
   * {@code behind} before the one returned forgotten on the way.
   */
  int nextInteresting(int i, int behind) {
    while (true) {
      int end = base + count;
      for (; i < end; i++) {
        if ((flags[i - base] & INTERESTING) != 0) {
          return i;
        }
      }
      release(i - behind);
      if (passing && !done && i == base + count) {
        i = passPlain(i);
      }
      if (done || !lexOne()) {
        done = true;
        return -1;
      }
    }
  }

  /**
   * Tokens kept before the first one after a passed stretch that may start a phrase: twice the
   * farthest any form of the scanner looks back from the token it starts at (two: "rose from 20
   * to 30" asks for the word before "from"), so that every token a form asks for is held.
   */
  static final int KEPT_BEFORE = 4;

  /**
   * Shared tokens looked at, at most, to pass over in one turn: a longer plain stretch is passed
   * a piece at a time (the next turn of {@link #nextInteresting} passes the next), so that a
   * window over a text of any length holds a bounded number of shared tokens, not a whole stretch.
   */
  static final int PASS_AT_MOST = 1024;

  /**
   * Passes over the plain tokens ahead, every one but the last {@link #KEPT_BEFORE}, without
   * lexing them into the window: {@code i} is the first token not lexed yet, and the index of the
   * first one still to lex is returned. A plain token ({@link #plain}) is exactly one token of the
   * finder's that cannot start a phrase, so indexes stay those of a full lexing and the scanner
   * would pass over it anyway; the tokens held are forgotten, as each is more than {@link
   * #KEPT_BEFORE} before any token that may start a phrase.
   */
  private int passPlain(int i) {
    int k = j;
    while (shared.has(k) && shared.end(k) <= pos) {
      k++;
    }
    int m = k;
    int most = k + PASS_AT_MOST; // a bounded look-ahead: the shared window holds what is looked at
    while (m < most && shared.has(m) && plain(m)) {
      m++;
    }
    int pass = m - k - KEPT_BEFORE;
    if (pass <= 0 || shared.start(k) < pos) {
      return i;
    }
    base = i + pass;
    count = 0;
    j = k + pass;
    pos = shared.end(j - 1);
    shared.release(j);
    return base;
  }

  /**
   * Whether shared token {@code k}, lexed from its start, is one token of the finder's that
   * cannot start a phrase: a word of ASCII letters that no phrase starts with, or a mark that
   * starts none and is not read as a space or a decimal point.
   */
  private boolean plain(int k) {
    int g = shared.flags(k);
    if ((g & TextTokens.LETTERS) != 0) {
      return shared.end(k) - shared.start(k) > WordTable.MAX_LENGTH || !table.mayStartPhrase(shared.hash(k));
    }
    if ((g & TextTokens.WORD) != 0) {
      return false;
    }
    int p = shared.start(k);
    char c = shared.charAt(p);
    if (c == '.') {
      return !(p + 1 < length && isDigit(shared.charAt(p + 1)) && !afterDigit(p));
    }
    return c != '\u0085' && c != '\uFEFF' && !table.startsPhrase(c);
  }

  /** Forgets tokens before absolute index {@code i}. */
  void release(int i) {
    int drop = i - base;
    if (drop <= 0 || drop < 256) {
      return;
    }
    drop = Math.min(drop, count);
    int keep = count - drop;
    System.arraycopy(type, drop, type, 0, keep);
    System.arraycopy(start, drop, start, 0, keep);
    System.arraycopy(end, drop, end, 0, keep);
    System.arraycopy(aux, drop, aux, 0, keep);
    System.arraycopy(digits, drop, digits, 0, keep);
    System.arraycopy(flags, drop, flags, 0, keep);
    System.arraycopy(firstShared, drop, firstShared, 0, keep);
    System.arraycopy(afterShared, drop, afterShared, 0, keep);
    base += drop;
    count = keep;
    shared.release(j);
  }

  int type(int i) {
    return has(i) ? type[i - base] : 0;
  }

  int start(int i) {
    return start[i - base];
  }

  int end(int i) {
    return end[i - base];
  }

  /** The first shared token starting at or after the start of token {@code i}. */
  int firstShared(int i) {
    return firstShared[i - base];
  }

  /** The first shared token starting at or after the end of token {@code i}: the one after it. */
  int afterShared(int i) {
    return afterShared[i - base];
  }

  int flags(int i) {
    return has(i) ? flags[i - base] : 0;
  }

  boolean flag(int i, int flag) {
    return (flags(i) & flag) != 0;
  }

  /** Whether token {@code i} (which must exist) may start a phrase. */
  /** Whether number token {@code i} is plain digits: no separators, decimals, suffix or exponent. */
  boolean plainDigits(int i) {
    return (flags(i) & ~LAYOUT) == 0;
  }

  boolean interesting(int i) {
    return (flags[i - base] & INTERESTING) != 0;
  }

  /** For a number token, where its numeric body ends (before any glued suffix). */
  int bodyEnd(int i) {
    return aux[i - base];
  }

  int digitCount(int i) {
    return digits[i - base];
  }

  /** The word at {@code i}, or the unknown word (id 0) when it is not a word. */
  Word word(int i) {
    return type(i) == WORD ? table.word(wordId(i - base)) : table.word(0);
  }

  boolean isWord(int i, int category) {
    return type(i) == WORD && table.word(wordId(i - base)).category == category;
  }

  boolean isWordFlag(int i, int flag) {
    return type(i) == WORD && table.word(wordId(i - base)).has(flag);
  }

  boolean isWord(int i, String lower) {
    return type(i) == WORD && table.word(wordId(i - base)).text.equals(lower);
  }

  /** The word id of the word token in {@code slot}, looked up on first use. */
  private int wordId(int slot) {
    if ((flags[slot] & UNLOOKED) != 0) {
      Word w = table.lookup(aux[slot], text, start[slot], end[slot], true);
      aux[slot] = w == null ? 0 : w.id;
      flags[slot] &= ~UNLOOKED;
    }
    return aux[slot];
  }

  boolean isPunct(int i, char c) {
    return type(i) == PUNCT && aux[i - base] == c;
  }

  char punct(int i) {
    return type(i) == PUNCT ? (char) aux[i - base] : 0;
  }

  /** Whether token {@code i} touches the previous token (no space between). */
  boolean glued(int i) {
    return has(i) && i > 0 && (flags[i - base] & (SPACE_BEFORE | BREAK_BEFORE)) == 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Lexing.

  /** Lexes the next token, then the words of ASCII letters that follow it, a batch at a time. */
  private boolean lexOne() {
    if (!lexNext()) {
      return false;
    }
    for (int n = 0; n < BATCH; n++) {
      while (shared.has(j) && shared.end(j) <= pos) {
        j++;
      }
      if (!shared.has(j) || shared.start(j) < pos || (shared.flags(j) & TextTokens.LETTERS) == 0) {
        break; // anything else is read as lexNext reads it
      }
      int g = shared.flags(j);
      int f = ((g & TextTokens.SPACE_BEFORE) != 0 ? SPACE_BEFORE : 0) | ((g & TextTokens.BREAK_BEFORE) != 0 ? BREAK_BEFORE : 0)
          | ((g & TextTokens.CAPITAL) != 0 ? CAPITALISED : 0);
      pushWord(shared.start(j), shared.end(j), shared.hash(j), f);
    }
    return true;
  }

  /** Words lexed at a time after a token, without a call per token. */
  private static final int BATCH = 32;

  private boolean lexNext() {
    int f = 0;
    int p;
    while (true) {
      while (shared.has(j) && shared.end(j) <= pos) {
        j++; // taken by the token before
      }
      if (!shared.has(j)) {
        pos = length;
        return false;
      }
      int s = shared.start(j);
      if (s >= pos) {
        int g = shared.flags(j);
        f |= ((g & TextTokens.SPACE_BEFORE) != 0 ? SPACE_BEFORE : 0) | ((g & TextTokens.BREAK_BEFORE) != 0 ? BREAK_BEFORE : 0);
        if ((g & TextTokens.LETTERS) != 0) {
          // a shared word of ASCII letters: the finder's word as it is, its hash made, nothing glued to it
          int e = shared.end(j);
          pushWord(s, e, shared.hash(j), (g & TextTokens.CAPITAL) != 0 ? f | CAPITALISED : f);
          return true;
        }
        p = s;
      } else {
        p = pos; // within a shared word, after the letters or digits taken before
      }
      char c = shared.charAt(p);
      if (c == '\u0085' || c == '\uFEFF') {
        f |= SPACE_BEFORE; // marks to the shared tokens, spaces to the finder
        pos = p + 1;
        continue;
      }
      break;
    }
    char c = shared.charAt(p);
    if (isDigit(c) || (c == '.' && p + 1 < length && isDigit(shared.charAt(p + 1)) && !afterDigit(p))) {
      lexNumber(p, f);
    } else if (isLetter(c)) {
      lexWord(p, f);
    } else {
      push(PUNCT, p, p + 1, c, 0, table.startsPhrase(c) ? f | INTERESTING : f);
      pos = p + 1;
    }
    return true;
  }

  private boolean afterDigit(int p) {
    return p > 0 && isDigit(shared.charAt(p - 1));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  private void lexWord(int p, int f) {
    int q = p;
    int h = 0;
    boolean ascii = true;
    if (shared.start(j) == p && (shared.flags(j) & TextTokens.LETTERS) != 0) {
      q = shared.end(j); // a shared word of ASCII letters only: its hash is made
      h = shared.hash(j);
    }
    while (q < length) {
      char c = shared.charAt(q);
      if (c < 0x80) {
        int lower = c | 0x20;
        if (lower < 'a' || lower > 'z') {
          break;
        }
        h = 31 * h + lower;
      } else if (Character.isLetter(c)) {
        ascii = false;
      } else {
        break;
      }
      q++;
    }
    char first = shared.charAt(p);
    if (first >= 'A' && first <= 'Z') {
      f |= CAPITALISED;
    }
    if (ascii) {
      pushWord(p, q, h, f);
      return;
    }
    push(WORD, p, q, 0, 0, f | NON_ASCII);
    pos = q;
  }

  /** Pushes the word of ASCII letters {@code [p, q)} with hash {@code h}, looked up if it may start a phrase. */
  private void pushWord(int p, int q, int h, int f) {
    int id = 0;
    if (q - p <= WordTable.MAX_LENGTH) {
      if (table.mayStartPhrase(h)) {
        Word w = table.lookup(h, text, p, q, true);
        if (w != null) {
          id = w.id;
          if (w.startsPhrase) {
            f |= INTERESTING;
          }
        }
      } else {
        id = h; // no word that starts a phrase: looked up only if the scanner asks what it is
        f |= UNLOOKED;
      }
    }
    push(WORD, p, q, id, 0, f);
    pos = q;
  }

  private void lexNumber(int p, int f) {
    int q = p;
    int n = 0;
    if (p > 0 && isLetter(shared.charAt(p - 1))) {
      f |= GLUED_LEFT;
    }
    if (shared.charAt(q) != '.') {
      int first = q;
      while (q < length && isDigit(shared.charAt(q))) {
        q++;
      }
      n += q - first;
      if (q - first <= 3 && q < length) {
        char sep = shared.charAt(q);
        if (sep == ',' || sep == '\u00A0' || sep == '\u202F' || sep == '\u2009' || (sep == ' ' && spaceGroupAllowed())) {
          int groups = 0;
          while (q + 3 < length
              && shared.charAt(q) == sep
              && isDigit(shared.charAt(q + 1))
              && isDigit(shared.charAt(q + 2))
              && isDigit(shared.charAt(q + 3))
              && (q + 4 >= length || !isDigit(shared.charAt(q + 4)))) {
            q += 4;
            n += 3;
            groups++;
          }
          if (groups > 0) {
            f |= GROUPED;
          }
        }
      }
    }
    if (q + 1 < length && shared.charAt(q) == '.' && isDigit(shared.charAt(q + 1)) && q >= noDecimalBefore) {
      int r = q + 1;
      while (r < length && isDigit(shared.charAt(r))) {
        r++;
      }
      if (r + 1 < length && shared.charAt(r) == '.' && isDigit(shared.charAt(r + 1)) && q > p) {
        // a dotted chain (192.168.1.2, a version number): its parts are separate numbers
        int s = r;
        while (s + 1 < length && shared.charAt(s) == '.' && isDigit(shared.charAt(s + 1))) {
          s++;
          while (s < length && isDigit(shared.charAt(s))) {
            s++;
          }
        }
        noDecimalBefore = s;
      } else {
        n += r - q - 1;
        q = r;
        f |= DECIMAL;
      }
    }
    if (q + 1 < length && (shared.charAt(q) == 'e' || shared.charAt(q) == 'E')) {
      int r = q + 1;
      if (r + 1 < length && (shared.charAt(r) == '+' || shared.charAt(r) == '-')) {
        r++;
      }
      if (r < length && isDigit(shared.charAt(r))) {
        while (r < length && isDigit(shared.charAt(r))) {
          r++;
        }
        if (r >= length || !isLetter(shared.charAt(r))) {
          q = r;
          f |= EXPONENT;
        }
      }
    }
    int bodyEnd = q;
    if (!sharedEndsAt(bodyEnd)) {
      while (q < length && isLetter(shared.charAt(q))) {
        q++;
      }
    }
    if (q > bodyEnd) {
      f |= SUFFIX;
      if (q < length && isDigit(shared.charAt(q))) {
        f |= SUFFIX_THEN_DIGIT;
        while (q < length && (isDigit(shared.charAt(q)) || isLetter(shared.charAt(q)))) {
          q++;
        }
      }
    }
    push(NUM, p, q, bodyEnd, n, f | INTERESTING);
    pos = q;
  }

  /**
   * Whether a shared token ends at {@code offset}, inside a run of letters and digits: where the
   * shared tokens split a figure from a glued label ("12Peru: 4"), the letters are no suffix.
   */
  private boolean sharedEndsAt(int offset) {
    int k = j;
    while (shared.has(k) && shared.end(k) < offset) {
      k++;
    }
    return shared.has(k) && shared.end(k) == offset;
  }

  /** A plain space groups digits ("40 000") unless the number may be a day after a month. */
  private boolean spaceGroupAllowed() {
    if (count == 0) {
      return true;
    }
    int last = count - 1;
    if (type[last] == WORD && table.word(wordId(last)).category == Word.MONTH) {
      return false;
    }
    return !(type[last] == PUNCT && aux[last] == '.' && last > 0
        && type[last - 1] == WORD && table.word(wordId(last - 1)).category == Word.MONTH);
  }

  /** Tokens lexed into the window so far. */
  int lexed() {
    return lexed;
  }

  /** Times a token that exists but was forgotten already was asked for: none, if no form reads too far back. */
  int belowWindow() {
    return belowWindow;
  }

  private int belowWindow;

  private int lexed;

  private void push(int t, int s, int e, int a, int d, int f) {
    lexed++;
    if (count == type.length) {
      int n = count * 2;
      type = Arrays.copyOf(type, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      aux = Arrays.copyOf(aux, n);
      digits = Arrays.copyOf(digits, n);
      flags = Arrays.copyOf(flags, n);
      firstShared = Arrays.copyOf(firstShared, n);
      afterShared = Arrays.copyOf(afterShared, n);
    }
    type[count] = t;
    start[count] = s;
    end[count] = e;
    aux[count] = a;
    digits[count] = d;
    flags[count] = f;
    firstShared[count] = shared.start(j) == s ? j : j + 1;
    int k = j;
    while (shared.end(k) < e && shared.has(k + 1)) {
      k++; // a figure joined across separators: "290" "," "000"
    }
    afterShared[count] = k + 1;
    count++;
  }
}
