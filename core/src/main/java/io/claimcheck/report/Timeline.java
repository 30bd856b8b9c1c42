package io.claimcheck.report;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One quantity's claims over time, as the HTML chart and the CSV read them: each claim's interval
 * against its as-of time, with its reporting body, and the quantity's consensus.
 *
 * <p>This is the one place where renderers read events, quantities and timelines out of a
 * {@link Report}; {@link #of(Report)} takes the report's resolved events and each quantity's
 * timeline (as-of time and normalised reporting body, else the attribution or the outlet). For a
 * report built without events it derives them from the groups (as-of = the claim's
 * {@link Claim#asOf()} if set, else its publication date; body = its attribution, else its outlet;
 * an event = the groups joined by part links or by one incident date and a shared place).
 *
 * @param event the id of the event the quantity belongs to ({@code e1})
 * @param eventLabel the event, for people ({@code Damascus and Homs, 2016-02-21})
 * @param group the quantity's group id ({@code g3})
 * @param label the quantity, for people ({@code killed in Damascus on 2016-02-21})
 * @param consensus what all its claims allow together, or null when they allow nothing in common
 * @param points its claims ordered by as-of time, then as the group orders them
 */
public record Timeline(String event, String eventLabel, String group, String label, @Nullable Interval consensus,
    List<Point> points) {

  /** Checks and copies the components. */
  public Timeline {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(eventLabel, "eventLabel");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(label, "label");
    points = List.copyOf(points);
  }

  /**
   * One claim on a timeline.
   *
   * @param claim the claim
   * @param asOf when the figure stood, or null when neither the sentence nor the document dates it
   * @param body who gave the figure: the attribution, else the outlet, else the document id
   */
  public record Point(Claim claim, @Nullable PartialDate asOf, String body) {
    /** Checks the components. */
    public Point {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(body, "body");
    }

    /** The claim's interval of allowed values. */
    public Interval interval() {
      return claim.quantity().interval();
    }

    /** Whether the figure is approximate ("about 130"). */
    public boolean approximate() {
      return claim.quantity().approximate();
    }

    /** The as-of time, if known. */
    public Optional<PartialDate> time() {
      return Optional.ofNullable(asOf);
    }
  }

  /** The consensus, if the claims allow any value together. */
  public Optional<Interval> consensusInterval() {
    return Optional.ofNullable(consensus);
  }

  /** Every quantity's timeline, ordered by event, then as the report orders its groups. */
  public static List<Timeline> of(Report report) {
    if (!report.events().isEmpty()) {
      return resolved(report);
    }
    List<Group> groups = report.groups();
    int[] parent = new int[groups.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      byId.put(groups.get(i).id(), i);
    }
    // one incident: the same date and a shared place; linear in groups per (date, place)
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      for (String part : g.parts()) {
        Integer j = byId.get(part);
        if (j != null) {
          union(parent, i, j);
        }
      }
      if (g.timeScope() == TimeScope.INCIDENT && g.date() != null) {
        for (String place : g.locations()) {
          Integer j = firstAt.putIfAbsent(g.date() + "\n" + place, i);
          if (j != null) {
            union(parent, i, j);
          }
        }
      }
    }
    Map<Integer, List<Group>> events = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      events.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(groups.get(i));
    }
    List<Timeline> out = new ArrayList<>();
    int n = 0;
    for (List<Group> members : events.values()) {
      String event = "e" + ++n;
      String eventLabel = eventLabel(members);
      for (Group g : members) {
        out.add(new Timeline(event, eventLabel, g.id(), g.describe(), g.consensus(), points(g)));
      }
    }
    return List.copyOf(out);
  }

  /** The report's own events and each quantity's resolved timeline (as-of time, normalised body). */
  private static List<Timeline> resolved(Report report) {
    Map<String, Group> byId = new HashMap<>();
    for (Group g : report.groups()) {
      byId.put(g.id(), g);
    }
    List<Timeline> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (io.claimcheck.event.Event e : report.events()) {
      List<Group> members = new ArrayList<>();
      for (String id : e.quantities()) {
        Group g = byId.get(id);
        if (g != null && seen.add(id)) {
          members.add(g);
        }
      }
      String label = eventLabel(members);
      for (Group g : members) {
        out.add(new Timeline(e.id(), label, g.id(), g.describe(), g.consensus(), resolvedPoints(g)));
      }
    }
    for (Group g : report.groups()) {
      if (seen.add(g.id())) {
        out.add(new Timeline(g.event().isEmpty() ? "e0" : g.event(), eventLabel(List.of(g)), g.id(), g.describe(),
            g.consensus(), resolvedPoints(g)));
      }
    }
    return List.copyOf(out);
  }

  private static List<Point> resolvedPoints(Group g) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < g.claims().size(); i++) {
      Claim c = g.claims().get(i);
      io.claimcheck.group.TimelineEntry t = g.timeline().get(i);
      String body = t.body() != null ? t.body() : c.attribution() != null ? c.attribution() : c.source().displayName();
      points.add(new Point(c, t.asOf(), body));
    }
    points.sort(Comparator.comparing(Point::asOf, Comparator.nullsLast(Comparator.naturalOrder())));
    return points;
  }

  private static List<Point> points(Group g) {
    List<Point> points = new ArrayList<>();
    for (Claim c : g.claims()) {
      PartialDate asOf = c.asOf() != null ? c.asOf()
          : c.source().published() != null ? PartialDate.of(c.source().published()) : null;
      String body = c.attribution() != null ? c.attribution() : c.source().displayName();
      points.add(new Point(c, asOf, body));
    }
    points.sort(Comparator.comparing(Point::asOf, Comparator.nullsLast(Comparator.naturalOrder())));
    return points;
  }

  private static String eventLabel(List<Group> members) {
    Set<String> places = new LinkedHashSet<>();
    Set<String> dates = new LinkedHashSet<>();
    boolean cumulative = false;
    for (Group g : members) {
      places.addAll(g.locations());
      if (g.timeScope() == TimeScope.CUMULATIVE) {
        cumulative = true;
      } else if (g.date() != null) {
        dates.add(g.date().toString());
      }
    }
    String where = places.isEmpty() ? "place unknown" : String.join(" and ", places);
    String when = cumulative && dates.isEmpty() ? "cumulative" : dates.isEmpty() ? "date unknown"
        : String.join(", ", dates) + (cumulative ? ", cumulative" : "");
    return where + ", " + when;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
