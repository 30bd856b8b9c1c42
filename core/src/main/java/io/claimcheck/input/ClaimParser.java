package io.claimcheck.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A claim from its JSON form (the form {@code claimcheck extract} prints). Every problem throws
 * {@link IllegalArgumentException} naming the key and what was expected.
 */
final class ClaimParser {
  private ClaimParser() {}

  /** Whether a JSON object looks like a claim rather than a document. */
  static boolean isClaim(JsonNode node) {
    return node.has("measure") && node.has("quantity");
  }

  static Claim parse(JsonNode n) {
    String id = required(n, "id");
    String document = required(n, "document");
    LocalDate published = null;
    String p = text(n, "published");
    if (p != null) {
      try {
        published = LocalDate.parse(p);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"published\" is '" + p + "'; expected an ISO date such as 2016-02-22");
      }
    }
    int line = n.path("line").asInt(0);
    Source source = new Source(document, text(n, "source"), published, text(n, "url"), text(n, "title"),
        text(n, "path"), Math.max(0, line));
    JsonNode q = n.get("quantity");
    if (q == null || !q.isObject()) {
      throw new IllegalArgumentException("\"quantity\" must be an object {\"text\", \"value\", \"qualifier\", \"lower\", \"upper\", \"approximate\"}");
    }
    String qualifierId = required(q, "qualifier", "quantity.");
    Qualifier qualifier = Arrays.stream(Qualifier.values()).filter(x -> x.id().equals(qualifierId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("\"quantity.qualifier\" is '" + qualifierId + "'; expected one of "
            + Arrays.stream(Qualifier.values()).map(Qualifier::id).collect(Collectors.joining(", "))));
    BigDecimal value = number(q, "value", true);
    BigDecimal lower = number(q, "lower", false);
    BigDecimal upper = number(q, "upper", false);
    Interval interval;
    try {
      interval = lower == null && upper == null ? Interval.exactly(value)
          : Interval.of(java.util.Optional.ofNullable(lower), java.util.Optional.ofNullable(upper));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"quantity.lower\" and \"quantity.upper\": " + e.getMessage());
    }
    JsonNode approx = q.get("approximate");
    if (approx != null && !approx.isNull() && !approx.isBoolean()) {
      throw new IllegalArgumentException("\"quantity.approximate\" must be true or false, found " + approx);
    }
    Quantity quantity = new Quantity(required(q, "text", "quantity."), value, qualifier, interval,
        approx != null && approx.asBoolean());
    List<String> locations = new ArrayList<>();
    JsonNode locs = n.get("locations");
    if (locs != null && !locs.isNull()) {
      if (!locs.isArray()) {
        throw new IllegalArgumentException("\"locations\" must be an array of place names");
      }
      locs.forEach(l -> locations.add(l.asText()));
    }
    PartialDate date = null;
    String d = text(n, "date");
    if (d != null) {
      date = PartialDate.parse(d);
    }
    String scopeText = text(n, "timeScope");
    TimeScope scope = TimeScope.INCIDENT;
    if (scopeText != null) {
      try {
        scope = TimeScope.valueOf(scopeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"timeScope\" is '" + scopeText + "'; expected incident or cumulative");
      }
    }
    int start = n.path("start").asInt(0);
    int end = Math.max(start, n.path("end").asInt(start));
    Modality modality = Modality.REPORTED;
    String m = text(n, "modality");
    if (m != null) {
      try {
        modality = Modality.of(m);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"modality\" is '" + m + "'; expected reported, projected or denied");
      }
    }
    PartialDate asOf = null;
    String a = text(n, "asOf");
    if (a != null) {
      asOf = PartialDate.parse(a);
    }
    return new Claim(id, source, Measure.of(required(n, "measure")), text(n, "subject"), quantity,
        new Scope(locations, date, scope), text(n, "attribution"),
        new Evidence(start, end, n.path("sentence").asText("")), text(n, "event"), modality, asOf);
  }

  private static String required(JsonNode n, String field) {
    return required(n, field, "");
  }

  private static String required(JsonNode n, String field, String prefix) {
    String v = text(n, field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("\"" + prefix + field + "\" is missing; a claim needs it");
    }
    return v;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable BigDecimal number(JsonNode q, String field, boolean required) {
    JsonNode v = q.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("\"quantity." + field + "\" is missing; expected a number");
      }
      return null;
    }
    try {
      return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"quantity." + field + "\" is " + v + "; expected a number");
    }
  }
}
