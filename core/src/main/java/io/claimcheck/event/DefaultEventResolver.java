package io.claimcheck.event;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;
import io.claimcheck.group.Consensus;
import io.claimcheck.group.Group;
import io.claimcheck.group.TimelineEntry;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Tolerance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The default event resolution.
 *
 * <ol>
 *   <li>Per document, the incident it is mainly about: the places its title and lead name (else
 *       its claims' most named place), the year its title names when earlier than its
 *       publication, else its claims' most common date, else its publication date. Its claims
 *       belong to that incident, unless a claim is cumulative (it joins the series of its
 *       country), names a place of another country (it is about another event there), or is
 *       dated before the incident by more than the window and its sentence marks an older event
 *       ("last month", "deadliest since"). Claims with an explicit {@code event} id keep it.
 *   <li>Across documents, inside one block (the country of the document's main place, see
 *       {@link #blocks}): incidents whose places contain one another and whose
 *       dates lie within the window ({@code incidentWindow} days; {@code areaWindow} for storms,
 *       floods, earthquakes) are one event. Documents without a place join only each other.
 *   <li>Inside an event, a quantity is measure × population × area. Words for the victims as a
 *       whole ("people", "workers") are the whole population. A claim's area is the whole event
 *       when it names no place, or only places that contain or lie on one chain with all the
 *       others (Kellin, Arequipa, Peru); it is a part when it names a place beside another
 *       (Damascus beside Homs, one market beside one bus station) or, for an area event, a
 *       place inside the event's largest place. Parts link to the smallest area that contains
 *       them, subgroups to the whole population of their area.
 *   <li>Each claim's as-of time: the earlier time its sentence gives, else a date the text gives
 *       after the incident began, else its publication date; its reporting body, normalised.
 * </ol>
 *
 * <p>Membership depends only on the claims and documents, never on their order. Immutable and
 * thread-safe.
 */
public final class DefaultEventResolver implements EventResolver {
  /** By publication day (unknown last), document id, position in the document, claim id. */
  private static final Comparator<Claim> CLAIM_ORDER = (a, b) -> {
    LocalDate pa = a.source().published();
    LocalDate pb = b.source().published();
    int c = pa == null ? (pb == null ? 0 : 1) : pb == null ? -1 : pa.compareTo(pb);
    if (c == 0) {
      c = a.documentId().compareTo(b.documentId());
    }
    if (c == 0) {
      c = Integer.compare(a.evidence().start(), b.evidence().start());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  private final int incidentWindow;
  private final int areaWindow;
  private final BigDecimal approximateTolerance;
  private final PlaceResolver places;
  private final Bodies bodies;
  private final EventLexicon lexicon;
  private final int parallelism;

  private DefaultEventResolver(Builder b) {
    this.parallelism = b.parallelism;
    this.incidentWindow = b.incidentWindow;
    this.areaWindow = b.areaWindow;
    this.approximateTolerance = b.approximateTolerance;
    this.lexicon = EventLexicon.standard();
    this.places = new PlaceResolver(b.gazetteer, lexicon);
    this.bodies = new Bodies(lexicon);
  }

  /** The resolver with a 7-day incident window, a 14-day window for area events, 10% tolerance. */
  public static DefaultEventResolver standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many days apart two documents' incidents may be dated and still be one incident. */
  public int incidentWindow() {
    return incidentWindow;
  }

  /** The same for events over an area (storms, floods, earthquakes). */
  public int areaWindow() {
    return areaWindow;
  }

  /** The place resolver it uses. */
  public PlaceResolver places() {
    return places;
  }

  /**
   * Reads the document's title only (its places, event kind, a year it names), so that resolving
   * the document's claims later, without their text (claims JSON, a distributed runner), gives
   * the same events. {@link DocumentProfile#of(Document, PlaceResolver)} reads the lead and the
   * text's attachments too, for resolvers that always have the documents.
   */
  @Override
  public DocumentProfile profile(Document document) {
    return DocumentProfile.ofTitle(document.id(), document.source().published(), document.source().title(), places);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A set of claims that belong to one incident or series before documents are joined, other than
   * a document's own incident (those are {@link Units}' columns): a series, an explicit event, a
   * foreign place's or an older event's claims of a document. There are few of them.
   */
  private static final class Unit {
    /** Its key, unique among units: a letter other than 'd' (own units' keys are "d|" and the document's id), '|', the rest. */
    final String key;
    final String block;
    final boolean series;
    final @Nullable String explicit;
    /** Its claims' positions in the claims resolved, in the order added ({@link #size} of them). */
    int[] claims = new int[4];
    int size;
    List<Place> places = new ArrayList<>(2);
    @Nullable PartialDate date;

    Unit(String key, String block, boolean series, @Nullable String explicit) {
      this.key = key;
      this.block = block;
      this.series = series;
      this.explicit = explicit;
    }

    /** Adds the claim at {@code position} of the claims resolved. */
    void add(int position) {
      if (size == claims.length) {
        claims = java.util.Arrays.copyOf(claims, 2 * size);
      }
      claims[size++] = position;
    }
  }

  /**
   * The units of one resolution by number: documents' own units first (number {@code i} is the
   * own unit of the {@code i}-th document with one, in the order of document ids), held as columns
   * of arrays, then the {@link Unit}s. Why: a million single-claim documents are a million own
   * units, and as objects (a unit, its lists) they lived through the whole resolution, so the
   * collector copied each of them from young to old; the heap grew there.
   */
  private static final class Units {
    /** How many own units there are. */
    int owns;
    final String[] ownBlock;
    final List<Place>[] ownPlaces;
    final @Nullable PartialDate[] ownDate;
    final @Nullable String[] ownExtent;
    /** Where own unit {@code i}'s claim positions start in {@link #ownClaims}; its end is {@code ownStart[i + 1]}. */
    final int[] ownStart;
    final int[] ownClaims;
    int ownClaimCount;
    final List<Unit> keyed = new ArrayList<>();
    /** The order of the claims' positions by their document ids. */
    final io.claimcheck.internal.Parallel.IntOrder byDocument;

    @SuppressWarnings("unchecked")
    Units(int documents, int claims, io.claimcheck.internal.Parallel.IntOrder byDocument) {
      this.byDocument = byDocument;
      ownBlock = new String[documents];
      ownPlaces = (List<Place>[]) new List<?>[documents];
      ownDate = new PartialDate[documents];
      ownExtent = new String[documents];
      ownStart = new int[documents + 1];
      ownClaims = new int[claims];
    }

    /** How many units there are. */
    int size() {
      return owns + keyed.size();
    }

    /** Starts the next own unit; its claims are {@link #addOwn added} until the next starts. */
    void startOwn(String block, @Nullable PartialDate date, @Nullable String extent) {
      ownBlock[owns] = block;
      ownDate[owns] = date;
      ownExtent[owns] = extent;
      ownStart[owns] = ownClaimCount;
      owns++;
      ownStart[owns] = ownClaimCount;
    }

    void addOwn(int position) {
      ownClaims[ownClaimCount++] = position;
      ownStart[owns] = ownClaimCount;
    }

    /** The keyed unit of number {@code u}, or null for an own unit. */
    @Nullable Unit unit(int u) {
      return u < owns ? null : keyed.get(u - owns);
    }

    String block(int u) {
      return u < owns ? ownBlock[u] : keyed.get(u - owns).block;
    }

    boolean series(int u) {
      return u >= owns && keyed.get(u - owns).series;
    }

    @Nullable String explicit(int u) {
      return u < owns ? null : keyed.get(u - owns).explicit;
    }

    List<Place> places(int u) {
      return u < owns ? ownPlaces[u] : keyed.get(u - owns).places;
    }

    @Nullable PartialDate date(int u) {
      return u < owns ? ownDate[u] : keyed.get(u - owns).date;
    }

    @Nullable String extent(int u) {
      return u < owns ? ownExtent[u] : null;
    }

    /** How many claims unit {@code u} holds. */
    int claims(int u) {
      return u < owns ? ownStart[u + 1] - ownStart[u] : keyed.get(u - owns).size;
    }

    /** The position of claim {@code k} of unit {@code u}. */
    int claim(int u, int k) {
      return u < owns ? ownClaims[ownStart[u] + k] : keyed.get(u - owns).claims[k];
    }

    /**
     * The order of unit {@code a}'s key against {@code b}'s: own units' ("d|" and the document id)
     * by their numbers, which follow the document ids, before every other ('d' comes before the
     * letters of theirs).
     */
    int compareKey(int a, int b) {
      if (a < owns || b < owns) {
        return a < owns && b < owns ? Integer.compare(a, b) : a < owns ? -1 : 1;
      }
      return keyed.get(a - owns).key.compareTo(keyed.get(b - owns).key);
    }
  }

  /** Units joined into one event. */
  private static final class Cluster {
    final String block;
    final boolean series;
    final @Nullable String explicit;
    /** The units it is made of. */
    final Units all;
    /** Its units' numbers in {@link #all}, {@link #size} of them. */
    int[] units = new int[2];
    int size;
    final List<Place> places = new ArrayList<>();
    @Nullable LocalDate first;
    @Nullable LocalDate last;
    /** Whether one of its units is an area event (storm, flood, earthquake). */
    boolean area;
    /** Its place keys ({@link Candidates#key}); wild when one of its places has none. */
    final Set<Object> keys = new HashSet<>(2);
    boolean wild;
    /** Its position among its block's candidates: later appended, higher. */
    long seq;

    Cluster(Units all, int u) {
      this.all = all;
      this.block = all.block(u);
      this.series = all.series(u);
      this.explicit = all.explicit(u);
      add(u);
    }

    void add(int u) {
      if (size == units.length) {
        units = java.util.Arrays.copyOf(units, 2 * size);
      }
      units[size++] = u;
      for (Place p : all.places(u)) {
        if (!places.contains(p)) {
          places.add(p);
        }
      }
      PartialDate date = all.date(u);
      if (date != null) {
        first = first == null || date.first().isBefore(first) ? date.first() : first;
        last = last == null || date.last().isAfter(last) ? date.last() : last;
      }
      area |= "area".equals(all.extent(u));
    }
  }

  /**
   * One block's clusters still open to new units, in the order they became candidates, with an
   * index from place keys to them: a unit can only match a cluster that shares a key with it (or
   * one of the two is wild), so the others need not be looked at. The index never changes which
   * cluster a unit joins: the candidates it gives are looked at in the same order as all of them.
   */
  private static final class Candidates {
    /** The key of a cluster or unit without places: they match only each other. */
    private static final Object NONE = new Object();

    final List<Cluster> open = new ArrayList<>();
    final List<Cluster> retired = new ArrayList<>();
    final Map<Object, List<Cluster>> byKey = new HashMap<>();
    final List<Cluster> wild = new ArrayList<>();
    @Nullable LocalDate horizon;
    long seq;

    /**
     * A key shared by every two places one of which contains the other: the country code when
     * the place's whole chain has it, else the top of its chain; null (wild: compared with all)
     * for a chain whose codes differ or a country without a code.
     */
    static @Nullable Object key(Place p) {
      String cc = p.countryCode();
      if (p.kind() == Place.Kind.COUNTRY && cc.isEmpty()) {
        return null;
      }
      Place top = p;
      for (Place q = p; q != null; q = q.parent()) {
        if (!q.countryCode().equals(cc)) {
          return null;
        }
        top = q;
      }
      return cc.isEmpty() ? top : cc;
    }

    /** Retires the clusters that ended before {@code h}; units come in date order. */
    void retire(LocalDate h) {
      if (h.equals(horizon)) {
        return; // nothing new has ended: the clusters kept at this horizon end after it
      }
      horizon = h;
      if (open.removeIf(c -> {
        boolean old = c.last != null && c.last.isBefore(h);
        if (old) {
          retired.add(c);
        }
        return old;
      })) {
        reindex();
      }
    }

    /** An undated unit may join any cluster of its block, retired or not. */
    void reopen() {
      if (retired.isEmpty()) {
        return;
      }
      for (Cluster c : retired) {
        c.seq = ++seq;
        open.add(c);
      }
      retired.clear();
      reindex();
    }

    void add(Cluster c) {
      c.seq = ++seq;
      open.add(c);
      index(c);
    }

    /** Indexes the keys of {@code c}'s places that are new (a cluster gains places as units join). */
    void index(Cluster c) {
      if (c.places.isEmpty()) {
        if (c.keys.add(NONE)) {
          insert(byKey.computeIfAbsent(NONE, k -> new ArrayList<>()), c);
        }
        return;
      }
      for (Place p : c.places) {
        Object k = key(p);
        if (k == null) {
          if (!c.wild) {
            c.wild = true;
            insert(wild, c);
          }
        } else if (c.keys.add(k)) {
          insert(byKey.computeIfAbsent(k, x -> new ArrayList<>()), c);
        }
      }
    }

    private static void insert(List<Cluster> list, Cluster c) {
      int at = list.size();
      while (at > 0 && list.get(at - 1).seq > c.seq) {
        at--;
      }
      list.add(at, c);
    }

    private void reindex() {
      byKey.clear();
      wild.clear();
      for (Cluster c : open) {
        c.keys.clear();
        c.wild = false;
        index(c);
      }
    }

    /** The open clusters a unit of places {@code up} may match, in candidate order. */
    List<Cluster> of(List<Place> up) {
      if (up.isEmpty()) {
        return byKey.getOrDefault(NONE, List.of());
      }
      if (up.size() == 1) {
        // most units name one place: its key's clusters, or the wild ones, need no merging
        Object k = key(up.get(0));
        if (k == null) {
          return open;
        }
        List<Cluster> l = byKey.get(k);
        boolean keyed = l != null && !l.isEmpty();
        if (wild.isEmpty()) {
          return keyed ? l : List.of();
        }
        if (!keyed) {
          return wild;
        }
      }
      Set<Object> ks = new LinkedHashSet<>(2);
      for (Place p : up) {
        Object k = key(p);
        if (k == null) {
          return open;
        }
        ks.add(k);
      }
      List<List<Cluster>> lists = new ArrayList<>(ks.size() + 1);
      for (Object k : ks) {
        List<Cluster> l = byKey.get(k);
        if (l != null && !l.isEmpty()) {
          lists.add(l);
        }
      }
      if (!wild.isEmpty()) {
        lists.add(wild);
      }
      if (lists.isEmpty()) {
        return List.of();
      }
      if (lists.size() == 1) {
        return lists.get(0);
      }
      Set<Cluster> merged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (List<Cluster> l : lists) {
        merged.addAll(l);
      }
      List<Cluster> out = new ArrayList<>(merged);
      out.sort(Comparator.comparingLong(c -> c.seq));
      return out;
    }
  }

  /**
   * What resolution knows of one claim; claims read on one thread with the same places and body
   * share one (their places list is then one object, which later steps cache by).
   */
  private record Facts(List<Place> places, @Nullable String body) {}

  /**
   * One document read: its profile, claims in order (and their positions in the claims resolved),
   * main place and the facts of each claim.
   */
  private record Read(DocumentProfile profile, List<Claim> claims, int[] positions, @Nullable Place main,
      List<Facts> facts) {}

  /**
   * A claim made for the moment, with its position in the claims resolved: what resolution keeps
   * is positions (the claims may be a packed table that makes a claim again on each get), and a
   * claim is made while its document or its event is worked on.
   */
  private record Item(Claim claim, int position) {}

  private static final Comparator<Item> ITEM_ORDER = (x, y) -> CLAIM_ORDER.compare(x.claim(), y.claim());

  @Override
  public Resolution resolve(List<Claim> claims, Map<String, DocumentProfile> profiles) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(profiles, "profiles");
    // each claim's facts by its position (an array, where a map by claim would hold each claim)
    Facts[] facts = new Facts[claims.size()];
    Units units = units(claims, profiles, facts);
    int[] all = new int[units.size()];
    for (int u = 0; u < all.length; u++) {
      all[u] = u;
    }
    List<Cluster> clusters = cluster(units, all);
    List<EventDraft> events = drafts(clusters, claims, facts);
    return finish(events, Numbering.of(names(events)), claims);
  }

  // --- blocks: resolution cut apart for a distributed runner ------------------------------------

  /**
   * The blocks each document's claims are resolved in, by document id. Resolution joins claims of
   * one block only, so blocks can be resolved apart (on a cluster's workers) with one run's
   * events, quantities and findings. A document's incident claims are in the block of its main
   * place's country (empty when it names no place); a claim that names only places of another
   * country, a claim about an older event there, and a cumulative claim (the series of its
   * country) are in that country's block; claims with an explicit event id in {@code event|}
   * followed by the id. A document is read whole to know its main place and its date, so every
   * block a document has claims in is given all of that document's claims.
   *
   * @param claims the claims of one or more whole documents
   * @param profiles as for {@link #resolve(List, Map)}
   */
  public Map<String, java.util.SortedSet<String>> blocks(List<Claim> claims, Map<String, DocumentProfile> profiles) {
    Map<String, java.util.SortedSet<String>> out = new TreeMap<>();
    Units units = units(claims, profiles, new Facts[claims.size()]);
    for (int u = 0; u < units.size(); u++) {
      String block = units.block(u);
      for (int k = 0; k < units.claims(u); k++) {
        out.computeIfAbsent(claims.get(units.claim(u, k)).documentId(), x -> new java.util.TreeSet<>()).add(block);
      }
    }
    return out;
  }

  /**
   * What one block's events and quantities are numbered by: gather the names of every block into
   * one {@link Numbering}, then {@link #resolve(String, List, Map, Numbering) resolve} each block
   * with it.
   *
   * @param block a key {@link #blocks} gave
   * @param claims every claim of every document that has claims in the block (others may be there too)
   * @param profiles as for {@link #resolve(List, Map)}
   */
  public List<Numbering.Name> names(String block, List<Claim> claims, Map<String, DocumentProfile> profiles) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(claims, "claims");
    Facts[] facts = new Facts[claims.size()];
    return names(drafts(clusterBlock(block, claims, profiles, facts), claims, facts));
  }

  /**
   * One block's events and quantities, numbered across all blocks: with the numbering of every
   * block's {@link #names}, the union of all blocks' resolutions is {@link #resolve(List, Map)}'s.
   *
   * @throws IllegalArgumentException if the numbering lacks one of the block's events or quantities
   */
  public Resolution resolve(String block, List<Claim> claims, Map<String, DocumentProfile> profiles,
      Numbering numbering) {
    Objects.requireNonNull(numbering, "numbering");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(claims, "claims");
    Facts[] facts = new Facts[claims.size()];
    return finish(drafts(clusterBlock(block, claims, profiles, facts), claims, facts), numbering, claims);
  }

  /** The clusters of {@code block}'s units. */
  private List<Cluster> clusterBlock(String block, List<Claim> claims, Map<String, DocumentProfile> profiles,
      Facts[] facts) {
    Objects.requireNonNull(profiles, "profiles");
    Units units = units(claims, profiles, facts);
    int[] of = new int[units.size()];
    int n = 0;
    for (int u = 0; u < units.size(); u++) {
      if (units.block(u).equals(block)) {
        of[n++] = u;
      }
    }
    return cluster(units, java.util.Arrays.copyOf(of, n));
  }

  /** One thread's places by name and facts held once, while documents are read. */
  private record Caches(Map<String, Place> places, Map<Facts, Facts> facts) {}

  /** The most documents read in one piece of work. */
  private static final int READ_RUN = 2048;
  /** The fewest documents read in one piece of work (fewer cost more in hand-offs than they save). */
  private static final int MIN_READ_RUN = 64;

  /**
   * How many documents are read in one piece of work: about eight pieces a thread, so that a few
   * thousand documents are still read on every thread, and at most {@link #READ_RUN}, so that a
   * million are not all held at once.
   */
  static int readRun(int documents, int threads) {
    long pieces = 8L * threads;
    long even = (documents + pieces - 1) / pieces;
    return (int) Math.max(MIN_READ_RUN, Math.min(READ_RUN, even));
  }

  /**
   * The claims by document, each document read and its claims put in units, in the order made
   * (their keys are unique, so {@link #cluster}'s order does not depend on it).
   */
  private Units units(List<Claim> claims, Map<String, DocumentProfile> profiles, Facts[] facts) {
    // the claims' positions by document id (in input order within a document), each document a
    // run of them; document ids compared in the packed claims' rows (a string each would be a
    // million strings to keep through the sort), else held once for the claims of a document
    // that come together
    int n = claims.size();
    io.claimcheck.internal.Parallel.IntOrder byDocument = documentOrder(claims);
    int[] sorted = new int[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = i;
    }
    io.claimcheck.internal.Parallel.sort(sorted, (a, b) -> {
      int c = byDocument.compare(a, b);
      return c != 0 ? c : Integer.compare(a, b);
    }, parallelism);
    // where each document's run starts, and the end (a million documents: no list object each)
    int[] starts = new int[n + 1];
    int documents = 0;
    for (int from = 0, to; from < n; from = to) {
      for (to = from + 1; to < n && byDocument.compare(sorted[to], sorted[from]) == 0; to++) {
        // the run goes on
      }
      starts[documents++] = from;
    }
    starts[documents] = n;
    // each document is read on its own (on several threads), then its claims join units in order;
    // a few runs of documents are read ahead, not all of them (a million reads held at once are
    // a million objects more for the collector to copy)
    Map<String, Unit> keyed = new HashMap<>();
    Units units = new Units(documents, n, byDocument);
    // publication days held once (a million documents dated by them: no day object each)
    Map<LocalDate, PartialDate> days = new HashMap<>();
    int run = readRun(documents, parallelism);
    int runs = (documents + run - 1) / run;
    int total = documents;
    // the caches of places and facts are a thread's own, kept across the runs it reads
    Map<Thread, Caches> caches = new java.util.concurrent.ConcurrentHashMap<>();
    io.claimcheck.internal.Parallel.ordered(runs, parallelism, 2 * parallelism, piece -> {
      Caches own = caches.computeIfAbsent(Thread.currentThread(), t -> new Caches(new HashMap<>(), new HashMap<>()));
      Map<String, Place> placeCache = own.places();
      Map<Facts, Facts> factsCache = own.facts();
      int from = piece * run;
      int to = Math.min(total, from + run);
      List<Read> out = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        List<Item> items = new ArrayList<>(starts[i + 1] - starts[i]);
        for (int k = starts[i]; k < starts[i + 1]; k++) {
          items.add(new Item(claims.get(sorted[k]), sorted[k]));
        }
        items.sort(ITEM_ORDER);
        List<Claim> docClaims = new ArrayList<>(items.size());
        int[] positions = new int[items.size()];
        for (int k = 0; k < positions.length; k++) {
          docClaims.add(items.get(k).claim());
          positions[k] = items.get(k).position();
        }
        Claim firstClaim = docClaims.get(0);
        String id = firstClaim.documentId();
        DocumentProfile profile = profiles.get(id);
        if (profile == null) {
          profile = DocumentProfile.ofTitle(id, firstClaim.source().published(), firstClaim.source().title(), places);
        }
        out.add(read(profile, docClaims, positions, placeCache, factsCache));
      }
      return out;
    }, (List<Read> piece) -> {
      for (Read r : piece) {
        document(r, facts, keyed, units, days);
      }
    });
    return units;
  }

  /**
   * The order of {@code claims}' positions by their document ids: read from the rows when the
   * claims are held packed, else from one array of the ids.
   */
  private static io.claimcheck.internal.Parallel.IntOrder documentOrder(List<Claim> claims) {
    io.claimcheck.internal.Rows.Keys keys = io.claimcheck.internal.Rows.keys(claims);
    if (keys != null) {
      return keys::compareDocumentIds;
    }
    String[] ids = new String[claims.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = claims.get(i).documentId();
    }
    return (a, b) -> ids[a].compareTo(ids[b]);
  }

  private Read read(DocumentProfile profile, List<Claim> docClaims, int[] positions, Map<String, Place> placeCache,
      Map<Facts, Facts> factsCache) {
    Place main = mainPlace(profile, docClaims, placeCache);
    Bodies.InDocument scope = bodies.document();
    // then every claim's places, bare unknown names put under the document's main place
    List<Facts> facts = new ArrayList<>(docClaims.size());
    for (Claim c : docClaims) {
      List<String> names = c.scope().locations();
      List<Place> ps = names.isEmpty() ? List.of() : new ArrayList<>(names.size());
      for (String name : names) {
        String parentName = profile.attached().get(name);
        Place context = parentName != null ? resolve(parentName, main, placeCache) : main;
        Place p = resolve(name, context, placeCache);
        if (p != null && !ps.contains(p)) {
          ps.add(p);
        }
      }
      Facts f = new Facts(List.copyOf(ps), scope.body(c.attribution()));
      Facts held = factsCache.putIfAbsent(f, f);
      facts.add(held != null ? held : f);
    }
    return new Read(profile, docClaims, positions, main, facts);
  }

  private void document(Read r, Facts[] facts, Map<String, Unit> keyed, Units units,
      Map<LocalDate, PartialDate> days) {
    DocumentProfile profile = r.profile();
    List<Claim> docClaims = r.claims();
    Place main = r.main();
    for (int i = 0; i < docClaims.size(); i++) {
      facts[r.positions()[i]] = r.facts().get(i);
    }
    String block = main == null ? "" : main.countryCode();
    PartialDate date = documentDate(profile, docClaims, days);
    String extent = profile.extent().orElse(null);
    // the document's incident ("d|" and its id: no other document has it), its places while made
    List<Place> own = null;
    for (int i = 0; i < docClaims.size(); i++) {
      Claim c = docClaims.get(i);
      Facts f = r.facts().get(i);
      Unit u;
      if (c.event() != null) {
        u = keyed.computeIfAbsent("x|" + c.event(), k -> made(units, new Unit(k, "event|" + c.event(), false, c.event())));
      } else if (c.scope().timeScope() == TimeScope.CUMULATIVE) {
        String country = f.places().isEmpty() ? block : f.places().get(0).countryCode();
        String key = "s|" + (country.isEmpty() ? profile.documentId() : country);
        u = keyed.computeIfAbsent(key, k -> made(units, new Unit(k, country, true, null)));
      } else if (main != null && !f.places().isEmpty() && foreign(f.places(), main)) {
        Place p = f.places().get(0);
        String key = "f|" + profile.documentId() + "|" + p.id() + "|" + c.scope().date();
        u = keyed.computeIfAbsent(key, k -> {
          Unit nu = new Unit(k, p.countryCode(), false, null);
          nu.date = c.scope().date();
          return made(units, nu);
        });
      } else if (older(c, date)) {
        String key = "o|" + profile.documentId() + "|" + c.scope().date() + "|" + f.places();
        String unitBlock = f.places().isEmpty() ? block : f.places().get(0).countryCode();
        u = keyed.computeIfAbsent(key, k -> {
          Unit nu = new Unit(k, unitBlock, false, null);
          nu.date = c.scope().date();
          return made(units, nu);
        });
      } else {
        if (own == null) {
          units.startOwn(block, date, extent);
          own = new ArrayList<>(2);
          if (main != null) {
            own.add(main);
          }
        }
        units.addOwn(r.positions()[i]);
        added(own, f.places());
        continue;
      }
      u.add(r.positions()[i]);
      added(u.places, f.places());
    }
    if (own != null) {
      // its places are most often its first claim's (one list the document's facts share)
      List<Place> shared = r.facts().get(0).places();
      units.ownPlaces[units.owns - 1] = own.equals(shared) ? shared : List.copyOf(own);
    }
  }

  /** Adds to {@code to} each of {@code ps} it lacks. */
  private static void added(List<Place> to, List<Place> ps) {
    for (Place p : ps) {
      if (!to.contains(p)) {
        to.add(p);
      }
    }
  }

  private static Unit made(Units units, Unit u) {
    units.keyed.add(u);
    return u;
  }

  /** The document's main place: its lead's first, else the place its claims name most. */
  private @Nullable Place mainPlace(DocumentProfile profile, List<Claim> docClaims, Map<String, Place> placeCache) {
    Place main = profile.mainPlace().orElse(null);
    if (main != null) {
      return main;
    }
    // the places the claims name on their own (or under the parent the text gives them)
    Map<Place, Integer> named = new LinkedHashMap<>();
    for (Claim c : docClaims) {
      if (c.scope().timeScope() != TimeScope.INCIDENT || c.event() != null) {
        continue;
      }
      for (String name : c.scope().locations()) {
        String parentName = profile.attached().get(name);
        Place context = parentName == null ? null : resolve(parentName, null, placeCache);
        Place p = resolve(name, context, placeCache);
        if (p != null && !p.countryCode().isEmpty()) {
          named.merge(p, 1, Integer::sum);
        }
      }
    }
    // the most named; of those, the most general, then the first id (the first such, as Stream.max keeps)
    Place best = null;
    int most = 0;
    for (Map.Entry<Place, Integer> e : named.entrySet()) {
      Place p = e.getKey();
      int n = e.getValue();
      if (best == null || n > most || n == most && (p.depth() < best.depth()
          || p.depth() == best.depth() && p.id().compareTo(best.id()) < 0)) {
        best = p;
        most = n;
      }
    }
    return best;
  }

  private @Nullable Place resolve(String name, @Nullable Place context, Map<String, Place> cache) {
    String key = name + "\u0000" + (context == null ? "" : context.id());
    Place hit = cache.get(key);
    if (hit == null && !cache.containsKey(key)) {
      hit = places.resolve(name, context).orElse(null);
      cache.put(key, hit);
    }
    return hit;
  }

  /** Whether every place of a claim lies in another country than the document's main place. */
  private static boolean foreign(List<Place> ps, Place main) {
    if (main.countryCode().isEmpty()) {
      return false;
    }
    for (Place p : ps) {
      if (p.countryCode().isEmpty() || p.countryCode().equals(main.countryCode())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The document's incident date: the year its title names when earlier than its publication, else
   * its incident claims' most common date, else its publication date.
   */
  private static @Nullable PartialDate documentDate(DocumentProfile profile, List<Claim> docClaims,
      Map<LocalDate, PartialDate> days) {
    if (profile.namedYear() != null) {
      return new PartialDate(profile.namedYear(), null, null);
    }
    PartialDate best = docClaims.size() <= 16 ? mostCommonDate(docClaims) : null;
    if (docClaims.size() > 16) {
      Map<PartialDate, Integer> count = new TreeMap<>();
      for (Claim c : docClaims) {
        if (incidentDated(c)) {
          count.merge(c.scope().date(), 1, Integer::sum);
        }
      }
      int most = 0;
      for (Map.Entry<PartialDate, Integer> e : count.entrySet()) {
        if (e.getValue() >= most) { // ties go to the latest date: older events are the ones mentioned in passing
          best = e.getKey();
          most = e.getValue();
        }
      }
    }
    if (best != null) {
      return best;
    }
    return profile.published() == null ? null : days.computeIfAbsent(profile.published(), PartialDate::of);
  }

  private static boolean incidentDated(Claim c) {
    return c.scope().timeScope() == TimeScope.INCIDENT && c.scope().date() != null && c.event() == null;
  }

  /**
   * The incident claims' most common date, ties to the latest (as the count by date does for
   * more claims), counted pair by pair: most documents hold a claim or a few.
   */
  private static @Nullable PartialDate mostCommonDate(List<Claim> docClaims) {
    PartialDate best = null;
    int most = 0;
    for (int i = 0; i < docClaims.size(); i++) {
      Claim c = docClaims.get(i);
      if (!incidentDated(c)) {
        continue;
      }
      PartialDate d = c.scope().date();
      int n = 0;
      for (Claim o : docClaims) {
        if (incidentDated(o) && o.scope().date().compareTo(d) == 0) {
          n++;
        }
      }
      if (n > most || n == most && d.compareTo(best) > 0) {
        best = d;
        most = n;
      }
    }
    return best;
  }

  /** A claim dated before its document's incident by more than the window, its sentence saying so. */
  private boolean older(Claim c, @Nullable PartialDate docDate) {
    PartialDate d = c.scope().date();
    if (d == null || docDate == null || !d.last().plusDays(incidentWindow).isBefore(docDate.first())) {
      return false;
    }
    String sentence = c.evidence().sentence().toLowerCase(Locale.ROOT);
    for (String marker : lexicon.older) {
      if (sentence.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------

  /** The clusters of {@code units}' units {@code sorted} (sorted here, in place). */
  private List<Cluster> cluster(Units units, int[] sorted) {
    // each unit's first and last days for the order ({@link Long#MAX_VALUE} when undated)
    long[] firstDay = new long[units.size()];
    long[] lastDay = new long[units.size()];
    for (int u : sorted) {
      PartialDate date = units.date(u);
      firstDay[u] = date == null ? Long.MAX_VALUE : date.first().toEpochDay();
      lastDay[u] = date == null ? Long.MAX_VALUE : date.last().toEpochDay();
    }
    // by first day, last day, key: keys are unique, so the order does not depend on the input's
    io.claimcheck.internal.Parallel.sort(sorted, (a, b) -> {
      int c = Long.compare(firstDay[a], firstDay[b]);
      if (c == 0) {
        c = Long.compare(lastDay[a], lastDay[b]);
      }
      return c != 0 ? c : units.compareKey(a, b);
    }, parallelism);
    Map<String, Cluster> series = new HashMap<>();
    Map<String, Candidates> byBlock = new HashMap<>();
    List<Cluster> out = new ArrayList<>();
    for (int u : sorted) {
      Unit keyed = units.unit(u);
      if (keyed != null && keyed.explicit != null) {
        out.add(new Cluster(units, u));
        continue;
      }
      if (keyed != null && keyed.series) {
        Cluster s = series.get(keyed.key);
        if (s == null) {
          s = new Cluster(units, u);
          series.put(keyed.key, s);
          out.add(s);
        } else {
          s.add(u);
        }
        continue;
      }
      Candidates candidates = byBlock.computeIfAbsent(units.block(u), k -> new Candidates());
      PartialDate date = units.date(u);
      if (date != null) {
        // units come in date order: a cluster that ended more than the widest window ago is done
        candidates.retire(date.first().minusDays(Math.max(areaWindow, incidentWindow) + 1L));
      } else {
        candidates.reopen();
      }
      List<Place> places = units.places(u);
      boolean areaUnit = "area".equals(units.extent(u));
      Cluster best = null;
      int bestDepth = -1;
      long bestGap = Long.MAX_VALUE;
      for (Cluster c : candidates.of(places)) {
        int depth = placeMatch(places, c);
        if (depth < 0) {
          continue;
        }
        long gap = gap(date, c);
        int window = areaUnit || c.area ? areaWindow : incidentWindow;
        if (gap > window) {
          continue;
        }
        if (depth > bestDepth || depth == bestDepth && gap < bestGap) {
          best = c;
          bestDepth = depth;
          bestGap = gap;
        }
      }
      if (best == null) {
        best = new Cluster(units, u);
        candidates.add(best);
        out.add(best);
      } else {
        best.add(u);
        candidates.index(best);
      }
    }
    return out;
  }

  /**
   * How well a unit's places {@code up} match a cluster's: the depth of the most specific pair of
   * places that contain one another (0 for one country), or -1 when they cannot be one incident.
   * Units without places match only clusters without places.
   */
  private static int placeMatch(List<Place> up, Cluster c) {
    if (up.isEmpty() || c.places.isEmpty()) {
      return up.isEmpty() && c.places.isEmpty() ? 0 : -1;
    }
    int best = -1;
    for (Place a : up) {
      for (Place b : c.places) {
        if (a.comparable(b)) {
          best = Math.max(best, Math.min(a.depth(), b.depth()));
        }
      }
    }
    return best;
  }

  /** Days between a unit's date and a cluster's span; 0 when either is unknown or they overlap. */
  private static long gap(@Nullable PartialDate date, Cluster c) {
    if (date == null || c.first == null) {
      return 0;
    }
    if (!date.first().isAfter(c.last) && !date.last().isBefore(c.first)) {
      return 0;
    }
    return Math.min(Math.abs(date.first().toEpochDay() - c.last.toEpochDay()),
        Math.abs(date.last().toEpochDay() - c.first.toEpochDay()));
  }

  // ---------------------------------------------------------------------------------------------

  /** A quantity before ids are given. */
  private static final class Draft {
    final Measure measure;
    final @Nullable String subject;
    final List<Place> area; // empty: the whole event
    /** Its claims while its event is worked on, in timeline order once {@link #timeline} is made. */
    List<Item> claims = new ArrayList<>();
    /** Its claims' positions in the claims resolved, in timeline order: what is kept of them. */
    int[] positions = new int[0];
    /** The id of its first claim in timeline order. */
    String firstClaim = "";
    /** Its date: the event's, or for a series its claims' latest. */
    @Nullable PartialDate date;
    @Nullable Interval consensus;
    /** Per claim in timeline order, the time its figure stands at and its reporting body. */
    @Nullable PartialDate[] asOf = new PartialDate[0];
    @Nullable String[] bodies = new String[0];
    List<String> locations = List.of();
    String key = "";
    String id = "";
    /** Its id's number, for sorting. */
    int number;
    @Nullable Draft partOf;
    @Nullable Draft subgroupOf;
    final List<Draft> parts = new ArrayList<>();

    Draft(Measure measure, @Nullable String subject, List<Place> area) {
      this.measure = measure;
      this.subject = subject;
      this.area = area;
    }
  }

  private record QuantityKey(Measure measure, @Nullable String subject, List<String> area) {}

  /** Each cluster's event and quantities, before ids are given. */
  private List<EventDraft> drafts(List<Cluster> clusters, List<Claim> claims, Facts[] facts) {
    List<EventDraft> events = new ArrayList<>(clusters.size());
    io.claimcheck.internal.Parallel.map(clusters.size(), parallelism, (from, to) -> {
      List<EventDraft> out = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        out.add(event(clusters.get(i), claims, facts));
      }
      return out;
    }).forEach(events::addAll);
    return events;
  }

  private static List<Numbering.Name> names(List<EventDraft> events) {
    List<Numbering.Name> out = new ArrayList<>();
    for (EventDraft e : events) {
      out.add(new Numbering.Name(Numbering.Kind.EVENT, e.key, e.firstClaim));
      for (Draft d : e.drafts) {
        out.add(new Numbering.Name(Numbering.Kind.QUANTITY, d.key, d.firstClaim));
      }
    }
    return out;
  }

  private static Numbering.Assigned assigned(Numbering numbering, Numbering.Kind kind, String key, String first) {
    return numbering.of(new Numbering.Name(kind, key, first)).orElseThrow(() -> new IllegalArgumentException(
        "the numbering has no " + kind.name().toLowerCase(Locale.ROOT) + " '" + key + "' with first claim '" + first
            + "': make it from the names of every block"));
  }

  /** The number of an id {@link Numbering} gave ({@code g12}: 12). */
  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }

  private Resolution finish(List<EventDraft> events, Numbering numbering, List<Claim> claims) {
    List<Draft> all = new ArrayList<>();
    for (EventDraft e : events) {
      Numbering.Assigned a = assigned(numbering, Numbering.Kind.EVENT, e.key, e.firstClaim);
      e.id = a.id();
      e.number = number(a.id());
      e.key = a.key();
      for (Draft d : e.drafts) {
        Numbering.Assigned q = assigned(numbering, Numbering.Kind.QUANTITY, d.key, d.firstClaim);
        d.id = q.id();
        d.number = number(q.id());
        d.key = q.key();
        all.add(d);
      }
    }
    events.sort(Comparator.comparingInt(e -> e.number));
    all.sort(Comparator.comparingInt(d -> d.number));
    Map<Draft, EventDraft> eventOf = new HashMap<>();
    for (EventDraft e : events) {
      e.drafts.forEach(d -> eventOf.put(d, e));
    }
    List<Group> quantities = new ArrayList<>(all.size());
    io.claimcheck.internal.Parallel.map(all.size(), parallelism, (from, to) -> {
      List<Group> out = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        Draft d = all.get(i);
        EventDraft e = eventOf.get(d);
        List<String> parts = new ArrayList<>();
        d.parts.stream().sorted(Comparator.comparingInt(p -> p.number)).map(p -> p.id).forEach(parts::add);
        List<Claim> own = io.claimcheck.internal.Rows.select(claims, d.positions);
        out.add(new Group(d.id, d.key, e.id, d.measure, d.subject, d.locations, d.date, e.timeScope(),
            own, parts, d.partOf == null ? null : d.partOf.id, d.subgroupOf == null ? null : d.subgroupOf.id,
            timeline(own, d.asOf, d.bodies), d.consensus));
      }
      return out;
    }).forEach(quantities::addAll);
    List<Event> out = new ArrayList<>(events.size());
    for (EventDraft e : events) {
      List<String> ids = new ArrayList<>();
      e.drafts.stream().sorted(Comparator.comparingInt(d -> d.number)).map(d -> d.id).forEach(ids::add);
      out.add(new Event(e.id, e.key, e.kind, e.extent, e.placeNames, e.placeIds, e.first, e.last, e.block,
          e.documents, ids, e.explicit));
    }
    return new Resolution(out, quantities);
  }

  /** An event before ids are given. */
  private static final class EventDraft {
    String key = "";
    String id = "";
    /** Its id's number, for sorting. */
    int number;
    String firstClaim = "";
    Event.Kind kind = Event.Kind.INCIDENT;
    String extent = "point";
    List<String> placeNames = List.of();
    List<String> placeIds = List.of();
    @Nullable PartialDate first;
    @Nullable PartialDate last;
    String block = "";
    List<String> documents = List.of();
    boolean explicit;
    final List<Draft> drafts = new ArrayList<>();

    @Nullable PartialDate date(Draft d) {
      if (kind == Event.Kind.SERIES) {
        PartialDate latest = null;
        for (Item x : d.claims) {
          PartialDate cd = x.claim().scope().date();
          if (cd != null && (latest == null || cd.compareTo(latest) > 0)) {
            latest = cd;
          }
        }
        return latest;
      }
      return first;
    }

    TimeScope timeScope() {
      return kind == Event.Kind.SERIES ? TimeScope.CUMULATIVE : TimeScope.INCIDENT;
    }
  }

  private EventDraft event(Cluster c, List<Claim> resolved, Facts[] facts) {
    EventDraft e = new EventDraft();
    e.kind = c.series ? Event.Kind.SERIES : Event.Kind.INCIDENT;
    e.block = c.block;
    e.explicit = c.explicit != null;
    // the event's claims, made for the time it is worked on and let go (the claims may be a packed
    // view: keeping them would hold a million claim objects through the whole resolution)
    List<Item> claims = new ArrayList<>();
    Map<String, Integer> extents = new TreeMap<>();
    Units units = c.all;
    // one claim's position for each document, where a unit's claims pass to another document
    int[] documents = new int[16];
    int nd = 0;
    for (int i = 0; i < c.size; i++) {
      int u = c.units[i];
      int last = -1;
      for (int k = 0; k < units.claims(u); k++) {
        int position = units.claim(u, k);
        claims.add(new Item(resolved.get(position), position));
        if (last < 0 || units.byDocument.compare(position, last) != 0) {
          last = position;
          if (nd == documents.length) {
            documents = java.util.Arrays.copyOf(documents, 2 * nd);
          }
          documents[nd++] = position;
        }
      }
      String extent = units.extent(u);
      if (extent != null) {
        extents.merge(extent, 1, Integer::sum);
      }
    }
    claims.sort(Comparator.comparing((Item x) -> x.claim().id()));
    e.firstClaim = claims.get(0).claim().id();
    e.documents = documents(resolved, units.byDocument, java.util.Arrays.copyOf(documents, nd));
    e.extent = c.series ? "series" : extents.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).filter(x -> !x.equals("series")).orElse("point");
    // the event's dates: its claims' own dates, else its units'
    PartialDate first = null;
    PartialDate last = null;
    for (Item x : claims) {
      PartialDate d = x.claim().scope().date();
      if (d != null) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.compareTo(last) > 0 ? d : last;
      }
    }
    if (first == null) {
      for (int i = 0; i < c.size; i++) {
        PartialDate d = units.date(c.units[i]);
        if (d != null) {
          first = first == null || d.compareTo(first) < 0 ? d : first;
          last = last == null || d.compareTo(last) > 0 ? d : last;
        }
      }
    }
    if (!c.series) {
      // an incident is dated by its units (documents), not by the later as-of dates of its figures
      PartialDate unitFirst = null;
      for (int i = 0; i < c.size; i++) {
        PartialDate d = units.date(c.units[i]);
        if (d != null && (unitFirst == null || d.compareTo(unitFirst) < 0)) {
          unitFirst = d;
        }
      }
      PartialDate claimFirst = first;
      if (unitFirst != null && (claimFirst == null || unitFirst.first().isBefore(claimFirst.first()))) {
        first = unitFirst;
      }
    }
    e.first = first;
    e.last = last;
    // places, most general first
    List<Place> ps = new ArrayList<>(c.places);
    List<Place> seen = null;
    for (Item x : claims) {
      List<Place> xs = facts[x.position()].places();
      if (xs == seen) {
        continue; // the claim before had these places (one Facts)
      }
      seen = xs;
      for (Place p : xs) {
        if (!ps.contains(p)) {
          ps.add(p);
        }
      }
    }
    ps.sort(Comparator.comparingInt(Place::depth).thenComparing(Place::id));
    e.placeNames = ps.stream().map(Place::name).distinct().toList();
    e.placeIds = ps.stream().map(Place::id).toList();
    String where = c.explicit != null ? "event-" + slug(c.explicit)
        : ps.isEmpty() ? "unknown-place" : slug(mostSpecificCommon(ps).name());
    e.key = where + "-" + (c.series ? "series" : first == null ? "undated" : first.toString());
    quantities(e, claims, facts);
    // of each quantity's claims only their positions and what was worked out from them are kept,
    // for the same reason
    for (Draft d : e.drafts) {
      d.date = e.date(d);
      d.consensus = consensus(d).orElse(null);
      d.firstClaim = d.claims.get(0).claim().id();
      d.positions = new int[d.claims.size()];
      for (int i = 0; i < d.positions.length; i++) {
        d.positions[i] = d.claims.get(i).position();
      }
      d.claims = List.of();
    }
    return e;
  }

  /**
   * The ids of the documents of claims at {@code positions}, sorted, each once: of claims held
   * packed, a view that makes each id when asked for (an event's documents are a million strings
   * of a million single-claim documents), else the claims' own strings.
   */
  private static List<String> documents(List<Claim> claims, io.claimcheck.internal.Parallel.IntOrder byDocument,
      int[] positions) {
    io.claimcheck.internal.Parallel.sort(positions, byDocument, 1);
    int n = 0;
    for (int i = 0; i < positions.length; i++) {
      if (n == 0 || byDocument.compare(positions[i], positions[n - 1]) != 0) {
        positions[n++] = positions[i];
      }
    }
    int[] distinct = java.util.Arrays.copyOf(positions, n);
    io.claimcheck.internal.Rows.Keys keys = io.claimcheck.internal.Rows.keys(claims);
    if (keys != null) {
      return io.claimcheck.internal.Rows.of(n, i -> keys.documentId(distinct[i]));
    }
    List<String> out = new ArrayList<>(n);
    for (int p : distinct) {
      out.add(claims.get(p).documentId());
    }
    return out;
  }

  /** The deepest place every place of the list lies in, else the most general of them. */
  private static Place mostSpecificCommon(List<Place> ps) {
    Place best = ps.get(0);
    for (Place candidate : ps) {
      boolean all = true;
      for (Place p : ps) {
        if (!candidate.contains(p)) {
          all = false;
          break;
        }
      }
      if (all && candidate.depth() >= best.depth()) {
        best = candidate;
      }
    }
    return best;
  }

  private void quantities(EventDraft e, List<Item> claims, Facts[] facts) {
    // the places named by the event's claims, and which of them are parts of the event's area
    List<Place> named = new ArrayList<>();
    List<Place> seen = null;
    for (Item x : claims) {
      List<Place> cs = facts[x.position()].places();
      if (cs == seen) {
        continue; // the claim before had these places (one Facts)
      }
      seen = cs;
      for (Place p : cs) {
        if (!named.contains(p)) {
          named.add(p);
        }
      }
    }
    Set<Place> partLevel = new LinkedHashSet<>();
    Place largest = null;
    for (Place p : named) {
      boolean containsAll = true;
      for (Place q : named) {
        if (!p.contains(q)) {
          containsAll = false;
        }
        if (!p.comparable(q)) {
          partLevel.add(p);
        }
      }
      if (containsAll && (largest == null || p.depth() < largest.depth())) {
        largest = p;
      }
    }
    if ("area".equals(e.extent) && largest != null) {
      for (Place p : named) {
        if (!p.equals(largest) && largest.contains(p) && !p.contains(largest)) {
          partLevel.add(p);
        }
      }
    }
    List<Place> topParts = new ArrayList<>();
    for (Place p : partLevel) {
      boolean inside = false;
      for (Place q : partLevel) {
        if (q != p && q.contains(p) && !p.contains(q)) {
          inside = true;
        }
      }
      if (!inside) {
        topParts.add(p);
      }
    }
    Map<QuantityKey, Draft> drafts = new LinkedHashMap<>();
    Map<Draft, Map<List<String>, Integer>> wholeNames = new HashMap<>();
    // claims share their places lists (Facts): each list's area is worked out once
    Map<List<Place>, Area> areas = new java.util.IdentityHashMap<>();
    for (Item item : claims) {
      Claim c = item.claim();
      List<Place> ps = facts[item.position()].places();
      Area a = areas.computeIfAbsent(ps, x -> area(x, partLevel, topParts));
      String subject = population(c.subject());
      QuantityKey k = new QuantityKey(c.measure(), subject, a.ids());
      Draft d = drafts.computeIfAbsent(k, x -> new Draft(c.measure(), subject, a.places()));
      d.claims.add(item);
      if (a.whole()) {
        wholeNames.computeIfAbsent(d, x -> new HashMap<>()).merge(a.names(), 1, Integer::sum);
      }
    }
    for (Draft d : drafts.values()) {
      if (d.area.isEmpty()) {
        d.locations = wholeNames.getOrDefault(d, Map.of()).entrySet().stream()
            .filter(x -> !x.getKey().isEmpty())
            .max(Comparator.comparingInt((Map.Entry<List<String>, Integer> x) -> x.getValue())
                .thenComparing(x -> x.getKey().size())
                .thenComparing(x -> String.join("+", x.getKey()), Comparator.reverseOrder()))
            .map(Map.Entry::getKey).orElse(List.of());
      } else {
        d.locations = d.area.stream().map(Place::name).sorted().toList();
      }
      timeline(d, e, facts);
      d.key = key(d, e);
    }
    // links: parts to the smallest area containing them, subgroups to their whole population
    for (Draft d : drafts.values()) {
      if (d.subject != null) {
        d.subgroupOf = drafts.get(new QuantityKey(d.measure, null, d.area.stream().map(Place::id).toList()));
      }
      if (d.area.isEmpty()) {
        continue;
      }
      Draft best = null;
      for (Draft o : drafts.values()) {
        if (o == d || !o.measure.equals(d.measure) || !Objects.equals(o.subject, d.subject)) {
          continue;
        }
        if (covers(o.area, d.area) && (best == null || covers(best.area, o.area))) {
          best = o;
        }
      }
      d.partOf = best;
      if (best != null) {
        best.parts.add(d);
      }
    }
    e.drafts.addAll(drafts.values());
  }

  /**
   * The area of a claim with places {@code ps}: the whole event (no places) or the places sorted
   * by id; with their ids, and for the whole event the names it was given by, sorted.
   */
  private record Area(boolean whole, List<Place> places, List<String> ids, List<String> names) {}

  private static Area area(List<Place> ps, Set<Place> partLevel, List<Place> topParts) {
    boolean whole = true;
    for (Place p : ps) {
      if (partLevel.contains(p)) {
        whole = false;
      }
    }
    if (!whole && !topParts.isEmpty()) {
      whole = true;
      for (Place t : topParts) {
        boolean covered = false;
        for (Place p : ps) {
          if (p.contains(t)) {
            covered = true;
          }
        }
        whole &= covered;
      }
    }
    List<Place> area = whole ? List.of() : ps.stream().sorted(Comparator.comparing(Place::id)).toList();
    return new Area(whole, area, area.stream().map(Place::id).toList(),
        whole ? ps.stream().map(Place::name).sorted().toList() : List.of());
  }

  /** Whether the area {@code outer} (empty: the whole event) strictly covers {@code inner}. */
  private static boolean covers(List<Place> outer, List<Place> inner) {
    if (outer.equals(inner)) {
      return false;
    }
    if (outer.isEmpty()) {
      return true;
    }
    for (Place i : inner) {
      boolean in = false;
      for (Place o : outer) {
        if (o.contains(i)) {
          in = true;
        }
      }
      if (!in) {
        return false;
      }
    }
    return true;
  }

  /** The subject, or null when it names the victims as a whole ("people", "workers"). */
  private @Nullable String population(@Nullable String subject) {
    if (subject == null) {
      return null;
    }
    String s = subject.strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() || lexicon.whole.contains(s) ? null : subject.strip();
  }

  /** A claim with its timeline entry, sorted together. */
  private record Entry(Item item, TimelineEntry entry) {
    Claim claim() {
      return item.claim();
    }
  }

  /** By as-of time (its first day, then its last; unknown last), then {@link #CLAIM_ORDER}. */
  private static final Comparator<Entry> TIMELINE_ORDER = (x, y) -> {
    PartialDate a = x.entry().asOf();
    PartialDate b = y.entry().asOf();
    int c;
    if (a == null || b == null) {
      c = a == null ? (b == null ? 0 : 1) : -1;
    } else if (a == b) {
      c = 0;
    } else {
      c = a.first().compareTo(b.first());
      if (c == 0) {
        c = a.last().compareTo(b.last());
      }
    }
    return c != 0 ? c : CLAIM_ORDER.compare(x.claim(), y.claim());
  };

  private void timeline(Draft d, EventDraft e, Facts[] facts) {
    List<Entry> entries = new ArrayList<>(d.claims.size());
    // publication days held once a quantity (a million claims: no day object each)
    Map<LocalDate, PartialDate> days = new HashMap<>();
    for (Item x : d.claims) {
      Claim c = x.claim();
      entries.add(new Entry(x, new TimelineEntry(c.id(), c.documentId(), asOf(c, e, days), facts[x.position()].body())));
    }
    entries.sort(TIMELINE_ORDER);
    d.claims.clear();
    d.asOf = new PartialDate[entries.size()];
    d.bodies = new String[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry x = entries.get(i);
      d.claims.add(x.item());
      d.asOf[i] = x.entry().asOf();
      d.bodies[i] = x.entry().body();
    }
  }

  /**
   * The timeline of a quantity's claims, in their order, as asOf and bodies give it. Of claims
   * held packed, a view that makes each entry when asked for, its claim's id and document id read
   * from the rows (a million claims: no entry object each, and no claim made for an entry); else
   * a list of entries.
   */
  private static List<TimelineEntry> timeline(List<Claim> claims, @Nullable PartialDate[] asOf,
      @Nullable String[] bodies) {
    io.claimcheck.internal.Rows.Keys keys = io.claimcheck.internal.Rows.keys(claims);
    if (keys != null) {
      return io.claimcheck.internal.Rows.of(claims.size(),
          i -> new TimelineEntry(keys.id(i), keys.documentId(i), asOf[i], bodies[i]));
    }
    List<TimelineEntry> out = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      out.add(new TimelineEntry(c.id(), c.documentId(), asOf[i], bodies[i]));
    }
    return out;
  }

  /**
   * The time a claim's figure stands at: the earlier time its sentence gives; for a cumulative toll,
   * its date; a date the text gives after the incident began; else the publication date. A count
   * of the moment of the incident (those aboard, those inside) is for the incident's date.
   */
  private static @Nullable PartialDate asOf(Claim c, EventDraft e, Map<LocalDate, PartialDate> days) {
    if (e.kind == Event.Kind.INCIDENT && e.first != null && Measures.ofTheIncident(c.measure())) {
      return e.first;
    }
    if (c.asOf() != null) {
      return c.asOf();
    }
    PartialDate date = c.scope().date();
    if (e.kind == Event.Kind.SERIES && date != null) {
      return date;
    }
    if (date != null && e.first != null && date.first().isAfter(e.first.last())) {
      return date;
    }
    LocalDate published = c.source().published();
    if (published != null) {
      return days.computeIfAbsent(published, PartialDate::of);
    }
    return date;
  }

  /** What the claims of the latest time allow (all claims when no time is known). */
  private Interval consensusOf(List<Claim> claims) {
    return Consensus.of(claims, approximateTolerance).orElse(null);
  }

  private java.util.Optional<Interval> consensus(Draft d) {
    List<Claim> reported = new ArrayList<>();
    LocalDate latest = null;
    for (int i = 0; i < d.claims.size(); i++) {
      Claim c = d.claims.get(i).claim();
      if (!c.isReported()) {
        continue;
      }
      reported.add(c);
      PartialDate t = d.asOf[i];
      if (t != null && (latest == null || t.last().isAfter(latest))) {
        latest = t.last();
      }
    }
    if (reported.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (latest != null) {
      List<Claim> current = new ArrayList<>();
      for (int i = 0; i < d.claims.size(); i++) {
        Claim c = d.claims.get(i).claim();
        PartialDate t = d.asOf[i];
        if (c.isReported() && (t == null || !t.last().isBefore(latest.minusDays(1)))) {
          current.add(c);
        }
      }
      if (!current.isEmpty()) {
        reported = current;
      }
    }
    return java.util.Optional.ofNullable(consensusOf(reported));
  }

  private static String key(Draft d, EventDraft e) {
    StringBuilder sb = new StringBuilder();
    if (e.explicit) {
      sb.append(e.key).append('-');
    }
    if (d.locations.isEmpty()) {
      sb.append("unknown-place");
    } else {
      for (int i = 0; i < d.locations.size(); i++) {
        sb.append(i > 0 ? "+" : "").append(slug(d.locations.get(i)));
      }
    }
    sb.append('-').append(slug(d.measure.name()));
    if (d.subject != null) {
      sb.append('-').append(slug(d.subject));
    }
    if (e.kind == Event.Kind.SERIES) {
      sb.append("-cumulative");
    } else {
      sb.append('-').append(e.first == null ? "undated" : e.first.toString());
    }
    return sb.toString();
  }

  private static String slug(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? c : '-');
    }
    return sb.toString();
  }

  /** Builds a {@link DefaultEventResolver}. */
  public static final class Builder {
    private int incidentWindow = 7;
    private int areaWindow = 14;
    private BigDecimal approximateTolerance = new BigDecimal("0.1");
    private Gazetteer gazetteer = Gazetteer.standard();
    private int parallelism = 1;

    private Builder() {}

    /**
     * How many threads resolve (the calling thread among them); 1 unless set. Documents are read,
     * and events and quantities built, on these threads; the resolution does not depend on it.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder parallelism(int threads) {
      this.parallelism = io.claimcheck.internal.Parallel.threads(threads);
      return this;
    }

    /**
     * How many days apart two documents' incidents may be dated and still be one; 7 unless set.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder incidentWindow(int days) {
      this.incidentWindow = days(days, "incidentWindow");
      return this;
    }

    /**
     * The same for events over an area (storms, floods, earthquakes); 14 unless set.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder areaWindow(int days) {
      this.areaWindow = days(days, "areaWindow");
      return this;
    }

    private static int days(int days, String name) {
      if (days < 0) {
        throw new IllegalArgumentException(name + " must be 0 or more days, got " + days);
      }
      return days;
    }

    /**
     * How far approximate figures are widened for the consensus; 0.1 unless set.
     *
     * @throws IllegalArgumentException unless {@code 0 <= tolerance < 1}
     */
    public Builder approximateTolerance(BigDecimal tolerance) {
      this.approximateTolerance = Tolerance.require(tolerance, "approximateTolerance");
      return this;
    }

    /** The gazetteer places are looked up in. */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** The resolver. */
    public DefaultEventResolver build() {
      return new DefaultEventResolver(this);
    }
  }
}
