package io.claimcheck.extract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A place with identity and a parent: a country, a first-level division (a state, province,
 * governorate), a city, a district or a site ("Varnesa market"). Two places are the same
 * place when their ids are equal; homonyms in different countries have different ids ("Georgia"
 * the country is {@code GE}, the US state {@code US/a/georgia}).
 *
 * @param name the normalised name ("Damascus", "Syria")
 * @param kind what kind of place
 * @param countryCode ISO 3166-1 alpha-2 code of the country it is in (or is)
 * @param parent the place that contains it; null for a country (and for a place whose country is
 *     unknown)
 */
public record Place(String name, Kind kind, String countryCode, @Nullable Place parent) {
  /** What kind of place, from the largest to the smallest. */
  public enum Kind {
    /** A country. */
    COUNTRY,
    /** A first-level administrative division: a state, province, governorate, oblast. */
    ADMIN1,
    /** A city or town. */
    CITY,
    /** A district, suburb or neighbourhood inside a city or near one. */
    DISTRICT,
    /** A building, station, airport, camp or other site. */
    SITE;

    /** The name used in JSON: {@code admin1}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks the components. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryCode, "countryCode");
  }

  /** A country or a city directly inside its country, as the gazetteer's first release had them. */
  public Place(String name, Kind kind, String countryCode) {
    this(name, kind, countryCode, null);
  }

  /**
   * The id: the country code for a country, then one segment per level below it
   * ({@code SY/c/damascus}, {@code US/a/georgia}, {@code BE/c/charleroi/s/varnesa-metro-station}).
   */
  public String id() {
    if (kind == Kind.COUNTRY) {
      return countryCode;
    }
    String up = parent != null ? parent.id() : countryCode.isEmpty() ? "?" : countryCode;
    return up + "/" + Character.toLowerCase(kind.name().charAt(0)) + "/" + slug(name);
  }

  /** The parent, if known. */
  public Optional<Place> parentPlace() {
    return Optional.ofNullable(parent);
  }

  /** How many places contain this one: 0 for a country. */
  public int depth() {
    int d = 0;
    for (Place p = parent; p != null; p = p.parent) {
      d++;
    }
    return d;
  }

  /** Whether this place is {@code other} or contains it, by identity along the parent chain. */
  public boolean contains(Place other) {
    for (Place p = other; p != null; p = p.parent) {
      if (p.equals(this)) {
        return true;
      }
    }
    // a place whose chain stops short of its country still lies in that country
    return kind == Kind.COUNTRY && countryCode.equals(other.countryCode);
  }

  /** Whether one of the two contains the other. */
  public boolean comparable(Place other) {
    return contains(other) || other.contains(this);
  }

  /** A copy under another parent (a small place the text attaches: "Kellin, near Arequipa"). */
  public Place under(Place newParent) {
    return new Place(name, kind, newParent.countryCode(), newParent);
  }

  static String slug(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? c : '-');
    }
    return sb.toString();
  }

  /** Equal when name, kind, country and parent are: the record's equality, the same place first. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Place q && kind == q.kind && name.equals(q.name) && countryCode.equals(q.countryCode)
        && java.util.Objects.equals(parent, q.parent);
  }

  @Override
  public int hashCode() {
    return ((name.hashCode() * 31 + kind.hashCode()) * 31 + countryCode.hashCode()) * 31
        + (parent == null ? 0 : parent.hashCode());
  }

  @Override
  public String toString() {
    return name + " (" + id() + ")";
  }
}
