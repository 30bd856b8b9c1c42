package io.claimcheck.rules.builtin;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.group.Consensus;
import io.claimcheck.group.Group;
import io.claimcheck.group.TimelineEntry;
import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A quantity's timeline as rules read it. Times have a resolution of one day (news of one
 * incident is dated in several time zones): two figures are for the same time when their as-of
 * times lie within a day of each other, or, with no time known, when one document gives both.
 * Only reported counts take part: projections and denials are left out.
 */
final class Times {
  /** Days two as-of times may lie apart and still be the same time. */
  static final int SAME_TIME_DAYS = 1;

  private Times() {}

  /**
   * A claim with its timeline entry and the interval it allows (approximate figures widened),
   * computed once. Points are equal only to themselves.
   */
  static final class Point {
    private final Claim claim;
    private final TimelineEntry entry;
    private final Interval allowed;
    /** The first and last day of the as-of time; null when it is unknown. */
    private final @Nullable LocalDate first;
    private final @Nullable LocalDate last;
    /** The allowed interval's bounds; null when unbounded. */
    private final @Nullable BigDecimal low;
    private final @Nullable BigDecimal high;

    Point(Claim claim, TimelineEntry entry, Interval allowed) {
      this.claim = claim;
      this.entry = entry;
      this.allowed = allowed;
      PartialDate t = entry.asOf();
      this.first = t == null ? null : t.first();
      this.last = t == null ? null : t.last();
      this.low = allowed.lower().orElse(null);
      this.high = allowed.upper().orElse(null);
    }

    /** The first day of the as-of time ({@code asOf().first()}), which must be known. */
    LocalDate first() {
      return first;
    }

    /** The last day of the as-of time ({@code asOf().last()}), which must be known. */
    LocalDate last() {
      return last;
    }

    Claim claim() {
      return claim;
    }

    TimelineEntry entry() {
      return entry;
    }

    /** What the figure allows, approximate figures widened by the tolerance. */
    Interval allowed() {
      return allowed;
    }

    /** {@code allowed().lower()}'s value, null when unbounded below. */
    @Nullable BigDecimal low() {
      return low;
    }

    /** {@code allowed().upper()}'s value, null when unbounded above. */
    @Nullable BigDecimal high() {
      return high;
    }

    @Nullable PartialDate asOf() {
      return entry.asOf();
    }

    String document() {
      return claim.documentId();
    }

    @Nullable String body() {
      return entry.body();
    }
  }

  /**
   * The last quantity's points and slices on this thread: the rules check one quantity after
   * another on each thread (every rule on a quantity, then the next quantity), and most of them
   * read its points, two its slices. Both are unmodifiable, so sharing them changes nothing.
   */
  private static final class Memo {
    @Nullable Group group;
    @Nullable BigDecimal tolerance;
    List<Point> points = List.of();
    @Nullable List<List<Point>> slices;
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  /** The reported claims of a quantity with their entries, in timeline order; unmodifiable. */
  static List<Point> points(Group g, BigDecimal tolerance) {
    Memo m = MEMO.get();
    if (m.group == g && tolerance.equals(m.tolerance)) {
      return m.points;
    }
    List<Point> out = new ArrayList<>(g.claims().size());
    for (int i = 0; i < g.claims().size(); i++) {
      Claim c = g.claims().get(i);
      if (c.isReported()) {
        out.add(new Point(c, g.timeline().get(i), Consensus.effective(c.quantity(), tolerance)));
      }
    }
    m.group = g;
    m.tolerance = tolerance;
    m.points = java.util.Collections.unmodifiableList(out);
    m.slices = null;
    return m.points;
  }

  /** Whether every value {@code a} allows is below every value {@code b} allows. */
  static boolean below(Point a, Point b) {
    return a.high != null && b.low != null && a.high.compareTo(b.low) < 0;
  }

  /**
   * The sets of points that are for one time: for each distinct as-of day D, the points whose time
   * meets [D, D + 1 day]; and per document, its points of unknown time with the document's other
   * points. A set contained in its neighbour is dropped. Linear in the points and the slices' sizes.
   */
  static List<List<Point>> slices(List<Point> points) {
    Memo m = MEMO.get();
    if (points != m.points) {
      return sliced(points);
    }
    if (m.slices == null) {
      m.slices = sliced(points);
    }
    return m.slices;
  }

