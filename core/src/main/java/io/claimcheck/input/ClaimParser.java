package io.claimcheck.input;

import static io.claimcheck.input.Records.kind;
import static io.claimcheck.input.Records.show;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.internal.Dedup;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A claim from its JSON form (the form {@code claimcheck extract} prints), read from the plain
 * values of {@link Records}: numbers exactly as written, every field of the type it must have.
 * Every problem throws {@link IllegalArgumentException} naming the key and what was expected.
 */
final class ClaimParser {
  private static final String QUANTITY_FORM =
      "{\"text\", \"value\", \"qualifier\", \"lower\", \"upper\", \"approximate\"}";

  /*
   * Claims files repeat outlets, places, dates, figures and sentences on line after line; the
   * values read are kept once (bounded tables), so memory grows with what is distinct.
   */
  private static final Dedup<String> TEXT = new Dedup<>(14);
  private static final Dedup<LocalDate> DAYS = new Dedup<>(12);
  private static final Dedup<PartialDate> DATES = new Dedup<>(12);
  private static final Dedup<BigDecimal> FIGURES = new Dedup<>(12);
  private static final Dedup<Source> SOURCES = new Dedup<>(10);
  private static final Dedup<Scope> SCOPES = new Dedup<>(12);
  private static final Dedup<Quantity> QUANTITIES = new Dedup<>(14);
  private static final Dedup<Evidence> EVIDENCE = new Dedup<>(12);

  static final Map<String, Qualifier> QUALIFIERS = Arrays.stream(Qualifier.values())
      .collect(Collectors.toUnmodifiableMap(Qualifier::id, q -> q));

  private ClaimParser() {}

  /**
   * Whether a JSON object is meant as a claim rather than a document: it has a claim's
   * {@code quantity} or {@code measure} and no document {@code text}.
   */
  static boolean isClaim(Map<String, Object> m) {
    return (m.containsKey("quantity") || m.containsKey("measure")) && !m.containsKey("text")
        && !m.containsKey("maintext");
  }

