package io.claimcheck.extract;

import java.util.Objects;

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
}
