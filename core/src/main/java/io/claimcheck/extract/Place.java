package io.claimcheck.extract;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A place the gazetteer knows.
 *
 * @param name the normalised name ("Damascus", "Syria")
 * @param kind country or city
 * @param countryCode ISO 3166-1 alpha-2 code of the country it is in (or is)
 */
public record Place(String name, Kind kind, String countryCode) {
  /** What kind of place. */
  public enum Kind {
    /** A country. */
    COUNTRY,
    /** A city or town. */
    CITY
  }

  /** Checks the components. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryCode, "countryCode");
  }

  /** Convenience for optional look-ups. */
  static Optional<Place> maybe(@Nullable Place p) {
    return Optional.ofNullable(p);
  }
}
