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

  private final CharSequence text;
  private final int length;
  private final boolean keep;

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
  }

  /** The tokens of {@code text}, every one kept. */
  public static TextTokens of(CharSequence text) {
    return new TextTokens(text, true, 16 + text.length() / 4);
  }

  /** The tokens of {@code text} in a sliding window: {@link #release} forgets those behind. */
  public static TextTokens window(CharSequence text) {
    return new TextTokens(text, false, 256);
  }

  public CharSequence text() {
    return text;
  }

  // ASCII classes: 0 space or control, 1 letter or digit, 2 mark
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = (byte) (c <= ' ' ? 0 : Character.isLetterOrDigit(c) ? 1 : 2);
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

  private boolean lexOne() {
    int p = pos;
    int f = 0;
    while (p < length) {
      char c = text.charAt(p);
      int type = classOf(c);
      if (type == 0) {
        f |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? SPACE_BEFORE | BREAK_BEFORE : SPACE_BEFORE;
        p++;
      } else if (type == 1) {
        int h = lower(c);
        boolean letters = isAsciiLetter(c);
        int q = p + 1;
        int label = isDigit(c) ? labelAfterFigure(text, p) : -1;
        while (q < length && q != label) {
          char d = text.charAt(q);
          if (classOf(d) != 1) {
            break;
          }
          h = 31 * h + lower(d);
          letters &= isAsciiLetter(d);
          q++;
        }
        push(p, q, h, f | WORD | (Character.isUpperCase(c) ? CAPITAL : 0) | (letters ? LETTERS : 0));
        pos = q;
        return true;
      } else {
        push(p, p + 1, c, f);
        pos = p + 1;
        return true;
      }
    }
    pos = p;
    return false;
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

  private static boolean isAsciiLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  private void push(int s, int e, int h, int f) {
    if (count == start.length) {
      int n = count * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      hash = Arrays.copyOf(hash, n);
      flags = Arrays.copyOf(flags, n);
    }
    start[count] = s;
    end[count] = e;
    hash[count] = h;
    flags[count] = (byte) f;
    count++;
  }
}
