package io.claimcheck.event;

import io.claimcheck.claim.Document;
import io.claimcheck.extract.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a document is mainly about, read from its title and lead: the places it names first, the
 * kind of event ("bombing", "earthquake"), a year it names for the incident when that is earlier
 * than its publication ("the 2019 bombings"), and the small places it attaches to a parent ("in
 * Sayyida Zeinab, a suburb of Damascus"; "in Kellin, near Arequipa"). Kept per document during a
 * run instead of the text.
 *
 * @param documentId the document's id
 * @param published its publication date, or null
 * @param places the places its title and lead name, in order (the first is the main one)
 * @param kind the first event word of its title and lead ("bombing"), or null
 * @param namedYear a year its title or lead names that is earlier than the publication, or null
 * @param attached small place names the text attaches to a parent place name
 */
public record DocumentProfile(
    String documentId,
    @Nullable LocalDate published,
    List<Place> places,
    @Nullable String kind,
    @Nullable Integer namedYear,
    Map<String, String> attached) {

  private static final int LEAD = 600;
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][\\p{L}'.-]*(?: [A-Z][\\p{L}'.-]*){0,3}");
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9][0-9]|20[0-9][0-9])\\b");
  private static final Pattern ATTACHED = Pattern.compile(
      "\\b([A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+)?), (?:(?:a|the) (?:\\p{Ll}+ )?(?:suburb|town|district|village|neighbou?rhood|"
          + "area|city|quarter|camp) (?:of|near|outside|in|north of|south of|east of|west of) |near |outside )"
          + "([A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+)?)");
  private static final int MAX_ATTACHED = 64;

  private static final class Kinds {
    static final Pattern PATTERN = build();

    private static Pattern build() {
      List<String> words = new ArrayList<>(EventLexicon.standard().kinds.keySet());
      words.sort((a, b) -> b.length() - a.length());
      StringBuilder sb = new StringBuilder();
      for (String w : words) {
        sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
      }
      return Pattern.compile("\\b(?:" + sb + ")\\b");
    }
  }

  /** Copies the collections. */
  public DocumentProfile {
    Objects.requireNonNull(documentId, "documentId");
    places = List.copyOf(places);
    attached = Map.copyOf(attached);
  }

  /** A document known only by its id and date: nothing read. */
  public static DocumentProfile unknown(String documentId, @Nullable LocalDate published) {
    return new DocumentProfile(documentId, published, List.of(), null, null, Map.of());
  }

  /** Reads the title and lead of {@code document}; linear in the text's length. */
  public static DocumentProfile of(Document document, PlaceResolver resolver) {
    String title = document.source().title();
    String text = document.text();
    String lead = (title == null ? "" : title + ". ") + text.substring(0, Math.min(LEAD, text.length()));
    Map<String, String> attached = new LinkedHashMap<>();
    Matcher m = ATTACHED.matcher(text);
    while (m.find() && attached.size() < MAX_ATTACHED) {
      if (resolver.gazetteer().lookup(m.group(1)).isEmpty() && resolver.gazetteer().lookup(m.group(2)).isPresent()) {
        attached.putIfAbsent(m.group(1), m.group(2));
      }
    }
    return read(document.id(), document.source().published(), lead, resolver, attached);
  }

  /** Reads a title alone (claims given without their document). */
  public static DocumentProfile ofTitle(String documentId, @Nullable LocalDate published, @Nullable String title,
      PlaceResolver resolver) {
    return read(documentId, published, title == null ? "" : title, resolver, Map.of());
  }

  private static DocumentProfile read(String id, @Nullable LocalDate published, String lead, PlaceResolver resolver,
      Map<String, String> attached) {
    if (lead.isEmpty()) {
      // claims without a title (claims files hold millions): nothing to read
      return new DocumentProfile(id, published, List.of(), null, null, attached);
    }
    List<Place> places = new ArrayList<>();
    List<Place> demonyms = new ArrayList<>();
    Matcher m = NAME.matcher(lead);
    while (m.find()) {
      String words = m.group();
      // the longest known name inside the capitalised run, from its first word
      String[] w = words.split(" ");
      for (int from = 0; from < w.length; from++) {
        for (int to = w.length; to > from; to--) {
          String name = String.join(" ", java.util.Arrays.copyOfRange(w, from, to)).replaceAll("['’]s$", "");
          Optional<Place> p = resolver.gazetteer().lookup(name);
          if (p.isPresent()) {
            if (!places.contains(p.get())) {
              places.add(p.get());
            }
            from = to - 1;
            break;
          }
          Optional<Place> d = to == from + 1 ? resolver.gazetteer().demonym(name) : Optional.empty();
          if (d.isPresent() && !demonyms.contains(d.get())) {
            demonyms.add(d.get());
          }
        }
      }
    }
    if (places.isEmpty()) {
      // a demonym ("Nigerian troops") says where only when no place is named: it may name victims
      places.addAll(demonyms);
    }
    String lower = lead.toLowerCase(Locale.ROOT);
    Matcher km = Kinds.PATTERN.matcher(lower);
    String kind = km.find() ? km.group() : null;
    Integer year = null;
    if (published != null) {
      Matcher ym = YEAR.matcher(lead);
      while (ym.find()) {
        int y = Integer.parseInt(ym.group(1));
        String before = lead.substring(Math.max(0, ym.start() - 12), ym.start()).toLowerCase(Locale.ROOT);
        if (before.matches(".*\\b(since|than|before|after|until|from)\\s+(\\p{L}+\\s+)?$")) {
          continue; // "the deadliest since 2004": another, older event
        }
        if (y < published.getYear()) {
          year = y;
          break;
        }
      }
    }
    return new DocumentProfile(id, published, places, kind, year, attached);
  }

  /** The main place, if the title or lead names one. */
  public Optional<Place> mainPlace() {
    return places.isEmpty() ? Optional.empty() : Optional.of(places.get(0));
  }

  /**
   * The blocking key of the document's main place as its title and lead give it: the ISO code of
   * its country, or the empty string when they name none. Its incident claims are resolved in
   * that block, so an event that spans countries (a flight shot down over one country with
   * victims of ten) stays whole when its documents lead with one place. When the title and lead
   * name no place, the claims' places decide, and some claims leave the document's block: see
   * {@link DefaultEventResolver#blocks}, which gives every block a document's claims are in.
   */
  public String blockKey() {
    return places.isEmpty() ? "" : places.get(0).countryCode();
  }

  /** The extent of the event kind the document names: point, area, series, or empty. */
  public Optional<String> extent() {
    return kind == null ? Optional.empty() : Optional.ofNullable(EventLexicon.standard().kinds.get(kind));
  }

  /** A copy whose places are {@code newPlaces} (the claims' own, when the lead named none). */
  DocumentProfile withPlaces(List<Place> newPlaces) {
    return new DocumentProfile(documentId, published, newPlaces, kind, namedYear, attached);
  }
}
