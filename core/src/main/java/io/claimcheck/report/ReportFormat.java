package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.claimcheck.claim.Claim;
import io.claimcheck.event.Event;
import io.claimcheck.group.Group;
import io.claimcheck.group.TimelineEntry;
import io.claimcheck.quantity.Interval;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The ways a report is written: {@code text} for a person at a terminal, {@code json} in
 * DESIGN.md's schema, {@code markdown} for a page. Every format uses one grammar for findings
 * ({@code [warning] divergent-figures g1: message}) and is deterministic: the same report gives
 * the same bytes.
 */
public enum ReportFormat {
  /** Findings by severity, then events, quantities with their consensus and timelines, documents. */
  TEXT,
  /** One JSON object: schemaVersion, documents, claims, events, quantities, findings. */
  JSON,
  /** Headings and lists, for a page. */
  MARKDOWN;

  private static final JsonFactory FACTORY = new JsonFactory() // a lone surrogate is kept as its escape
      .setOutputDecorator(io.claimcheck.internal.LoneSurrogates.ESCAPED_IN_JSON)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** {@code text}, {@code json}, {@code markdown}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The report as a string. */
  public String render(Report report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /** Writes the report. */
  public void write(Report report, Writer out) {
    write(report, out, 1);
  }

  /**
   * Writes the report, the text format's lines made on {@code threads} threads (the calling one
   * among them) a part at a time and written in order: the same bytes for any number.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public void write(Report report, Writer out, int threads) {
    io.claimcheck.internal.Parallel.threads(threads);
    try {
      switch (this) {
        case JSON:
          json(report, out);
          break;
        case MARKDOWN:
          markdown(report, out);
          break;
        default:
          text(report, new Lines(out, threads));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The summary line: {@code 5 documents, 12 claims, 3 events, 6 quantities, 2 findings (1 error, 1 warning, 0 info)},
   * with how many documents failed when any did.
   */
  public static String summary(Report r) {
    long failed = r.documents().size() - r.documentsRead();
    return count(r.documents().size(), "document") + (failed > 0 ? " (" + failed + " failed)" : "") + ", "
        + count(r.claims().size(), "claim") + ", " + count(r.events().size(), "event") + ", "
        + count(r.groups().size(), "quantity").replace("quantitys", "quantities") + ", "
        + count(r.findings().size(), "finding") + " (" + count(r.count(Severity.ERROR), "error") + ", "
        + count(r.count(Severity.WARNING), "warning") + ", " + r.count(Severity.INFO) + " info)";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String consensus(Group g) {
    return g.consensus() == null ? "none (the claims cannot all be true)" : g.consensus().toString();
  }

  /**
   * Where the text report's lines go: straight to the writer on one thread; with more, the lines
   * of a run of items (findings, quantities, documents) are made in parts on the threads, a few
   * parts at a time, and written in order. An item's lines are appended to a builder piece by
   * piece ({@link Line}), so that a million claims make no string a line; the builders are kept
   * from part to part.
   */
  private static final class Lines {
    /** About how many lines one part holds. */
    private static final int PART_LINES = 2048;
    /** On one thread, the chars held before they are written. */
    private static final int HELD = 1 << 16;
    /**
     * A builder grown past this is let go once written. (A kept builder that once held a char
     * above U+00FF stays two bytes a char: Java never narrows a StringBuilder.)
     */
    private static final int KEPT = 1 << 24;

    final Writer out;
    final int threads;
    /** The chars written at a time. */
    private final char[] chars = new char[8192];

    Lines(Writer out, int threads) {
      this.out = out;
      this.threads = threads;
    }

    void line(String content) throws IOException {
      ReportFormat.line(out, content);
    }

    /**
     * Each item's lines ({@code lines} of them about), in the items' order: a part is cut without
     * asking an item for its lines (a finding held packed is made again for each get).
     */
    <T> void each(List<T> items, int lines, ItemLines<T> write) throws IOException {
      each(items, null, Math.max(1, lines), write);
    }

    /** Each item's lines ({@code lines} gives about how many), in the items' order. */
    <T> void each(List<T> items, java.util.function.ToIntFunction<T> lines, ItemLines<T> write) throws IOException {
      each(items, lines, 0, write);
    }

    /** Each item's lines, the lines of one by {@code lines} or else {@code each}. */
    private <T> void each(List<T> items, java.util.function.@Nullable ToIntFunction<T> lines, int each,
        ItemLines<T> write) throws IOException {
      if (threads == 1 || items.size() < 2) {
        // the lines written whenever HELD chars are made, within an item too (a quantity of a million claims)
        Line line = new Line(new StringBuilder(HELD + HELD / 4), this);
        try {
          for (T item : items) {
            write.lines(item, line);
          }
        } catch (Flushing e) {
          throw e.getCause();
        }
        write(line.sb);
        return;
      }
      // parts of about PART_LINES lines; a few parts for each thread at a time, so memory stays bounded
      List<Integer> cuts = new ArrayList<>();
      cuts.add(0);
      long inPart = 0;
      for (int i = 0; i < items.size(); i++) {
        inPart += lines == null ? each : Math.max(1, lines.applyAsInt(items.get(i)));
        if (inPart >= PART_LINES) {
          cuts.add(i + 1);
          inPart = 0;
        }
      }
      if (cuts.get(cuts.size() - 1) != items.size()) {
        cuts.add(items.size());
      }
      int parts = cuts.size() - 1;
      // a few parts for each thread made ahead while this one writes, so memory stays bounded; each
      // part made in a builder written before (as large as a part already), or a new one
      java.util.Queue<StringBuilder> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();
      io.claimcheck.internal.Parallel.ordered(parts, threads, 4 * threads, p -> {
        StringBuilder sb = spare.poll();
        Line line = new Line(sb == null ? new StringBuilder(HELD) : sb);
        for (int i = cuts.get(p); i < cuts.get(p + 1); i++) {
          write.lines(items.get(i), line);
        }
        return line.sb;
      }, sb -> {
        write(sb);
        if (sb.capacity() <= KEPT) {
          sb.setLength(0);
          spare.add(sb);
        }
      });
    }

    /**
     * Writes the lines made, a slice of {@link #chars} at a time; a slice never ends between the
     * two halves of a pair (a writer may encode each write apart).
     */
    private void write(StringBuilder sb) throws IOException {
      int n = sb.length();
      for (int at = 0; at < n; ) {
        int to = Math.min(n, at + chars.length);
        if (to < n && Character.isHighSurrogate(sb.charAt(to - 1))) {
          to--;
        }
        sb.getChars(at, to, chars, 0);
        out.write(chars, 0, to - at);
        at = to;
      }
    }

    /** A failure to write lines as they are made, carried out of an item's lines. */
    private static final class Flushing extends UncheckedIOException {
      private static final long serialVersionUID = 1L;

      Flushing(IOException e) {
        super(e);
      }
    }

    /** On one thread: the lines made so far written when they are HELD chars or more, at the end of a line. */
    void flushHeld(StringBuilder sb) {
      if (sb.length() >= HELD) {
        try {
          write(sb);
        } catch (IOException e) {
          throw new Flushing(e); // Lines.each throws the IOException again
        }
        sb.setLength(0);
      }
    }
  }

  /** Writes one item's lines, each begun and ended on {@code to}. */
  @FunctionalInterface
  private interface ItemLines<T> {
    void lines(T item, Line to);
  }

  /**
   * One line of the text report made in a builder: its pieces are the input's text ({@link #text},
   * checked for unsafe characters as it is appended) or the report's own (plain ASCII, numbers,
   * dates). A line with an unsafe character is escaped whole when it ends, as
   * {@link io.claimcheck.internal.Printable#escape} escapes its text (one char at a time, so the
   * pieces it was made of do not matter).
   */
  static final class Line {
    final StringBuilder sb;
    /** Where the lines go as they are made on one thread; null when a part is made whole. */
    private final @Nullable Lines to;
    private int from;
    private boolean safe = true;

    Line(StringBuilder sb) {
      this(sb, null);
    }

    private Line(StringBuilder sb, @Nullable Lines to) {
      this.sb = sb;
      this.to = to;
    }

    /** Begins a line at the end of the builder. */
    StringBuilder begin() {
      from = sb.length();
      safe = true;
      return sb;
    }

    /** Appends text from the input ({@code null} as "null"). */
    StringBuilder text(@Nullable String s) {
      if (safe && s != null && !io.claimcheck.internal.Printable.safe(s)) {
        safe = false;
      }
      return sb.append(s);
    }

    /** Ends the line: escapes it if it has an unsafe character, then its newline. */
    void end() {
      if (!safe) {
        String escaped = io.claimcheck.internal.Printable.escape(sb.substring(from));
        sb.setLength(from);
        sb.append(escaped);
      }
      sb.append('\n');
      if (to != null) {
        to.flushHeld(sb);
      }
    }

    /** One whole line of the input's text, or of text made from it. */
    void whole(String content) {
      begin();
      text(content);
      end();
    }
  }

  private static void text(Report r, Lines out) throws IOException {
    out.line("claimcheck: " + summary(r));
    if (!r.findings().isEmpty()) {
      out.line("");
      out.line("Findings");
      ReportIndex index = ReportIndex.of(r, out.threads);
      out.each(r.findings(), 3, (f, to) -> {
        // Finding.toString: [warning] divergent-figures g1: message
        to.begin().append('[').append(f.severity().id()).append("] ");
        to.text(f.rule());
        to.sb.append(' ');
        to.text(f.group());
        to.sb.append(": ");
        to.text(f.message());
        to.end();
        to.begin().append("    ");
        to.text(f.explanation());
        to.end();
        to.begin().append("    sources: ");
        boolean first = true;
        for (DocumentStatus d : index.documents(f)) {
          if (!first) {
            to.sb.append("; ");
          }
          first = false;
          where(to, d);
        }
        to.end();
      });
    }
    if (!r.events().isEmpty()) {
      out.line("");
      out.line("Events");
      out.each(r.events(), 1, (e, to) ->
          to.whole(e.id() + "  " + e.describe() + "  (" + e.extent() + "; " + count(e.documents().size(), "document")
              + "; quantities " + String.join(", ", e.quantities()) + ")"));
    }
    out.line("");
    out.line("Quantities");
    out.each(r.groups(), g -> 1 + g.claims().size(), (g, to) -> {
      to.whole(g.id() + "  " + g.event() + "  " + g.describe() + "  consensus " + consensus(g) + links(g));
      List<Claim> claims = g.claims();
      List<TimelineEntry> timeline = g.timeline();
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        TimelineEntry t = timeline.get(i);
        to.begin().append("    ");
        to.text(c.id());
        to.sb.append("  ");
        to.text(c.quantity().text());
        to.sb.append(' ');
        Interval in = c.quantity().interval();
        io.claimcheck.internal.TextForms.interval(to.sb, in.lower().orElse(null), in.upper().orElse(null));
        if (c.quantity().approximate()) {
          to.sb.append(" approximate");
        }
        to.sb.append("  ");
        to.text(c.source().displayName());
        if (t.asOf() != null) {
          io.claimcheck.internal.TextForms.date(to.sb.append(" as of "), t.asOf().year(), t.asOf().month(), t.asOf().day());
        }
        if (t.body() != null) {
          to.sb.append(", body ");
          to.text(t.body());
        }
        if (!c.isReported()) {
          to.sb.append(" [").append(c.modality().id()).append(']');
        }
        to.end();
      }
    });
    out.line("");
    out.line("Documents");
    out.each(r.documents(), 1, (d, to) -> {
      to.begin().append("    ");
      to.text(d.document());
      if (d.source() != null) {
        to.sb.append(" (");
        to.text(d.source());
        to.sb.append(')');
      }
      if (d.error() == null) {
        to.sb.append(": ").append(d.claims()).append(d.claims() == 1 ? " claim" : " claims");
      } else {
        to.sb.append(": failed: ");
        to.text(d.error());
      }
      to.end();
    });
    if (!r.skipped().isEmpty()) {
      out.line("");
      out.line("Skipped");
      out.each(r.skipped(), 1, (s, to) -> to.whole("    " + s.location() + ": " + s.reason()));
    }
  }

  /** One line of text output, with control characters from the input escaped. */
  private static void line(Appendable out, String content) throws IOException {
    out.append(io.claimcheck.internal.Printable.escape(content)).append('\n');
  }

  /** {@code Financial Tribune: https://...} or {@code 004_a553790e17b1e085: seeds/004_a553790e17b1e085.txt}. */
  private static void where(Line to, DocumentStatus d) {
    String name = d.source() != null ? d.source() : d.document();
    String at = d.url() != null ? d.url() : d.path() != null ? d.path() : d.document();
    to.text(name);
    if (!name.equals(at)) {
      to.sb.append(' ');
      to.text(at);
    }
  }

  private static String links(Group g) {
    return (g.parts().isEmpty() ? "" : "  parts " + String.join(", ", g.parts()))
        + (g.partOf() == null ? "" : "  part of " + g.partOf())
        + (g.subgroupOf() == null ? "" : "  subgroup of " + g.subgroupOf());
  }

  private static void markdown(Report r, Writer out) throws IOException {
    out.write("# claimcheck report\n\n" + summary(r) + ".\n");
    out.write("\n## Findings\n\n");
    if (r.findings().isEmpty()) {
      out.write("None.\n");
    }
    ReportIndex index = ReportIndex.of(r);
    for (Finding f : r.findings()) {
      out.write("- **[" + f.severity().id() + "] " + md(f.rule()) + "** " + md(f.group()) + ": " + md(f.message())
          + "  \n  " + md(f.explanation()) + "  \n  Sources: ");
      List<String> links = new ArrayList<>();
      for (DocumentStatus d : index.documents(f)) {
        String name = md(d.source() != null ? d.source() : d.document());
        links.add(d.url() != null ? "[" + name + "](<" + io.claimcheck.internal.Printable.escape(d.url())
            .replace("<", "%3C").replace(">", "%3E") + ">)"
            : name + (d.path() != null ? " (`" + io.claimcheck.internal.Printable.escape(d.path()).replace("`", "'") + "`)" : ""));
      }
      out.write(String.join(", ", links) + "\n");
    }
    out.write("\n## Events\n\n");
    if (r.events().isEmpty()) {
      out.write("None.\n");
    }
    for (Event e : r.events()) {
      out.write("- **" + e.id() + "** " + md(e.describe()) + " (" + e.extent() + "; " + count(e.documents().size(), "document")
          + "; quantities " + String.join(", ", e.quantities()) + ")\n");
    }
    out.write("\n## Quantities\n");
    for (Group g : r.groups()) {
      out.write("\n### " + md(g.id()) + ": " + md(g.describe()) + "\n\nEvent " + md(g.event()) + ". Consensus: "
          + md(consensus(g)) + md(links(g).replace("  ", "; ")) + ".\n\n");
      for (int i = 0; i < g.claims().size(); i++) {
        Claim c = g.claims().get(i);
        TimelineEntry t = g.timeline().get(i);
        out.write("- `" + io.claimcheck.internal.Printable.escape(c.id()).replace('`', '\'') + "` " + md(c.quantity().text())
            + " " + md(c.quantity().interval().toString()) + " — " + md(c.source().displayName())
            + (t.asOf() == null ? "" : ", as of " + t.asOf()) + (t.body() == null ? "" : ", body " + md(t.body()))
            + "\n");
      }
    }
    out.write("\n## Documents\n\n| document | source | claims | error |\n|---|---|---|---|\n");
    for (DocumentStatus d : r.documents()) {
      out.write("| " + md(d.document()) + " | " + md(d.source() == null ? "" : d.source()) + " | " + d.claims() + " | "
          + md(d.error() == null ? "" : d.error()) + " |\n");
    }
    if (!r.skipped().isEmpty()) {
      out.write("\n## Skipped\n\n| input | reason |\n|---|---|\n");
      for (Skipped s : r.skipped()) {
        out.write("| " + md(s.location()) + " | " + md(s.reason()) + " |\n");
      }
    }
  }

  private static String md(String s) {
    s = io.claimcheck.internal.Printable.escape(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]|<>#".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c == '\n' ? ' ' : c);
    }
    return sb.toString();
  }

