package io.claimcheck.number;

import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link NumberFinder} over one text: reads the token stream left to right, tries
 * the phrase forms at each token (dates, qualified figures, ranges, vague counts, bare figures)
 * and emits what it finds. Every attempt looks ahead a bounded number of tokens beyond what it
 * consumes, so a run is linear in the text's length.
 */
final class Scanner {
  /** Numbers with more digits than this are reported as {@link NumberKind#OVERFLOW}. */
  static final int MAX_DIGITS = 400;

  private static final int MAX_EXPONENT = 400;
  private static final MathContext DIVISION = MathContext.DECIMAL128;

  private final NumberFinder finder;
  private final Tokens t;
  private final CharSequence text;
  private final NumberFinder.Located sink;

  Scanner(NumberFinder finder, io.claimcheck.internal.TextTokens tokens, NumberFinder.Located sink) {
    this(finder, tokens, sink, true);
  }

  /** A run that lexes every token when {@code passing} is false: the simple form, for tests. */
  Scanner(NumberFinder finder, io.claimcheck.internal.TextTokens tokens, NumberFinder.Located sink, boolean passing) {
    this.finder = finder;
    this.text = tokens.text();
    this.t = new Tokens(tokens, finder.words, passing);
    this.sink = sink;
  }

  /** Tokens lexed into the window so far (the ones passed over are not). */
  int lexed() {
    return t.lexed();
  }

  /** Tokens asked for below the window (forgotten already), for tests: none. */
  int belowWindow() {
    return t.belowWindow();
  }

  /** A figure read from the tokens: its value, kind, and the tokens and characters it covers. */
  private static final class Val {
    BigDecimal value;
    NumberKind kind;
    int first; // first token
    int next; // token after the last
    boolean skip; // consumed, but nothing to report (a time, a unit, an identifier)
    boolean bare; // plain digits: no separators, decimals, suffixes or scale
    @Nullable BigDecimal scale; // the scale word that multiplied it, if any
    @Nullable Qualifier vagueQualifier; // set when the figure is a vague count
    @Nullable Interval vagueInterval;
    boolean vagueApproximate;

    Val(int first, int next, BigDecimal value, NumberKind kind) {
      this.first = first;
      this.next = next;
      this.value = value;
      this.kind = kind;
    }
  }

  /**
   * Tokens kept behind the one being read: more than any form reads (the farthest a form looks
   * back is two tokens, {@link Tokens#KEPT_BEFORE}); a test counts reads below the window.
   */
  private static final int BEHIND = 16;

