package io.claimcheck.event;

import io.claimcheck.claim.PartialDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One incident (an attack, a disaster: places and a date window) or one cumulative series (a war,
 * a season), and the quantities inside it.
 *
 * @param id its id in the report ({@code e1}), stable for the same input
 * @param key a readable key independent of the input's order ({@code damascus-2016-02-21})
 * @param kind an incident or a series
 * @param extent for an incident, whether it happened at one place ({@code point}: a bombing) or
 *     over an area ({@code area}: a storm, a flood); {@code series} for a series
 * @param places the names of the places its claims name, most general first
 * @param placeIds the ids of the same places ({@code SY/c/damascus})
 * @param first the earliest date of the incident (or of the series' figures); null if unknown
 * @param last the latest; null if unknown
 * @param block the block it was resolved in (see {@link DefaultEventResolver#blocks}): a country
 *     code, {@code event|} and the id for an explicit event, or empty
 * @param documents the ids of the documents whose claims it holds
 * @param quantities the ids of its quantities
 * @param explicit whether it comes from an explicit {@code event} id on the claims
 */
public record Event(
    String id,
    String key,
    Kind kind,
    String extent,
    List<String> places,
    List<String> placeIds,
    @Nullable PartialDate first,
    @Nullable PartialDate last,
    String block,
    List<String> documents,
    List<String> quantities,
    boolean explicit) {

  /** Incident or series. */
  public enum Kind {
    /** One incident: an attack, a disaster. */
    INCIDENT,
    /** A running total: a war, an epidemic, a season. */
    SERIES;

    /** The name used in JSON. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Copies the lists and checks the components; documents of claims held packed (a
   * {@code ClaimCheck} run's) stay a view that makes each id again when asked for, as immutable
   * as a copy.
   */
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(extent, "extent");
    places = List.copyOf(places);
    placeIds = List.copyOf(placeIds);
    Objects.requireNonNull(block, "block");
    documents = io.claimcheck.internal.Rows.copyOf(documents);
    quantities = List.copyOf(quantities);
  }

  /** The earliest date, if known. */
  public Optional<PartialDate> firstDate() {
    return Optional.ofNullable(first);
  }

  /** "the incident in Damascus and Homs on 2016-02-21", as messages print it. */
  public String describe() {
    StringBuilder sb = new StringBuilder(kind == Kind.SERIES ? "the series" : "the incident");
    if (!places.isEmpty()) {
      sb.append(" in ").append(String.join(", ", places.subList(0, Math.min(3, places.size()))));
    }
    if (first != null) {
      sb.append(kind == Kind.SERIES ? " to " + (last != null ? last : first) : " on " + first);
    }
    return sb.toString();
  }

  /** A copy with other quantity ids. */
  Event withQuantities(List<String> ids) {
    return new Event(id, key, kind, extent, places, placeIds, first, last, block, documents, ids, explicit);
  }
}
