package io.claimcheck.internal;

import java.util.Arrays;

/**
 * The tokens of a text, lexed once and read by both the number finder and the extractor: every
 * run of letters and digits is a word, every other visible character a mark of its own, and
 * spaces and line breaks are recorded on the token after them. The number finder groups these
 * tokens into its own ("290" "," "000" is one figure; "A380" is a word and a glued number) and
 * reports each phrase with the tokens it covers, so that the extractor, reading the same tokens
 * sentence by sentence, never lexes a text again nor maps a phrase's offsets back to tokens.
 *
 * <p>Tokens are lexed lazily, left to right, one pass with no look-back: linear in the text's
 * length. A text lexed to be kept holds every token (the extractor reads a document twice); one
 * lexed for the number finder alone keeps a sliding window, so that memory stays bounded on a
 * text of any length.
 *
 * <p>Internal, not API: public only for the number finder and the extractor, which are in other
 * packages; it may change in any release.
 */
public final class TextTokens {
  /** A run of letters and digits; any other token is a mark of one character. */
  public static final int WORD = 1;
  /** A word starting with an upper-case letter. */
  public static final int CAPITAL = 1 << 1;
  /** Spaces (or any white space) between this token and the previous one. */
  public static final int SPACE_BEFORE = 1 << 2;
  /** A line break between this token and the previous one. */
  public static final int BREAK_BEFORE = 1 << 3;
  /** A word of ASCII letters only. */
  public static final int LETTERS = 1 << 4;
  /** A word whose first character is a digit ({@link Character#isDigit(char)}). */
  public static final int DIGIT = 1 << 5;

  private CharSequence text; // "" once spared: a spare holds arrays, no document
  private int length;
  private final boolean keep;
  /**
   * The characters lexed from, read from an array rather than through {@link CharSequence#charAt}
   * (a call per character where the JIT inlines little): a kept text's every character; in a
   * window, a block of them from {@link #bufStart}, refilled as lexing moves on.
   */
  private char[] buf;
  private int bufStart;
  private int bufEnd;
  /** Characters per block in a window. */
  private static final int BLOCK = 8192;

  private int pos;
  private int base; // absolute index of slot 0
  private int count; // tokens held
  private int[] start;
  private int[] end;
  private int[] hash;
  private byte[] flags;

  private TextTokens(CharSequence text, boolean keep, int capacity) {
    this.text = text;
    this.length = text.length();
    this.keep = keep;
    this.start = new int[capacity];
    this.end = new int[capacity];
    this.hash = new int[capacity];
    this.flags = new byte[capacity];
    if (keep) {
      this.buf = text.toString().toCharArray();
      this.bufEnd = buf.length;
    } else {
      this.buf = new char[Math.min(BLOCK, length)];
    }
  }

  /** Fills the window's block from offset {@code p}, which must be inside the text. */
  private void fill(int p) {
    int n = Math.min(buf.length, length - p);
    if (text instanceof String s) {
      s.getChars(p, p + n, buf, 0);
    } else {
      for (int k = 0; k < n; k++) {
        buf[k] = text.charAt(p + k);
      }
    }
    bufStart = p;
    bufEnd = p + n;
  }

  /** The character at offset {@code p} of the text: from the array when it holds it. */
  public char charAt(int p) {
    int k = p - bufStart;
    return k >= 0 && p < bufEnd ? buf[k] : text.charAt(p);
  }

  /** The tokens of {@code text}, every one kept. */
  public static TextTokens of(CharSequence text) {
    return new TextTokens(text, true, 16 + text.length() / 4);
  }

  /**
   * The tokens of {@code text}, every one kept, lexed into the arrays of {@code spent} (the
   * kept tokens of a text done with, which must not be read again) where they are large enough,
   * so that a thread reading document after document does not make and clear new arrays for
   * each. The tokens are those {@link #of(CharSequence)} gives.
   */
  public static TextTokens of(CharSequence text, @org.jspecify.annotations.Nullable TextTokens spent) {
    int n = text.length();
    if (spent == null || !spent.keep || spent.buf.length < n || spent.start.length < 16 + n / 4) {
      return of(text);
    }
    return new TextTokens(text, spent);
  }

