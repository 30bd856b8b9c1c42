package io.claimcheck.extract;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.number.NumberKind;
import io.claimcheck.internal.TextTokens;
import io.claimcheck.number.NumberPhrase;
import io.claimcheck.quantity.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One extraction over one document, in two passes over its sentences: the first collects what
 * later sentences refer back to (places, organisations, the country the story is about), the
 * second reads each figure's measure, places, date, scope and attribution. Every look around a
 * figure is bounded, so the run is linear in the document's length.
 */
final class DocumentRun {
  private static final int WINDOW = 30;
  private static final Set<String> NOUN_STOPS = CasualtyPatterns.standard().wordClass("noun_stop").words();
  private static final Set<String> RELATIVES = CasualtyPatterns.standard().wordClass("relative").words();
  private static final Set<String> PLACE_NOUNS = CasualtyPatterns.standard().wordClass("place_noun").words();
  private static final Set<String> CLAUSE_OPENERS = CasualtyPatterns.standard().wordClass("clause_opener").words();
  private static final Set<String> SUBORDINATORS = CasualtyPatterns.standard().wordClass("subordinator").words();
  private static final Set<String> PRONOUNS = CasualtyPatterns.standard().wordClass("pronoun_source").words();
  private static final Set<String> PERSONAL_PRONOUNS = CasualtyPatterns.standard().wordClass("pronoun").words();
  private static final Set<String> BARE_SOURCES = CasualtyPatterns.standard().wordClass("bare_source").words();
  private static final Set<String> DATE_WORDS = new java.util.HashSet<>();
  private static final WordSet ORGANISATION_HEAD_WORDS = new WordSet(Lexicon.ORGANISATION_HEADS);
  private static final WordSet SAYING_WORDS = new WordSet(Lexicon.SAYING);
  private static final WordSet LOCATIVE_WORDS = new WordSet(Lexicon.LOCATIVE);
  private static WordSet dateWordSet;

  static {
    DATE_WORDS.addAll(List.of(Lexicon.WEEKDAYS));
    DATE_WORDS.addAll(CasualtyPatterns.standard().wordClass("relative_date").words());
    for (String[] names : Lexicon.MONTHS) {
      DATE_WORDS.addAll(List.of(names));
    }
    dateWordSet = new WordSet(DATE_WORDS);
  }

  private static final WordSet DATE_WORD_SET = dateWordSet;

  private final ClaimExtractor extractor;
  private final Document document;
  private final Consumer<? super Claim> sink;
  private final String text;
  private final @Nullable LocalDate published;
  private final Gazetteer gazetteer;

  // what pass one learns
  private final Map<String, Integer> countryScore = new HashMap<>();
  private final Map<String, Map<String, Integer>> cityPairs = new HashMap<>();
  /** How often each city or unknown place is named, a name after "in", "near"... counting twice. */
  private final Map<String, Integer> cityScore = new HashMap<>();
  private @Nullable String mainPlace;
  private boolean mainPlaceKnown;
  /** Organisations named so far, most recent last; bounded, as back-references reach recent ones. */
  private final Recent organisations = new Recent(256);

  // what pass two carries from sentence to sentence
  private @Nullable PartialDate lastDate;
  private @Nullable String lastPlace;
  private final Recent sources = new Recent(32);
  private int claimNumber;
  /** How far a sentence cut for its length is read into its neighbours: wider than any pattern's reach. */
  private static final int CUT_MARGIN = 400;
  /** The longest quote a claim keeps of its sentence. */
  static final int MAX_QUOTE = 1000;

  /** The standard patterns' tables, built once; each run has a matcher of its own over them. */
  private static final PatternMatcher TABLES = new PatternMatcher(CasualtyPatterns.standard());
  private final PatternMatcher matcher;
  /**
   * Each thread's spare matcher, lent to one run at a time: its scratch space is larger than a
   * short article, and a run that another starts inside it (from a sink) makes its own.
   */
  private static final io.claimcheck.internal.Spares<PatternMatcher> SPARE = new io.claimcheck.internal.Spares<>();

  /** What read each figure, for tests and for explaining a claim. */
  interface Tracer {
    /** The figure at {@code [start, end)} was read by {@code reader} (a pattern's name). */
    void read(int start, int end, String reader, @Nullable Claim claim);

    /** The list signal {@code signal} matched at the figure at {@code [start, end)}. */
    default void signal(int start, int end, String signal) {}
  }

  private @Nullable Tracer tracer;

  DocumentRun trace(Tracer t) {
    this.tracer = t;
    return this;
  }

  DocumentRun(ClaimExtractor extractor, Document document, Consumer<? super Claim> sink) {
    this.extractor = extractor;
    this.document = document;
    this.sink = sink;
    this.text = document.text();
    this.published = document.source().published();
    this.gazetteer = extractor.gazetteer;
    PatternMatcher spare = SPARE.take();
    this.matcher = spare != null ? spare : new PatternMatcher(TABLES);
  }

  /** Distinct names, most recent last, holding at most a fixed number. */
  private static final class Recent {
    private final java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    private final int limit;

    Recent(int limit) {
      this.limit = limit;
    }

    void add(String name) {
      names.remove(name);
      names.add(name);
      if (names.size() > limit) {
        names.remove(names.iterator().next());
      }
    }

    /** Most recent first. */
    List<String> newestFirst() {
      List<String> out = new ArrayList<>(names);
      java.util.Collections.reverse(out);
      return out;
    }
  }

  /**
   * A figure the number finder found, with the shared tokens it covers: {@code tokens} holds the
   * first token of the phrase and the one after it, then the same two for each numeral.
   */
  private record Figure(NumberPhrase phrase, int[] tokens) {
    /** Token {@code k} of {@link #tokens}, as an index of the sentence {@code w}. */
    int in(Words w, int k) {
      return Math.min(Math.max(tokens[k] - w.base, 0), w.size);
    }
  }

  /** A sentence as pass one read it. */
  private record Read(Words words, List<PlaceHit> places, List<DateMention> dates) {}

  /** A place named in a sentence; {@code parent} is the known place the text puts it in or by, if any. */
  private record PlaceHit(int token, int end, String name, @Nullable Place place, @Nullable Place parent) {
    PlaceHit(int token, int end, String name, @Nullable Place place) {
      this(token, end, name, place, null);
    }
  }

  void run() {
    try {
      read();
    } finally {
      matcher.release();
      SPARE.keep(matcher);
      if (tokens != null) {
        tokens.spare(); // no token of this document is read after its run: the next lexes into its arrays
      }
    }
  }

  private @Nullable TextTokens tokens;

  private void read() {
    // one tokeniser: the finder and the sentence splitter read the document's tokens, and so
    // does every sentence below
    TextTokens tokens = TextTokens.ofSpare(text);
    this.tokens = tokens;
    List<Figure> figures = new ArrayList<>();
    extractor.finder.find(tokens, (p, at) -> {
      if (p.kind() == NumberKind.CARDINAL) {
        figures.add(new Figure(p, at));
      }
    });
    if (figures.isEmpty()) {
      return; // no figure, no claim: nothing to learn the context for
    }
    Sentences.Split split = Sentences.split(text, tokens);
    int[] sentences = split.bounds();
    // pass one: context, and each sentence's last date and place for the carry-over
    int count = sentences.length / 2;
    PartialDate[] sentenceDate = new PartialDate[count];
    String[] sentencePlace = new String[count];
    // a sentence that holds a figure keeps its words, places and dates for pass two: it is
    // tokenised and read once (only a sentence cut for its length is read again, with its margins)
    Read[] kept = new Read[count];
    Measure[] sentenceToll = new Measure[count]; // a count a sentence without figures names
    int g = 0;
    Words passing = null; // the words of a sentence without a figure, read and let go: one set of arrays for them all
    for (int s = 0; s < count; s++) {
      while (g < figures.size() && figures.get(g).phrase().start() < sentences[2 * s]) {
        g++;
      }
      boolean holds = g < figures.size() && figures.get(g).phrase().start() < sentences[2 * s + 1];
      Words w;
      if (holds) {
        w = new Words(text, tokens, sentences[2 * s], sentences[2 * s + 1]);
      } else if (passing == null) {
        w = passing = new Words(text, tokens, sentences[2 * s], sentences[2 * s + 1]);
      } else {
        w = passing.read(tokens, sentences[2 * s], sentences[2 * s + 1]);
      }
      List<PlaceHit> places = places(w);
      learn(w, places);
      List<DateMention> dates = dates(w);
      if (holds) {
        kept[s] = new Read(w, places, dates);
      } else {
        sentenceToll[s] = tollNamedAfter(w, 0, false);
      }
      for (int d = dates.size() - 1; d >= 0; d--) {
        if (dates.get(d).date().month() != null) { // a bare year ("in 2005") dates its own sentence only
          sentenceDate[s] = dates.get(d).date();
          break;
        }
      }
      for (int h = 0; h < places.size(); h++) {
        PlaceHit p = places.get(h);
        if (p.place() == null || p.place().kind() == Place.Kind.CITY) {
          sentencePlace[s] = p.name();
        }
      }
    }
    // pass two: the sentences that hold figures
    int f = 0;
    for (int s = 0; s < count; s++) {
      int start = sentences[2 * s];
      int end = sentences[2 * s + 1];
      while (f < figures.size() && figures.get(f).phrase().start() < start) {
        f++;
      }
      if (s > 0 && blankLine(text, sentences[2 * s - 1], start)) {
        lastDate = null; // a day named in one paragraph does not date the next one
      }
      List<Figure> here = new ArrayList<>();
      boolean runsOn = split.cutAfter(s) && s + 1 < count;
      // a figure that starts before a cut for length belongs to this sentence, even if it ends after it
      while (f < figures.size() && (figures.get(f).phrase().end() <= end || runsOn && figures.get(f).phrase().start() < end)) {
        here.add(figures.get(f++));
      }
      if (!here.isEmpty()) {
        // a sentence cut for its length is read with a margin of the text it runs on into, on
        // either side, so that a figure and its measure word on two sides of the cut still meet;
        // only the figures of the sentence itself are read, so none is read twice
        int from = s > 0 && split.cutAfter(s - 1) ? Math.max(sentences[2 * s - 2], start - CUT_MARGIN) : start;
        int to = runsOn ? Math.max(end, Math.min(sentences[2 * s + 3], end + CUT_MARGIN)) : end;
        if (from == start && to == end && kept[s] != null) {
          sentence(kept[s].words(), here, kept[s].dates(), kept[s].places());
        } else {
          Words w = new Words(text, tokens, from, to);
          sentence(w, here, dates(w), places(w));
        }
      }
      kept[s] = null;
      if (here.isEmpty() && sentenceToll[s] != null) {
        lastMeasure = sentenceToll[s];
      }
      if (sentenceDate[s] != null) {
        lastDate = sentenceDate[s];
      }
      if (sentencePlace[s] != null) {
        lastPlace = sentencePlace[s];
      }
    }
  }

  /**
   * Whether {@code text[from, to)} holds a blank line: a line break, then only spaces, tabs or
   * no-break spaces, then another ({@code \n}, or {@code \r\n}). Each character is read once
   * after the break before it, so the scan is linear in the stretch.
   */
  static boolean blankLine(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      int k = i + 1;
      while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
        k++;
      }
      if (k < to && text.charAt(k) == '\r') {
        k++;
      }
      if (k < to && text.charAt(k) == '\n') {
        return true;
      }
      i = Math.max(i, k - 1); // the spaces read are no line break: go on from where they end
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Pass one: the document's context.

