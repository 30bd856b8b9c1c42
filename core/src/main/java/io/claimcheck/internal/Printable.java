package io.claimcheck.internal;

/**
 * Text made safe to print for a person: control characters (C0, DEL, C1), line and paragraph
 * separators and the bidirectional overrides that can disguise text are written as escapes
 * ({@code \n}, {@code \t}, {@code \u001b}), so that a file name, a manifest field or a claim
 * cannot start a new line, forge a finding line, or send terminal escape sequences. Everything
 * else, other scripts and emoji included, is kept. Used by every human-readable output.
 */
public final class Printable {
  private Printable() {}

  /** {@code s} with every unsafe character escaped; {@code s} itself when it has none. */
  public static String escape(String s) {
    int i = safeUntil(s);
    int n = s.length();
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  /** Whether {@code s} has no unsafe character: {@link #escape} gives it back as it is. */
  public static boolean safe(String s) {
    return safeUntil(s) == s.length();
  }

  /** Where the first unsafe character of {@code s} is; its length when there is none. */
  private static int safeUntil(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f || !unsafe(c)) { // printable ASCII first: nearly every character
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether {@code c} must not be printed as it is. */
  public static boolean unsafe(char c) {
    return c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029'
        || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f'
        || c == '\u061c';
  }
}