  /** Kept tokens of {@code text} in the arrays of {@code spent}, which are large enough. */
  private TextTokens(CharSequence text, TextTokens spent) {
    this.text = text;
    this.length = text.length();
    this.keep = true;
    this.start = spent.start;
    this.end = spent.end;
    this.hash = spent.hash;
    this.flags = spent.flags;
    this.buf = spent.buf;
    spent.buf = EMPTY; // read again, the spent tokens fail rather than show another text's
    spent.count = 0;
    if (text instanceof String s) {
      s.getChars(0, length, buf, 0);
    } else {
      for (int k = 0; k < length; k++) {
        buf[k] = text.charAt(k);
      }
    }
    this.bufEnd = length;
  }

  private static final char[] EMPTY = new char[0];

  /**
   * Characters of the largest text whose arrays are worth keeping for the next ({@link
   * #of(CharSequence, TextTokens)}): with the token arrays it takes ({@link #SPARE_TOKENS}), a
   * spare holds at most 2 MB of characters and 3.4 MB of tokens.
   */
  public static final int SPARE_LIMIT = 1 << 20;

  /**
   * Token slots of the largest arrays worth keeping: those a text of {@link #SPARE_LIMIT}
   * characters is lexed into. A text dense with marks grows its arrays up to a slot a character;
   * such arrays are not kept.
   */
  public static final int SPARE_TOKENS = 16 + SPARE_LIMIT / 4;

  /**
   * Whether these tokens' arrays are worth keeping for the next text: kept, and neither the
   * characters nor the tokens too many.
   */
  public boolean spareable() {
    return keep && buf.length <= SPARE_LIMIT && start.length <= SPARE_TOKENS;
  }

  /** Each thread's spared tokens, whose arrays its next {@link #ofSpare} lexes into. */
  private static final Spares<TextTokens> SPARE = new Spares<>();

  /**
   * The tokens of {@code text}, every one kept, lexed into the arrays of the tokens this thread
   * spared last ({@link #spare}), if any and large enough.
   */
  public static TextTokens ofSpare(CharSequence text) {
    return of(text, SPARE.take());
  }

  /**
   * These tokens are done with: when {@link #spareable}, their arrays are kept for this thread's
   * next {@link #ofSpare}, and the text is let go (a spare holds no document). Not read again.
   */
  public void spare() {
    if (spareable()) {
      text = "";
      length = 0;
      count = 0;
      pos = 0;
      SPARE.keep(this);
    }
  }

  /** The tokens of {@code text} in a sliding window: {@link #release} forgets those behind. */
  public static TextTokens window(CharSequence text) {
    return new TextTokens(text, false, 256);
  }

  /**
   * Slots of the token arrays: at least the most tokens these have held at once (in a window,
   * 256 doubled as often as that needed). For tests of a window's bound; internal, not API.
   */
  public int capacity() {
    return start.length;
  }

  public CharSequence text() {
    return text;
  }

  // ASCII classes: 0 space or control, 1 letter or digit, 2 mark
  private static final byte[] ASCII = new byte[128];

