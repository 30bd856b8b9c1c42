package io.claimcheck.number;

/** Writes whole numbers out in English words, as newspapers spell them, for round-trip tests. */
final class EnglishWords {
  private static final String[] SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion"};

  private EnglishWords() {}

  /**
   * {@code n} in words. {@code british} puts "and" after hundreds ("two hundred and fifty");
   * {@code hyphens} joins tens and units with a hyphen ("eighty-seven") or a space.
   */
  static String spell(long n, boolean british, boolean hyphens) {
    if (n == 0) {
      return "zero";
    }
    StringBuilder out = new StringBuilder();
    long divisor = 1_000_000_000_000_000L;
    for (int scale = 5; scale >= 0; scale--) {
      int group = (int) (n / divisor % 1000);
      if (group != 0) {
        if (out.length() > 0) {
          out.append(' ');
          if (british && scale == 0 && group < 100) {
            out.append("and ");
          }
        }
        out.append(belowThousand(group, british, hyphens));
        if (scale > 0) {
          out.append(' ').append(SCALES[scale]);
        }
      }
      divisor /= 1000;
    }
    return out.toString();
  }

  private static String belowThousand(int n, boolean british, boolean hyphens) {
    StringBuilder s = new StringBuilder();
    if (n >= 100) {
      s.append(SMALL[n / 100]).append(" hundred");
      n %= 100;
      if (n > 0) {
        s.append(british ? " and " : " ");
      }
    }
    if (n >= 20) {
      s.append(TENS[n / 10]);
      if (n % 10 != 0) {
        s.append(hyphens ? "-" : " ").append(SMALL[n % 10]);
      }
    } else if (n > 0) {
      s.append(SMALL[n]);
    }
    return s.toString();
  }
}