  /** {@link #slices}, each slice and the list unmodifiable. */
  private static List<List<Point>> sliced(List<Point> points) {
    List<Point> dated = new ArrayList<>(points.size());
    Set<String> unknownDocuments = new LinkedHashSet<>();
    for (Point p : points) {
      if (p.asOf() == null) {
        unknownDocuments.add(p.document());
      } else {
        dated.add(p);
      }
    }
    dated.sort(BY_FIRST);
    // slices as positions in dated, ascending (the window keeps dated's order): a slice holds another
    // when a merge of the two finds each of the other's positions
    List<List<Point>> out = new ArrayList<>();
    int[] active = new int[dated.size()];
    int size = 0;
    int next = 0;
    int[] previous = null;
    LocalDate lastDay = null;
    for (Point anchor : dated) {
      LocalDate d = anchor.first;
      if (d.equals(lastDay)) {
        continue;
      }
      lastDay = d;
      LocalDate end = d.plusDays(SAME_TIME_DAYS);
      while (next < dated.size() && !dated.get(next).first.isAfter(end)) {
        active[size++] = next++;
      }
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (!dated.get(active[i]).last.isBefore(d)) {
          active[kept++] = active[i];
        }
      }
      size = kept;
      int[] slice = java.util.Arrays.copyOf(active, size);
      if (previous != null && holds(previous, slice)) {
        continue;
      }
      if (previous != null && holds(slice, previous) && !out.isEmpty()) {
        out.remove(out.size() - 1); // previous, always the last added
      }
      List<Point> members = new ArrayList<>(size);
      for (int at : slice) {
        members.add(dated.get(at));
      }
      out.add(members);
      previous = slice;
    }
    if (!unknownDocuments.isEmpty()) {
      Map<String, List<Point>> byDocument = new LinkedHashMap<>();
      for (Point p : points) {
        byDocument.computeIfAbsent(p.document(), k -> new ArrayList<>()).add(p);
      }
      for (String document : unknownDocuments) {
        out.add(byDocument.get(document));
      }
    }
    out.replaceAll(java.util.Collections::unmodifiableList);
    return java.util.Collections.unmodifiableList(out);
  }

  private static final java.util.Comparator<Point> BY_FIRST = (a, b) -> a.first.compareTo(b.first);

  /** Whether ascending positions {@code all} hold every one of ascending positions {@code some}. */
  private static boolean holds(int[] all, int[] some) {
    int i = 0;
    for (int x : some) {
      while (i < all.length && all[i] < x) {
        i++;
      }
      if (i == all.length || all[i] != x) {
        return false;
      }
      i++;
    }
    return true;
  }

  /** The points with the lowest upper bounds and the highest lower bounds: where conflicts lie. */
  /**
   * Figures of one slice that cannot all hold: the two furthest apart, and every figure of the
   * slice in conflict with one of the slice's extremes, by value, then claim id.
   */
  record Conflict(Point low, Point high, List<Point> involved) {}

  /**
   * The slice's conflict, or null when none: among its {@linkplain #extremes extremes}, the pair
   * {@code (low, high)} that {@code conflicts} holds for whose gap (high's lowest value above
   * low's highest) is widest, the first found of equals; and the figures in conflict with an
   * extreme either way.
   */
  static @Nullable Conflict conflict(List<Point> slice, BigDecimal tolerance,
      java.util.function.BiPredicate<Point, Point> conflicts) {
    List<Point> extremes = extremes(slice, tolerance, 8);
    Point low = null;
    Point high = null;
    BigDecimal widest = null;
    for (Point a : extremes) {
      for (Point b : extremes) {
        if (!conflicts.test(a, b)) {
          continue;
        }
        BigDecimal gap = (b.low == null ? BigDecimal.ZERO : b.low).subtract(a.high == null ? BigDecimal.ZERO : a.high);
        if (widest == null || gap.compareTo(widest) > 0) {
          low = a;
          high = b;
          widest = gap;
        }
      }
    }
    if (low == null) {
      return null;
    }
    List<Point> involved = new ArrayList<>();
    for (Point p : slice) {
      for (Point x : extremes) {
        if (conflicts.test(p, x) || conflicts.test(x, p)) {
          involved.add(p);
          break;
        }
      }
    }
    involved.sort(BY_VALUE);
    return new Conflict(low, high, involved);
  }

  /** By printed figure, then claim id. */
  static final java.util.Comparator<Point> BY_VALUE = (a, b) -> {
    int c = a.claim.quantity().value().compareTo(b.claim.quantity().value());
    return c != 0 ? c : a.claim.id().compareTo(b.claim.id());
  };

  /** By highest value allowed (bounded points only), then claim id. */
  private static final java.util.Comparator<Point> BY_HIGH = (a, b) -> {
    int c = a.high.compareTo(b.high);
    return c != 0 ? c : a.claim.id().compareTo(b.claim.id());
  };

  /** By lowest value allowed, highest first (none counts as 0), then claim id. */
  static final java.util.Comparator<Point> BY_LOW_DESCENDING = (a, b) -> {
    int c = (b.low == null ? BigDecimal.ZERO : b.low).compareTo(a.low == null ? BigDecimal.ZERO : a.low);
    return c != 0 ? c : a.claim.id().compareTo(b.claim.id());
  };

