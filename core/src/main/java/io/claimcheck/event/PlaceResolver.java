package io.claimcheck.event;

import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the place names claims carry into {@link Place}s with identity and a parent. A name may be
 * a path from the small to the large ("Kellin, Zamfara State, Nigeria"): each part is looked up inside
 * the one after it, and a part the gazetteer lacks becomes a district or site under it. A compass
 * word makes a region of the place it qualifies ("northeastern Chile" stands for Chile), unless the
 * gazetteer knows the whole name ("South Sudan", "North York"). A bare
 * name the gazetteer lacks is put under the context place when one is given (the document's main
 * place, or the parent the text gives: "Kellin, near Arequipa"). Immutable and thread-safe.
 */
public final class PlaceResolver {
  private final Gazetteer gazetteer;
  private final EventLexicon lexicon;

  PlaceResolver(Gazetteer gazetteer, EventLexicon lexicon) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lexicon = lexicon;
  }

  /** The resolver over {@code gazetteer}. */
  public static PlaceResolver of(Gazetteer gazetteer) {
    return new PlaceResolver(gazetteer, EventLexicon.standard());
  }

  /** The gazetteer it looks names up in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The place {@code name} stands for; {@code context} (may be null) is where a bare unknown name
   * is put, and which country a division's name is looked for in first. Empty for a blank name.
   */
  public Optional<Place> resolve(String name, @Nullable Place context) {
    String s = clean(Objects.requireNonNull(name, "name"));
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = s.split(",");
    Place parent = null;
    for (int i = parts.length - 1; i >= 0; i--) {
      String whole = parts[i].strip();
      String part = stripDirection(whole);
      if (part.isEmpty()) {
        continue;
      }
      // a name the gazetteer knows whole ("South Korea", "North York") is no compass word and a part
      Place found = part.equals(whole) ? null : find(whole, parent, parent == null ? context : parent);
      if (found == null) {
        found = find(part, parent, parent == null ? context : parent);
      }
      if (found == null) {
        Place.Kind kind = isSite(part) ? Place.Kind.SITE : Place.Kind.DISTRICT;
        Place under = parent != null ? parent : parts.length == 1 ? context : null;
        found = under == null ? new Place(part, kind, "", null) : new Place(part, kind, under.countryCode(), under);
      }
      parent = found;
    }
    return Optional.ofNullable(parent);
  }

  private @Nullable Place find(String name, @Nullable Place parent, @Nullable Place hint) {
    // another spelling of a city ("Tachkent"), where it is in the country the name is under
    Optional<Place> known = gazetteer.lookup(name).or(() -> gazetteer.variant(name)
        .filter(v -> (parent == null ? hint : parent) == null || v.countryCode().equals((parent == null ? hint : parent).countryCode())));
    if (known.isPresent()) {
      Place p = known.get();
      if (parent == null) {
        return p;
      }
      if (p.countryCode().equals(parent.countryCode())) {
        // a city inside a division the text names: "Gusau, Zamfara State"
        return parent.kind() == Place.Kind.ADMIN1 && p.kind() == Place.Kind.CITY ? p.under(parent)
            : parent.contains(p) || p.kind() != Place.Kind.COUNTRY ? p : null;
      }
    }
    String country = hint != null ? hint.countryCode() : null;
    if (country != null && !country.isEmpty()) {
      Optional<Place> division = gazetteer.division(name, country);
      if (division.isPresent()) {
        return division.get();
      }
    }
    if (parent == null) {
      List<Place> divisions = gazetteer.divisions(name);
      // "Zamfara State", "Dnipropetrovsk region": a division word says the name is one, in whatever country
      if (divisions.size() == 1 && gazetteer.hasDivisionWord(name)) {
        return divisions.get(0);
      }
    }
    return null;
  }

  private boolean isSite(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (lexicon.sites.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private String stripDirection(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int space = lower.indexOf(' ');
    if (space > 0 && lexicon.directions.contains(lower.substring(0, space))) {
      return s.substring(space + 1).strip();
    }
    return s;
  }

  /** Without parentheses, what follows a semicolon, and leading "near", "outside", "the", "in". */
  static String clean(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0) {
        break;
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    String s = sb.toString().replaceAll("\\s+", " ").strip();
    for (String lead : List.of("near ", "outside ", "the ", "in ", "around ")) {
      if (s.toLowerCase(Locale.ROOT).startsWith(lead)) {
        s = s.substring(lead.length()).strip();
      }
    }
    return s;
  }
}
