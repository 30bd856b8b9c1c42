package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.internal.Decimals;
import io.claimcheck.quantity.Interval;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code --format csv}: one row per claim, RFC 4180 (a header row, CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled), written by Jackson's CSV module. A row has
 * the claim's event and quantity, its interval (the minimum and maximum a spreadsheet of tolls
 * wants; {@code upper} empty when open), the list it is an item of (breakdown id, number of items,
 * whether the article presents it as complete; empty when unknown), its as-of time and body, its source with url, title and
 * path, and the keys of the findings it takes part in, one per line of the cell. Text cells that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return)
 * are written with a leading apostrophe.
 */
public final class CsvRenderer implements ReportRenderer {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "claim", "document", "event", "event_label", "quantity", "quantity_label", "measure", "subject", "text",
      "qualifier", "value", "lower", "upper", "approximate", "modality", "breakdown", "breakdown_parts",
      "breakdown_complete", "as_of", "body", "outlet", "attribution",
      "published", "locations", "date", "time_scope", "url", "title", "path", "start", "end", "findings",
      "sentence");

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  /** A public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public CsvRenderer() {}

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String description() {
    return "one row per claim: event, quantity, interval, as-of time, body, url, finding keys (RFC 4180)";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public void render(Report report, RenderContext context, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    CsvSchema csv = schema.setUseHeader(true).setLineSeparator("\r\n").build();
    Map<String, Timeline> timelineOf = new HashMap<>();
    for (Timeline t : Timeline.of(report)) {
      for (Timeline.Point p : t.points()) {
        timelineOf.putIfAbsent(p.claim().id(), t);
      }
    }
    Map<String, Timeline.Point> pointOf = new HashMap<>();
    for (Timeline t : timelineOf.values()) {
      t.points().forEach(p -> pointOf.putIfAbsent(p.claim().id(), p));
    }
    ReportIndex index = ReportIndex.of(report);
    try (SequenceWriter rows = MAPPER.writer(csv).writeValues(out)) {
      for (Claim c : report.claims()) {
        rows.write(row(c, timelineOf.get(c.id()), pointOf.get(c.id()), index.findings(c.id())));
      }
    }
    out.flush();
  }

  private static List<String> row(Claim c, @Nullable Timeline t, Timeline.@Nullable Point p, List<Finding> findings) {
    Interval in = c.quantity().interval();
    List<String> keys = new ArrayList<>();
    findings.forEach(f -> keys.add(f.key()));
    String asOf = p != null && p.asOf() != null ? p.asOf().toString()
        : c.asOf() != null ? c.asOf().toString()
        : c.source().published() != null ? c.source().published().toString() : null;
    String body = p != null ? p.body() : c.attribution() != null ? c.attribution() : c.source().displayName();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(text(c.id()));
    row.add(text(c.documentId()));
    row.add(t == null ? "" : t.event());
    row.add(text(t == null ? null : t.eventLabel()));
    row.add(t == null ? "" : t.group());
    row.add(text(t == null ? null : t.label()));
    row.add(text(c.measure().name()));
    row.add(text(c.subject()));
    row.add(text(c.quantity().text()));
    row.add(c.quantity().qualifier().id());
    row.add(number(c.quantity().value()));
    row.add(number(in.lower().orElse(null)));
    row.add(number(in.upper().orElse(null)));
    row.add(Boolean.toString(c.quantity().approximate()));
    row.add(c.modality().id());
    Breakdown list = c.breakdown();
    row.add(list == null ? "" : text(list.id()));
    row.add(list == null ? "" : Integer.toString(list.parts()));
    row.add(list == null ? "" : Boolean.toString(list.complete()));
    row.add(asOf == null ? "" : asOf);
    row.add(text(body));
    row.add(text(c.source().outlet()));
    row.add(text(c.attribution()));
    row.add(c.source().published() == null ? "" : c.source().published().toString());
    row.add(text(String.join("; ", c.scope().locations())));
    row.add(c.scope().date() == null ? "" : c.scope().date().toString());
    row.add(c.scope().timeScope().id());
    row.add(text(c.source().url()));
    row.add(text(c.source().title()));
    row.add(text(c.source().path()));
    row.add(Integer.toString(c.evidence().start()));
    row.add(Integer.toString(c.evidence().end()));
    row.add(text(String.join("\n", keys)));
    row.add(text(c.evidence().sentence()));
    return row;
  }

  private static String number(@Nullable BigDecimal value) {
    return value == null ? "" : Decimals.format(value);
  }

  /** Text as it stands, or with a leading apostrophe when a spreadsheet would run it as a formula. */
  static String text(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