  /** Per ASCII letter or digit, the character with capitals lowered; 0 for any other. */
  private static final char[] LOWER = new char[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = (byte) (c <= ' ' ? 0 : Character.isLetterOrDigit(c) ? 1 : 2);
      LOWER[c] = ASCII[c] == 1 ? (char) lower((char) c) : 0;
    }
  }

  /** 0 for white space, 1 for a letter or digit, 2 for any other character. */
  public static int classOf(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return 0;
    }
    return Character.isLetterOrDigit(c) ? 1 : 2;
  }

  /** Whether a token exists at absolute index {@code i}, lexing as needed. */
  public boolean has(int i) {
    while (i >= base + count) {
      if (!lexOne()) {
        return false;
      }
    }
    return i >= base;
  }

  /** The number of tokens, the whole text lexed. */
  public int size() {
    while (lexOne()) {
      // lex the rest
    }
    return base + count;
  }

  /** Where token {@code i} starts; it must be held ({@link #has}). */
  public int start(int i) {
    return start[i - base];
  }

  public int end(int i) {
    return end[i - base];
  }

  public int flags(int i) {
    return flags[i - base];
  }

  /**
   * The hash of token {@code i} with ASCII capitals lowered: {@code h = 31 * h + c} over its
   * characters, as {@link #hash(CharSequence, int, int)} computes it. Made while lexing, once, so
   * that every word table the token is looked up in starts from it.
   */
  public int hash(int i) {
    return hash[i - base];
  }

  /** The hash of {@code text[from, to)} as {@link #hash(int)} gives it for a token. */
  public static int hash(CharSequence text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + lower(text.charAt(k));
    }
    return h;
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  public boolean isWord(int i) {
    return (flags[i - base] & WORD) != 0;
  }

  /** The index of the first token ending after {@code offset}: the one holding it, or the next. */
  public int indexHolding(int offset) {
    lexPast(offset);
    return search(offset + 1, end);
  }

  /** The index of the first token starting at or after {@code offset}. */
  public int indexAt(int offset) {
    lexPast(offset);
    return search(offset, start);
  }

  /**
   * {@link #indexHolding}, for a caller that reads stretches one after another: {@code hint} is
   * where it guesses the answer is (the index after the last token of the stretch before), and
   * is taken when the tokens either side of it show it is; else the tokens are searched.
   */
  public int indexHolding(int offset, int hint) {
    lexPast(offset);
    if (holds(hint, offset)) {
      return hint;
    }
    if (holds(lastAt, offset)) { // the stretch read last, by another reader of these tokens, ended there
      return lastAt;
    }
    return search(offset + 1, end);
  }

  /** Whether {@code i} is the first token held that ends after {@code offset}. */
  private boolean holds(int i, int offset) {
    int h = i - base;
    return h >= 0 && h <= count && (h == count || end[h] > offset) && (h == 0 || end[h - 1] <= offset);
  }

  /** What {@link #indexAt(int, int)} gave last: where the next stretch read most often starts. */
  private int lastAt;

  /** Tokens {@link #indexAt(int, int)} looks at one by one before it searches. */
  private static final int NEAR = 64;

  /**
   * {@link #indexAt}, for an offset whose token is likely within a few of index {@code from}
   * (the first token of a sentence, the offset its end): the tokens from there are looked at one
   * by one, and searched only when the answer is not among the next {@value #NEAR}.
   */
  public int indexAt(int offset, int from) {
    lexPast(offset);
    int k = from - base;
    if (k < 0 || k > count || k > 0 && start[k - 1] >= offset) {
      return lastAt = search(offset, start);
    }
    int near = Math.min(count, k + NEAR);
    while (k < near && start[k] < offset) {
      k++;
    }
    int at = k < near || k == count ? base + k : search(offset, start);
    lastAt = at;
    return at;
  }

  /** Lexes until a token ends after {@code offset}, or the text does. */
  private void lexPast(int offset) {
    while ((count == 0 || end[count - 1] <= offset) && lexOne()) {
      // lex on
    }
  }

  /** The first index whose value in {@code a} is at least {@code v}, among the tokens held. */
  private int search(int v, int[] a) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return base + lo;
  }

  /** Forgets tokens before absolute index {@code i}, unless every token is kept. */
  public void release(int i) {
    int drop = i - base;
    if (keep || drop < 1024) {
      return;
    }
    drop = Math.min(drop, count);
    int rest = count - drop;
    System.arraycopy(start, drop, start, 0, rest);
    System.arraycopy(end, drop, end, 0, rest);
    System.arraycopy(hash, drop, hash, 0, rest);
    System.arraycopy(flags, drop, flags, 0, rest);
    base += drop;
    count = rest;
  }

  /** Copies tokens {@code [from, from + n)} into the arrays given, starting at 0. */
  public void copy(int from, int n, int[] starts, int[] ends, int[] hashes, byte[] flagsOut) {
    System.arraycopy(start, from - base, starts, 0, n);
    System.arraycopy(end, from - base, ends, 0, n);
    System.arraycopy(hash, from - base, hashes, 0, n);
    System.arraycopy(flags, from - base, flagsOut, 0, n);
  }

  /** Tokens lexed at a time in a window; a kept text is lexed to its end at once. */
  private static final int BATCH = 64;

  /**
   * Lexes on: the rest of a kept text, or a batch of tokens in a window. False when the text
   * has no token left. One loop over the characters, the arrays held in locals.
   */
  private boolean lexOne() {
    if (keep) {
      return lexAll();
    }
    int p = pos;
    int length = this.length;
    int cnt = count;
    int last = keep ? Integer.MAX_VALUE : cnt + BATCH;
    int[] st = start;
    int[] en = end;
    int[] hs = hash;
    byte[] fl = flags;
    char[] b = buf;
    int off = bufStart; // the array holds the text from off to lim: locals, as fields are read again after every call
    int lim = bufEnd;
    int f = 0;
    while (cnt < last) {
      if (p >= lim) {
        if (p >= length) {
          break;
        }
        fill(p);
        off = bufStart;
        lim = bufEnd;
      }
      char c = b[p - off];
      int type = c < 128 ? ASCII[c] : classOf(c);
      if (type == 0) {
        f |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? SPACE_BEFORE | BREAK_BEFORE : SPACE_BEFORE;
        p++;
        continue;
      }
      if (cnt == st.length) {
        count = cnt;
        grow();
        st = start;
        en = end;
        hs = hash;
        fl = flags;
      }
      int q = p + 1;
      if (type == 1) {
        int h;
        int wf = f | WORD;
        boolean letters;
        int label = -1; // where a figure glued to the next label of a list ends
        if (c < 128) {
          h = LOWER[c];
          letters = h >= 'a';
          if (c >= 'A' && c <= 'Z') {
            wf |= CAPITAL;
          } else if (c <= '9') {
            wf |= DIGIT;
            label = labelAfterFigure(text, p);
          }
        } else {
          h = c;
          letters = false;
          if (Character.isUpperCase(c)) {
            wf |= CAPITAL;
          } else if (Character.isDigit(c)) {
            wf |= DIGIT;
          }
        }
        while (q != label) {
          if (q >= lim) {
            if (q >= length) {
              break;
            }
            fill(q);
            off = bufStart;
            lim = bufEnd;
          }
          char d = b[q - off];
          if (d < 128) {
            int l = LOWER[d];
            if (l == 0) {
              break;
            }
            h = 31 * h + l;
            letters &= l >= 'a';
          } else {
            if (classOf(d) != 1) {
              break;
            }
            h = 31 * h + d;
            letters = false;
          }
          q++;
        }
        hs[cnt] = h;
        fl[cnt] = (byte) (wf | (letters ? LETTERS : 0));
      } else {
        hs[cnt] = c;
        fl[cnt] = (byte) f;
      }
      st[cnt] = p;
      en[cnt] = q;
      cnt++;
      p = q;
      f = 0;
    }
    boolean lexed = cnt > count;
    count = cnt;
    pos = p;
    return lexed;
  }

  /**
   * {@link #lexOne} for a kept text, which the array holds whole: the same tokens, lexed to the
   * end in one loop with no block to refill, so that the loop over a word's characters tests only
   * where the word may stop (C1, which compiles the extractor, keeps every test it is given).
   */
  private boolean lexAll() {
    int p = pos;
    int n = length;
    int cnt = count;
    int[] st = start;
    int[] en = end;
    int[] hs = hash;
    byte[] fl = flags;
    char[] b = buf;
    int f = 0;
    while (p < n) {
      char c = b[p];
      int type = c < 128 ? ASCII[c] : classOf(c);
      if (type == 0) {
        f |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? SPACE_BEFORE | BREAK_BEFORE : SPACE_BEFORE;
        p++;
        continue;
      }
      if (cnt == st.length) {
        count = cnt;
        grow();
        st = start;
        en = end;
        hs = hash;
        fl = flags;
      }
      int q = p + 1;
      if (type == 1) {
        int h;
        int wf = f | WORD;
        int all; // the bits every lowered character has: 0x40 while all are letters ('a'-'z'), never for digits
        int stop = n;
        if (c < 128) {
          h = LOWER[c];
          all = h;
          if (c >= 'A' && c <= 'Z') {
            wf |= CAPITAL;
          } else if (c <= '9') {
            wf |= DIGIT;
            int label = labelAfterFigure(text, p);
            if (label >= 0) {
              stop = label;
            }
          }
        } else {
          h = c;
          all = 0;
          if (Character.isUpperCase(c)) {
            wf |= CAPITAL;
          } else if (Character.isDigit(c)) {
            wf |= DIGIT;
          }
        }
        while (q < stop) {
          char d = b[q];
          if (d < 128) {
            int l = LOWER[d];
            if (l == 0) {
              break;
            }
            h = 31 * h + l;
            all &= l;
          } else {
            if (classOf(d) != 1) {
              break;
            }
            h = 31 * h + d;
            all = 0;
          }
          q++;
        }
        hs[cnt] = h;
        fl[cnt] = (byte) (wf | ((all & 0x40) != 0 ? LETTERS : 0));
      } else {
        hs[cnt] = c;
        fl[cnt] = (byte) f;
      }
      st[cnt] = p;
      en[cnt] = q;
      cnt++;
      p = q;
      f = 0;
    }
    boolean lexed = cnt > count;
    count = cnt;
    pos = p;
    return lexed;
  }

  /** How far back a glued list figure's colon may be, and how far ahead the next one. */
  private static final int LABEL_BEHIND = 16;
  private static final int LABEL_AHEAD = 40;

  /**
   * Where the next label starts when a figure at {@code p} is glued to it in a scraped list: in
   * "Chile: 12Peru: 4" (a table whose cells lost their breaks) the run "12Peru" is the figure 12
   * and the label "Peru". It is so when the digits (with any separators) follow a colon, the
   * letters after them are a capitalised word ("Peru", not "12th", "3D" or "180ml"), and that
   * word, with at most three more capitalised words ("New Zealand"), is itself followed by a
   * colon. Returns the label's start, or -1. Reads a bounded window around {@code p}.
   */
  static int labelAfterFigure(CharSequence text, int p) {
    int n = text.length();
    int b = p - 1;
    while (b >= 0 && p - b <= LABEL_BEHIND && (isDigit(text.charAt(b)) || text.charAt(b) == ',' || text.charAt(b) == '.')) {
      b--;
    }
    while (b >= 0 && p - b <= LABEL_BEHIND && text.charAt(b) == ' ') {
      b--;
    }
    if (b < 0 || text.charAt(b) != ':') {
      return -1;
    }
    int d = p;
    while (d < n && isDigit(text.charAt(d))) {
      d++;
    }
    int label = d;
    int q = d;
    int words = 0;
    while (words < 4 && q + 1 < n && isAsciiUpper(text.charAt(q)) && isAsciiLower(text.charAt(q + 1))) {
      q += 2;
      while (q < n && isAsciiLower(text.charAt(q))) {
        q++;
      }
      words++;
      if (q - label > LABEL_AHEAD) {
        return -1;
      }
      if (q < n && text.charAt(q) == ':') {
        return label;
      }
      if (q < n && text.charAt(q) == ' ') {
        q++;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private void grow() {
    int n = count * 2;
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    hash = Arrays.copyOf(hash, n);
    flags = Arrays.copyOf(flags, n);
  }
}
