package io.claimcheck.report;

import io.claimcheck.internal.Decimals;
import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One quantity's timeline as inline SVG: each claim's interval as a bar against its as-of time
 * (an open upper end as an arrow to the top, a single value as a dot; approximate figures
 * hatched and hollow), coloured by reporting body, over the consensus band, with the claims of
 * a finding outlined. The SVG has a title and a description that says in words what the chart
 * shows, for screen readers and for print without colour.
 */
final class TimelineChart {
  /** Okabe and Ito's colour-blind-safe palette, without the yellow that is too light on white. */
  static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
      "#8C564B", "#555555");

  private static final int WIDTH = 720;
  private static final int HEIGHT = 280;
  private static final int LEFT = 72;
  private static final int RIGHT = 24;
  private static final int TOP = 24;
  private static final int BOTTOM = 44;
  private static final int BAR = 10;
  /** The spacing of claims of one day when each can carry its label. */
  private static final int WIDE = 76;
  /** The least spacing at which labels are drawn. */
  private static final int LABELLED = 60;
  /** A generous width of one character of a label, in pixels (11-pixel sans-serif). */
  private static final double LABEL_CHAR = 6.5;

  private TimelineChart() {}

  /** Each body's colour, in order of first appearance. */
  static Map<String, String> colours(Timeline t) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Timeline.Point p : t.points()) {
      out.computeIfAbsent(p.body(), b -> PALETTE.get(out.size() % PALETTE.size()));
    }
    return out;
  }

  /** The chart of {@code t}; claims whose ids are in {@code highlighted} are outlined. */
  static String svg(Timeline t, Set<String> highlighted, String idPrefix) {
    List<Timeline.Point> points = t.points();
    Map<String, String> colours = colours(t);
    // the time axis: proportional in days; points of one day side by side
    TreeSet<LocalDate> days = new TreeSet<>();
    boolean undated = false;
    for (Timeline.Point p : points) {
      if (p.asOf() == null) {
        undated = true;
      } else {
        days.add(p.asOf().first());
      }
    }
    LocalDate first = days.isEmpty() ? null : days.first();
    LocalDate last = days.isEmpty() ? null : days.last();
    long span = first == null ? 0 : ChronoUnit.DAYS.between(first, last);
    int undatedCount = (int) points.stream().filter(p -> p.asOf() == null).count();
    // room for undated claims right of the time axis, as much as they need up to a third of the width
    int undatedWidth = undated ? Math.min(WIDTH / 3, 70 + LABELLED * (undatedCount - 1)) : 0;
    int plotRight = WIDTH - RIGHT - undatedWidth;
    int plotWidth = plotRight - LEFT;
    // the value axis, from 0 to a round number above every finite bound
    BigDecimal max = BigDecimal.ONE;
    for (Timeline.Point p : points) {
      Interval in = p.interval();
      max = max.max(in.upper().orElse(in.lower().orElse(BigDecimal.ZERO)));
      max = max.max(in.lower().orElse(BigDecimal.ZERO));
    }
    if (t.consensus() != null) {
      max = max.max(t.consensus().upper().orElse(t.consensus().lower().orElse(BigDecimal.ZERO)));
    }
    double top = niceCeiling(max.doubleValue() * 1.15);
    int plotHeight = HEIGHT - TOP - BOTTOM;
    String titleId = idPrefix + "-title";
    String descId = idPrefix + "-desc";

    StringBuilder sb = new StringBuilder(4096);
    sb.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append("\">\n");
    sb.append("<title id=\"").append(titleId).append("\">").append(Html.text("Timeline of " + t.label())).append("</title>\n");
    sb.append("<desc id=\"").append(descId).append("\">").append(Html.text(description(t, highlighted))).append("</desc>\n");
    sb.append("<defs><pattern id=\"").append(idPrefix).append("-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" ")
        .append("patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#777\" stroke-width=\"2\"/></pattern>")
        .append("</defs>\n");
    // grid and value axis
    sb.append("<g class=\"axis\" font-size=\"11\" fill=\"#333\">\n");
    for (double v : ticks(top)) {
      int y = y(v, top, plotHeight);
      sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(plotRight).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>");
      sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
          .append(format(v)).append("</text>\n");
    }
    sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
        .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#333\"/>");
    sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(plotRight).append("\" y1=\"").append(TOP + plotHeight)
        .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#333\"/>\n");
    sb.append("<text x=\"14\" y=\"").append(TOP + plotHeight / 2).append("\" transform=\"rotate(-90 14 ")
        .append(TOP + plotHeight / 2).append(")\" text-anchor=\"middle\">").append(Html.text(t.points().isEmpty() ? ""
            : t.points().get(0).claim().measure().name())).append("</text>\n");
    sb.append("</g>\n");
    // the consensus band, behind the claims
    if (t.consensus() != null) {
      Interval c = t.consensus();
      double lo = c.lower().map(BigDecimal::doubleValue).orElse(0.0);
      int yLo = y(lo, top, plotHeight);
      int yHi = c.upper().map(u -> y(u.doubleValue(), top, plotHeight)).orElse(TOP);
      sb.append("<rect class=\"consensus\" x=\"").append(LEFT + 1).append("\" y=\"").append(yHi).append("\" width=\"")
          .append(plotWidth - 1).append("\" height=\"").append(Math.max(2, yLo - yHi))
          .append("\" fill=\"#9e9e9e\" fill-opacity=\"0.25\"><title>").append(Html.text("consensus " + c))
          .append("</title></rect>\n");
      sb.append("<text x=\"").append(LEFT + 6).append("\" y=\"").append(Math.max(TOP + 12, yHi + 12))
          .append("\" font-size=\"11\" fill=\"#555\">consensus</text>\n");
    }
    // time axis labels, at most about eight
    Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
    for (Timeline.Point p : points) {
      if (p.asOf() != null) {
        perDay.merge(p.asOf().first(), 1, Integer::sum);
      }
    }
    List<LocalDate> labelled = new ArrayList<>(days);
    int step = Math.max(1, (labelled.size() + 7) / 8);
    sb.append("<g class=\"axis\" font-size=\"11\" fill=\"#333\">\n");
    for (int i = 0; i < labelled.size(); i += step) {
      LocalDate d = labelled.get(i);
      int x = x(d, first, span, plotWidth);
      sb.append("<text x=\"").append(x).append("\" y=\"").append(TOP + plotHeight + 18)
          .append("\" text-anchor=\"middle\">").append(d).append("</text>\n");
    }
    int undatedCentre = plotRight + undatedWidth / 2;
    if (undated) {
      sb.append("<text x=\"").append(undatedCentre).append("\" y=\"").append(TOP + plotHeight + 18)
          .append("\" text-anchor=\"middle\">undated</text>\n");
    }
    sb.append("<text x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(HEIGHT - 6)
        .append("\" text-anchor=\"middle\">as of</text>\n</g>\n");
    // the claims
    // claims of one day side by side, as far apart as the neighbouring days leave room for
    Map<LocalDate, Integer> placed = new LinkedHashMap<>();
    Map<LocalDate, Double> spacing = new LinkedHashMap<>();
    List<LocalDate> ordered = new ArrayList<>(perDay.keySet());
    ordered.sort(null);
    for (int i = 0; i < ordered.size(); i++) {
      LocalDate d = ordered.get(i);
      int at = x(d, first, span, plotWidth);
      double room = Math.min(at - LEFT, plotRight - at) * 2.0;
      if (i > 0) {
        room = Math.min(room, at - x(ordered.get(i - 1), first, span, plotWidth));
      }
      if (i + 1 < ordered.size()) {
        room = Math.min(room, x(ordered.get(i + 1), first, span, plotWidth) - at);
      }
      spacing.put(d, spacing(perDay.get(d), room - 20));
    }
    double undatedSpacing = spacing(undatedCount, undatedWidth - 20);
    int undatedPlaced = 0;
    sb.append("<g class=\"claims\">\n");
    for (Timeline.Point p : points) {
      int cx;
      double gap;
      if (p.asOf() == null) {
        gap = undatedSpacing;
        cx = undatedCentre + offset(undatedPlaced++, undatedCount, gap);
      } else {
        LocalDate d = p.asOf().first();
        int k = placed.merge(d, 1, Integer::sum) - 1;
        gap = spacing.get(d);
        cx = x(d, first, span, plotWidth) + offset(k, perDay.get(d), gap);
      }
      // a label only where there is room for one; the title, the description and the table have them all
      claim(sb, p, cx, top, plotHeight, colours.get(p.body()), highlighted.contains(p.claim().id()), idPrefix,
          gap >= LABELLED);
    }
    sb.append("</g>\n</svg>");
    return sb.toString();
  }

  private static void claim(StringBuilder sb, Timeline.Point p, int cx, double top, int plotHeight, String colour,
      boolean highlighted, String idPrefix, boolean labelled) {
    Interval in = p.interval();
    double lo = in.lower().map(BigDecimal::doubleValue).orElse(0.0);
    int yLo = y(lo, top, plotHeight);
    boolean open = in.upper().isEmpty();
    int yHi = open ? TOP + 10 : y(in.upper().get().doubleValue(), top, plotHeight);
    String fill = p.approximate() ? "url(#" + idPrefix + "-hatch)" : colour;
    sb.append("<g class=\"claim").append(highlighted ? " in-finding" : "").append(p.approximate() ? " approximate" : "")
        .append("\" data-claim=\"").append(Html.text(p.claim().id())).append("\">");
    sb.append("<title>").append(Html.text(pointText(p) + (highlighted ? "; in a finding" : ""))).append("</title>");
    if (highlighted) {
      sb.append("<rect x=\"").append(cx - BAR / 2 - 4).append("\" y=\"").append(yHi - 4).append("\" width=\"")
          .append(BAR + 8).append("\" height=\"").append(Math.max(8, yLo - yHi) + 8)
          .append("\" rx=\"3\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>");
    }
    if (yLo - yHi >= 3) {
      sb.append("<line x1=\"").append(cx).append("\" x2=\"").append(cx).append("\" y1=\"").append(yLo).append("\" y2=\"")
          .append(yHi).append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(BAR)
          .append("\" stroke-opacity=\"").append(p.approximate() ? "0.45" : "0.85").append('"')
          .append("/>");
    }
    if (open) {
      sb.append("<polygon points=\"").append(cx - 8).append(',').append(TOP + 11).append(' ').append(cx + 8).append(',')
          .append(TOP + 11).append(' ').append(cx).append(',').append(TOP - 2).append("\" fill=\"").append(colour)
          .append("\" fill-opacity=\"").append(p.approximate() ? "0.45" : "0.85").append("\"/>");
    }
    sb.append("<circle cx=\"").append(cx).append("\" cy=\"").append(yLo).append("\" r=\"6\" fill=\"").append(fill)
        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"/>");
    if (labelled) {
      String label = shortFigure(p);
      // right of the dot, or left of it where it would run past the chart's right edge
      boolean left = cx + 10 + label.length() * LABEL_CHAR > WIDTH - 2;
      sb.append("<text x=\"").append(left ? cx - 10 : cx + 10).append("\" y=\"").append(yLo + 4)
          .append(left ? "\" text-anchor=\"end" : "").append("\" font-size=\"11\" fill=\"#222\">")
          .append(Html.text(label)).append("</text>");
    }
    sb.append("</g>\n");
  }

  /** What one claim says, for its tooltip and the chart's description. */
  static String pointText(Timeline.Point p) {
    return p.claim().quantity().text() + " " + p.interval() + (p.approximate() ? " (approximate)" : "") + ", "
        + p.body() + (p.body().equals(p.claim().source().displayName()) ? "" : " in " + p.claim().source().displayName())
        + ", as of " + (p.asOf() == null ? "an unknown date" : p.asOf().toString());
  }

  private static String description(Timeline t, Set<String> highlighted) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.points().size()).append(t.points().size() == 1 ? " claim" : " claims").append(" for ")
        .append(t.label()).append(". ");
    for (Timeline.Point p : t.points()) {
      sb.append(pointText(p)).append(highlighted.contains(p.claim().id()) ? " (in a finding)" : "").append(". ");
    }
    sb.append(t.consensus() == null ? "The claims have no value in common." : "Consensus " + t.consensus() + ".");
    return sb.toString();
  }

  private static String shortFigure(Timeline.Point p) {
    String text = p.claim().quantity().text().replaceAll("\\s+", " ");
    return text.length() > 24 ? text.substring(0, 23) + "…" : text;
  }

  /** How far apart {@code n} claims of one day stand in {@code room} pixels: 76 when labels fit, down to 4. */
  private static double spacing(int n, double room) {
    if (n <= 1) {
      return WIDE;
    }
    return Math.max(4, Math.min(WIDE, room / (n - 1)));
  }

  private static int offset(int k, int n, double gap) {
    return (int) Math.round((k - (n - 1) / 2.0) * gap);
  }

  private static int x(LocalDate d, LocalDate first, long span, int plotWidth) {
    int pad = 100;
    if (span == 0) {
      return LEFT + plotWidth / 2;
    }
    return LEFT + pad + (int) Math.round((plotWidth - 2.0 * pad) * ChronoUnit.DAYS.between(first, d) / (double) span);
  }

  private static int y(double v, double top, int plotHeight) {
    return TOP + plotHeight - (int) Math.round(plotHeight * Math.min(v, top) / top);
  }

  /**
   * The smallest round number at or above {@code v} whose quarters are round too: 1, 1.2, 1.6, 2,
   * 2.4, 3.2, 4, 6 or 8 times a power of ten.
   */
  static double niceCeiling(double v) {
    if (v <= 1) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static List<Double> ticks(double top) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      out.add(top * i / 4);
    }
    return out;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Decimals.format(BigDecimal.valueOf((long) v))
        : String.format(Locale.ROOT, "%.1f", v);
  }
}