  static Claim parse(Map<String, Object> n) {
    String id = required(n, "id", "");
    String document = required(n, "document", "");
    String measure = required(n, "measure", "");
    LocalDate published = null;
    String p = Records.text(n, "published", "");
    if (p != null) {
      try {
        published = DAYS.of(io.claimcheck.internal.IsoDate.parse(p));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"published\" is " + show(p) + "; expected an ISO date such as 2016-02-22");
      }
    }
    Source source = SOURCES.of(new Source(document, TEXT.of(Records.text(n, "source", "")), published,
        Records.text(n, "url", ""), TEXT.of(Records.text(n, "title", "")), TEXT.of(Records.text(n, "path", "")),
        offset(n, "line", 0)));
    Map<String, Object> q = Records.object(n, "quantity", "", QUANTITY_FORM);
    if (q == null) {
      throw new IllegalArgumentException("\"quantity\" is missing; expected an object " + QUANTITY_FORM);
    }
    String qualifierId = required(q, "qualifier", "quantity.");
    Qualifier qualifier = QUALIFIERS.get(qualifierId);
    if (qualifier == null) {
      throw new IllegalArgumentException("\"quantity.qualifier\" is " + show(qualifierId)
          + "; expected one of " + Arrays.stream(Qualifier.values()).map(Qualifier::id).collect(Collectors.joining(", ")));
    }
    BigDecimal value = number(q, "value", true);
    BigDecimal lower = number(q, "lower", false);
    BigDecimal upper = number(q, "upper", false);
    Interval interval = interval(value, lower, upper);
    Object approx = q.get("approximate");
    if (approx != null && !(approx instanceof Boolean)) {
      throw new IllegalArgumentException("\"quantity.approximate\" must be true or false, found " + show(approx));
    }
    Quantity quantity = QUANTITIES.of(new Quantity(TEXT.of(required(q, "text", "quantity.")), value, qualifier,
        interval, Boolean.TRUE.equals(approx)));
    List<String> locations = new ArrayList<>();
    Object locs = n.get("locations");
    if (locs != null) {
      if (!(locs instanceof List)) {
        throw new IllegalArgumentException("\"locations\" must be a list of place names, found " + kind(locs));
      }
      for (Object l : (List<?>) locs) {
        if (!(l instanceof String) || ((String) l).isBlank()) {
          throw new IllegalArgumentException("each of \"locations\" must be a place name, found " + show(l));
        }
        locations.add(TEXT.of((String) l));
      }
    }
    PartialDate date = partialDate(n, "date");
    String scopeText = Records.text(n, "timeScope", "");
    TimeScope scope = TimeScope.INCIDENT;
    if (scopeText != null) {
      try {
        scope = TimeScope.valueOf(scopeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"timeScope\" is " + show(scopeText) + "; expected incident or cumulative");
      }
    }
    int start = offset(n, "start", 0);
    int end = Math.max(start, offset(n, "end", start));
    Modality modality = Modality.REPORTED;
    String m = Records.text(n, "modality", "");
    if (m != null) {
      try {
        modality = Modality.of(m);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"modality\" is " + show(m) + "; expected reported, projected or denied");
      }
    }
    PartialDate asOf = partialDate(n, "asOf");
    Breakdown breakdown = breakdown(n);
    String sentence = Records.text(n, "sentence", "");
    Measure parsedMeasure;
    try {
      parsedMeasure = Measure.of(measure);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"measure\" is " + show(measure) + ": " + e.getMessage());
    }
    return new Claim(id, source, parsedMeasure, TEXT.of(Records.text(n, "subject", "")), quantity,
        SCOPES.of(new Scope(locations, date, scope)), TEXT.of(Records.text(n, "attribution", "")),
        EVIDENCE.of(new Evidence(start, end, sentence == null ? "" : TEXT.of(sentence))),
        TEXT.of(Records.text(n, "event", "")),
        modality, asOf, breakdown);
  }

  private static final String BREAKDOWN_FORM = "{\"id\": \"b1\", \"parts\": 3, \"complete\": true}";

  /**
   * The claim's breakdown, {@code {"id", "parts", "complete"}}: the list it is an item of; null
   * when the claim has none. {@code complete} absent is false: not known to be complete.
   */
  private static @Nullable Breakdown breakdown(Map<String, Object> n) {
    Map<String, Object> b = Records.object(n, "breakdown", "", BREAKDOWN_FORM);
    if (b == null) {
      return null;
    }
    String id = required(b, "id", "breakdown.");
    Object parts = b.get("parts");
    if (!(parts instanceof BigDecimal) || ((BigDecimal) parts).signum() <= 0 || !Interval.isWhole((BigDecimal) parts)
        || ((BigDecimal) parts).compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("\"breakdown.parts\" is " + (parts == null ? "missing" : show(parts))
          + "; expected how many items the list has, a whole number from 1");
    }
    Object complete = b.get("complete");
    if (complete != null && !(complete instanceof Boolean)) {
      throw new IllegalArgumentException("\"breakdown.complete\" must be true or false, found " + show(complete));
    }
    return new Breakdown(TEXT.of(id), ((BigDecimal) parts).intValue(), Boolean.TRUE.equals(complete));
  }

  private static @Nullable PartialDate partialDate(Map<String, Object> n, String key) {
    Object v = n.get(key);
    if (v == null) {
      return null;
    }
    String text = v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : Records.text(n, key, "");
    try {
      return DATES.of(PartialDate.parse(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + key + "\" is " + show(v) + "; " + e.getMessage());
    }
  }

  private static int offset(Map<String, Object> n, String key, int otherwise) {
    Object v = n.get(key);
    if (v == null) {
      return otherwise;
    }
    if (!(v instanceof BigDecimal)) {
      throw new IllegalArgumentException("\"" + key + "\" must be a character offset, found " + show(v));
    }
    BigDecimal d = (BigDecimal) v;
    if (d.signum() < 0 || !Interval.isWhole(d) || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("\"" + key + "\" is " + show(v) + "; expected a whole number from 0");
    }
    return d.intValue();
  }

  private static String required(Map<String, Object> n, String field, String prefix) {
    String v = Records.name(n, field, prefix);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("\"" + prefix + field + "\" is missing; a claim needs it");
    }
    return v;
  }

  /** An exact number, bounded in size, and never negative: claims count people. */
  private static @Nullable BigDecimal number(Map<String, Object> q, String field, boolean required) {
    Object v = q.get(field);
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException("\"quantity." + field + "\" is missing; expected a number");
      }
      return null;
    }
    BigDecimal d;
    if (v instanceof BigDecimal) {
      d = (BigDecimal) v;
    } else if (v instanceof String && ((String) v).length() <= 1000) {
      try {
        d = new BigDecimal(((String) v).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"quantity." + field + "\" is " + show(v) + "; expected a number");
      }
    } else {
      throw new IllegalArgumentException("\"quantity." + field + "\" is " + show(v) + "; expected a number");
    }
    return figure(field, FIGURES.of(d));
  }

  /**
   * A claim's interval: exactly its {@code value} when it has no bounds, else from its bounds.
   *
   * @throws IllegalArgumentException when the bounds are no interval, naming them
   */
  static Interval interval(BigDecimal value, @Nullable BigDecimal lower, @Nullable BigDecimal upper) {
    try {
      return lower == null && upper == null ? Interval.exactly(value)
          : Interval.of(Optional.ofNullable(lower), Optional.ofNullable(upper));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"quantity.lower\" and \"quantity.upper\": " + e.getMessage());
    }
  }

  /**
   * {@code d}, a quantity's {@code field}, when it is a figure a claim may have: bounded in size,
   * never negative (claims count people).
   *
   * @throws IllegalArgumentException naming the field and what was expected
   */
  static BigDecimal figure(String field, BigDecimal d) {
    try {
      Interval.requireBounded(d, "the figure");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"quantity." + field + "\" is " + show(d) + "; expected a figure of at most "
          + Interval.MAX_DIGITS + " digits before and after the decimal point");
    }
    if (d.signum() < 0) {
      throw new IllegalArgumentException("\"quantity." + field + "\" is " + show(d)
          + "; a count of people cannot be negative");
    }
    return d;
  }
}