  /**
   * The {@code k} points with the lowest upper bounds and the {@code k} with the highest lower
   * bounds, once each, in that order.
   */
  static List<Point> extremes(List<Point> points, BigDecimal tolerance, int k) {
    List<Point> bounded = new ArrayList<>(points.size());
    for (Point p : points) {
      if (p.high != null) {
        bounded.add(p);
      }
    }
    // once each, in order: 2k points at most, told apart by a look over those kept (points are equal only to themselves)
    List<Point> out = new ArrayList<>(first(bounded, BY_HIGH, k));
    for (Point p : first(points, BY_LOW_DESCENDING, k)) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The first {@code k} of {@code points} sorted by {@code order} (a stable sort: equal points in
   * their order), found in one pass rather than by sorting them all.
   */
  static List<Point> first(List<Point> points, java.util.Comparator<Point> order, int k) {
    if (k <= 0) {
      return List.of();
    }
    List<Point> top = new ArrayList<>(Math.min(k, points.size()) + 1);
    for (Point p : points) {
      if (top.size() == k && order.compare(p, top.get(k - 1)) >= 0) {
        continue;
      }
      int at = top.size();
      while (at > 0 && order.compare(p, top.get(at - 1)) < 0) {
        at--;
      }
      top.add(at, p);
      if (top.size() > k) {
        top.remove(k);
      }
    }
    return top;
  }

  /** Whether {@code a} is for a time strictly before {@code b}'s (both known, a day or more apart). */
  static boolean before(Point a, Point b) {
    return a.last != null && b.first != null && a.last.isBefore(b.first);
  }

  /** Whether {@code a}'s time is after {@code b}'s beyond the same-time resolution. */
  static boolean later(Point a, Point b) {
    return a.first != null && b.last != null && a.first.isAfter(b.last);
  }

  /** The interval a claim allows, approximate figures widened. */
  static Interval allows(Claim c, BigDecimal tolerance) {
    return Consensus.effective(c.quantity(), tolerance);
  }

  /** Whether two claims' intervals share no value. */
  static boolean disjoint(Claim a, Claim b, BigDecimal tolerance) {
    return !allows(a, tolerance).intersects(allows(b, tolerance));
  }

  /** Whether every value {@code a} allows is below every value {@code b} allows. */
  static boolean below(Claim a, Claim b, BigDecimal tolerance) {
    Interval x = allows(a, tolerance);
    Interval y = allows(b, tolerance);
    return x.upper().isPresent() && y.lower().isPresent() && x.upper().get().compareTo(y.lower().get()) < 0;
  }

  /** The distinct known bodies of the points, in order. */
  static List<String> bodies(List<Point> points) {
    Set<String> out = new LinkedHashSet<>();
    for (Point p : points) {
      if (p.body() != null) {
        out.add(p.body());
      }
    }
    return new ArrayList<>(out);
  }

  /** "; a dispute between police and the ministry" when two or more bodies are involved, else "". */
  static String dispute(List<Point> points) {
    List<String> b = bodies(points);
    if (b.size() < 2) {
      return "";
    }
    return "; a dispute between " + String.join(", ", b.subList(0, b.size() - 1)) + " and " + b.get(b.size() - 1);
  }

  /** "2016-02-21" or "an unknown time (one document)". */
  static String time(List<Point> points) {
    PartialDate first = null;
    PartialDate last = null;
    for (Point p : points) {
      if (p.asOf() != null) {
        first = first == null || p.asOf().compareTo(first) < 0 ? p.asOf() : first;
        last = last == null || p.asOf().compareTo(last) > 0 ? p.asOf() : last;
      }
    }
    if (first == null) {
      return "one time (no date known, one document)";
    }
    return Objects.equals(first, last) ? first.toString() : first + " to " + last;
  }

  /** The claims of the points. */
  static List<Claim> claims(List<Point> points) {
    List<Claim> out = new ArrayList<>(points.size());
    points.forEach(p -> out.add(p.claim()));
    return out;
  }

  /** {@code at least 87 (Financial Tribune, citing SOHR, as of 2016-02-21)}. */
  static String describe(Point p) {
    String claim = Describe.claim(p.claim()); // always ends with ")": the time goes inside it
    return claim.substring(0, claim.length() - 1) + (p.asOf() == null ? "" : ", as of " + p.asOf()) + ")";
  }

  /** Points described, joined by commas (six at most). */
  static String describe(List<Point> points) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(points.size(), 6);
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? ", " : "").append(describe(points.get(i)));
    }
    if (points.size() > n) {
      sb.append(", ... ").append(points.size() - n).append(" more");
    }
    return sb.toString();
  }
}
