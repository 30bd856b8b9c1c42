package io.claimcheck.extract;

import io.claimcheck.claim.PartialDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * A date named in a sentence ("on Sunday", "yesterday", "last month", "Feb. 21"), resolved
 * against the publication date.
 *
 * @param token the index of its first word in the sentence
 * @param end the index after its last word
 * @param date the date it names
 */
record DateMention(int token, int end, PartialDate date) {

  /** The date mention starting at word {@code i}, or null; {@code published} may be null. */
  static @Nullable DateMention at(Words w, int i, @Nullable LocalDate published) {
    String word = w.at(i);
    if (published == null) {
      return null;
    }
    for (int d = 0; d < 7; d++) {
      if (word.equals(Lexicon.WEEKDAYS[d])) {
        // the most recent such day, the publication day included
        LocalDate day = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(d + 1)));
        if (w.is(i - 1, "next") || w.is(i - 1, "coming")) {
          return null;
        }
        return new DateMention(i, i + 1, PartialDate.of(day));
      }
    }
    switch (word) {
      case "yesterday":
        return new DateMention(i, i + 1, PartialDate.of(published.minusDays(1)));
      case "today":
      case "tonight":
        return new DateMention(i, i + 1, PartialDate.of(published));
      case "last":
        if (w.is(i + 1, "night")) {
          return new DateMention(i, i + 2, PartialDate.of(published.minusDays(1)));
        }
        if (w.is(i + 1, "month")) {
          return new DateMention(i, i + 2, PartialDate.of(YearMonth.from(published).minusMonths(1)));
        }
        if (w.is(i + 1, "year")) {
          return new DateMention(i, i + 2, new PartialDate(published.getYear() - 1, null, null));
        }
        return null;
      case "this":
        if (w.is(i + 1, "month")) {
          return new DateMention(i, i + 2, PartialDate.of(YearMonth.from(published)));
        }
        if (w.is(i + 1, "morning") || w.is(i + 1, "afternoon") || w.is(i + 1, "evening")) {
          return new DateMention(i, i + 2, PartialDate.of(published));
        }
        return null;
      default:
        break;
    }
    int month = month(word);
    if (month > 0 && w.isCap(i)) {
      int k = i + 1;
      if (w.is(k, ".")) {
        k++;
      }
      int day = dayAt(w, k);
      if (day > 0) {
        int end = k + 1;
        int year = 0;
        if (w.is(end, ",") && yearAt(w, end + 1) > 0) {
          year = yearAt(w, end + 1);
          end += 2;
        } else if (yearAt(w, end) > 0) {
          year = yearAt(w, end);
          end += 1;
        }
        return resolve(i, end, year, month, day, published);
      }
      int year = yearAt(w, k);
      if (year > 0) {
        return new DateMention(i, k + 1, new PartialDate(year, month, null));
      }
      if (w.is(i - 1, "in") || w.is(i - 1, "since") || w.is(i - 1, "early") || w.is(i - 1, "late")
          || w.is(i - 1, "mid")) {
        YearMonth ym = YearMonth.of(published.getYear(), month);
        if (ym.isAfter(YearMonth.from(published))) {
          ym = ym.minusYears(1);
        }
        return new DateMention(i, i + 1, PartialDate.of(ym));
      }
      return null;
    }
    int bare = yearAt(w, i);
    if (bare > 0 && (w.is(i - 1, "in") || w.is(i - 1, "during") || w.is(i - 1, "throughout"))
        && !w.is(i + 1, "-") && !w.is(i + 1, "people")) {
      return new DateMention(i, i + 1, new PartialDate(bare, null, null)); // "killed 2,000 people in 2014"
    }
    int day = dayAt(w, i);
    if (day > 0 && month(w.at(i + 1)) > 0 && w.isCap(i + 1)) {
      int m = month(w.at(i + 1));
      int end = i + 2;
      if (w.is(end, ".")) {
        end++;
      }
      int year = yearAt(w, end);
      if (year > 0) {
        end++;
      }
      return resolve(i, end, year, m, day, published);
    }
    return null;
  }

  private static @Nullable DateMention resolve(int i, int end, int year, int month, int day, LocalDate published) {
    try {
      LocalDate date;
      if (year > 0) {
        date = LocalDate.of(year, month, day);
      } else {
        date = LocalDate.of(published.getYear(), month, day);
        if (date.isAfter(published.plusDays(7))) {
          date = date.minusYears(1); // "Dec. 30" in a January story
        }
      }
      return new DateMention(i, end, PartialDate.of(date));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static int month(String word) {
    for (int m = 0; m < 12; m++) {
      for (String name : Lexicon.MONTHS[m]) {
        if (name.equals(word)) {
          return m + 1;
        }
      }
    }
    return 0;
  }

  private static int dayAt(Words w, int i) {
    String s = w.at(i);
    if (s.length() > 4 || s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return 0;
    }
    int v = 0;
    int k = 0;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      v = v * 10 + (s.charAt(k) - '0');
      k++;
    }
    String suffix = s.substring(k);
    if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
        || k > 2) {
      return 0;
    }
    return v >= 1 && v <= 31 ? v : 0;
  }

  private static int yearAt(Words w, int i) {
    String s = w.at(i);
    if (s.length() != 4) {
      return 0;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return 0;
      }
    }
    int y = Integer.parseInt(s);
    return y >= 1900 && y <= 2100 ? y : 0;
  }
}
