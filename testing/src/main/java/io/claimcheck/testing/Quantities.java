package io.claimcheck.testing;

import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Printed quantities in every style the finder reads, each with its interval computed from
 * DESIGN.md's table (not from the finder): digits with separators, words, scales, qualifiers,
 * ranges and vague counts.
 */
public final class Quantities {
  private static final String[] SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
  };
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

  private Quantities() {}

  /** A figure of people, as news prints it, with its true interval. */
  public static PrintedQuantity any(RandomGenerator r) {
    switch (r.nextInt(10)) {
      case 0:
        return vague(r);
      case 1:
        return range(r);
      case 2:
        return special(r);
      default:
        return qualified(r, figure(r));
    }
  }

  /** A bare or qualified figure: "87", "at least 1,200", "about 130", "nearly 100". */
  public static PrintedQuantity qualified(RandomGenerator r, long n) {
    String printed = print(r, n);
    BigDecimal v = BigDecimal.valueOf(n);
    switch (r.nextInt(9)) {
      case 0:
        return new PrintedQuantity("at least " + printed, v, Qualifier.AT_LEAST, Interval.atLeast(v), false);
      case 1:
        return new PrintedQuantity(pick(r, "more than ", "over ", "upwards of ", "in excess of ") + printed, v,
            Qualifier.MORE_THAN, Interval.atLeast(n + 1), false);
      case 2:
        return new PrintedQuantity(pick(r, "about ", "around ", "approximately ", "roughly ", "some ", "an estimated ")
            + printed, v, Qualifier.ABOUT, Interval.exactly(v), true);
      case 3:
        if (n >= 10) {
          long lower = BigDecimal.valueOf(n).multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.CEILING).longValue();
          return new PrintedQuantity(pick(r, "nearly ", "almost ", "close to ") + printed, v, Qualifier.NEARLY,
              Interval.between(Math.min(lower, n - 1), n - 1), false);
        }
        return bare(printed, v);
      case 4:
        return new PrintedQuantity(pick(r, "up to ", "as many as ", "at most ") + printed, v, Qualifier.UP_TO,
            Interval.between(0, n), false);
      case 5:
        if (n >= 1) {
          return new PrintedQuantity(pick(r, "fewer than ", "less than ") + printed, v, Qualifier.FEWER_THAN,
              Interval.between(0, n - 1), false);
        }
        return bare(printed, v);
      default:
        return bare(printed, v);
    }
  }

  private static PrintedQuantity bare(String printed, BigDecimal v) {
    return new PrintedQuantity(printed, v, Qualifier.EXACT, Interval.exactly(v), false);
  }

  /** "between 20 and 30", "20 to 30", "20-30". */
  public static PrintedQuantity range(RandomGenerator r) {
    long a = 2 + r.nextInt(500);
    long b = a + 1 + r.nextInt(500);
    String text;
    switch (r.nextInt(3)) {
      case 0:
        text = "between " + digits(a) + " and " + digits(b);
        break;
      case 1:
        text = digits(a) + " to " + digits(b);
        break;
      default:
        text = a + "-" + b;
    }
    return new PrintedQuantity(text, BigDecimal.valueOf(a), Qualifier.BETWEEN, Interval.between(a, b), false);
  }

  /** "dozens", "hundreds", "tens of thousands": the default lexicon's meanings. */
  public static PrintedQuantity vague(RandomGenerator r) {
    Object[][] words = {
      {"dozens", 24, 99}, {"hundreds", 200, 999}, {"thousands", 2_000, 9_999}, {"tens of thousands", 20_000, 99_999},
      {"hundreds of thousands", 200_000, 999_999}, {"scores", 40, 199}
    };
    Object[] w = words[r.nextInt(words.length)];
    long lo = ((Integer) w[1]).longValue();
    return new PrintedQuantity((String) w[0], BigDecimal.valueOf(lo), Qualifier.VAGUE,
        Interval.between(lo, ((Integer) w[2]).longValue()), false);
  }

  /** "more than a quarter of a million", "half a million", "1.5 million", "3k". */
  public static PrintedQuantity special(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return new PrintedQuantity("more than a quarter of a million", BigDecimal.valueOf(250_000), Qualifier.MORE_THAN,
            Interval.atLeast(250_001), false);
      case 1:
        return bare("half a million", BigDecimal.valueOf(500_000));
      case 2: {
        int tenths = 11 + r.nextInt(88);
        BigDecimal v = BigDecimal.valueOf(tenths).movePointLeft(1).multiply(BigDecimal.valueOf(1_000_000));
        return bare(BigDecimal.valueOf(tenths).movePointLeft(1).toPlainString() + " million", v.setScale(0));
      }
      case 3:
        return new PrintedQuantity("a dozen", BigDecimal.valueOf(12), Qualifier.VAGUE, Interval.exactly(12), true);
      default: {
        int k = 2 + r.nextInt(40);
        return bare(k + "k", BigDecimal.valueOf(k * 1000L));
      }
    }
  }

  /** A count as news prints them: mostly small, sometimes large. */
  public static long figure(RandomGenerator r) {
    switch (r.nextInt(4)) {
      case 0:
        return 2 + r.nextInt(20);
      case 1:
        return 2 + r.nextInt(200);
      case 2:
        return 2 + r.nextInt(5_000);
      default:
        return 2 + r.nextLong(2_000_000);
    }
  }

  /** {@code n} in one of the styles news uses: "1,200", "1200" (under 10,000), or words under 100,000. */
  public static String print(RandomGenerator r, long n) {
    int style = r.nextInt(4);
    if (style == 0 && n < 100_000) {
      return words(n, r.nextBoolean(), r.nextBoolean());
    }
    if (style == 1 && n < 10_000 && (n < 1800 || n > 2100)) {
      return Long.toString(n);
    }
    return digits(n);
  }

  /** {@code 1,234,567}. */
  public static String digits(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code n} in English words: "two hundred and fifty", "eighty-seven". */
  public static String words(long n, boolean british, boolean hyphens) {
    if (n == 0) {
      return "zero";
    }
    StringBuilder out = new StringBuilder();
    String[] scales = {"", " thousand", " million", " billion"};
    long divisor = 1_000_000_000L;
    for (int s = 3; s >= 0; s--) {
      int group = (int) (n / divisor % 1000);
      if (group != 0) {
        if (out.length() > 0) {
          out.append(' ');
          if (british && s == 0 && group < 100) {
            out.append("and ");
          }
        }
        if (group >= 100) {
          out.append(SMALL[group / 100]).append(" hundred");
          group %= 100;
          if (group > 0) {
            out.append(british ? " and " : " ");
          }
        }
        if (group >= 20) {
          out.append(TENS[group / 10]);
          if (group % 10 != 0) {
            out.append(hyphens ? "-" : " ").append(SMALL[group % 10]);
          }
        } else if (group > 0) {
          out.append(SMALL[group]);
        }
        out.append(scales[s]);
      }
      divisor /= 1000;
    }
    return out.toString();
  }

  static String pick(RandomGenerator r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
