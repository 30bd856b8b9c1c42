package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Modality;
import io.claimcheck.internal.Decimals;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Quantity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim as one JSON object, in DESIGN.md's form and field order:
 * {@code {"id", "document", "source", "published", "url", "title", "path", ("line",) "measure",
 * "subject", "quantity": {"text",
 * "value", "qualifier", "lower", "upper", "approximate"}, "locations", "date", "timeScope",
 * "attribution", "start", "end", "sentence"}}, then {@code "event"}, {@code "modality"},
 * {@code "asOf"} and {@code "breakdown": {"id", "parts", "complete"}} when the claim has an
 * explicit event, is not a reported count, is dated earlier than its publication, or is an item
 * of a known list. Unknown values are {@code null}.
 */
public final class ClaimJson {
  private static final JsonFactory FACTORY = new JsonFactory() // a lone surrogate is kept as its escape
      .setOutputDecorator(io.claimcheck.internal.LoneSurrogates.ESCAPED_IN_JSON)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ClaimJson() {}

  /** The claim as one line of JSON. */
  public static String toJson(Claim claim) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, claim);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Claims as JSON Lines on {@code out}: one generator for all of them, each claim the line
   * {@link #toJson} gives, ended by the platform's line separator as {@code println} ends it.
   * {@link Lines#flush()} before writing anything else to {@code out}; closing it leaves
   * {@code out} open.
   */
  public static Lines lines(java.io.Writer out) {
    try {
      return new Lines(FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A writer of claims as JSON Lines; see {@link #lines}. Not thread-safe. */
  public static final class Lines implements java.io.Flushable, AutoCloseable {
    private final JsonGenerator g;
    private static final String NEWLINE = System.lineSeparator();

    private Lines(JsonGenerator g) {
      this.g = g;
      g.setRootValueSeparator(null);
    }

    /** Writes one claim and its line end. */
    public void write(Claim claim) {
      try {
        ClaimJson.write(g, claim);
        g.writeRaw(NEWLINE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void flush() {
      try {
        g.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        g.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Writes the claim as one JSON object. */
  public static void write(JsonGenerator g, Claim c) throws IOException {
    Quantity q = c.quantity();
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("document", c.documentId());
    nullable(g, "source", c.source().outlet());
    nullable(g, "published", c.source().published() == null ? null : c.source().published().toString());
    nullable(g, "url", c.source().url());
    nullable(g, "title", c.source().title());
    nullable(g, "path", c.source().path());
    if (c.source().line() > 0) {
      g.writeNumberField("line", c.source().line());
    }
    g.writeStringField("measure", c.measure().name());
    nullable(g, "subject", c.subject());
    g.writeObjectFieldStart("quantity");
    g.writeStringField("text", q.text());
    number(g, "value", q.value());
    g.writeStringField("qualifier", q.qualifier().id());
    Interval in = q.interval();
    number(g, "lower", in.lower().orElse(null));
    number(g, "upper", in.upper().orElse(null));
    g.writeBooleanField("approximate", q.approximate());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    for (String place : c.scope().locations()) {
      g.writeString(place);
    }
    g.writeEndArray();
    nullable(g, "date", c.scope().date() == null ? null : c.scope().date().toString());
    g.writeStringField("timeScope", c.scope().timeScope().id());
    nullable(g, "attribution", c.attribution());
    g.writeNumberField("start", c.evidence().start());
    g.writeNumberField("end", c.evidence().end());
    g.writeStringField("sentence", c.evidence().sentence());
    if (c.event() != null) {
      g.writeStringField("event", c.event());
    }
    if (c.modality() != Modality.REPORTED) {
      g.writeStringField("modality", c.modality().id());
    }
    if (c.asOf() != null) {
      g.writeStringField("asOf", c.asOf().toString());
    }
    if (c.breakdown() != null) {
      g.writeObjectFieldStart("breakdown");
      g.writeStringField("id", c.breakdown().id());
      g.writeNumberField("parts", c.breakdown().parts());
      g.writeBooleanField("complete", c.breakdown().complete());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes a decimal as an exact JSON number, or null. */
  static void number(JsonGenerator g, String field, @Nullable BigDecimal value) throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
    } else if (Decimals.wholeInLong(value)) {
      g.writeNumber(value.longValue()); // the digits Decimals.format gives, without a string
    } else {
      g.writeNumber(Decimals.format(value));
    }
  }

  private static void nullable(JsonGenerator g, String field, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  /** {@code 004_a553790e17b1e085#1  killed  at least 87 [87, ∞)  in Damascus  on 2016-02-21 ...}. */
  public static String toText(Claim c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.id()).append('\t').append(c.measure().name());
    if (c.subject() != null) {
      sb.append(" (").append(c.subject()).append(')');
    }
    sb.append('\t').append(c.quantity().text().replace('\n', ' ')).append(' ').append(c.quantity().interval());
    if (c.quantity().approximate()) {
      sb.append(" approximate");
    }
    sb.append('\t').append(c.scope().locations().isEmpty() ? "place unknown" : "in " + String.join(" and ", c.scope().locations()));
    sb.append('\t').append(c.scope().date() == null ? "date unknown" : c.scope().date().toString());
    sb.append('\t').append(c.scope().timeScope().id());
    sb.append('\t').append(c.source().displayName());
    if (c.attribution() != null) {
      sb.append(", citing ").append(c.attribution());
    }
    if (c.modality() != Modality.REPORTED) {
      sb.append('\t').append(c.modality().id());
    }
    if (c.asOf() != null) {
      sb.append("\tas of ").append(c.asOf());
    }
    if (c.breakdown() != null) {
      sb.append("\tbreakdown ").append(toText(c.breakdown()));
    }
    return sb.toString();
  }

  /**
   * The text form of a list a claim is an item of: {@code b129 (3 parts, complete)}, {@code b4 (1
   * part, not complete)}.
   */
  public static String toText(Breakdown b) {
    Objects.requireNonNull(b, "breakdown");
    return b.id() + " (" + b.parts() + (b.parts() == 1 ? " part, " : " parts, ")
        + (b.complete() ? "complete" : "not complete") + ")";
  }
}