  void run() {
    try {
      int i = 0;
      while ((i = t.nextInteresting(i, BEHIND)) >= 0) {
        int next;
        try {
          next = tryAt(i);
        } catch (IllegalArgumentException beyondTheModel) {
          // a figure built here (a power, a scale) beyond what the quantity model takes
          // (Interval.MAX_DIGITS): not read as a number
          next = i + 1;
        }
        i = next > i ? next : i + 1;
        t.release(i - BEHIND);
      }
    } finally {
      t.done();
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Phrase forms at one token.

  private int tryAt(int i) {
    int type = t.type(i);
    if (type == Tokens.WORD) {
      Word w = t.word(i);
      if (w.id == 0) {
        return i + 1;
      }
      if (w.category == Word.OTHER
          && !w.has(Word.STARTS_QUALIFIER | Word.STARTS_VAGUE)) {
        return i + 1;
      }
      if (w.category == Word.MONTH) {
        int d = tryMonthFirstDate(i);
        if (d > 0) {
          return d;
        }
      }
    } else if (type == Tokens.PUNCT) {
      char c = t.punct(i);
      if (!(c == '-' || c == '\u2212' || finder.prefixes.startsWithPunct(c))) {
        return i + 1;
      }
    }
    if (t.word(i).has(Word.STARTS_QUALIFIER) || type == Tokens.PUNCT) {
      int r = tryQualified(i);
      if (r > 0) {
        return r;
      }
    }
    if (t.isWord(i, "between")) {
      int r = tryBetween(i);
      if (r > 0) {
        return r;
      }
    }
    if (t.isWord(i, "from")) {
      int r = tryFrom(i);
      if (r > 0) {
        return r;
      }
    }
    if (type == Tokens.NUM) {
      int d = tryDayFirstDate(i);
      if (d > 0) {
        return d;
      }
    }
    Val v = parseValue(i);
    if (v == null) {
      return i + 1;
    }
    if (v.skip) {
      return v.next;
    }
    return finishBare(v);
  }

  private int tryQualified(int i) {
    if (t.type(i) == Tokens.PUNCT && isComparisonSymbol(t.punct(i)) && t.glued(i)
        && isComparisonSymbol(t.punct(i - 1))) {
      return -1; // "<>30", "=>30": not a comparison we read
    }
    PhraseTrie.Match<Qualifier> q = finder.prefixes.match(t, i);
    if (q == null) {
      return -1;
    }
    if (q.value() == Qualifier.ABOUT && (t.isWord(i - 1, "how") || t.isWord(i - 1, "what"))) {
      return -1; // "how about 2 in 5": an idiom, not an estimate
    }
    if ((t.isWord(i, "past") || t.isWord(i, "towards") || t.isWord(i, "toward") || t.isWord(i, "approaching"))
        && (t.isWord(i - 1, "the") || t.isWord(i - 1, "half") || t.isWord(i - 1, "quarter") || t.isWord(i - 1, "this")
        || t.isWord(i - 1, "its") || t.isWord(i - 1, "their") || t.isWord(i - 1, "for") || t.isWord(i - 1, "in"))) {
      return -1; // "the past 24 hours", "half past 3": time, not a threshold
    }
    int k = q.next();
    if (t.isWord(k, "the") && t.word(k + 1).category == Word.ORDINAL) {
      return -1; // "higher than the tenth": positions, not counts
    }
    Val v = parseValueOrVague(k);
    if (v == null || v.skip) {
      return -1;
    }
    if (v.kind == NumberKind.OVERFLOW || v.kind == NumberKind.DATE) {
      emitVal(v);
      return v.next;
    }
    Qualifier qualifier = q.value();
    if (qualifier == Qualifier.ABOUT) {
      Val b = rangeEnd(v);
      if (b != null && emitRange(i, v, b, true)) {
        return b.next; // "about 20 to 30": an approximate range
      }
    }
    int end = v.next;
    PhraseTrie.Match<NumberFinder.Postfix> post = postfixAt(end);
    if (post != null && qualifier == Qualifier.ABOUT && post.value() != NumberFinder.Postfix.OR_EQUAL) {
      return -1; // "about 500 or more": the postfix decides; read from the figure
    }
    if (post != null) {
      Qualifier adjusted = applyPostfix(qualifier, post.value());
      if (adjusted != null) {
        qualifier = adjusted;
        end = post.next();
      }
    }
    Interval interval = intervalOf(qualifier, v);
    boolean lowerSided = qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN;
    boolean upperSided = qualifier == Qualifier.UP_TO || qualifier == Qualifier.FEWER_THAN;
    if (lowerSided || upperSided) {
      int c = end;
      if (t.isPunct(c, ',')) {
        c++;
      }
      if (t.isWordFlag(c, Word.CONJUNCTION) && !t.flag(c, Tokens.BREAK_BEFORE)) {
        c++;
      }
      if (c > end && !t.flag(c, Tokens.BREAK_BEFORE)) {
        PhraseTrie.Match<Qualifier> q2 = finder.prefixes.match(t, c);
        if (q2 != null) {
          boolean opposite = lowerSided
              ? q2.value() == Qualifier.UP_TO || q2.value() == Qualifier.FEWER_THAN
              : q2.value() == Qualifier.AT_LEAST || q2.value() == Qualifier.MORE_THAN;
          Val v2 = opposite ? parseValue(q2.next()) : null;
          if (v2 != null && !v2.skip && v2.kind == v.kind) {
            Interval both = interval.intersection(intervalOf(q2.value(), v2)).orElse(null);
            if (both != null) {
              emit(i, v2.next, v.kind, Qualifier.BETWEEN, v.value, both, false, List.of(v, v2));
              return v2.next;
            }
          }
        }
      }
    }
    emit(i, end, v.kind, qualifier, v.value, interval, qualifier.isApproximate() || v.vagueApproximate, List.of(v));
    return end;
  }

  private static boolean isComparisonSymbol(char c) {
    return c == '<' || c == '>' || c == '=';
  }

  private PhraseTrie.@Nullable Match<NumberFinder.Postfix> postfixAt(int k) {
    if (t.flag(k, Tokens.BREAK_BEFORE)) {
      return null;
    }
    if (t.isPunct(k, '+') && !t.glued(k)) {
      return null; // "10,000+" only when glued
    }
    PhraseTrie.Match<NumberFinder.Postfix> post = finder.postfixes.match(t, k);
    if (post == null) {
      return null;
    }
    // "5000 or less than 6000" is two phrases; the postfix only closes a phrase
    if (startsValue(post.next())) {
      return null;
    }
    return post;
  }

  private boolean startsValue(int k) {
    int type = t.type(k);
    if (type == Tokens.NUM) {
      return true;
    }
    Word w = t.word(k);
    return w.isCardinalWord() || w.category == Word.A && t.word(k + 1).category == Word.HUNDRED;
  }

  private static @Nullable Qualifier applyPostfix(Qualifier q, NumberFinder.Postfix post) {
    switch (post) {
      case OR_MORE:
        return q == Qualifier.EXACT || q == Qualifier.EXACTLY ? Qualifier.AT_LEAST : null;
      case OR_LESS:
        return q == Qualifier.EXACT || q == Qualifier.EXACTLY ? Qualifier.UP_TO : null;
      case OR_EQUAL:
        if (q == Qualifier.MORE_THAN) {
          return Qualifier.AT_LEAST;
        }
        return q == Qualifier.FEWER_THAN ? Qualifier.UP_TO : null;
      default:
        return null;
    }
  }

  private Interval intervalOf(Qualifier q, Val v) {
    if (v.vagueInterval != null && !v.vagueInterval.isPoint()) {
      Interval vague = v.vagueInterval;
      switch (q) {
        case AT_LEAST:
          return Interval.atLeast(vague.lower().orElseThrow());
        case MORE_THAN:
          return Interval.atLeast(vague.lower().orElseThrow().add(BigDecimal.ONE));
        case UP_TO:
        case FEWER_THAN:
          return vague.upper().map(u -> Interval.between(BigDecimal.ZERO, u))
              .orElse(Interval.atLeast(BigDecimal.ZERO));
        default:
          return vague;
      }
    }
    if (q == Qualifier.VAGUE) {
      return v.vagueInterval == null ? Interval.exactly(v.value) : v.vagueInterval;
    }
    return q.interval(v.value, finder.nearlyTolerance);
  }

  private int tryBetween(int i) {
    Val a = parseValue(i + 1);
    if (a == null || a.skip || !(t.isWord(a.next, "and") || t.isWord(a.next, "to"))) {
      return -1; // "between 20 and 30", and news's "between 35 to 40"
    }
    Val b = parseValue(a.next + 1);
    if (b == null || b.skip) {
      return -1;
    }
    return emitRange(i, a, b, false) ? b.next : -1;
  }

  private int tryFrom(int i) {
    if (t.isWordFlag(i - 1, Word.CHANGE_VERB)) {
      return -1; // "rose from 20 to 30": an earlier and a later figure, not a range
    }
    Val a = parseValue(i + 1);
    if (a == null || a.skip) {
      return -1;
    }
    int j = a.next;
    if (!(t.isWordFlag(j, Word.RANGE_JOIN) && !t.isWord(j, "or") || isDash(t.punct(j)))) {
      return -1;
    }
    Val b = parseValue(j + 1);
    if (b == null || b.skip) {
      return -1;
    }
    return emitRange(i, a, b, false) ? b.next : -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '~';
  }

  /** A bare figure, possibly opening a range, a ratio, or closed by "or more". */
  private int finishBare(Val v) {
    int k = v.next;
    if (v.kind == NumberKind.OVERFLOW || v.kind == NumberKind.DATE) {
      emitVal(v);
      return k;
    }
    if (v.vagueInterval != null) {
      emit(v.first, k, v.kind, Qualifier.VAGUE, v.value, v.vagueInterval, v.vagueApproximate, List.of(v));
      return k;
    }
    // ranges: 20 to 30, 20-30, 20–30, 20~30, two or three
    if (t.type(v.next - 1) == Tokens.NUM && isDash(t.punct(k)) && t.glued(k) && t.glued(k + 1)
        && isChain(v, k)) {
      return skipChain(v.first);
    }
    Val b = rangeEnd(v);
    if (b != null && emitRange(v.first, v, b, false)) {
      return b.next;
    }
    PhraseTrie.Match<NumberFinder.Postfix> post = postfixAt(k);
    if (post != null) {
      Qualifier q = applyPostfix(Qualifier.EXACT, post.value());
      if (q != null && v.kind != NumberKind.ORDINAL && v.kind != NumberKind.YEAR) {
        emit(v.first, post.next(), v.kind, q, v.value, q.interval(v.value, finder.nearlyTolerance), false, List.of(v));
        return post.next();
      }
    }
    int ratio = tryRatio(v);
    if (ratio > 0) {
      return ratio;
    }
    if (v.kind == NumberKind.CARDINAL && isYear(v)) {
      v.kind = NumberKind.YEAR;
    }
    emitVal(v);
    return k;
  }

  /**
   * The second figure of a range opened by {@code a} ("20 to 30", "20-30", "two or three"), or
   * null when none follows.
   */
  private @Nullable Val rangeEnd(Val a) {
    int k = a.next;
    if (t.flag(k, Tokens.BREAK_BEFORE)) {
      return null;
    }
    if (t.isWord(a.first - 1, "from") && t.isWordFlag(a.first - 2, Word.CHANGE_VERB)) {
      return null; // "rose from 20 to 30"
    }
    boolean dash = isDash(t.punct(k)) && t.glued(k) == t.glued(k + 1)
        && t.type(k + 1) == Tokens.NUM && t.type(a.next - 1) == Tokens.NUM;
    boolean join = t.isWordFlag(k, Word.RANGE_JOIN);
    if (!dash && !join) {
      return null;
    }
    if (dash && isChain(a, k)) {
      return null;
    }
    if (t.isWord(k, "or") && postfixAt(k) != null) {
      return null; // "500 or more"
    }
    Val b = parseValue(k + 1);
    return b == null || b.skip ? null : b;
  }

  /** "one in five", "1 over 3", "one out of three": a ratio, reported as a fraction. */
  private int tryRatio(Val a) {
    if (a.kind != NumberKind.CARDINAL) {
      return -1;
    }
    int k = a.next;
    int after;
    if (t.isWord(k, "over") || t.isWord(k, "in")) {
      after = k + 1;
    } else if (t.isWord(k, "out") && t.isWord(k + 1, "of")) {
      after = k + 2;
    } else {
      return -1;
    }
    if (t.isWord(k, "in") && a.value.compareTo(BigDecimal.TEN) > 0) {
      return -1;
    }
    Val b = parseValue(after);
    if (b == null || b.skip || b.kind != NumberKind.CARDINAL || b.value.signum() == 0
        || isYearLike(b)) {
      return -1;
    }
    int n = b.next;
    boolean nounAfter = t.type(n) == Tokens.WORD && !t.flag(n, Tokens.BREAK_BEFORE)
        && !t.word(n).has(Word.NOUN_AFTER_FRACTION_OK);
    boolean outOf = t.isWord(k, "out");
    boolean oneIn = t.isWord(k, "in") && a.value.compareTo(BigDecimal.ONE) == 0;
    if (nounAfter && !outOf && !oneIn) {
      return -1; // "$2000 over 3 years", "25 in 2 attacks"; but "one in five children" is a ratio
    }
    if (t.isWord(k, "in") && b.value.compareTo(a.value) <= 0) {
      return -1;
    }
    Val r = new Val(a.first, b.next, divide(a.value, b.value), NumberKind.FRACTION);
    PhraseTrie.Match<NumberFinder.Postfix> post = postfixAt(b.next);
    if (post != null && post.value() != NumberFinder.Postfix.OR_EQUAL) {
      Qualifier q = applyPostfix(Qualifier.EXACT, post.value());
      emit(a.first, post.next(), NumberKind.FRACTION, q, r.value, q.interval(r.value, finder.nearlyTolerance), false, List.of(r));
      return post.next();
    }
    emitVal(r);
    return r.next;
  }

  private boolean emitRange(int first, Val a, Val b, boolean approximate) {
    if (a.kind == NumberKind.OVERFLOW || b.kind == NumberKind.OVERFLOW
        || a.kind == NumberKind.DATE || b.kind == NumberKind.DATE) {
      return false;
    }
    NumberKind kind = a.kind;
    if (a.kind != b.kind) {
      if (a.kind == NumberKind.CARDINAL && b.kind == NumberKind.PERCENT) {
        kind = NumberKind.PERCENT; // 20-30%
      } else {
        return false;
      }
    }
    if (a.vagueInterval != null || b.vagueInterval != null) {
      return false;
    }
    BigDecimal lo = a.value;
    if (b.scale != null && a.scale == null && a.kind == NumberKind.CARDINAL
        && lo.multiply(b.scale).compareTo(b.value) < 0 && lo.compareTo(b.value.divide(b.scale, DIVISION)) < 0) {
      lo = lo.multiply(b.scale); // "2 to 3 million"
    }
    if (lo.compareTo(b.value) >= 0) {
      return false;
    }
    if (kind == NumberKind.CARDINAL && isYearLike(a) && isYearLike(b)
        && !(t.type(b.next) == Tokens.WORD && !t.word(b.next).has(Word.FOLLOWS_YEAR))) {
      kind = NumberKind.YEAR;
    }
    Val la = a;
    if (lo != a.value) {
      la = new Val(a.first, a.next, lo, a.kind);
    }
    emit(first, b.next, kind, Qualifier.BETWEEN, lo, Interval.between(lo, b.value), approximate, List.of(la, b));
    return true;
  }

  /** A run such as 1-222-2222-2222 or 2-3/4: a phone number or code, never a range. */
  private boolean isChain(Val a, int dash) {
    if (t.type(a.first) == Tokens.NUM && (t.isPunct(a.first - 1, '-') || t.isPunct(a.first - 1, '+')) && t.glued(a.first)) {
      return true;
    }
    int k = dash + 1;
    if (t.type(k) != Tokens.NUM) {
      return false;
    }
    char after = t.punct(k + 1);
    return (after == '-' || after == '/') && t.glued(k + 1) && t.type(k + 2) == Tokens.NUM;
  }

  private int skipChain(int i) {
    int k = i;
    while (t.type(k) == Tokens.NUM || (t.type(k) == Tokens.PUNCT && "+-/".indexOf(t.punct(k)) >= 0 && t.glued(k + 1))) {
      k++;
    }
    return Math.max(k, i + 1);
  }

  // -----------------------------------------------------------------------------------------------
  // Dates.

  private int tryMonthFirstDate(int i) {
    if (!t.flag(i, Tokens.CAPITALISED)) {
      return -1;
    }
    int k = i + 1;
    if (t.isPunct(k, '.') && t.glued(k)) {
      k++;
    }
    if (t.type(k) != Tokens.NUM || t.flag(k, Tokens.BREAK_BEFORE)) {
      return -1;
    }
    int day = dayNumber(k);
    if (day > 0) {
      int end = k + 1;
      if (t.isPunct(end, ',') && t.type(end + 1) == Tokens.NUM && yearNumber(end + 1) > 0) {
        end += 2;
      } else if (t.type(end) == Tokens.NUM && yearNumber(end) > 0) {
        end += 1;
      }
      emitDate(i, end, day);
      return end;
    }
    int year = yearNumber(k);
    if (year > 0) {
      emitDate(i, k + 1, year);
      return k + 1;
    }
    return -1;
  }

  private int tryDayFirstDate(int i) {
    int day = dayNumber(i);
    if (day <= 0 || !t.isWord(i + 1, Word.MONTH) || !t.flag(i + 1, Tokens.CAPITALISED)
        || t.flag(i + 1, Tokens.BREAK_BEFORE)) {
      return -1;
    }
    int end = i + 2;
    if (t.isPunct(end, '.') && t.glued(end)) {
      end++;
    }
    if (t.isPunct(end, ',') && t.type(end + 1) == Tokens.NUM && yearNumber(end + 1) > 0) {
      end += 2;
    } else if (t.type(end) == Tokens.NUM && yearNumber(end) > 0) {
      end += 1;
    } else if (t.isPunct(end - 1, '.')) {
      end--;
    }
    emitDate(i, end, day);
    return end;
  }

  /** The day of month a number token can be (1-31, "21", "21st"), or 0. */
  private int dayNumber(int k) {
    if (t.type(k) != Tokens.NUM) {
      return 0;
    }
    int f = t.flags(k);
    if ((f & (Tokens.DECIMAL | Tokens.GROUPED | Tokens.GLUED_LEFT | Tokens.EXPONENT)) != 0) {
      return 0;
    }
    if (t.digitCount(k) > 2) {
      return 0;
    }
    if ((f & Tokens.SUFFIX) != 0 && !isOrdinalSuffix(k)) {
      return 0;
    }
    int start = t.start(k);
    int v = 0;
    for (int p = start; p < t.bodyEnd(k); p++) {
      v = v * 10 + (text.charAt(p) - '0');
    }
    return v >= 1 && v <= 31 ? v : 0;
  }

  /** The year a number token can be (plain four digits, 1000-2999), or 0. */
  private int yearNumber(int k) {
    if (t.type(k) != Tokens.NUM || !t.plainDigits(k) || t.digitCount(k) != 4) {
      return 0;
    }
    int v = 0;
    for (int p = t.start(k); p < t.end(k); p++) {
      v = v * 10 + (text.charAt(p) - '0');
    }
    return v >= 1000 && v <= 2999 ? v : 0;
  }

  private void emitDate(int first, int next, int value) {
    BigDecimal v = BigDecimal.valueOf(value);
    Val d = new Val(first, next, v, NumberKind.DATE);
    emitVal(d);
  }

  // -----------------------------------------------------------------------------------------------
  // Figures.

  private @Nullable Val parseValueOrVague(int i) {
    Val v = tryVague(i);
    return v != null ? v : parseValue(i);
  }

  private @Nullable Val tryVague(int i) {
    if (!t.word(i).has(Word.STARTS_VAGUE)) {
      return null;
    }
    PhraseTrie.Match<VagueLexicon.Entry> m = finder.vague.match(t, i);
    if (m == null) {
      return null;
    }
    Word lastWord = t.word(m.next() - 1);
    if (lastWord.text.equals("tens") && !t.isWord(m.next(), "of")) {
      return null; // "tens" alone is not a count
    }
    if (t.isWord(m.next(), "of") && t.word(m.next() + 1).category == Word.SCALE) {
      return null; // "hundreds of thousands" when the lexicon lacks it: not "hundreds"
    }
    Word before = t.word(i - 1);
    if (before.isCardinalWord() || t.type(i - 1) == Tokens.NUM && !t.flag(i, Tokens.BREAK_BEFORE)) {
      return null; // "three dozen", "2 hundreds"
    }
    if (before.text.equals("the") || before.text.equals("its") || before.text.equals("their")) {
      return null; // "the scores were level"
    }
    VagueLexicon.Entry e = m.value();
    Val v = new Val(i, m.next(), VagueLexicon.representative(e), NumberKind.CARDINAL);
    v.vagueInterval = e.interval();
    v.vagueApproximate = e.approximate();
    return v;
  }

  /** A signed figure at token {@code i}, or null. */
  private @Nullable Val parseValue(int i) {
    int type = t.type(i);
    if (type == Tokens.PUNCT) {
      char c = t.punct(i);
      if ((c == '-' || c == '\u2212') && t.type(i + 1) == Tokens.NUM
          && (i == 0 || !t.glued(i) || isComparisonSymbol(t.punct(i - 1)) || t.punct(i - 1) == '(')
          && !t.flag(i + 1, Tokens.BREAK_BEFORE)) {
        Val v = parseValue(i + 1);
        if (v == null || v.skip || v.kind != NumberKind.CARDINAL && v.kind != NumberKind.FRACTION) {
          return v;
        }
        v.value = v.value.negate();
        v.first = i;
        v.bare = false;
        return v;
      }
      return null;
    }
    if (type == Tokens.WORD && t.word(i).category == Word.MINUS
        && (t.type(i + 1) == Tokens.NUM || t.word(i + 1).isCardinalWord()
            || t.word(i + 1).category == Word.A)) {
      Val v = parseValue(i + 1);
      if (v == null || v.skip || v.kind != NumberKind.CARDINAL && v.kind != NumberKind.FRACTION) {
        return null;
      }
      v.value = v.value.negate();
      v.first = i;
      v.bare = false;
      return v;
    }
    if (type == Tokens.NUM) {
      return parseDigits(i);
    }
    if (type == Tokens.WORD) {
      Val vague = tryVague(i);
      if (vague != null) {
        return vague;
      }
      return parseWords(i);
    }
    return null;
  }

  private Val skip(int first, int next) {
    Val v = new Val(first, next, BigDecimal.ZERO, NumberKind.CARDINAL);
    v.skip = true;
    return v;
  }

  private @Nullable Val parseDigits(int j) {
    int f = t.flags(j);
    if ((f & (Tokens.GLUED_LEFT | Tokens.SUFFIX_THEN_DIGIT)) != 0) {
      return skip(j, j + 1); // A380, G20, 3a4: identifiers
    }
    if (t.isPunct(j + 1, ':') && t.glued(j + 1) && t.type(j + 2) == Tokens.NUM && t.glued(j + 2)) {
      int k = j + 2;
      while (t.isPunct(k + 1, ':') && t.glued(k + 1) && t.type(k + 2) == Tokens.NUM && t.glued(k + 2)) {
        k += 2;
      }
      k++;
      if (isMeridiem(k)) {
        k += meridiemLength(k);
      }
      return skip(j, k); // 10:30, 0:00:38: a time
    }
    if ((t.isPunct(j - 1, ':') || t.isPunct(j - 1, '/')) && t.glued(j) && t.type(j - 2) == Tokens.NUM) {
      return skip(j, j + 1); // the tail of a time or date we did not read from its start
    }
    Val v = digitValue(j);
    if (v.kind == NumberKind.OVERFLOW || v.skip) {
      return v;
    }
    int k = j + 1;
    if ((f & Tokens.SUFFIX) != 0) {
      String suffix = text.subSequence(t.bodyEnd(j), t.end(j)).toString();
      String lower = suffix.toLowerCase(java.util.Locale.ROOT);
      if (isOrdinalSuffix(j)) {
        v.kind = NumberKind.ORDINAL;
        return v;
      }
      if (lower.equals("s") && (f & (Tokens.DECIMAL | Tokens.GROUPED)) == 0
          && (t.digitCount(j) == 4 || t.digitCount(j) == 2) && v.value.remainder(BigDecimal.TEN).signum() == 0) {
        v.kind = NumberKind.YEAR; // the 1990s, the 80s
        return v;
      }
      if (lower.equals("am") || lower.equals("pm")) {
        return skip(j, k);
      }
      BigDecimal scale = suffixScale(suffix, j);
      if (scale == null) {
        return skip(j, k); // 180ml, 29km, 4x4: a measure, not a count
      }
      v.value = v.value.multiply(scale);
      v.scale = scale;
      v.bare = false;
    } else if (!t.flag(k, Tokens.BREAK_BEFORE)) {
      if (isMeridiem(k) && t.digitCount(j) <= 2) {
        return skip(j, k + meridiemLength(k)); // 3 pm, 11 a.m.
      }
      if (t.isPunct(k, '\'') && t.glued(k) && t.isWord(k + 1, "s") && t.glued(k + 1)
          && t.digitCount(j) == 4 && (f & Tokens.GROUPED) == 0) {
        v.kind = NumberKind.YEAR; // the 1990's
        v.next = k + 2;
        return v;
      }
      Word w = t.word(k);
      if (w.category == Word.SCALE || w.category == Word.HUNDRED || w.category == Word.DOZEN) {
        if (w.text.equals("k") && t.type(k + 1) == Tokens.WORD && !t.flag(k + 1, Tokens.BREAK_BEFORE)) {
          w = null;
        }
        if (w != null) {
          v.value = v.value.multiply(w.value);
          v.scale = w.value;
          v.bare = false;
          k++;
          while (t.word(k).category == Word.SCALE && t.word(k).value.compareTo(v.scale) > 0
              && !t.word(k).has(Word.SCALE_AFTER_DIGITS_ONLY)) {
            v.value = v.value.multiply(t.word(k).value);
            v.scale = v.scale.multiply(t.word(k).value);
            k++;
          }
        }
      } else if (t.type(k) == Tokens.WORD && t.end(k) - t.start(k) == 1
          && "kKMGBT".indexOf(text.charAt(t.start(k))) >= 0
          && (t.type(k + 1) != Tokens.WORD || t.flag(k + 1, Tokens.BREAK_BEFORE))) {
        BigDecimal scale = letterScale(text.charAt(t.start(k)));
        v.value = v.value.multiply(scale);
        v.scale = scale;
        v.bare = false;
        k++;
      }
    }
    if (v.scale != null && t.isWord(k, "and") && t.word(k + 1).category == Word.A
        && t.isWord(k + 2, "half")) {
      v.value = v.value.add(v.scale.divide(BigDecimal.valueOf(2)));
      k += 3; // 3 million and a half
    }
    v.next = k;
    // mixed numbers: 2 1/4
    if (v.bare && t.type(k) == Tokens.NUM && !t.glued(k) && t.isPunct(k + 1, '/') && t.glued(k + 1)
        && t.type(k + 2) == Tokens.NUM && t.glued(k + 2) && !(t.isPunct(k + 3, '/') && t.glued(k + 3))) {
      Val num = digitValue(k);
      Val den = digitValue(k + 2);
      if (!num.skip && !den.skip && num.kind == NumberKind.CARDINAL && den.kind == NumberKind.CARDINAL
          && den.value.signum() != 0 && num.value.compareTo(den.value) < 0) {
        v.value = v.value.add(divide(num.value, den.value));
        v.kind = NumberKind.FRACTION;
        v.bare = false;
        v.next = k + 3;
        return v;
      }
    }
    // slashes: 3/4, 5/17/2018
    if (t.isPunct(k, '/') && t.glued(k) && t.type(k + 1) == Tokens.NUM && t.glued(k + 1)) {
      if (t.isPunct(k + 2, '/') && t.glued(k + 2) && t.type(k + 3) == Tokens.NUM && t.glued(k + 3)) {
        v.kind = NumberKind.DATE;
        v.next = k + 4;
        return v;
      }
      Val den = digitValue(k + 1);
      if (den.skip || den.kind != NumberKind.CARDINAL || den.value.signum() == 0 || v.scale != null) {
        return skip(j, k + 2);
      }
      v.value = divide(v.value, den.value);
      v.kind = NumberKind.FRACTION;
      v.bare = false;
      v.next = k + 2;
      return v;
    }
    // ISO dates and year spans: 2016-02-21, 1995-01, 2015-16
    if (t.digitCount(j) == 4 && t.plainDigits(j)
        && t.isPunct(k, '-') && t.glued(k) && t.type(k + 1) == Tokens.NUM && t.glued(k + 1)
        && t.digitCount(k + 1) == 2 && t.plainDigits(k + 1)) {
      int month = dayNumber(k + 1);
      if (month >= 1 && month <= 12) {
        int end = k + 2;
        if (t.isPunct(end, '-') && t.glued(end) && dayNumber(end + 1) > 0 && t.glued(end + 1)) {
          end += 2;
        }
        v.kind = NumberKind.DATE;
        v.next = end;
        return v;
      }
      if (isYearLike(v)) {
        v.kind = NumberKind.YEAR;
        v.next = k + 2;
        return v;
      }
    }
    // percentages
    if (!t.flag(k, Tokens.BREAK_BEFORE)) {
      if (t.isPunct(k, '%')) {
        v.kind = NumberKind.PERCENT;
        v.next = k + 1;
      } else if (t.isWord(k, Word.PERCENT)) {
        v.kind = NumberKind.PERCENT;
        v.next = t.isWord(k + 1, "points") || t.isWord(k + 1, "point") && t.type(k + 2) != Tokens.WORD
            ? k + 2 : k + 1;
      } else if (t.isWord(k, "per") && t.isWord(k + 1, "cent")) {
        v.kind = NumberKind.PERCENT;
        v.next = k + 2;
      }
      if (v.kind == NumberKind.PERCENT) {
        v.bare = false;
        return v;
      }
    }
    // powers: 1.1^23, 2.5^-1
    if (t.isPunct(k, '^') && t.glued(k)) {
      int e = k + 1;
      boolean negative = false;
      while ((t.isPunct(e, '-') || t.isPunct(e, '+')) && t.glued(e)) {
        negative ^= t.isPunct(e, '-');
        e++;
      }
      if (t.type(e) == Tokens.NUM && t.glued(e) && t.plainDigits(e)
          && t.digitCount(e) <= 3) {
        int exponent = Integer.parseInt(text.subSequence(t.start(e), t.end(e)).toString());
        if (exponent <= MAX_EXPONENT && v.value.signum() != 0) {
          BigDecimal p = v.value.pow(exponent);
          v.value = negative ? divide(BigDecimal.ONE, p) : p;
          v.bare = false;
          v.next = e + 1;
          return v;
        }
      }
    }
    return v;
  }

  private boolean isMeridiem(int k) {
    if (t.isWord(k, "am") || t.isWord(k, "pm")) {
      return !t.flag(k, Tokens.BREAK_BEFORE) && t.type(k + 1) != Tokens.WORD;
    }
    return (t.isWord(k, "a") || t.isWord(k, "p")) && t.isPunct(k + 1, '.') && t.glued(k + 1)
        && t.isWord(k + 2, "m") && t.glued(k + 2);
  }

  private int meridiemLength(int k) {
    if (t.isWord(k, "am") || t.isWord(k, "pm")) {
      return 1;
    }
    return t.isPunct(k + 3, '.') && t.glued(k + 3) ? 4 : 3;
  }

  private boolean isOrdinalSuffix(int k) {
    int s = t.bodyEnd(k);
    int e = t.end(k);
    if (e - s != 2 || (t.flags(k) & (Tokens.DECIMAL | Tokens.EXPONENT)) != 0) {
      return false;
    }
    char a = Character.toLowerCase(text.charAt(s));
    char b = Character.toLowerCase(text.charAt(s + 1));
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  }

  /** The multiplier of a glued suffix ("k", "bn", "MM"), or null when it is a unit. */
  private @Nullable BigDecimal suffixScale(String suffix, int j) {
    switch (suffix) {
      case "k":
      case "K":
        return BigDecimal.valueOf(1_000);
      case "M":
      case "MM":
      case "mm":
      case "mn":
      case "mln":
      case "mil":
      case "Mn":
      case "million":
        return BigDecimal.valueOf(1_000_000);
      case "m":
        // 1.2m is a million-scale figure; 1m alone is as likely a metre
        boolean currency = t.type(j - 1) == Tokens.PUNCT && "$£€¥".indexOf(t.punct(j - 1)) >= 0;
        return (t.flags(j) & Tokens.DECIMAL) != 0 || currency ? BigDecimal.valueOf(1_000_000) : null;
      case "b":
      case "B":
      case "bn":
      case "Bn":
      case "bln":
      case "G":
      case "billion":
        return BigDecimal.valueOf(1_000_000_000);
      case "tn":
      case "tln":
      case "trn":
      case "T":
      case "trillion":
        return new BigDecimal("1e12");
      case "thousand":
        return BigDecimal.valueOf(1_000);
      default:
        return null;
    }
  }

  private static BigDecimal letterScale(char c) {
    switch (c) {
      case 'k':
      case 'K':
        return BigDecimal.valueOf(1_000);
      case 'M':
        return BigDecimal.valueOf(1_000_000);
      case 'G':
      case 'B':
        return BigDecimal.valueOf(1_000_000_000);
      default:
        return new BigDecimal("1e12");
    }
  }

  /** The exact value of the number token at {@code j}, or an overflow. */
  private Val digitValue(int j) {
    int f = t.flags(j);
    if ((f & (Tokens.GLUED_LEFT | Tokens.SUFFIX_THEN_DIGIT)) != 0) {
      return skip(j, j + 1);
    }
    int start = t.start(j);
    int end = t.bodyEnd(j);
    int intDigits = 0;
    boolean seenPoint = false;
    int p = start;
    while (p < end) {
      char c = text.charAt(p);
      if (c == '.') {
        seenPoint = true;
      } else if (c == 'e' || c == 'E') {
        break;
      } else if (Tokens.isDigit(c) && !seenPoint) {
        intDigits++;
      }
      p++;
    }
    int exponent = 0;
    if (p < end) {
      int q = p + 1;
      boolean neg = false;
      if (text.charAt(q) == '+' || text.charAt(q) == '-') {
        neg = text.charAt(q) == '-';
        q++;
      }
      long e = 0;
      while (q < end && e <= 100_000) {
        e = e * 10 + (text.charAt(q) - '0');
        q++;
      }
      if (e > MAX_EXPONENT) {
        return overflow(j, neg ? 0 : (int) Math.min(e, Integer.MAX_VALUE - MAX_DIGITS));
      }
      exponent = (int) (neg ? -e : e);
    }
    if (t.digitCount(j) > MAX_DIGITS) {
      return overflow(j, intDigits + Math.max(exponent, 0));
    }
    StringBuilder sb = new StringBuilder(t.digitCount(j) + 2);
    for (int q = start; q < p; q++) {
      char c = text.charAt(q);
      if (Tokens.isDigit(c) || c == '.') {
        sb.append(c);
      }
    }
    if (sb.charAt(0) == '.') {
      sb.insert(0, '0');
    }
    BigDecimal value = new BigDecimal(sb.toString()).scaleByPowerOfTen(exponent);
    Val v = new Val(j, j + 1, value, NumberKind.CARDINAL);
    v.bare = (f & (Tokens.DECIMAL | Tokens.GROUPED | Tokens.EXPONENT | Tokens.SUFFIX)) == 0;
    return v;
  }

  /**
   * A number too long to hold exactly: reported with the lower bound its digit count implies,
   * at most the largest figure the quantity model takes ({@link Interval#MAX_DIGITS} digits), so
   * that it stays a true lower bound whose arithmetic costs no more than any other figure's.
   */
  private Val overflow(int j, int intDigits) {
    int digits = Math.min(intDigits, Interval.MAX_DIGITS);
    BigDecimal lower = digits <= 0 ? BigDecimal.ZERO : BigDecimal.ONE.scaleByPowerOfTen(digits - 1);
    return new Val(j, j + 1, lower, NumberKind.OVERFLOW);
  }

  // -----------------------------------------------------------------------------------------------
  // Numbers in words.

  /** Numerals in words: "two hundred and fifty", "a quarter of a million", "three fifths". */
  private @Nullable Val parseWords(int j) {
    Word w0 = t.word(j);
    switch (w0.category) {
      case Word.A:
        return parseAWords(j);
      case Word.HALF:
        return parseHalf(j);
      case Word.ORDINAL:
        return parseOrdinalWord(j);
      case Word.ZERO:
      case Word.UNIT:
      case Word.TEEN:
      case Word.TENS:
        return parseCardinalWords(j, j, BigDecimal.ZERO);
      default:
        return null;
    }
  }

  /** "a hundred", "a million", "a quarter", "a half", "a fifth", "a twenty-first". */
  private @Nullable Val parseAWords(int j) {
    int k = j + 1;
    if (t.flag(k, Tokens.BREAK_BEFORE)) {
      return null;
    }
    Word w = t.word(k);
    switch (w.category) {
      case Word.HUNDRED:
      case Word.DOZEN:
        if (w.has(Word.PLURAL)) {
          return null;
        }
        return parseCardinalWords(j, k, BigDecimal.ONE);
      case Word.SCALE:
        if (w.has(Word.SCALE_AFTER_DIGITS_ONLY)) {
          return null;
        }
        return parseCardinalWords(j, k, BigDecimal.ONE);
      case Word.HALF:
      case Word.QUARTER:
        if (w.has(Word.PLURAL)) {
          return null;
        }
        if (w.category == Word.HALF && t.word(k + 1).category == Word.SCALE
            && !t.word(k + 1).has(Word.SCALE_AFTER_DIGITS_ONLY)) {
          Val v = new Val(j, k + 2, t.word(k + 1).value.divide(BigDecimal.valueOf(2)), NumberKind.CARDINAL);
          v.scale = t.word(k + 1).value;
          return v; // a half million
        }
        return fractionOf(j, k + 1, divide(BigDecimal.ONE, w.value));
      case Word.ORDINAL:
      case Word.TENS:
        int d = k;
        BigDecimal denominator;
        Word ord;
        if (w.category == Word.TENS) {
          int o = t.isPunct(k + 1, '-') && t.glued(k + 1) && t.glued(k + 2) ? k + 2 : k + 1;
          ord = t.word(o);
          if (ord.category != Word.ORDINAL || !ord.has(Word.UNIT_ORDINAL) || ord.has(Word.PLURAL)) {
            return null;
          }
          denominator = w.value.add(ord.value);
          d = o;
        } else {
          ord = w;
          if (w.has(Word.NOT_FRACTION) || w.has(Word.PLURAL)) {
            return null;
          }
          denominator = w.value;
        }
        int after = d + 1;
        if (t.type(after) == Tokens.WORD && !t.flag(after, Tokens.BREAK_BEFORE)
            && !t.isWord(after, "of") && !t.word(after).has(Word.NOUN_AFTER_FRACTION_OK)) {
          return null; // "a third attack": an ordinal, not a fraction
        }
        return fractionOf(j, after, divide(BigDecimal.ONE, denominator));
      default:
        return null;
    }
  }

  /** "half", "half a million", "half a dozen". */
  private Val parseHalf(int j) {
    if (t.word(j).has(Word.PLURAL)) {
      return null;
    }
    if (t.word(j + 1).category == Word.A && !t.flag(j + 1, Tokens.BREAK_BEFORE)) {
      Word s = t.word(j + 2);
      if ((s.category == Word.SCALE && !s.has(Word.SCALE_AFTER_DIGITS_ONLY) || s.category == Word.HUNDRED
          || s.category == Word.DOZEN && !s.has(Word.PLURAL))) {
        Val v = new Val(j, j + 3, s.value.divide(BigDecimal.valueOf(2)), NumberKind.CARDINAL);
        v.scale = s.value;
        return v;
      }
    }
    return new Val(j, j + 1, new BigDecimal("0.5"), NumberKind.FRACTION);
  }

  /** "first", "third", "twentieth" standing alone: an ordinal. */
  private @Nullable Val parseOrdinalWord(int j) {
    Word w = t.word(j);
    if (w.has(Word.PLURAL)) {
      return null;
    }
    if (w.text.equals("second") || w.text.equals("first")) {
      Word before = t.word(j - 1);
      if (!(before.text.equals("the") || before.text.equals("a") || before.text.equals("its")
          || before.text.equals("their") || before.text.equals("his") || before.text.equals("her"))) {
        return null; // "30 seconds", "first of all"
      }
    }
    return new Val(j, j + 1, w.value, NumberKind.ORDINAL);
  }

  /** A fraction value, multiplied by "of a million" if that follows. */
  private Val fractionOf(int first, int next, BigDecimal fraction) {
    int k = next;
    if (t.isWord(k, "of") && !t.flag(k, Tokens.BREAK_BEFORE)) {
      int s = k + 1;
      if (t.word(s).category == Word.A || t.isWord(s, "one")) {
        s++;
      }
      Word scale = t.word(s);
      if ((scale.category == Word.SCALE && !scale.has(Word.SCALE_AFTER_DIGITS_ONLY)
              || scale.category == Word.DOZEN && !scale.has(Word.PLURAL))
          && s > k + 1) {
        Val v = new Val(first, s + 1, fraction.multiply(scale.value), NumberKind.CARDINAL);
        v.scale = scale.value;
        if (!Interval.isWhole(v.value)) {
          v.kind = NumberKind.FRACTION;
        }
        return v;
      }
    }
    return new Val(first, next, fraction, NumberKind.FRACTION);
  }

  /**
   * Cardinal words from token {@code k} on ({@code first} is where the phrase starts, which is
   * earlier when it opened with "a"): units, teens, tens, hundred, scales, "and", "point",
   * fractions after the whole part. {@code preset} is the value "a" contributes (1) or 0.
   */
  private @Nullable Val parseCardinalWords(int first, int k0, BigDecimal preset) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal hundreds = BigDecimal.ZERO;
    BigDecimal small = preset;
    BigDecimal lastScale = null;
    BigDecimal largestScale = null;
    int last = preset.signum() > 0 ? Word.UNIT : Word.NONE;
    int lastTok = preset.signum() > 0 ? first : -1;
    int lastTensTok = -1;
    boolean tensAfterAnd = false;
    boolean andBefore = false;
    int segStart = -1; // first token of the segment after the last scale
    BigDecimal totalBeforeSeg = BigDecimal.ZERO;
    int endBeforeSeg = -1;
    boolean isZero = false;
    int k = k0;
    while (t.has(k)) {
      if (k > first && t.flag(k, Tokens.BREAK_BEFORE)) {
        break;
      }
      int type = t.type(k);
      if (type == Tokens.PUNCT) {
        char c = t.punct(k);
        if ((c == '-' || c == '\u2013') && lastTok == k - 1) {
          Word nw = t.word(k + 1);
          boolean spaced = !t.glued(k) || !t.glued(k + 1);
          if (last == Word.TENS && (nw.category == Word.UNIT || nw.category == Word.ORDINAL && nw.has(Word.UNIT_ORDINAL))) {
            k++;
            continue;
          }
          if ((last == Word.UNIT || last == Word.HUNDRED || last == Word.SCALE || last == Word.TENS || last == Word.TEEN)
              && nw.category == Word.ORDINAL && !spaced | last == Word.UNIT) {
            k++;
            continue; // one-eighth, hundred-fifths, five - eighths
          }
          if (last == Word.TENS && spaced && nw.category == Word.UNIT) {
            k++;
            continue;
          }
        }
        break;
      }
      if (type != Tokens.WORD) {
        break;
      }
      Word w = t.word(k);
      int cat = w.category;
      boolean ok;
      switch (cat) {
        case Word.ZERO:
          ok = last == Word.NONE;
          if (ok) {
            isZero = true;
          }
          break;
        case Word.UNIT:
          if (last == Word.TENS) {
            ok = small.remainder(BigDecimal.TEN).signum() == 0;
            if (ok) {
              small = small.add(w.value);
            }
            break;
          }
          ok = last == Word.NONE || last == Word.HUNDRED || last == Word.SCALE || last == Word.AND;
          if (ok) {
            small = w.value;
          }
          break;
        case Word.TEEN:
        case Word.TENS:
          ok = last == Word.NONE || last == Word.HUNDRED || last == Word.SCALE || last == Word.AND;
          if (ok) {
            small = w.value;
            if (cat == Word.TENS) {
              lastTensTok = k;
              tensAfterAnd = last == Word.AND;
            }
          }
          break;
        case Word.HUNDRED:
          ok = (last == Word.UNIT || last == Word.TEEN || last == Word.TENS) && hundreds.signum() == 0;
          if (ok) {
            hundreds = small.multiply(w.value);
            small = BigDecimal.ZERO;
          }
          break;
        case Word.SCALE:
          if (w.has(Word.SCALE_AFTER_DIGITS_ONLY)) {
            ok = false;
            break;
          }
          BigDecimal seg = hundreds.add(small);
          if (last == Word.SCALE && seg.signum() == 0) {
            ok = w.value.compareTo(lastScale) > 0;
            if (ok) {
              total = total.multiply(w.value); // lakh crore, thousand million
              lastScale = w.value;
              largestScale = largestScale.max(w.value);
            }
            break;
          }
          ok = last == Word.UNIT || last == Word.TEEN || last == Word.TENS || last == Word.HUNDRED
              || last == Word.DOZEN;
          if (!ok) {
            break;
          }
          if (lastScale == null || w.value.compareTo(lastScale) < 0) {
            total = total.add(seg.multiply(w.value));
          } else if (w.value.compareTo(largestScale) > 0) {
            total = total.add(seg).multiply(w.value);
          } else {
            // "two thousand three thousand": the second segment is a new number
            return wordsResult(first, endBeforeSeg, totalBeforeSeg, false);
          }
          hundreds = BigDecimal.ZERO;
          small = BigDecimal.ZERO;
          lastScale = w.value;
          largestScale = largestScale == null ? w.value : largestScale.max(w.value);
          break;
        case Word.DOZEN:
          ok = last == Word.UNIT || last == Word.TEEN || last == Word.TENS;
          if (ok) {
            small = small.multiply(w.value);
          }
          break;
        case Word.AND: {
          Word nw = t.word(k + 1);
          if (t.flag(k + 1, Tokens.BREAK_BEFORE)) {
            ok = false;
            break;
          }
          // "and a half", "and two thirds": a fraction added to the whole
          if ((last == Word.UNIT || last == Word.TEEN || last == Word.TENS || last == Word.HUNDRED
                  || last == Word.SCALE)
              && isFractionAhead(k + 1)) {
            Val frac = parseFractionPart(k + 1);
            if (frac != null) {
              BigDecimal whole = total.add(hundreds).add(small);
              BigDecimal value;
              int end = frac.next;
              BigDecimal fracScale = null;
              if (last == Word.SCALE && frac.value.compareTo(BigDecimal.ONE) < 0) {
                value = whole.add(frac.value.multiply(lastScale)); // one million and a half
              } else {
                value = whole.add(frac.value);
                Word s = t.word(end);
                if (s.category == Word.SCALE && !s.has(Word.SCALE_AFTER_DIGITS_ONLY)
                    && lastScale == null && !t.flag(end, Tokens.BREAK_BEFORE)) {
                  value = value.multiply(s.value); // one and a half million
                  fracScale = s.value;
                  end++;
                }
              }
              Val v = new Val(first, end, value, Interval.isWhole(value) ? NumberKind.CARDINAL : NumberKind.FRACTION);
              v.scale = fracScale != null ? fracScale : lastScale;
              return v;
            }
          }
          boolean continues = nw.isCardinalWord() && nw.category != Word.ZERO;
          ok = continues && (last == Word.HUNDRED || last == Word.SCALE
              || last == Word.TENS && nw.category == Word.UNIT);
          if (ok && last == Word.TENS) {
            // "twenty and three": joins the tens
            small = small.add(nw.value);
            last = Word.UNIT;
            lastTok = k + 1;
            k += 2;
            andBefore = true;
            continue;
          }
          break;
        }
        case Word.POINT: {
          ok = last != Word.NONE && last != Word.AND;
          if (ok) {
            Val dec = parseDecimalWords(k + 1);
            if (dec == null) {
              ok = false;
              break;
            }
            BigDecimal whole = isZero ? BigDecimal.ZERO : total.add(hundreds).add(small);
            return new Val(first, dec.next, whole.add(dec.value), NumberKind.CARDINAL);
          }
          break;
        }
        case Word.ORDINAL:
        case Word.HALF:
        case Word.QUARTER: {
          if (last == Word.NONE || last == Word.AND) {
            ok = false;
            break;
          }
          Val frac = denominatorAt(first, k, total.add(hundreds).add(small), last, lastTensTok, tensAfterAnd);
          if (frac != null) {
            return frac;
          }
          ok = false;
          break;
        }
        default:
          ok = false;
      }
      if (!ok) {
        break;
      }
      if (cat == Word.SCALE) {
        segStart = k + 1;
        totalBeforeSeg = total;
        endBeforeSeg = k + 1;
      }
      last = cat;
      lastTok = k;
      k++;
    }
    if (lastTok < 0 || last == Word.AND) {
      return null;
    }
    BigDecimal value = isZero ? BigDecimal.ZERO : total.add(hundreds).add(small);
    // "three twenty firsts", "twenty twenty fifths": a numerator then a compound denominator
    if (t.word(lastTok + 1).category == Word.TENS && !t.flag(lastTok + 1, Tokens.BREAK_BEFORE)) {
      int o = t.isPunct(lastTok + 2, '-') ? lastTok + 3 : lastTok + 2;
      Word ord = t.word(o);
      if (ord.category == Word.ORDINAL && ord.has(Word.UNIT_ORDINAL) && !t.flag(o, Tokens.BREAK_BEFORE)) {
        BigDecimal denominator = t.word(lastTok + 1).value.add(ord.value);
        if (agrees(value, ord)) {
          return fractionOf(first, o + 1, divide(value, denominator));
        }
      }
    }
    Val v = wordsResult(first, lastTok + 1, value, false);
    if (lastScale != null) {
      v.scale = lastScale;
    } else if (last == Word.HUNDRED) {
      v.scale = BigDecimal.valueOf(100);
    }
    if (andBefore) {
      v.bare = false;
    }
    return v;
  }

  private Val wordsResult(int first, int next, BigDecimal value, boolean fraction) {
    return new Val(first, next, value, fraction ? NumberKind.FRACTION : NumberKind.CARDINAL);
  }

  /** Whether a fraction ("a half", "two thirds", "three quarters") starts at {@code k}. */
  private boolean isFractionAhead(int k) {
    Word a = t.word(k);
    Word b = t.word(k + 1);
    if (a.category == Word.A) {
      return b.category == Word.HALF || b.category == Word.QUARTER
          || b.category == Word.ORDINAL && !b.has(Word.NOT_FRACTION);
    }
    if (a.category == Word.UNIT) {
      if (t.isPunct(k + 1, '-')) {
        b = t.word(k + 2);
      }
      return b.category == Word.HALF || b.category == Word.QUARTER
          || b.category == Word.ORDINAL && !b.has(Word.NOT_FRACTION);
    }
    return false;
  }

  /** "a half", "a fifth", "two thirds", "three quarters" after "and". */
  private @Nullable Val parseFractionPart(int k) {
    Word a = t.word(k);
    int o = k + 1;
    if (t.isPunct(o, '-')) {
      o++;
    }
    Word d = t.word(o);
    BigDecimal numerator = a.category == Word.A ? BigDecimal.ONE : a.value;
    if (!agrees(numerator, d)) {
      return null;
    }
    return new Val(k, o + 1, divide(numerator, d.value), NumberKind.FRACTION);
  }

  /** Whether numerator and denominator agree in number: "one fifth", "two fifths". */
  private static boolean agrees(BigDecimal numerator, Word denominator) {
    boolean plural = denominator.has(Word.PLURAL);
    return numerator.compareTo(BigDecimal.ONE) == 0 ? !plural : plural;
  }

  /**
   * An ordinal, "half" or "quarter" at {@code k} after a numerator of value {@code n}: a fraction
   * ("three fifths"), or a compound denominator ("one hundred thirty fifths" is 100/35).
   */
  private @Nullable Val denominatorAt(int first, int k, BigDecimal n, int last, int lastTensTok,
      boolean tensAfterAnd) {
    Word d = t.word(k);
    if (d.has(Word.NOT_FRACTION) && !(last == Word.TENS && d.has(Word.UNIT_ORDINAL))) {
      return null;
    }
    BigDecimal numerator = n;
    BigDecimal denominator = d.value;
    if (last == Word.TENS && d.has(Word.UNIT_ORDINAL) && lastTensTok > first && !tensAfterAnd) {
      BigDecimal tens = t.word(lastTensTok).value;
      BigDecimal rest = n.subtract(tens);
      if (rest.signum() > 0) {
        numerator = rest;
        denominator = tens.add(d.value);
      }
    } else if (last == Word.TENS && d.has(Word.UNIT_ORDINAL) && lastTensTok == first) {
      if (!d.has(Word.PLURAL) && n.compareTo(BigDecimal.valueOf(20)) >= 0 && n.remainder(BigDecimal.TEN).signum() == 0) {
        // "twenty-first" standing alone: an ordinal
        if (!d.has(Word.PLURAL)) {
          return new Val(first, k + 1, n.add(d.value), NumberKind.ORDINAL);
        }
      }
    }
    if (d.has(Word.NOT_FRACTION) && denominator.compareTo(BigDecimal.TEN) < 0) {
      return null;
    }
    if (!agrees(numerator, d)) {
      return null;
    }
    return fractionOf(first, k + 1, divide(numerator, denominator));
  }

  /** Digits after "point": "zero three", "seventy-one", "eleven". */
  private @Nullable Val parseDecimalWords(int k) {
    StringBuilder digits = new StringBuilder();
    int i = k;
    while (t.has(i) && !t.flag(i, Tokens.BREAK_BEFORE)) {
      Word w = t.word(i);
      if (w.category == Word.ZERO || w.category == Word.UNIT) {
        digits.append(w.small());
        i++;
      } else if (w.category == Word.TEEN && digits.length() == 0) {
        digits.append(w.small());
        i++;
        break;
      } else if (w.category == Word.TENS && digits.length() == 0) {
        int v = w.small();
        i++;
        int u = t.isPunct(i, '-') ? i + 1 : i;
        if (t.word(u).category == Word.UNIT) {
          v += t.word(u).small();
          i = u + 1;
        }
        digits.append(v);
        break;
      } else {
        break;
      }
    }
    if (digits.length() == 0) {
      return null;
    }
    return new Val(k, i, new BigDecimal("0." + digits), NumberKind.CARDINAL);
  }

  // -----------------------------------------------------------------------------------------------
  // Years.

  private boolean isYearLike(Val v) {
    if (!v.bare || v.kind != NumberKind.CARDINAL || t.digitCount(v.first) != 4 || v.next != v.first + 1) {
      return false;
    }
    int year = v.value.intValue();
    return year >= 1800 && year <= 2100;
  }

  /** A bare four-digit figure from 1800 to 2100 is a year unless its context makes it a count. */
  private boolean isYear(Val v) {
    if (!isYearLike(v)) {
      return false;
    }
    Word before = t.word(v.first - 1);
    if (before.has(Word.YEAR_CONTEXT) || before.category == Word.MONTH) {
      return true;
    }
    int n = v.next;
    if (t.type(n) == Tokens.WORD && !t.flag(n, Tokens.BREAK_BEFORE) && !t.flag(n, Tokens.CAPITALISED)) {
      return t.word(n).has(Word.FOLLOWS_YEAR);
    }
    return true;
  }

  // -----------------------------------------------------------------------------------------------
  // Output.

  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    try {
      return a.divide(b);
    } catch (ArithmeticException nonTerminating) {
      return a.divide(b, DIVISION);
    }
  }