  private void learn(Words w, List<PlaceHit> places) {
    Set<String> cities = places.isEmpty() ? Set.of() : new LinkedHashSet<>();
    for (int h = 0; h < places.size(); h++) { // indexes, not an iterator per sentence
      PlaceHit p = places.get(h);
      if (p.place() == null || p.place().kind() == Place.Kind.CITY) {
        cityScore.merge(p.name(), w.in(p.token() - 1, LOCATIVE_WORDS) ? 2 : 1, Integer::sum);
      }
      if (p.parent() != null && p.parent().kind() == Place.Kind.CITY) {
        cityScore.merge(p.parent().name(), 1, Integer::sum); // "in Kellin, near Arequipa" names Arequipa too
      }
      if (p.place() == null || nationalityPosition(w, p)) {
        continue; // "Chile: 12", "27 from Peru": the people of a country, not where the article is
      }
      boolean locative = w.in(p.token() - 1, LOCATIVE_WORDS);
      int weight = p.place().kind() == Place.Kind.CITY ? 2 : locative ? 3 : 1;
      countryScore.merge(p.place().countryCode(), weight, Integer::sum);
      if (p.place().kind() == Place.Kind.CITY) {
        cities.add(p.name());
      }
    }
    int demonymEnd = 0; // the end of the last demonym of two words
    for (int i = 0; i < w.size; i++) {
      if (!w.isCap(i)) {
        continue; // demonyms and organisations are capitalised
      }
      if (i >= demonymEnd && w.length(i) > 3 && gazetteer.mayStartName(w, i)) {
        int words = demonymWords(w, i); // "South Sudanese", not "Sudanese"; "Papua New Guinean"
        Place c = gazetteer.demonym(w.span(i, i + words)).orElse(null);
        if (c != null) {
          countryScore.merge(c.countryCode(), 1, Integer::sum);
        }
        demonymEnd = words > 1 ? i + words : demonymEnd;
      }
      if (i == 0 || !w.isCap(i - 1)) {
        int end = capitalRun(w, i);
        String name = organisation(w, i, end);
        if (name != null) {
          organisations.add(name);
        }
      }
    }
    if (cities.size() > 1) { // pairs of cities named together
      for (String a : cities) {
        for (String b : cities) {
          if (!a.equals(b)) {
            cityPairs.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
          }
        }
      }
    }
  }

  /** Words that join the capitalised words of one name: "Ministry of Health", "Doctors and Nurses Union". */
  private static final WordSet NAME_LINK = CasualtyPatterns.standard().wordClass("name_link").set();

  /** Whether token {@code k} joins the capitalised words of one name: a name_link word or a hyphen. */
  private static boolean linksName(Words w, int k) {
    return w.in(k, NAME_LINK) || w.is(k, "-");
  }

