package io.claimcheck.report;

/**
 * The HTML writer's escaping: text, attribute values and fragment-safe ids. Every string from a
 * report goes through one of these before it reaches the page.
 */
final class Html {
  private Html() {}

  /**
   * Text for an element's content or a double-quoted attribute: {@code & < > " '} escaped, and
   * control characters other than tab and line break dropped (they are not allowed in HTML).
   */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0) {
            break;
          }
          if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
              sb.append(c).append(s.charAt(++i));
            } else {
              sb.append('\uFFFD');
            }
            break;
          }
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * An id made of letters, digits and hyphens only, one to one with {@code raw}: every other
   * character (and {@code _} itself) becomes {@code _} and its code in hex, so that ids are safe
   * in URL fragments and never collide.
   */
  static String id(String prefix, String raw) {
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
        sb.append(c);
      } else {
        sb.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return sb.toString();
  }

  /** An address for an {@code href}: only http, https and relative links are kept; others give null. */
  static @org.jspecify.annotations.Nullable String href(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
    if (hasScheme && !lower.startsWith("http:") && !lower.startsWith("https:")) {
      return null;
    }
    return u;
  }
}