  private void emitVal(Val v) {
    Interval interval = v.kind == NumberKind.OVERFLOW ? Interval.atLeast(v.value) : Interval.exactly(v.value);
    emit(v.first, v.next, v.kind, Qualifier.EXACT, v.value, interval, false, List.of(v));
  }

  private void emit(int firstTok, int nextTok, NumberKind kind, Qualifier qualifier, BigDecimal value,
      Interval interval, boolean approximate, List<Val> parts) {
    int start = t.start(firstTok);
    int end = t.end(nextTok - 1);
    List<Numeral> numerals = new ArrayList<>(parts.size());
    int[] tokens = new int[2 + 2 * parts.size()];
    tokens[0] = t.firstShared(firstTok);
    tokens[1] = t.afterShared(nextTok - 1);
    for (int k = 0; k < parts.size(); k++) {
      Val p = parts.get(k);
      numerals.add(new Numeral(t.start(p.first), t.end(p.next - 1), p.value));
      tokens[2 + 2 * k] = t.firstShared(p.first);
      tokens[3 + 2 * k] = t.afterShared(p.next - 1);
    }
    String phrase = text.subSequence(start, end).toString();
    sink.phrase(new NumberPhrase(start, end, kind, new Quantity(phrase, value, qualifier, interval, approximate), numerals), tokens);
  }
}
