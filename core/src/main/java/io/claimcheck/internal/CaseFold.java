package io.claimcheck.internal;

/**
 * Case-insensitive comparison of a region of text with a word, as
 * {@link String#regionMatches(boolean, int, String, int, int)} compares, without its slow path:
 * {@code String} compares a text that holds one character beyond Latin-1 (a curly quote, a dash)
 * with a Latin-1 word by case-mapping every character, where ASCII letters need only a bit.
 */
public final class CaseFold {
  private CaseFold() {}

  /** Whether {@code text[from, from + word.length())} is {@code word}, ignoring case. */
  public static boolean regionMatches(String text, int from, String word) {
    int length = word.length();
    if (from < 0 || from > text.length() - length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      char a = text.charAt(from + k);
      char b = word.charAt(k);
      if (a == b) {
        continue;
      }
      if ((a | b) < 0x80) {
        // ASCII: letters differ in one bit, everything else must be equal
        char la = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char) (b + 32) : b;
        if (la != lb) {
          return false;
        }
        continue;
      }
      // as String does: the upper cases, then the lower cases of those, may meet
      char ua = Character.toUpperCase(a);
      char ub = Character.toUpperCase(b);
      if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
        return false;
      }
    }
    return true;
  }
}