  private static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void json(Report r, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(
          new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
      g.writeArrayFieldStart("documents");
      for (DocumentStatus d : r.documents()) {
        g.writeStartObject();
        g.writeStringField("document", d.document());
        g.writeStringField("source", d.source());
        g.writeNumberField("claims", d.claims());
        g.writeStringField("error", d.error());
        g.writeStringField("url", d.url());
        g.writeStringField("title", d.title());
        g.writeStringField("path", d.path());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("claims");
      for (Claim c : r.claims()) {
        ClaimJson.write(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (Event e : r.events()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("key", e.key());
        g.writeStringField("kind", e.kind().id());
        g.writeStringField("extent", e.extent());
        strings(g, "places", e.places());
        strings(g, "placeIds", e.placeIds());
        g.writeStringField("first", e.first() == null ? null : e.first().toString());
        g.writeStringField("last", e.last() == null ? null : e.last().toString());
        g.writeStringField("block", e.block());
        strings(g, "documents", e.documents());
        strings(g, "quantities", e.quantities());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("quantities");
      for (Group gr : r.groups()) {
        g.writeStartObject();
        g.writeStringField("id", gr.id());
        g.writeStringField("key", gr.key());
        g.writeStringField("event", gr.event());
        g.writeStringField("measure", gr.measure().name());
        g.writeStringField("subject", gr.subject());
        g.writeArrayFieldStart("locations");
        for (String l : gr.locations()) {
          g.writeString(l);
        }
        g.writeEndArray();
        g.writeStringField("date", gr.date() == null ? null : gr.date().toString());
        g.writeStringField("timeScope", gr.timeScope().id());
        g.writeArrayFieldStart("claims");
        for (Claim c : gr.claims()) {
          g.writeString(c.id());
        }
        g.writeEndArray();
        strings(g, "parts", gr.parts());
        g.writeStringField("partOf", gr.partOf());
        g.writeStringField("subgroupOf", gr.subgroupOf());
        g.writeArrayFieldStart("timeline");
        for (TimelineEntry t : gr.timeline()) {
          g.writeStartObject();
          g.writeStringField("claim", t.claim());
          g.writeStringField("document", t.document());
          g.writeStringField("asOf", t.asOf() == null ? null : t.asOf().toString());
          g.writeStringField("body", t.body());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("consensus");
        Interval in = gr.consensus();
        if (in == null) {
          g.writeNull();
        } else {
          g.writeStartObject();
          ClaimJson.number(g, "lower", in.lower().orElse(null));
          ClaimJson.number(g, "upper", in.upper().orElse(null));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      ReportIndex index = ReportIndex.of(r);
      for (Finding f : r.findings()) {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("group", f.group());
        g.writeStringField("quantity", f.group());
        g.writeArrayFieldStart("claims");
        for (String id : f.claims()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeStringField("message", f.message());
        g.writeStringField("explanation", f.explanation());
        g.writeStringField("key", f.key());
        g.writeArrayFieldStart("documents");
        for (DocumentStatus d : index.documents(f)) {
          g.writeStartObject();
          g.writeStringField("document", d.document());
          g.writeStringField("source", d.source());
          g.writeStringField("url", d.url());
          g.writeStringField("title", d.title());
          g.writeStringField("path", d.path());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!r.skipped().isEmpty()) {
        g.writeArrayFieldStart("skipped");
        for (Skipped s : r.skipped()) {
          g.writeStartObject();
          g.writeStringField("location", s.location());
          g.writeStringField("reason", s.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.write("\n");
  }
}