  /** The end of a run of capitalised words from {@code i}, through the name_link words inside names. */
  private static int capitalRun(Words w, int i) {
    int k = i;
    while (k < w.size) {
      if (w.isCap(k)) {
        k++;
      } else if (linksName(w, k) && w.isCap(k + 1)) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }

  /** The capitalised run as an organisation name, if it has an organisation's head word. */
  private static @Nullable String organisation(Words w, int i, int end) {
    boolean head = false;
    for (int k = i; k < end; k++) {
      if (w.in(k, ORGANISATION_HEAD_WORDS)) {
        head = true;
      }
    }
    if (!head && !(end == i + 1 && w.in(end, SAYING_WORDS))) {
      return null;
    }
    int s = w.is(i, "the") ? i + 1 : i;
    return s < end ? w.span(s, end) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Mentions in one sentence.

  private List<DateMention> dates(Words w) {
    List<DateMention> out = new ArrayList<>();
    if (published == null) {
      return out;
    }
    for (int i = 0; i < w.size; i++) {
      // the set's filter first, in the loop: most words name no date, and are told so without a call
      if (DATE_WORD_SET.mayContain(w.hash[i]) && DATE_WORD_SET.holds(w.text, w.start[i], w.end[i], w.hash[i])
          || w.isDigits(i) && w.length(i) <= 4) {
        DateMention d = DateMention.at(w, i, published);
        if (d != null) {
          out.add(d);
          i = d.end() - 1;
        }
      }
    }
    return out;
  }

  private List<PlaceHit> places(Words w) {
    List<PlaceHit> out = new ArrayList<>();
    int longest = Math.min(6, gazetteer.longestName() * 2);
    for (int i = 0; i < w.size; i++) {
      if (!w.isCap(i)) {
        continue;
      }
      if (!gazetteer.mayStartName(w, i)) {
        i = unknownHit(w, i, out) - 1;
        continue;
      }
      PlaceHit hit = null;
      int run = 1;
      while (run < longest && i + run < w.size && (w.isCap(i + run) || w.is(i + run, ".")
          || w.is(i + run, "-") || w.is(i + run, "of") || w.is(i + run, "and"))) {
        run++;
      }
      // no name starting with this word is longer than this: longer stretches are not looked up
      int longestChars = gazetteer.longestNameFrom(w, i);
      for (int n = Math.min(run, w.size - i); n >= 1 && hit == null; n--) {
        if (w.end[i + n - 1] - w.start[i] > longestChars) {
          continue;
        }
        Place p = gazetteer.spelled(w.text, w.start[i], w.end[i + n - 1]); // the place w.span(i, i + n) names
        if (p != null) {
          hit = new PlaceHit(i, i + n, p.name(), p);
        }
      }
      if (hit == null) {
        i = unknownHit(w, i, out) - 1;
        continue;
      }
      if (excluded(w, hit)) {
        i = hit.end() - 1;
        continue;
      }
      out.add(hit);
      i = hit.end() - 1;
    }
    return attachParents(w, out);
  }

  /**
   * A place followed by the place the text puts it in or by is one hit: "Kellin, near Arequipa",
   * "Jaramana, a suburb of Damascus", "Jaramana, 10 km east of Damascus", "Baghuz, Syria",
   * "Kellin outside Arequipa". A small place the gazetteer lacks is named by the path "Kellin, Arequipa",
   * so that the place model puts it inside the parent the text gives rather than beside it (two
   * places would be a count of both); a known place keeps its name, the other only locating it.
   * A list ("Jaramana, Damascus and Homs") is left as it is.
   */
  private static List<PlaceHit> attachParents(Words w, List<PlaceHit> hits) {
    if (hits.size() < 2) {
      return hits;
    }
    List<PlaceHit> out = new ArrayList<>(hits.size());
    for (int n = 0; n < hits.size(); n++) {
      PlaceHit h = hits.get(n);
      PlaceHit next = n + 1 < hits.size() ? hits.get(n + 1) : null;
      if (next != null && next.place() != null && !h.name().contains(",")
          && (h.place() == null || h.place().kind() != Place.Kind.COUNTRY)
          && !(w.is(next.end(), "and") || w.is(next.end(), "or")) && !(w.is(next.end(), ",") && hitAfter(hits, n + 2, next.end() + 1))) {
        int form = parentWords(w, h.end(), next.token());
        if (form > 0 && (h.place() == null || form > 1)) {
          out.add(new PlaceHit(h.token(), next.end(), h.place() == null ? h.name() + ", " + next.name() : h.name(), h.place(),
              next.place()));
          n++;
          continue;
        }
      }
      out.add(h);
    }
    return out;
  }

  private static boolean hitAfter(List<PlaceHit> hits, int n, int token) {
    return n < hits.size() && hits.get(n).token() == token;
  }

  /** Words by which a small place is put by the next with nothing else between: "in Kellin near Arequipa". */
  private static final WordSet PARENT_BY = CasualtyPatterns.standard().wordClass("parent_by").set();
  /** Words after a noun of place that put the place in or by the next: ", a suburb of Arequipa". */
  private static final WordSet PARENT_LINK = CasualtyPatterns.standard().wordClass("parent_link").set();
  /** Words after a distance that put the place by the next: ", 10 km east of Arequipa". */
  private static final WordSet DISTANCE_LINK = CasualtyPatterns.standard().wordClass("distance_link").set();
  private static final WordSet ARTICLE = CasualtyPatterns.standard().wordClass("article").set();
  /** Articles that may start a name of place the gazetteer lacks: "Al Qusayr", "El Fasher". */
  private static final WordSet NAME_ARTICLE = CasualtyPatterns.standard().wordClass("name_article").set();
  private static final Set<String> DISTANCE_UNITS = CasualtyPatterns.standard().wordClass("distance_unit").words();
  private static final Set<String> COMPASS = CasualtyPatterns.standard().wordClass("compass").words();

  /**
   * How tokens {@code [from, to)} between two places say the first lies in or by the second: 1
   * for a bare comma ("Baghuz, Syria"), 2 for words ("near", "outside", ", a suburb of", ", 10 km
   * east of"), 0 when they do not.
   */
  private static int parentWords(Words w, int from, int to) {
    int k = from;
    boolean comma = w.is(k, ",");
    if (comma) {
      k++;
    }
    if (k == to) {
      return comma ? 1 : 0;
    }
    if (w.in(k, PARENT_BY) && k + 1 == to) {
      return 2;
    }
    if (!comma) {
      return 0;
    }
    int j = k;
    if (w.in(j, ARTICLE)) {
      j++;
    }
    for (int adjectives = 0; adjectives < 2 && j < to && !isPlaceNoun(w.at(j)) && w.isWord(j) && !w.isCap(j); adjectives++) {
      j++; // "a northern suburb of"
    }
    if (j > k && j + 2 == to && isPlaceNoun(w.at(j))
        && w.in(j + 1, PARENT_LINK)) {
      return 2;
    }
    j = k;
    if (w.isDigits(j) && DISTANCE_UNITS.contains(w.at(j + 1))) {
      j += 2;
      while (j < to && COMPASS.contains(w.at(j))) {
        j++;
      }
      if (j + 1 == to && w.in(j, DISTANCE_LINK)) {
        return 2;
      }
    }
    return 0;
  }

  /** Whether a country's name labels a figure ("Chile: 12") or follows one after "from" or "of" ("27 from Peru"). */
  private static boolean nationalityPosition(Words w, PlaceHit p) {
    if (p.place().kind() != Place.Kind.COUNTRY) {
      return false;
    }
    if (w.is(p.end(), ":") && w.isDigits(p.end() + 1)) {
      return true;
    }
    int k = p.token() - 1;
    if (w.is(k, "the")) {
      k--;
    }
    if (!(w.is(k, "from") || w.is(k, "of"))) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (w.isDigits(j)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of people whom a country after "of" or "from" names by their nationality: "43 citizens of Chile". */
  private static final Set<String> NATIONALS = CasualtyPatterns.standard().wordClass("nationals").words();

  /**
   * The country whose people a figure counts, named after it: "43 citizens of Chile", "120
   * people from Peru", "27 from Peru" (an item of a list of nationalities). Null when the words
   * after the figure name none; "12 killed in Chile" is a place, not a nationality.
   */
  private @Nullable PlaceHit countryOfOrigin(Words w, int after) {
    int k = after;
    if (w.is(k, "each")) {
      k++;
    }
    if (w.in(k, NATIONALS_SET)) {
      k++;
    }
    if (!(w.is(k, "from") || w.is(k, "of") && k > after)) {
      return null;
    }
    k++;
    if (w.is(k, "the")) {
      k++;
    }
    for (PlaceHit h : sentencePlaces) {
      if (h.token() == k && h.place() != null && h.place().kind() == Place.Kind.COUNTRY
          && !w.in(h.end(), LOCATIVE_WORDS) && !w.is(h.end(), "-")) {
        return h;
      }
    }
    return null;
  }

  private static final WordSet NATIONALS_SET = new WordSet(NATIONALS);

  /** Names that are not places here: "Britain-based", "the Damascus University", "Michael Jordan". */
  private boolean excluded(Words w, PlaceHit hit) {
    if (hit.place() != null && hit.place().kind() == Place.Kind.COUNTRY && !w.isCap(hit.end())
        && isWord(w, hit.end(), PEOPLE_AFTER_COUNTRY_WORDS, PEOPLE_AFTER_COUNTRY)) {
      return true; // "U.S. service members", "US troops": the country as an adjective
    }
    if (w.is(hit.end(), "-") && w.in(hit.end() + 1, BASED)) {
      return true;
    }
    if (spokenAt(w, hit.token())) {
      return true;
    }
    int runStart = hit.token();
    while (runStart > 0 && w.isCap(runStart - 1)) {
      runStart--;
    }
    int runEnd = capitalRun(w, hit.token());
    for (int k = runStart; k < runEnd; k++) {
      if (w.in(k, ORGANISATION_HEAD_WORDS) && !w.in(k, PLACE_ORGANISATION)) {
        return true;
      }
    }
    return hit.end() - hit.token() == 1 && hit.token() > 0 && w.isCap(hit.token() - 1)
        && !w.is(hit.token() - 1, "the") && gazetteer.lookup(w.span(hit.token() - 1, hit.token())).isEmpty()
        && !w.in(hit.token() - 1, LOCATIVE_WORDS);
  }

  /** Heads of organisation names that leave a place in their name a place: "the Varnesa Army". */
  private static final WordSet PLACE_ORGANISATION =
      new WordSet(CasualtyPatterns.standard().wordClass("place_organisation").words());

  /**
   * Whether the name at {@code i} is where a figure was announced, not where anyone was harmed:
   * "told reporters in Geneva", "a briefing at the agency's headquarters in Rome".
   */
  private static boolean spokenAt(Words w, int i) {
    if (w.is(i - 1, "in") || w.is(i - 1, "at")) {
      for (int k = i - 2; k >= Math.max(0, i - 6) && !w.is(k, ","); k--) {
        if (isWord(w, k, SPEAKING_VENUE_WORDS, Lexicon.SPEAKING_VENUES)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether token {@code k} is a lower-case noun that the name before it modifies. */
  private static boolean modifiesNoun(Words w, int k) {
    String s = w.at(k);
    return w.isWord(k) && !w.isCap(k) && !w.isDigits(k) && !NP_STOP.contains(s) && !TOLL_LINK.contains(s)
        && !Lexicon.LOCATIVE.contains(s)
        && !Lexicon.SAYING.contains(s) && !Lexicon.ACTIVE.contains(s) && !Lexicon.AFTER.contains(s)
        && !DATE_WORDS.contains(s) && !Lexicon.AUXILIARIES.contains(s) && !s.endsWith("ed") && !s.endsWith("s")
        || w.isWord(k) && !w.isCap(k) && PEOPLE_AFTER_COUNTRY.contains(s);
  }

  private static final Set<String> NP_STOP = CasualtyPatterns.standard().wordClass("np_stop").words();
  /** Verbs that carry a count to its figure ("rose", "stood", "could"): never a noun a name modifies. */
  private static final Set<String> TOLL_LINK = CasualtyPatterns.standard().wordClass("toll_link").words();
  /** Plural nouns of people a country name often modifies: "US troops", "U.S. service members". */
  private static final Set<String> PEOPLE_AFTER_COUNTRY = CasualtyPatterns.standard().wordClass("people_after_country").words();
  private static final WordSet PEOPLE_AFTER_COUNTRY_WORDS = new WordSet(PEOPLE_AFTER_COUNTRY);
  private static final WordSet SPEAKING_VENUE_WORDS = new WordSet(Lexicon.SPEAKING_VENUES);

  /**
   * Whether token {@code k}'s lower-case form is in {@code words}: for a word of ASCII letters by
   * its hash in {@code set} (the same words), without making that form; for any other token by it.
   */
  private static boolean isWord(Words w, int k, WordSet set, Set<String> words) {
    if (k >= 0 && k < w.size && (w.flags[k] & TextTokens.LETTERS) != 0) {
      return w.in(k, set);
    }
    return words.contains(w.at(k));
  }

  /**
   * A name the gazetteer lacks, taken as a place after "in", "near", ...: adds it and returns
   * the token after it, or returns {@code i + 1} when the word is no such name.
   */
  private int unknownHit(Words w, int i, List<PlaceHit> out) {
    if (!w.in(i - 1, LOCATIVE_WORDS) || !unknownPlace(w, i)) {
      return i + 1;
    }
    int end = i + 1;
    while (end < w.size && w.isCap(end) && !w.in(end, ORGANISATION_HEAD_WORDS)) {
      end++;
    }
    if (modifiesNoun(w, end) || spokenAt(w, i)) {
      return end; // "in African countries", "across Coastal regions": a word before a noun
    }
    if (w.isCap(i - 1) && (demonymCountry(w.span(i - 1, end)) != null || demonymCountry(w.span(i, end)) != null)) {
      return end; // "14 South Africans", "12 South Americans": a direction and a demonym are no place
    }
    String name = w.span(i, end);
    Place spelled = gazetteer.variant(name).orElse(null); // "in Tachkent": Tashkent, spelled otherwise
    out.add(new PlaceHit(i, end, spelled != null ? spelled.name() : name, spelled));
    return end;
  }

  private boolean unknownPlace(Words w, int i) {
    boolean article = w.in(i, NAME_ARTICLE) && w.isCap(i + 1); // "Al Qusayr", "El Fasher"
    if (w.in(i, DATE_WORD_SET) || w.in(i, ORGANISATION_HEAD_WORDS) || w.length(i) < 3 && !article
        || gazetteer.demonym(w.span(i, i + 1)).isPresent()) {
      return false;
    }
    if (w.is(i - 1, "of") && isPlaceNoun(w.at(i - 2))) {
      return true; // "the province of Varnesa", "the town of Kellin"
    }
    return !(w.is(i - 1, "of") || w.is(i - 1, "to") || w.is(i - 1, "from") || w.is(i - 1, "on") || w.is(i - 1, "at"));
  }

  // ---------------------------------------------------------------------------------------------
  // Pass two: the figures of one sentence.

  /** What is known of one figure while its sentence is read. */
  private static final class Reading {
    NumberPhrase figure;
    /** The figure as found, with its tokens. */
    final Figure located;
    int first; // first token of the figure
    final int after; // token after the figure
    @Nullable Measure measure;
    @Nullable String subject;
    int coreStart;
    int coreEnd;
    /** Where the words that make the figure a count begin ("the death toll in X rose to N"). */
    int matchStart;
    boolean subgroup;
    /** The figure's subgroup is the country a label before it names ("Chile: 12"): no place of the count. */
    boolean countryLabel;
    /** The figure's subgroup is a country's people a demonym named ("23 Americans"), under the country's name. */
    boolean people;
    Modality modality = Modality.REPORTED;
    boolean earlier;
    String reader = "";
    /** The pattern that read the figure. */
    CasualtyPatterns.@Nullable Pattern pattern;
    /** A "from A to B" figure read as two: the reading of A, made when B's pattern splits it. */
    @Nullable Reading earlierPart;

    Reading(Figure located, int first, int after) {
      this.located = located;
      this.figure = located.phrase();
      this.first = first;
      this.after = after;
      this.coreStart = first;
      this.coreEnd = after;
      this.matchStart = first;
    }
  }

  private void sentence(Words w, List<Figure> figures, List<DateMention> dates, List<PlaceHit> places) {
    sentencePlaces = places;
    figures = numberForms(w, figures);
    List<Reading> readings = new ArrayList<>();
    Reading previous = null;
    figureTokens = new ArrayList<>();
    if (blockingToken.length < w.size) {
      blockingToken = new boolean[Math.max(w.size, 2 * blockingToken.length)];
      figureToken = new boolean[blockingToken.length];
    }
    java.util.Arrays.fill(blockingToken, 0, w.size, false);
    java.util.Arrays.fill(figureToken, 0, w.size, false);
    for (Figure located : figures) {
      NumberPhrase p = located.phrase();
      int[] span = {located.in(w, 0), located.in(w, 1)};
      figureTokens.add(span);
      for (int k = span[0]; k < span[1] && k < w.size; k++) {
        figureToken[k] = true;
      }
      if (!(w.is(span[1], "-") && w.isWord(span[1] + 1)) && !w.in(span[1], NOT_PEOPLE)
          && Interval.isWhole(p.quantity().value()) && p.quantity().value().compareTo(java.math.BigDecimal.ONE) != 0) {
        for (int k = span[0]; k < span[1] && k < w.size; k++) {
          blockingToken[k] = true; // "eight-storey", "two weeks", "7.0", "one of the": no count of people, no barrier
        }
      }
    }
    Reading outer = null; // the last reading outside a note in brackets
    for (Figure located : figures) {
      int first = located.in(w, 0);
      int after = located.in(w, 1);
      if (first >= w.size || after <= first) {
        continue;
      }
      Reading r = new Reading(located, first, after);
      // past a note in brackets, the claim before the note is the previous: "12 Britons (5 were hurt) and 8 French"
      Reading before = outer != null && previous != outer && !inBrackets(w, outer, r) ? outer : previous;
      if (measure(w, r, before)) {
        if (r.earlierPart != null) {
          readings.add(r.earlierPart);
        }
        readings.add(r);
        previous = r;
        if (outer == null || !inBrackets(w, outer, r)) {
          outer = r;
        }
      }
    }
    Breakdown[] lists = lists(w, readings, figures);
    String[] listed = lists == null ? null : listAttributions(w, readings, lists);
    String[] attributions = new String[readings.size()];
    for (int n = 0; n < attributions.length; n++) {
      attributions[n] = listed != null ? listed[n] : attribution(w, readings, n);
    }
    // a part and the count it is among share a source either names: "Officials said 12 Britons
    // were among 30 people killed", "12 Britons were among 30 people killed, police said"; so do a
    // count and a figure inside the words that read it: "Medics said 44 people - including 9
    // children - remain in hospital"; and a count and the part of it that "of whom" or "of them"
    // names: "3,000 were displaced, 900 of whom are in shelters, officials said"
    for (int n = 1; n < attributions.length; n++) {
      if ((countOfThePartBefore(readings, n) || insideTheCountBefore(readings, n) || ofTheCountBefore(w, readings, n))
          && (attributions[n] == null) != (attributions[n - 1] == null)) {
        attributions[n] = attributions[n - 1] = attributions[n] == null ? attributions[n - 1] : attributions[n];
      }
    }
    for (int n = 0; n < readings.size(); n++) {
      Reading r = readings.get(n);
      int limitBefore = n > 0 ? readings.get(n - 1).coreEnd : 0;
      int limitAfter = n + 1 < readings.size() ? readings.get(n + 1).first : w.size;
      TimeScope scope = timeScope(w, r, limitBefore);
      List<String> locations = r.subgroup && (n > 0 || r.countryLabel) ? lastLocations
          : locations(w, r, places, limitBefore, limitAfter, scope);
      PartialDate date = date(w, r, dates, scope);
      String attribution = attributions[n];
      lastLocations = locations;
      claimNumber++;
      PartialDate asOf = r.earlier ? earlierDate(date, n + 1 < readings.size() && readings.get(n + 1).earlierPart == r ? readings.get(n + 1) : null, w, dates) : null;
      Claim claim = new Claim(
          document.id() + "#" + claimNumber,
          document.source(),
          r.measure,
          r.subject,
          r.figure.quantity(),
          new Scope(locations, date, scope),
          attribution,
          new Evidence(Math.toIntExact(document.offset() + r.figure.start()),
              Math.toIntExact(document.offset() + r.figure.end()), quote(w, r.figure)),
          null, r.modality, asOf, lists == null ? null : lists[n]);
      if (!r.earlier) {
        lastClaimDate = date;
      }
      if (r.subject == null && r.modality == Modality.REPORTED) {
        lastMeasure = r.measure;
      }
      if (tracer != null) {
        tracer.read(r.figure.start(), r.figure.end(), r.reader, claim);
      }
      sink.accept(claim);
    }
    Measure named = tollNamedAfter(w, readings.isEmpty() ? 0 : readings.get(readings.size() - 1).coreEnd, true);
    if (named != null) {
      lastMeasure = named;
    }
  }

  /**
   * Whether reading {@code n} is the count that the subgroup read just before it is among, its
   * figure inside the words that read the subgroup: "12 Britons were among 30 people killed".
   */
  private static boolean countOfThePartBefore(List<Reading> readings, int n) {
    Reading part = readings.get(n - 1);
    Reading whole = readings.get(n);
    return part.subgroup && !whole.subgroup && !whole.earlier && whole.first < part.coreEnd
        && whole.measure == part.measure && whole.modality == part.modality;
  }

  /**
   * Whether the figure of reading {@code n} is inside the words after the figure that read the
   * count just before it, of the same measure: "44 people - including 9 children - remain in
   * hospital", "19 children and two teachers died".
   */
  private static boolean insideTheCountBefore(List<Reading> readings, int n) {
    Reading count = readings.get(n - 1);
    Reading inside = readings.get(n);
    return inside.first >= count.after && inside.after <= count.coreEnd && !count.earlier && !inside.earlier
        && inside.measure == count.measure && inside.modality == count.modality;
  }

  /**
   * Whether the figure of reading {@code n} counts a part of the count just before it, of the
   * same measure, by "of whom" or "of them" after it or "of whom" before it: "3,000 were
   * displaced, 900 of whom are in shelters", "40 were hurt, of whom 12 remain in hospital".
   */
  private static boolean ofTheCountBefore(Words w, List<Reading> readings, int n) {
    Reading count = readings.get(n - 1);
    Reading part = readings.get(n);
    boolean of = w.is(part.after, "of") && w.in(part.after + 1, OF_GROUP) && !w.is(part.after + 1, "the")
        || w.is(part.first - 2, "of") && w.is(part.first - 1, "whom");
    return of && part.first >= count.after && !count.earlier && !part.earlier
        && part.measure == count.measure && part.modality == count.modality;
  }

  /**
   * The attribution of reading {@code n}: its own, or for the earlier value of a "from A to B"
   * figure, B's.
   */
  private @Nullable String attribution(Words w, List<Reading> readings, int n) {
    int limitBefore = n > 0 ? readings.get(n - 1).coreEnd : 0;
    int limitAfter = n + 1 < readings.size() ? readings.get(n + 1).first : w.size;
    Reading later = n + 1 < readings.size() && readings.get(n + 1).earlierPart == readings.get(n) ? readings.get(n + 1) : null;
    return later == null ? attribution(w, readings.get(n), limitBefore, limitAfter)
        : attribution(w, later, limitBefore, n + 2 < readings.size() ? readings.get(n + 2).first : w.size);
  }

  /**
   * The attributions of the sentence's readings, where it has lists: an item of a list carries
   * the attribution of any item of it when its items do not disagree ("12 Britons, 8 French and
   * 3 Germans, the governor said": all three the governor's, not only the last); items that name
   * two sources keep their own. The whole a complete list breaks down, given right before it,
   * carries the list's attribution too.
   */
  private @Nullable String[] listAttributions(Words w, List<Reading> readings, Breakdown[] lists) {
    String[] out = new String[readings.size()];
    for (int n = 0; n < out.length; n++) {
      out[n] = attribution(w, readings, n);
    }
    for (int n = 0; n < out.length; n++) {
      Breakdown list = lists[n];
      if (list == null || out[n] != null) {
        continue;
      }
      String one = null;
      boolean disagree = false;
      for (int k = 0; k < out.length; k++) {
        if (lists[k] == list && out[k] != null) {
          disagree |= one != null && !one.equals(out[k]);
          one = one == null ? out[k] : one;
        }
      }
      if (!disagree) {
        out[n] = one;
      }
    }
    // the count a complete list breaks down, right before its first item, is the list's source's
    // when it names none of its own: "Of the 30 dead, 20 were women and 10 were men, the coroner said"
    for (int n = 0; n + 1 < out.length; n++) {
      Reading whole = readings.get(n);
      Reading first = readings.get(n + 1);
      Breakdown list = lists[n + 1];
      if (out[n] == null && lists[n] == null && list != null && list.complete() && !whole.subgroup && !whole.earlier
          && whole.measure == first.measure && whole.modality == first.modality) {
        out[n] = out[n + 1];
      }
    }
    return out;
  }

  /**
   * The lists of subgroups among the sentence's readings, per reading its list or null; null when
   * the sentence has none. A list is a reading of a subgroup and the readings right after it that
   * its patterns read as later items of it ({@code item: true}: "12 Britons, 8 French and 3
   * Germans"), of the same measure and modality, passing over figures in brackets after an item
   * (notes on it: "Peru: 44 (including 5 crew)Bolivia: 28"): two items at least. Whether the article presents
   * it as complete is for the list signals of the patterns file to say ({@link #complete}).
   */
  private Breakdown @Nullable [] lists(Words w, List<Reading> readings, List<Figure> figures) {
    int subgroups = 0;
    for (Reading r : readings) {
      subgroups += r.subgroup ? 1 : 0;
    }
    if (subgroups == 0 || readings.size() < 2) {
      return null; // most sentences: no list, and nothing made to find none
    }
    Breakdown[] out = null;
    boolean[] taken = new boolean[readings.size()];
    for (int n = 0; n < readings.size(); n++) {
      Reading head = readings.get(n);
      if (taken[n] || head.earlier || !head.subgroup && !namedBesideItem(w, readings, n)) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      items.add(n);
      for (int k = n + 1; k < readings.size(); k++) {
        Reading r = readings.get(k);
        if (taken[k]) {
          break; // an item of the list a note in brackets was passed over in
        }
        if (inBrackets(w, readings.get(items.get(items.size() - 1)), r)) {
          continue; // a figure in brackets after an item is a note on it ("Peru: 44 (including 5 crew)"), not the end
        }
        if (!isItem(r, head)) {
          break;
        }
        items.add(k);
      }
      if (items.size() >= 2) {
        if (out == null) {
          out = new Breakdown[readings.size()];
        }
        Breakdown b = new Breakdown("b" + (document.offset() + head.figure.start()), items.size(),
            complete(w, readings, items, figures));
        for (int k : items) {
          out[k] = b;
          taken[k] = true;
        }
      }
    }
    return out;
  }

  /**
   * Whether reading {@code n} counts people its words name and the next reading outside brackets
   * is a later item of a list beside it, of a subgroup: "killed 6 men and 4 women" begins a list
   * at the 6, though the 6 is read as a count of its own.
   */
  private static boolean namedBesideItem(Words w, List<Reading> readings, int n) {
    Reading head = readings.get(n);
    if (head.subject == null) {
      return false;
    }
    for (int k = n + 1; k < readings.size(); k++) {
      Reading r = readings.get(k);
      if (!inBrackets(w, head, r)) {
        return r.subgroup && isItem(r, head) && joinedAfterNoun(w, head, r);
      }
    }
    return false;
  }

  /**
   * Whether {@code item} is joined ("and", ",") right after the words that name {@code head}'s
   * people and any note in brackets on them: "6 men and 4 women", not "12 members were killed,
   * 11 marines and one medic" (the 11 and the one break the 12 down).
   */
  private static boolean joinedAfterNoun(Words w, Reading head, Reading item) {
    int join = item.first - 1;
    if (w.in(join, ITEM_HEDGE)) {
      join--;
    }
    if (!(w.is(join, "and") || w.is(join, ","))) {
      return false;
    }
    int k = head.after;
    while (k < join && k < head.after + 3 && w.isWord(k) && !NP_STOP.contains(w.at(k))) {
      k++;
    }
    return k > head.after && afterNote(w, k, join) == join;
  }

  /** Words of doubt or addition between a list's "and" and its next figure: "and possibly 9 children". */
  private static final WordSet ITEM_HEDGE = CasualtyPatterns.standard().wordClass("item_hedge").set();

  /** Whether {@code r}'s figure stands inside brackets opened after {@code item}'s. */
  private static boolean inBrackets(Words w, Reading item, Reading r) {
    int depth = 0;
    for (int k = item.after; k < r.first; k++) {
      depth += w.is(k, "(") ? 1 : w.is(k, ")") ? -1 : 0;
    }
    return depth > 0;
  }

  /**
   * Whether {@code r} is a later item of the list {@code head} begins: one its pattern reads as
   * such, of a subgroup, or of none its words name ("8 French and others": still an item).
   */
  private static boolean isItem(Reading r, Reading head) {
    return r.pattern != null && r.pattern.item() && (r.subgroup || r.subject == null) && !r.earlier
        && head.measure != null && head.measure.equals(r.measure) && r.modality == head.modality;
  }

  /**
   * Whether the article presents the list of readings {@code items} as complete: a signal
   * says so (its lead-in, a later item's words, or a count of its groups that matches its
   * items), and none says it may leave people out.
   */
  private boolean complete(Words w, List<Reading> readings, List<Integer> items, List<Figure> figures) {
    boolean complete = false;
    boolean partial = false;
    Reading head = readings.get(items.get(0));
    for (int i = 0; i < items.size(); i++) {
      int k = items.get(i);
      Reading r = readings.get(k);
      CasualtyPatterns.ListSignal s = signal(i == 0 ? CasualtyPatterns.ListSignal.At.FIRST
          : CasualtyPatterns.ListSignal.At.NEXT, w, r, k > 0 ? readings.get(k - 1) : null);
      // "of the 30 dead, 12 were children and 5 were women": groups picked out, not the whole
      complete |= s != null && s.complete() && (!s.needsPartition() || splitsAlongOne(s, readings, items));
      partial |= s != null && !s.complete();
    }
    int lastAt = items.get(items.size() - 1);
    Reading last = readings.get(lastAt);
    CasualtyPatterns.ListSignal end = signal(CasualtyPatterns.ListSignal.At.END, w, last, readings.get(lastAt - 1));
    complete |= end != null && end.complete();
    partial |= end != null && !end.complete();
    for (Figure f : figures) {
      int first = f.in(w, 0);
      int after = f.in(w, 1);
      if (after > head.first || after <= first) {
        continue;
      }
      CasualtyPatterns.ListSignal count = signal(CasualtyPatterns.ListSignal.At.COUNT, w, new Reading(f, first, after),
          null);
      if (count != null) {
        // "from four countries:" and four items: the whole; three: some left out
        boolean all = f.phrase().quantity().value().compareTo(java.math.BigDecimal.valueOf(items.size())) == 0;
        complete |= all;
        partial |= !all;
      }
    }
    return complete && !partial;
  }

  /**
   * Whether the groups of the list {@code items} split its count along one of the dimensions of
   * {@code s}'s partition: every item's group a word of one class ("20 women and 10 men"), or
   * every item a country's people ("12 Britons and 8 French").
   */
  private boolean splitsAlongOne(CasualtyPatterns.ListSignal s, List<Reading> readings, List<Integer> items) {
    for (CasualtyPatterns.WordClass c : s.partition()) {
      boolean all = true;
      for (int k : items) {
        String group = readings.get(k).subject;
        all &= group != null && c.words().contains(group.substring(group.lastIndexOf(' ') + 1));
      }
      if (all) {
        return true;
      }
    }
    if (!s.byNationality()) {
      return false;
    }
    for (int k : items) {
      Reading r = readings.get(k);
      if (!r.countryLabel && !r.people && !countrysPeople(r.subject)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SPLIT_PEOPLE = CasualtyPatterns.standard().wordClass("split_people").words();

  /** Whether {@code group} names a country's people: a demonym ("french") or a word of split_people ("britons"). */
  private boolean countrysPeople(@Nullable String group) {
    return group != null && (SPLIT_PEOPLE.contains(group) || demonymCountry(group) != null);
  }

  /**
   * The subject {@code head} of a count, with the capitalised words just before it in
   * {@code [from, to)} when together they are a demonym of two or three words ("23 New
   * Zealanders": "new zealanders", "12 South Africans": "south africans"); else {@code head}.
   */
  private String demonymOfWords(Words w, int from, int to, String head) {
    for (int k = from; k < to; k++) {
      if (!w.isCap(k) || !w.is(k, head)) {
        continue;
      }
      for (int s = Math.max(from, k - 2); s < k; s++) { // the longest first: "Papua New Guineans"
        if (capitalisedWords(w, s, k) && demonymCountry(w.span(s, k + 1)) != null) {
          return w.span(s, k + 1).toLowerCase(java.util.Locale.ROOT);
        }
      }
      if (k > from && capitalisedWords(w, k - 1, k) && w.in(k - 1, LOCATIVE_WORDS)) {
        return w.span(k - 1, k + 1).toLowerCase(java.util.Locale.ROOT); // "South Americans": no country's people
      }
      return head;
    }
    return head;
  }

  /** How many capitalised words from {@code i}, three, two or one, make a demonym of the table; 1 when none does. */
  private int demonymWords(Words w, int i) {
    for (int n = 3; n > 1; n--) {
      if (i + n <= w.size && w.isCap(i + n - 1) && capitalisedWords(w, i, i + n - 1)
          && gazetteer.demonym(w.span(i, i + n)).isPresent()) {
        return n;
      }
    }
    return 1;
  }

  /** Whether tokens {@code [from, to)} are capitalised words, one space apart. */
  private static boolean capitalisedWords(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!w.isWord(k) || !w.isCap(k) || w.start[k + 1] != w.end[k] + 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The country whose people the word {@code s} of a count names ("americans", "French", "danes"), or
   * null: a demonym or a noun for one of a country's people, alone or with a plural s.
   */
  private @Nullable Place demonymCountry(String s) {
    String word = capitalised(s);
    Place c = countryOfPeople(word);
    return c == null && word.endsWith("s") ? countryOfPeople(word.substring(0, word.length() - 1)) : c;
  }

  /** {@code s} with the first letter of each of its words upper case: "new zealanders" is "New Zealanders". */
  private static String capitalised(String s) {
    StringBuilder b = new StringBuilder(s);
    for (int i = 0; i < b.length(); i++) {
      if (i == 0 || b.charAt(i - 1) == ' ') {
        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
      }
    }
    return b.toString();
  }

  private @Nullable Place countryOfPeople(String word) {
    Place c = gazetteer.demonym(word).orElse(null);
    return c != null ? c : gazetteer.peopleNoun(word);
  }

  /** The first list signal of kind {@code at} that matches at {@code r}'s figure, or null; traced. */
  private CasualtyPatterns.@Nullable ListSignal signal(CasualtyPatterns.ListSignal.At at, Words w, Reading r,
      @Nullable Reading previous) {
    CasualtyPatterns.ListSignal s = matcher.signal(at, w, r.first, r.after, context(w, r, previous, false));
    if (s != null && tracer != null) {
      tracer.signal(r.figure.start(), r.figure.end(), s.pattern().name());
    }
    return s;
  }

  /**
   * The measure of the last count the sentence names without a figure after token {@code from}
   * ("..., refusing to guess the total death toll"): the count a later "the figure" or "a
   * number" of the article stands for, as a count with its figure would be. Null when none.
   */
  private @Nullable Measure tollNamedAfter(Words w, int from, boolean figures) {
    Measure named = null;
    for (int k = from; k < w.size; k++) {
      Measure m = w.isWord(k) && mayBeTagged(w, k) && !w.is(k - 1, "no") && !(figures && figureToken[k])
          ? TOLL_NOUN.tag(w.at(k)) : null;
      if (m != null) {
        named = m;
      }
    }
    return named;
  }

  private static final CasualtyPatterns.WordClass TOLL_NOUN = CasualtyPatterns.standard().wordClass("toll_noun");
  /** The toll nouns that name a measure, looked up by a token's hash without making its lower-case form. */
  private static final WordSet TOLL_NOUN_TAGGED = new WordSet(TOLL_NOUN.tags().keySet());

  /**
   * Whether token {@code k} may be a toll noun that names a measure: a word of ASCII letters is
   * one only if the set holds it; any other word is asked by its lower-case form.
   */
  private static boolean mayBeTagged(Words w, int k) {
    // the set's filter first, in this method: most words are no toll noun, and are told so without a call
    return (w.flags[k] & TextTokens.LETTERS) == 0
        || TOLL_NOUN_TAGGED.mayContain(w.hash[k]) && TOLL_NOUN_TAGGED.holds(w.text, w.start[k], w.end[k], w.hash[k]);
  }

  /**
   * A claim's quote: its sentence, or, from a sentence longer than {@link #MAX_QUOTE} characters
   * (a text without sentence ends, a list run together), the words within half that of the
   * figure, marked cut with an ellipsis. A claim's memory does not grow with its sentence.
   */
  private static String quote(Words w, NumberPhrase figure) {
    int from = w.start[0];
    int to = w.end[w.size - 1];
    if (to - from <= MAX_QUOTE) {
      return w.span(0, w.size);
    }
    int half = Math.max(0, MAX_QUOTE - (figure.end() - figure.start())) / 2;
    int a = w.start[Math.min(w.indexAt(figure.start() - half), w.indexAt(figure.start()))];
    int past = w.indexAt(figure.end() + half); // the words before it start within reach
    if (past > 0 && w.end[past - 1] > figure.end() + half) {
      past--; // and the last one ends within it too
    }
    int b = past > 0 ? Math.max(w.end[past - 1], figure.end()) : figure.end();
    return (a > from ? "\u2026" : "") + w.text.substring(a, b) + (b < to ? "\u2026" : "");
  }

  /**
   * The as-of date of an earlier value of a count ("rose to 87 from 54", "up from 54 a day
   * before"): the date the sentence gives it when that differs from the later value's, else the
   * day before the later value's date (or the publication's): the nearest date that is earlier.
   */
  private @Nullable PartialDate earlierDate(@Nullable PartialDate date, @Nullable Reading later, Words w,
      List<DateMention> dates) {
    PartialDate laterDate = later == null ? lastClaimDate : date(w, later, dates, TimeScope.INCIDENT);
    PartialDate pub = published == null ? null : PartialDate.of(published);
    if (date != null && !date.equals(laterDate) && !date.equals(pub)) {
      return date;
    }
    PartialDate base = laterDate != null ? laterDate : pub;
    if (base == null || base.day() == null) {
      return base;
    }
    return PartialDate.of(base.toLocalDate().orElseThrow().minusDays(1));
  }

  private List<String> lastLocations = List.of();
  /** The places of the sentence being read. */
  private List<PlaceHit> sentencePlaces = List.of();
  private @Nullable PartialDate lastClaimDate;
  private @Nullable Measure lastMeasure;
  private List<int[]> figureTokens = List.of();
  /** Per token of the sentence being read: inside a figure that may count people; inside any figure. */
  private boolean[] blockingToken = new boolean[64];
  private boolean[] figureToken = new boolean[64];
  private static final WordSet NOT_PEOPLE = CasualtyPatterns.standard().wordClass("not_people").set();

  /** The first token of the figure whose last token is {@code k}, other than the one starting at {@code own}; or -1. */
  private int figureStartingTo(int k, int own) {
    for (int[] f : figureTokens) {
      if (f[1] - 1 == k && f[0] != own) {
        return f[0];
      }
    }
    return -1;
  }

  /** The token just after the figure starting at token {@code k}, or -1 when none starts there. */
  private int figureEndingFrom(int k) {
    for (int[] f : figureTokens) {
      if (f[0] == k) {
        return f[1];
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // What the figure counts.

  private boolean measure(Words w, Reading r, @Nullable Reading previous) {
    int b = r.after;
    java.math.BigDecimal value = r.figure.quantity().value();
    if (value.signum() < 0 || !io.claimcheck.quantity.Interval.isWhole(value)) {
      return false; // "a 6.8 magnitude earthquake": people are counted in whole numbers
    }
    if (w.is(b, "-") && w.isWord(b + 1) && w.start[b] == w.end[b - 1]) {
      return false; // five-year, 20-year-old
    }
    return byPattern(w, r, previous);
  }

  /**
   * Reads the figure with the casualty patterns: true when one gives a claim, false when one
   * says it counts no casualty or none matches.
   */
  private boolean byPattern(Words w, Reading r, @Nullable Reading previous) {
    boolean range = r.figure.quantity().qualifier() == io.claimcheck.quantity.Qualifier.BETWEEN
        && r.figure.numerals().size() == 2 && w.is(r.first, "from");
    PatternMatcher.Match m = matcher.first(w, r.first, r.after, context(w, r, previous, range));
    if (m == null) {
      return false;
    }
    CasualtyPatterns.Pattern p = m.pattern();
    if (p.reject()) {
      if (tracer != null) {
        tracer.read(r.figure.start(), r.figure.end(), p.name(), null);
      }
      return false;
    }
    Measure measure = p.inherit() ? previous == null ? null : previous.measure
        : p.last() ? lastMeasure : m.measure();
    if (measure == null) {
      return false;
    }
    r.measure = measure;
    r.reader = p.name();
    r.pattern = p;
    r.modality = m.modality();
    r.subject = m.subject() == null ? null : demonymOfWords(w, r.after, m.end(), m.subject());
    r.subgroup = p.subgroup() && r.subject != null;
    if (p.nationality() && r.subject != null) {
      Place country = demonymCountry(r.subject);
      if (country != null) {
        r.subject = country.name(); // "23 Americans were aboard": the people of the United States
        r.people = true;
      }
    }
    if (r.subject != null && p.before().stream().anyMatch(e -> e instanceof CasualtyPatterns.Country)) {
      r.subgroup = true; // a list of nationalities: the people of each, where the article's last count was
      r.countryLabel = true;
    }
    PlaceHit origin = (r.subject == null || NATIONALS.contains(r.subject)) && p.state() == null
        ? countryOfOrigin(w, r.after) : null;
    if (origin != null) {
      r.subject = origin.place().name(); // "43 citizens of Chile", "27 from Peru": that country's people, not a place
      r.subgroup = true;
      r.countryLabel = true;
    }
    if (p.state() != null) {
      // "12 of the injured were in critical condition": those in that state, a subgroup whose count may fall
      r.subject = r.subject == null ? p.state() : r.subject + " " + p.state();
      r.subgroup = true;
    }
    r.earlier = p.earlier();
    r.coreStart = Math.min(r.first, Math.max(m.start(), r.first - 3));
    r.matchStart = Math.min(r.first, m.start());
    int end = Math.max(r.after, m.end());
    while (end > r.after && (Lexicon.LOCATIVE.contains(w.at(end - 1)) || !w.isWord(end - 1))) {
      end--;
    }
    // a label's figure ends its claim ("Peru: 14Chile: 9"); a country of origin is part of it ("27 from Peru")
    r.coreEnd = origin != null ? Math.max(end, origin.end()) : r.countryLabel ? r.after : end;
    if (m.end() <= r.after && !r.countryLabel) {
      // a pattern that ends at the figure: its noun still belongs to it (not a label's: "Peru: 14Chile: 9")
      Noun noun = noun(w, r.after);
      r.coreEnd = Math.max(r.coreEnd, noun.end);
      if (r.subject == null && !p.subgroup()) {
        r.subject = subject(noun);
      }
    }
    if (range && p.split()) {
      io.claimcheck.number.Numeral lo = r.figure.numerals().get(0);
      io.claimcheck.number.Numeral hi = r.figure.numerals().get(1);
      Figure lower = new Figure(single(lo), new int[] {r.located.tokens()[2], r.located.tokens()[3]});
      Reading early = new Reading(lower, lower.in(w, 0), lower.in(w, 1));
      early.measure = measure;
      early.reader = p.name();
      early.pattern = p;
      early.modality = r.modality;
      early.earlier = true;
      early.coreStart = r.coreStart;
      early.coreEnd = early.after;
      r.earlierPart = early;
      r.figure = single(hi);
      r.first = r.located.in(w, 4);
    }
    return true;
  }

  /** What the pattern matcher asks of the sentence while it reads {@code r}'s figure. */
  /** The token after a note in brackets that opens at {@code k} and closes before {@code limit}, else {@code k}. */
  private static int afterNote(Words w, int k, int limit) {
    if (!w.is(k, "(")) {
      return k;
    }
    int depth = 0;
    for (int j = k; j < limit; j++) {
      depth += w.is(j, "(") ? 1 : w.is(j, ")") ? -1 : 0;
      if (depth == 0) {
        return j + 1;
      }
    }
    return k;
  }

  private PatternMatcher.Context context(Words w, Reading r, @Nullable Reading previous, boolean range) {
    return new PatternMatcher.Context() {
      @Override
      public boolean otherFigure(int k) {
        return (k < r.first || k >= r.after) && figureAt(k);
      }

      @Override
      public boolean anyFigure(int k) {
        return (k < r.first || k >= r.after) && anyFigureAt(k);
      }

      @Override
      public int previousStart() {
        return previous == null ? -1 : previous.first;
      }

      @Override
      public int previousEnd() {
        return previous == null ? -1 : afterNote(w, previous.coreEnd, r.first);
      }

      @Override
      public boolean fromRange() {
        return range;
      }

      @Override
      public int figureEnd(int k) {
        return k == r.first ? -1 : figureEndingFrom(k);
      }

      @Override
      public PatternMatcher.@Nullable CountryName country(int k, int dir) {
        for (PlaceHit h : sentencePlaces) {
          if (h.place() != null && h.place().kind() == Place.Kind.COUNTRY && (dir < 0 ? h.end() - 1 == k : h.token() == k)) {
            return new PatternMatcher.CountryName(h.place().name(), dir < 0 ? h.token() - 1 : h.end());
          }
        }
        return null;
      }

      @Override
      public boolean hasLast() {
        return lastMeasure != null;
      }

      @Override
      public int figureStart(int k) {
        return figureStartingTo(k, r.first);
      }
    };
  }

  private NumberPhrase single(io.claimcheck.number.Numeral n) {
    String printed = text.substring(n.start(), n.end());
    return new NumberPhrase(n.start(), n.end(), NumberKind.CARDINAL,
        io.claimcheck.quantity.Quantity.exact(printed, n.value()), List.of(n));
  }

  /**
   * Number forms the finder cannot read without the words around them, read so when the word
   * after the figure counts casualties or people:
   *
   * <ul>
   *   <li>a dot as thousands separator, "5.000 injured" beside "137 killed", "some 1.250 people":
   *       digits in groups of three after single dots;
   *   <li>a stray space after a thousands comma, "2, 500 people": one to three digits, a comma, one
   *       space, and exactly three digits, unless the first figure ends a list or a date ("3, 4,
   *       500", "March 3, 500").
   * </ul>
   */
  private List<Figure> numberForms(Words w, List<Figure> figures) {
    List<Figure> out = null;
    for (int i = 0; i < figures.size(); i++) {
      Figure located = figures.get(i);
      NumberPhrase p = located.phrase();
      Figure read = null;
      if (p.numerals().size() == 1 && p.quantity().qualifier() != io.claimcheck.quantity.Qualifier.BETWEEN
          && p.quantity().qualifier() != io.claimcheck.quantity.Qualifier.VAGUE && countsPeople(w, located.in(w, 1))) {
        io.claimcheck.number.Numeral n = p.numerals().get(0);
        String digits = text.substring(n.start(), n.end());
        Figure head = i == 0 ? null : out != null ? out.get(out.size() - 1) : figures.get(i - 1);
        if (isDotGrouped(digits)) {
          read = new Figure(withValue(p, p.end(), new java.math.BigDecimal(digits.replace(".", ""))), located.tokens());
        } else if (head != null && isDigits(digits, 3, 3) && n.start() == p.start()
            && p.quantity().qualifier() == io.claimcheck.quantity.Qualifier.EXACT && strayGroup(w, head, p)) {
          NumberPhrase h = head.phrase();
          java.math.BigDecimal value = h.quantity().value().multiply(java.math.BigDecimal.valueOf(1000))
              .add(new java.math.BigDecimal(digits));
          int[] t = head.tokens();
          read = new Figure(withValue(h, p.end(), value), new int[] {t[0], located.tokens()[1], t[2], located.tokens()[1]});
        }
      }
      if (read == null) {
        if (out != null) {
          out.add(located);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(figures.subList(0, i));
      }
      if (read.phrase().start() < p.start()) {
        out.set(out.size() - 1, read); // "2, 500": the head takes the group, which is no figure of its own
      } else {
        out.add(read);
      }
    }
    return out == null ? figures : out;
  }

  /** Whether the word at token {@code after} counts casualties or people. */
  private static boolean countsPeople(Words w, int after) {
    return w.in(after, PEOPLE_OR_CASUALTY) || w.in(after, PEOPLE_NOUN);
  }

  /** "2, 500": the head is one to three plain digits, then exactly ", ", no list and no month before it. */
  private boolean strayGroup(Words w, Figure located, NumberPhrase group) {
    NumberPhrase head = located.phrase();
    if (head.numerals().size() != 1 || head.end() + 2 != group.start()
        || text.charAt(head.end()) != ',' || text.charAt(head.end() + 1) != ' ') {
      return false;
    }
    io.claimcheck.number.Numeral n = head.numerals().get(0);
    if (n.end() != head.end() || !isDigits(text.substring(n.start(), n.end()), 1, 3)
        || head.quantity().qualifier() == io.claimcheck.quantity.Qualifier.BETWEEN
        || head.quantity().qualifier() == io.claimcheck.quantity.Qualifier.VAGUE) {
      return false;
    }
    int before = located.in(w, 2) - 1;
    if (w.is(before, ",") || w.is(before, "and") && w.isDigits(before - 1)) {
      return false; // "3, 4, 500 people", "rooms 4 and 5, 500 people": a list
    }
    return !w.in(before, DATE_WORD_SET) && !(w.is(before, ".") && w.in(before - 1, DATE_WORD_SET));
  }

  private NumberPhrase withValue(NumberPhrase p, int end, java.math.BigDecimal value) {
    io.claimcheck.quantity.Quantity q = p.quantity();
    String printed = text.substring(p.start(), end);
    io.claimcheck.quantity.Quantity read = q.qualifier() == io.claimcheck.quantity.Qualifier.EXACT
        ? io.claimcheck.quantity.Quantity.exact(printed, value)
        : io.claimcheck.quantity.Quantity.of(printed, value, q.qualifier(), extractor.finder.nearlyTolerance());
    io.claimcheck.number.Numeral n = p.numerals().get(0);
    return new NumberPhrase(p.start(), end, NumberKind.CARDINAL, read,
        List.of(new io.claimcheck.number.Numeral(n.start(), end, value)));
  }

  private static boolean isDigits(String t, int min, int max) {
    if (t.length() < min || t.length() > max) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDotGrouped(String t) {
    int dot = t.indexOf('.');
    if (dot < 1 || dot > 3) {
      return false;
    }
    int group = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '.') {
        if (k < dot || group != 3 && k > dot) {
          return false;
        }
        group = 0;
      } else if (c >= '0' && c <= '9') {
        group++;
      } else {
        return false;
      }
    }
    return group == 3 && (t.length() - dot) % 4 == 0;
  }

  private static final WordSet PEOPLE_NOUN = CasualtyPatterns.standard().wordClass("people_noun").set();
  private static final WordSet PEOPLE_OR_CASUALTY = new WordSet(CasualtyPatterns.standard().wordClass("toll_noun").words());

  /** Whether token {@code k} lies inside one of the sentence's figures. */
  private boolean anyFigureAt(int k) {
    return k >= 0 && k < figureToken.length && figureToken[k];
  }

  /** Whether token {@code k} lies inside one of the sentence's figures that may count people. */
  private boolean figureAt(int k) {
    return k >= 0 && k < blockingToken.length && blockingToken[k];
  }

  /** The noun phrase after a figure: up to three words before what happened to them. */
  private record Noun(int end, @Nullable String head) {}

  /** Words after "of" that make it no part of a noun ("28 of them", "of these", "of the victims"). */
  private static final WordSet OF_GROUP = CasualtyPatterns.standard().wordClass("of_group").set();

  private Noun noun(Words w, int b) {
    int k = b;
    // "dozens of people", "thousands of residents"; "28 of them" is left to the auxiliaries
    if (w.is(k, "of") && w.isWord(k + 1) && !w.in(k + 1, OF_GROUP)) {
      k++;
    }
    String head = null;
    int words = 0;
    while (words < 3 && k < w.size) {
      String s = w.at(k);
      if (w.is(k, "-") && w.isWord(k + 1) && head != null) {
        k++;
        continue;
      }
      if (w.is(k, ".") && w.length(k - 1) == 1 && w.isCap(k - 1)) {
        k++;
        continue; // "U.S. service members": the stops of an abbreviation
      }
      if (w.length(k) == 1 && w.isCap(k) && w.is(k + 1, ".")) {
        k++;
        continue; // its letters do not count as words
      }
      if ((s.equals("and") || s.equals("or")) && head != null && coordinatedNoun(w, k + 1)) {
        k++;
        continue; // "176 passengers and crew"
      }
      if (!w.isWord(k) || Character.isDigit(s.charAt(0)) || Lexicon.AFTER.contains(s)
          || Lexicon.AUXILIARIES.contains(s) || Lexicon.LOCATIVE.contains(s) || Lexicon.ACTIVE.contains(s)
          || NOUN_STOPS.contains(s) || NP_STOP.contains(s) || DATE_WORDS.contains(s)) {
        break; // "41 again", "350 till", "100 Friday": no noun of the people counted
      }
      head = s;
      words++;
      k++;
    }
    return new Noun(k, head);
  }

  /** Whether a plain noun, not a new clause or figure, follows a conjunction in a noun phrase. */
  private boolean coordinatedNoun(Words w, int k) {
    String s = w.at(k);
    return w.isWord(k) && !w.isCap(k) && figureEndingFrom(k) < 0 && !s.isEmpty() && !Character.isDigit(s.charAt(0))
        && !Lexicon.AFTER.contains(s) && !Lexicon.AUXILIARIES.contains(s) && !Lexicon.ACTIVE.contains(s)
        && !Lexicon.LOCATIVE.contains(s) && !NOUN_STOPS.contains(s) && !Lexicon.NOT_PEOPLE.contains(s)
        && !Lexicon.SAYING.contains(s);
  }

  private static @Nullable String subject(Noun noun) {
    return noun.head == null || Lexicon.GENERIC.contains(noun.head) ? null : noun.head;
  }

  // ---------------------------------------------------------------------------------------------
  // Scope: incident or cumulative.

  private TimeScope timeScope(Words w, Reading r, int limitBefore) {
    // "so far", "to date", "in total", "overall" also close an incident's count ("the overall death
    // toll of the storm"): they make a series only where the sentence names one (a war, a year)
    boolean totalMarker = false;
    for (int k = Math.max(limitBefore, r.coreStart - 12); k < Math.min(w.size, r.coreEnd + 8); k++) {
      String s = w.at(k);
      if (TOTAL_MARKERS.at(w, k)) {
        totalMarker = true;
      }
      if (CUMULATIVE_WORDS.contains(s) || SINCE_WORDS.contains(s) && k >= r.coreEnd && sinceAPeriod(w, k)) {
        return TimeScope.CUMULATIVE;
      }
    }
    if (totalMarker && namesASeries(w)) {
      return TimeScope.CUMULATIVE;
    }
    for (int k = r.coreStart - 1; k >= Math.max(limitBefore, r.coreStart - 8); k--) {
      String s = w.at(k);
      if (s.equals(",") || s.equals(";") || s.equals(":")) {
        break; // "Flood crisis: 40 dead in ..." is a headline's label, not the series of the count
      }
      if (warHead(w, k) && !WAR_PERFECT.contains(s) && !WAR_NO_HEAD.contains(s)) {
        return TimeScope.CUMULATIVE;
      }
      if (WAR_PERFECT.contains(s) && w.in(r.coreStart - 1, PERFECT_AUXILIARY)) {
        return TimeScope.CUMULATIVE;
      }
    }
    return TimeScope.INCIDENT;
  }

  /** Words that make a count cumulative: "the cumulative toll" (casualty-patterns.yaml). */
  private static final Set<String> CUMULATIVE_WORDS = CasualtyPatterns.standard().wordClass("cumulative_word").words();
  /** Words that make a count cumulative before a period: "since 2011", "since the war began". */
  private static final Set<String> SINCE_WORDS = CasualtyPatterns.standard().wordClass("since_word").words();
  /** Nouns that start a period after "since": "since records began", "since the start of". */
  private static final Set<String> PERIOD_STARTS = CasualtyPatterns.standard().wordClass("period_start").words();
  /** Date words that start no period after "since": "since last week's storm". */
  private static final Set<String> NO_PERIOD = CasualtyPatterns.standard().wordClass("no_period").words();
  /** Nouns of a year, a series after "last", "this", "the": "so far this year". */
  private static final Set<String> YEAR_WORDS = CasualtyPatterns.standard().wordClass("year_word").words();
  private static final WordSet YEAR_DETERMINERS =
      new WordSet(CasualtyPatterns.standard().wordClass("year_determiner").words());
  /** Words before a four-digit year that make it a series: "in 2019", "since 2019". */
  private static final WordSet YEAR_PREPS = new WordSet(CasualtyPatterns.standard().wordClass("year_prep").words());
  /** Words that close a count to a date: "so far", "to date", "in total" (casualty-patterns.yaml). */
  private static final Phrases TOTAL_MARKERS = Phrases.of("total_marker");
  /** War words that make a count cumulative only before "has"/"have": "the fighting has killed 300". */
  private static final Set<String> WAR_PERFECT = CasualtyPatterns.standard().wordClass("war_perfect").words();
  /** The auxiliaries after which a war_perfect word heads a cumulative count: "the fighting has killed". */
  private static final WordSet PERFECT_AUXILIARY =
      new WordSet(CasualtyPatterns.standard().wordClass("perfect_auxiliary").words());
  /** War words that head no count of their own: "civil defence said" (the war heads "the civil war"). */
  private static final Set<String> WAR_NO_HEAD = CasualtyPatterns.standard().wordClass("war_no_head").words();
  /** Words that call a figure the whole count: "the overall toll", "in total", "nationwide". */
  private static final Phrases WHOLE_MARKERS = Phrases.of("whole_marker");

  /** Whether the figure is called the whole count: "the overall toll", "in total", "nationwide". */
  private static boolean wholeToll(Words w, Reading r, int limitBefore) {
    for (int k = Math.max(limitBefore, r.coreStart - 6); k < Math.min(w.size, r.coreEnd + 4); k++) {
      if (WHOLE_MARKERS.at(w, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a war or crisis word that heads its phrase ("the war", not "the crisis centre"). */
  private static boolean warHead(Words w, int k) {
    // "war-torn", "conflict-hit": a compound adjective of a place, which heads no count
    return Lexicon.WARS.contains(w.at(k)) && !Lexicon.WAR_MODIFIED.contains(w.at(k + 1))
        && !(w.is(k + 1, "-") && w.isWord(k + 2));
  }

  /** "since 2011", "since March", "since the war began": a period, not "since the building collapsed". */
  private static boolean sinceAPeriod(Words w, int k) {
    for (int j = k + 1; j <= k + 4 && j < w.size; j++) {
      String s = w.at(j);
      if (w.isDigits(j) && s.length() == 4 || DATE_WORDS.contains(s) && !NO_PERIOD.contains(s)
          || warHead(w, j) || PERIOD_STARTS.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names a series: a war or crisis, or a year ("last year", "in 2014"). */
  private static boolean namesASeries(Words w) {
    for (int k = 0; k < w.size; k++) {
      String s = w.at(k);
      if (warHead(w, k) && !WAR_NO_HEAD.contains(s)
          || YEAR_WORDS.contains(s) && w.in(k - 1, YEAR_DETERMINERS)
          || w.isDigits(k) && s.length() == 4 && w.in(k - 1, YEAR_PREPS)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Places.

  private List<String> locations(Words w, Reading r, List<PlaceHit> places, int limitBefore, int limitAfter,
      TimeScope scope) {
    List<String> after = placesAfter(w, r.coreEnd, limitAfter, places);
    if (!after.isEmpty()) {
      return after;
    }
    List<String> before = placesBefore(w, r.coreStart, limitBefore, places, scope == TimeScope.INCIDENT);
    if (!before.isEmpty()) {
      return before;
    }
    // "the death toll in the port of Tessel rose to 41": a place inside the words of the count
    PlaceHit inside = null;
    for (PlaceHit p : places) {
      if (p.token() >= Math.max(r.matchStart, limitBefore) && p.end() <= r.first && !spokenAt(w, p.token())) {
        inside = p;
      }
    }
    if (inside != null) {
      return List.of(inside.name());
    }
    if (scope == TimeScope.CUMULATIVE || wholeToll(w, r, limitBefore)) {
      // a series, or "the overall toll" with no place of its own: the country, not the main city
      String country = dominantCountry();
      if (country != null) {
        return List.of(country);
      }
    }
    // no place in the sentence: the place the article is about
    String main = mainPlace();
    return main == null ? List.of() : List.of(main);
  }

  /**
   * The place the article is about: the city of the country it is about (or unknown place after
   * "in", "near"...) that it names most often, a name after such a word counting twice, when that
   * comes to two or more; else that country; null when it names none.
   */
  private @Nullable String mainPlace() {
    if (mainPlaceKnown) {
      return mainPlace;
    }
    mainPlaceKnown = true;
    String country = dominantCountry();
    String code = country == null ? null : gazetteer.lookup(country).map(Place::countryCode).orElse(null);
    String best = null;
    int score = 0;
    for (Map.Entry<String, Integer> e : cityScore.entrySet()) {
      String c = gazetteer.lookup(e.getKey()).map(Place::countryCode).orElse(null);
      if (code != null && c != null && !c.equals(code)) {
        continue; // a city of another country than the one the article is about
      }
      int value = e.getValue();
      if (value > score || value == score && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        score = value;
      }
    }
    mainPlace = best != null && score >= 2 ? best : country;
    return mainPlace;
  }


  private @Nullable String dominantCountry() {
    String best = null;
    int score = 0;
    for (Map.Entry<String, Integer> e : countryScore.entrySet()) {
      if (e.getValue() > score || e.getValue() == score && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        score = e.getValue();
      }
    }
    return best == null ? null : gazetteer.country(best).map(Place::name).orElse(null);
  }

  private List<String> placesAfter(Words w, int from, int limit, List<PlaceHit> places) {
    Set<String> out = new LinkedHashSet<>();
    boolean opened = false;
    int k = from;
    int end = Math.min(limit, from + 18);
    PlaceHit city = null; // the city just named, while only "," or "in the" follow it
    while (k < end) {
      String s = w.at(k);
      PlaceHit hit = hitAt(places, k);
      if (hit != null && opened) {
        if (!divisionOf(hit, city) || listGoesOn(w, hit.end(), places)) { // "in Nablus, West Bank": the city
          add(out, hit.name());
        }
        city = hit.place() != null && hit.place().kind() == Place.Kind.CITY ? hit : null;
        k = hit.end();
        continue;
      }
      if (city != null && !s.equals(",") && !s.equals("in") && !s.equals("the")) {
        city = null;
      }
      if (opened && w.in(k, ANOTHER_PLACE) && isPlaceNoun(w.at(k + 1))) {
        String other = otherPlace(out);
        if (other != null) {
          add(out, other);
        }
        k += 2;
        continue;
      }
      if (opened && w.in(k, SAME_PLACE) && isPlaceNoun(w.at(k + 1)) && lastPlace != null) {
        add(out, lastPlace);
        k += 2;
        continue;
      }
      if (Lexicon.LOCATIVE.contains(s)) {
        opened = true;
        k++;
        continue;
      }
      if (s.equals(",") && !out.isEmpty() && hitAt(places, k + 1) != null) {
        k++;
        continue; // "in Aleppo, Syria"
      }
      if (Lexicon.PLACE_FILLER.contains(s) || DATE_WORDS.contains(s) || PLACE_ASIDE.contains(s)
          || s.equals("'") || s.equals("’") || s.equals("s") || s.equals("(") || s.equals(")")
          || w.isCap(k) && opened) {
        k++;
        continue;
      }
      break;
    }
    return List.copyOf(out);
  }

  /** Words between a place's phrase and the next part of it: "killed 12 last night in Lyon". */
  private static final Set<String> PLACE_ASIDE = CasualtyPatterns.standard().wordClass("place_aside").words();
  /** Words before a place noun that name another place than the last: "in another town". */
  private static final WordSet ANOTHER_PLACE = CasualtyPatterns.standard().wordClass("another_place").set();
  /** Words before a place noun that name the last place again: "in the same town". */
  private static final WordSet SAME_PLACE = CasualtyPatterns.standard().wordClass("same_place").set();
  /** Saying words a place before a figure is not read across: "Lyon officials said 12 died". */
  private static final Set<String> PLACE_BARRIERS = CasualtyPatterns.standard().wordClass("place_barrier").words();

  private List<String> placesBefore(Words w, int from, int limit, List<PlaceHit> places, boolean acrossCommas) {
    int k = from - 1;
    int stop = Math.max(limit, from - WINDOW);
    boolean relative = false;
    PlaceHit nearest = null;
    int sameRef = -1;
    int anotherRef = -1;
    while (k >= stop) {
      String s = w.at(k);
      if (s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(")) {
        String next = w.at(k + 1);
        boolean rel = RELATIVES.contains(next);
        if (nearest != null || sameRef >= 0 || anotherRef >= 0) {
          break;
        }
        if (!rel && !acrossCommas || s.equals(";")) {
          break;
        }
        relative |= rel;
      }
      if (PLACE_BARRIERS.contains(s)) {
        break;
      }
      PlaceHit hit = hitEndingAt(places, k + 1);
      if (hit != null) {
        nearest = hit;
        break;
      }
      if (w.in(k, SAME_PLACE) && isPlaceNoun(w.at(k + 1))) {
        sameRef = k;
        break;
      }
      if (w.in(k, ANOTHER_PLACE) && isPlaceNoun(w.at(k + 1))) {
        anotherRef = k;
      }
      k--;
    }
    if (sameRef >= 0) {
      return lastPlace == null ? List.of() : List.of(lastPlace);
    }
    if (nearest == null) {
      return List.of();
    }
    // the nearest place and those joined to it: "Damascus and Homs"
    Set<String> out = new LinkedHashSet<>();
    List<PlaceHit> group = new ArrayList<>();
    group.add(nearest);
    PlaceHit cur = nearest;
    while (true) {
      int j = cur.token() - 1;
      if (!(w.is(j, "and") || w.is(j, ","))) {
        break;
      }
      PlaceHit prev = hitEndingAt(places, j);
      if (prev == null) {
        break;
      }
      group.add(0, prev);
      cur = prev;
    }
    cur = nearest;
    while (cur.end() < from && (w.is(cur.end(), "and") || w.is(cur.end(), ","))) {
      PlaceHit next = hitAt(places, cur.end() + 1);
      if (next == null || next.token() >= from) {
        if (w.in(cur.end() + 1, ANOTHER_PLACE) && isPlaceNoun(w.at(cur.end() + 2))) {
          String other = otherPlace(Set.of(cur.name()));
          if (other != null) {
            out.add(other);
          }
        }
        break;
      }
      group.add(next);
      cur = next;
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (PlaceHit h : group) {
      add(ordered, h.name());
    }
    ordered.addAll(out);
    if (anotherRef >= 0 && ordered.size() == 1) {
      String other = otherPlace(ordered);
      if (other != null) {
        ordered.add(other);
      }
    }
    return List.copyOf(ordered);
  }

  /**
   * Whether {@code hit} is a first-level division of the country of {@code city}, the city named
   * just before it with only "," or "in the" between: the division names where the city is
   * ("Nablus, West Bank", "Nablus in the West Bank"), as a country after a city does.
   */
  private static boolean divisionOf(PlaceHit hit, @Nullable PlaceHit city) {
    return city != null && hit.place() != null && hit.place().kind() == Place.Kind.ADMIN1
        && hit.place().countryCode().equals(city.place().countryCode());
  }

  /** Whether another place follows token {@code k} in a list: ", Gaza Strip and ...", "and the Negev". */
  private static boolean listGoesOn(Words w, int k, List<PlaceHit> places) {
    if (!w.is(k, ",") && !w.is(k, "and")) {
      return false;
    }
    int next = w.is(k + 1, "and") || w.is(k + 1, "the") ? k + 2 : k + 1;
    return hitAt(places, next) != null || w.is(next, "the") && hitAt(places, next + 1) != null;
  }

  /** Adds a place unless a place already there contains it or is contained by it. */
  private void add(Set<String> out, String name) {
    for (String o : new ArrayList<>(out)) {
      if (gazetteer.contains(name, o)) {
        return; // "Aleppo, Syria": keep Aleppo
      }
      if (gazetteer.contains(o, name)) {
        out.remove(o);
      }
    }
    out.add(name);
  }

  private static boolean isPlaceNoun(String s) {
    return PLACE_NOUNS.contains(s);
  }

  /**
   * "another city": the city most often named beside the ones already found, preferring cities
   * of the same country.
   */
  private @Nullable String otherPlace(Set<String> found) {
    String best = null;
    int score = 0;
    for (String f : found) {
      Map<String, Integer> pairs = cityPairs.get(f);
      if (pairs == null) {
        continue;
      }
      String country = gazetteer.lookup(f).map(Place::countryCode).orElse("");
      for (Map.Entry<String, Integer> e : pairs.entrySet()) {
        if (found.contains(e.getKey())) {
          continue;
        }
        boolean sameCountry = gazetteer.lookup(e.getKey()).map(p -> p.countryCode().equals(country)).orElse(false);
        int s = e.getValue() + (sameCountry ? 1000 : 0);
        if (s > score || s == score && best != null && e.getKey().compareTo(best) < 0) {
          best = e.getKey();
          score = s;
        }
      }
    }
    return best;
  }

  private static @Nullable PlaceHit hitAt(List<PlaceHit> places, int token) {
    for (PlaceHit p : places) {
      if (p.token() == token) {
        return p;
      }
    }
    return null;
  }

  private static @Nullable PlaceHit hitEndingAt(List<PlaceHit> places, int end) {
    for (PlaceHit p : places) {
      if (p.end() == end) {
        return p;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Dates.

  private @Nullable PartialDate date(Words w, Reading r, List<DateMention> dates, TimeScope scope) {
    DateMention chosen = null;
    int best = Integer.MAX_VALUE;
    for (DateMention d : dates) {
      int distance = d.token() >= r.coreEnd ? d.token() - r.coreEnd : r.coreStart - d.end();
      if (distance < 0) {
        distance = 0;
      }
      if (distance < best) {
        best = distance;
        chosen = d;
      }
    }
    PartialDate date = chosen != null ? chosen.date() : scope == TimeScope.INCIDENT ? lastDate : null;
    if (scope == TimeScope.CUMULATIVE && (chosen == null || best > 10)) {
      return published == null ? null : PartialDate.of(published);
    }
    if (date == null || date.day() == null) {
      return date;
    }
    int shift = dayPhraseBefore(w, r, chosen);
    for (int k = r.coreEnd; k < Math.min(w.size, r.coreEnd + 8); k++) {
      if (DAY_BEFORE.at(w, k)) {
        shift = -1;
      }
    }
    if (shift != 0) {
      return PartialDate.of(date.toLocalDate().orElseThrow().plusDays(shift));
    }
    return date;
  }

  /**
   * The days a phrase before the figure, "a day after X" (+1) or "a day before X" (-1), moves the
   * date: a day named before the phrase is the count's own ("On Thursday, a day after the storm,
   * 30 were dead"), unless the figure is inside the phrase, of X ("On Thursday, a day after the
   * storm killed 30": the day before); X's date, named inside the phrase or the last one before,
   * is moved for a figure outside it ("A day after the storm of 12 May, 30 were dead": 13 May).
   * The search stays in the sentence ({@code w}) but passes over earlier figures on purpose: in "On
   * Thursday, a day after the storm killed 30 and injured 12" the 12 is inside the phrase as the 30
   * is; a phrase of an earlier figure's clause that a comma closes leaves a later figure's date as
   * it is (the "inside" and "of the phrase" tests below). The search is bounded: a phrase is read
   * only when it starts within {@link #DAY_PHRASE_REACH} tokens before the figure, so a figure costs
   * at most that many phrase look-ups whatever the length of its sentence.
   */
  private static int dayPhraseBefore(Words w, Reading r, @Nullable DateMention chosen) {
    int at = -1;
    int sign = 0;
    int length = 0;
    for (int k = Math.max(0, r.coreStart - DAY_PHRASE_REACH); k < r.coreStart; k++) {
      int after = DAY_AFTER.lengthAt(w, k);
      int before = after > 0 ? 0 : DAY_BEFORE.lengthAt(w, k);
      if (after + before > 0) {
        at = k;
        sign = after > 0 ? 1 : -1;
        length = after + before;
      }
    }
    if (at < 0) {
      return 0;
    }
    boolean inside = true;
    for (int k = at + length; k < r.coreStart; k++) {
      String s = w.at(k);
      if (s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(".")) {
        inside = false;
      }
    }
    if (chosen != null && chosen.end() <= at) {
      return inside ? -sign : 0;
    }
    boolean ofPhrase = chosen == null || chosen.token() >= at + length && chosen.end() <= r.coreStart;
    return ofPhrase && !inside ? sign : 0;
  }

  /** How far before a figure, in tokens, a day phrase may start: "a day after the storm of 4 May, 30". */
  static final int DAY_PHRASE_REACH = 15;
  /** Before a figure, a phrase that dates it a day after another day: "a day after the storm". */
  private static final Phrases DAY_AFTER = Phrases.of("day_after");
  /** After a figure, a phrase that dates it a day before its date: "up from 41 the day before". */
  private static final Phrases DAY_BEFORE = Phrases.of("day_before");

  // ---------------------------------------------------------------------------------------------
  // Attribution.

  /** Saying words that name no source of a figure before them: "which the rebels claimed". */
  private static final Set<String> SAYING_NOT_AFTER = CasualtyPatterns.standard().wordClass("saying_not_after").words();
  /** Words before a source that the figure is attributed to: "according to police". */
  private static final Phrases ACCORDING_TO = Phrases.of("according_to");

  private @Nullable String attribution(Words w, Reading r, int limitBefore, int limitAfter) {
    // trailing: ", the Observatory said", ", said the ministry", ", according to police"
    for (int k = r.coreEnd; k < limitAfter; k++) {
      String s = w.at(k);
      int according = ACCORDING_TO.lengthAt(w, k);
      if (according > 0) {
        return source(w, k + according, nameEnd(w, k + according));
      }
      if (Lexicon.SAYING.contains(s) && !SAYING_NOT_AFTER.contains(s) && w.isWord(k - 1)) {
        int startName = k - 1;
        while (startName > r.coreEnd && (w.isWord(startName - 1) || w.is(startName - 1, "-"))
            && !w.is(startName - 1, ",")) {
          startName--;
        }
        if (w.is(startName - 1, ",") && startName < k) {
          return source(w, startName, k);
        }
        if (w.is(k - 1, ",") || w.is(k - 1, "\"") || w.is(k - 1, "”")) {
          return source(w, k + 1, nameEnd(w, k + 1)); // ", said the ministry"
        }
      }
      if (s.equals(";")) {
        break;
      }
    }
    // leading: "According to the UN, ..." or "Police said 12 people ..."
    for (int k = Math.max(limitBefore, r.coreStart - WINDOW); k < r.coreStart; k++) {
      int according = ACCORDING_TO.lengthAt(w, k);
      if (according > 0) {
        int end = nameEnd(w, k + according);
        if (end <= r.coreStart) {
          return source(w, k + according, end);
        }
      }
    }
    for (int k = r.coreStart - 1; k >= Math.max(limitBefore, r.coreStart - WINDOW); k--) {
      String s = w.at(k);
      if (s.equals(",") && CLAUSE_OPENERS.contains(w.at(k + 1))
          || SUBORDINATORS.contains(s)) {
        return null;
      }
      if (LEADING_SAYING.contains(s) && w.isWord(k - 1)) {
        int startName = k - 1;
        while (startName > limitBefore && w.isWord(startName - 1) && !w.is(startName - 1, ",")) {
          startName--;
        }
        return source(w, startName, k);
      }
    }
    return null;
  }

  /** Verbs after a source and before its figure: "officials say 60 were killed", "police put the toll at 9". */
  private static final Set<String> LEADING_SAYING = CasualtyPatterns.standard().wordClass("leading_saying").words();

  /** Words that end a source's name after its saying word: ", said police who arrived". */
  private static final WordSet NAME_ENDS = new WordSet(CasualtyPatterns.standard().wordClass("name_end").words());
  /** Words after a hyphen that make the name before them an adjective: "a Lyon-based monitor". */
  private static final WordSet BASED = new WordSet(CasualtyPatterns.standard().wordClass("based_word").words());

  private static int nameEnd(Words w, int from) {
    int k = from;
    while (k < w.size && (w.isWord(k) || w.is(k, "-") || w.is(k, "'") || w.is(k, "’")) && k - from < 10
        && !w.in(k, NAME_ENDS)) {
      k++;
    }
    return k;
  }

  /** The source named by tokens {@code [from, to)}: a name, or a back-reference resolved. */
  private @Nullable String source(Words w, int from, int to) {
    int s = from;
    while (s < to && CLAUSE_OPENERS.contains(w.at(s))) {
      s++; // "but a spokeswoman said": the conjunction is no part of the name
    }
    while (s < to && (w.in(s, ARTICLE) || w.is(s + 1, "-") && w.in(s + 2, BASED)
        || w.is(s, "-") || w.in(s, BASED) && w.is(s - 1, "-"))) {
      s++;
    }
    int e = to;
    while (e > s && !w.isWord(e - 1)) {
      e--;
    }
    if (s >= e || !plausibleSource(w, s, e)) {
      return null;
    }
    boolean named = w.isCap(s) && !PERSONAL_PRONOUNS.contains(w.at(s));
    String name;
    if (named) {
      int end = s;
      while (end < e && (w.isCap(end) || linksName(w, end))) {
        end++;
      }
      while (end < e && w.in(end, ORGANISATION_HEAD_WORDS) && !w.isCap(end)) {
        end++; // "the Interior ministry", "the Nigerian army"
      }
      if (end == s + 1 && end < e && (s == 0 || !w.isWord(s - 1)) && lowerPhrase(w, end, e)
          && (w.in(e - 1, SOURCE_HEAD_WORDS) || w.in(e - 1, ORGANISATION_HEAD_WORDS))) {
        end = e; // "Civil defence workers said": a sentence's first word, capitalised as such, of a phrase for a source
      }
      name = w.span(s, end);
      String full = expand(name);
      name = full != null ? full : name;
    } else {
      String head = w.at(e - 1);
      if (PRONOUNS.contains(head)
          && e - s == 1) {
        return BARE_SOURCES.contains(head) ? head : null;
      }
      String resolved = resolve(head, w.span(s, e));
      name = resolved != null ? resolved : w.span(s, e);
    }
    sources.add(name);
    return name;
  }

  /** Whether tokens {@code [from, to)} are words none capitalised. */
  private static boolean lowerPhrase(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!w.isWord(k) || w.isCap(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code [s, e)} can name who gave a figure: a name (a capitalised word that is
   * no function word), or a short phrase ending in a word for a source ("local media", "a
   * hospital official"), not a stretch of the sentence ("on Sunday", "raised the number of").
   */
  private static boolean plausibleSource(Words w, int s, int e) {
    if (w.in(s, NOT_SOURCE_START)) {
      return false;
    }
    for (int k = s; k < e && k < s + 6; k++) {
      if (w.isCap(k)) {
        return true; // "news agency AFP", "Belgium's crisis centre"
      }
    }
    return e - s <= 5 && (w.in(e - 1, SOURCE_HEAD_WORDS) || w.in(e - 1, ORGANISATION_HEAD_WORDS));
  }

  private static final WordSet NOT_SOURCE_START = CasualtyPatterns.standard().wordClass("not_source_start").set();
  private static final WordSet SOURCE_HEAD_WORDS = CasualtyPatterns.standard().wordClass("source_head").set();

  /** A known organisation whose name starts with {@code partial}. */
  private @Nullable String expand(String partial) {
    for (String s : sources.newestFirst()) {
      if (s.startsWith(partial) && !s.equals(partial)) {
        return s;
      }
    }
    for (String org : organisations.newestFirst()) {
      if (org.startsWith(partial) && org.length() > partial.length()) {
        return org;
      }
    }
    return null;
  }

  /** Heads by which a back-reference names any organisation: "the group said", "the monitor". */
  private static final Set<String> ANY_ORGANISATION = CasualtyPatterns.standard().wordClass("any_organisation").words();

  /** "the monitoring group", "the ministry": the organisation the document named. */
  private @Nullable String resolve(String head, String phrase) {
    if (!Lexicon.ORGANISATION_HEADS.contains(head)) {
      return null;
    }
    boolean any = ANY_ORGANISATION.contains(head);
    for (String s : sources.newestFirst()) {
      if ((any || s.toLowerCase(java.util.Locale.ROOT).contains(head)) && Character.isUpperCase(s.charAt(0))) {
        return s;
      }
    }
    for (String o : organisations.newestFirst()) {
      if (o.toLowerCase(java.util.Locale.ROOT).contains(head)) {
        return o;
      }
    }
    return null;
  }
}
