package io.claimcheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimcheck.base.ClaimCheckException;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.internal.JsonCopy;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The casualty patterns and word classes of {@code casualty-patterns.yaml}: named, prioritised
 * patterns over the tokens around a figure, each with the sentences it must match and those it
 * must not. The Java here only reads the file and checks it; {@link PatternMatcher} applies the
 * patterns. Immutable once loaded.
 *
 * <p>A pattern is a line of elements around {@code N}, the figure:
 *
 * <ul>
 *   <li>{@code word} or {@code a|b|c}: one token, in lower case (punctuation marks are tokens);
 *   <li>{@code @class}: one token of a word class; a class may tag its words with a measure;
 *   <li>{@code ~n}: a gap of up to n tokens that crosses no other figure, no {@code ;} and no
 *       word of the class {@code gap_stop};
 *   <li>{@code NP}: after the figure, a noun phrase of one to three words naming people, whose
 *       last word is the claim's subject unless it is in the class {@code generic}; the
 *       longest such phrase is tried first, then shorter ones; {@code NP!} takes the longest only;
 *   <li>{@code COUNTRY}: a country's name the gazetteer knows; before the figure, the claim's subgroup
 *       is that country's people ("Canada: 4" in a list of nationalities);
 *   <li>{@code PREV}: before the figure, the previous claim of the sentence, just before;
 *       {@code PREV+}: the same, or followed by up to three words of its noun phrase;
 *   <li>{@code ~n!}: a strict gap, which crosses no figure at all; {@code ~nw}: a gap of words only
 *       (no punctuation, no digits, no word of {@code word_gap_stop} but between two names);
 *       {@code ~n+}: a gap that crosses figures too (a parenthesis with figures of its own);
 *   <li>{@code FIG}: another figure of the sentence, whole (before the figure too: "the 30 dead were");
 *   <li>{@code SUB}: as {@code NP}, but its last word is no {@code generic} word: it names a subgroup;
 *   <li>{@code N@class}: the figure, whose first word is of the class ({@code @motion_qualifier}
 *       is built in: the number finder's qualifiers of motion, "passed 500", "nears 1,000");
 *   <li>{@code ^} and {@code $}: the start and the end of the sentence;
 *   <li>{@code a|$|COUNTRY|@class}: one of several elements, words, classes, {@code COUNTRY} and
 *       the edges among them, tried in turn (the words first);
 *   <li>a trailing {@code ?} makes an element optional; a leading {@code !} makes it a check
 *       that the next token is not that one, consuming nothing.
 * </ul>
 */
final class CasualtyPatterns {
  static final String RESOURCE = "/io/claimcheck/extract/casualty-patterns.yaml";
  /** The build's JSON copy of {@link #RESOURCE}, loaded in its place ({@link JsonCopy}). */
  static final String JSON_COPY = "/io/claimcheck/extract/casualty-patterns.json";
  static final int MAX_GAP = 20;
  static final int MAX_ELEMENTS = 16;
  /** The built-in class of the number finder's qualifiers of motion: "passed", "tops", "nears". */
  static final String MOTION = "motion_qualifier";

  /** One element of a pattern. */
  sealed interface Element permits Literal, ClassRef, Gap, NounPhrase, Previous, Figure, Edge, Optional, Not, Country, Choice {}

  /** One token among the given lower-case words. */
  record Literal(Set<String> words) implements Element {}

  /** One token of a word class. */
  record ClassRef(WordClass wordClass) implements Element {}

  /** How much a gap may cross. */
  enum GapKind {
    /** Any token but a figure that may count people, a {@code ;} or a word of {@code gap_stop}. */
    NORMAL,
    /** The same, and no figure at all ({@code ~n!}). */
    STRICT,
    /** Words only ({@code ~nw}): no punctuation but a hyphen inside a word, no digits, no figure, and
     * no word of {@code word_gap_stop} unless it joins two capitalised names ("Orvana and Tessel"). */
    WORDS,
    /** Any token but a {@code ;} or a word of {@code gap_stop}, figures included ({@code ~n+}): a
     * parenthesis that holds figures of its own ("nine people, including eight students, were"). */
    ACROSS
  }

  /** Up to {@code max} tokens, crossing what {@code kind} allows. */
  record Gap(int max, GapKind kind) implements Element {
    boolean strict() {
      return kind == GapKind.STRICT;
    }
  }

  /** After the figure: another figure of the sentence, whole ("nineteen children and [two] teachers were"). */
  record Figure() implements Element {}

  /** A noun phrase naming people, after the figure. */
  record NounPhrase(boolean maximal, boolean subgroup) implements Element {}

  /**
   * The previous claim of the sentence, ending just before; {@code PREV+} lets up to three words
   * of its noun phrase follow it ("killed 170 Afghans and 13 ...").
   */
  record Previous(boolean withNoun) implements Element {}

  /** The start ({@code ^}) or end ({@code $}) of the sentence. */
  record Edge(boolean start) implements Element {}

  /** A country's name the gazetteer knows ("United States"); before the figure it names the subgroup. */
  record Country() implements Element {}

  /**
   * One of several elements at one place: words, classes, {@code COUNTRY} and the sentence's
   * edges ("$|;|COUNTRY": the end of the sentence, a semicolon or the next country's name). The
   * words among them are one {@link Literal}, tried with the others in the order written.
   */
  record Choice(List<Element> alternatives) implements Element {
    /** The words among the alternatives, or none. */
    Set<String> words() {
      Set<String> out = new HashSet<>();
      for (Element e : alternatives) {
        if (e instanceof Literal l) {
          out.addAll(l.words());
        }
      }
      return out;
    }
  }

  /** An element that may be absent. */
  record Optional(Element element) implements Element {}

  /** A token (or the sentence's edge) that is not the given one; consumes nothing. */
  record Not(Element element) implements Element {}

  /** A named set of words, some of them tagged with the measure they name. */
  record WordClass(String name, Set<String> words, Map<String, Measure> tags, WordSet set) {
    @Nullable Measure tag(String word) {
      return tags.get(word);
    }
  }

  /**
   * One pattern.
   *
   * @param name unique, kebab-case
   * @param form the group of forms it belongs to, for the documentation
   * @param priority higher is tried first; ties keep the file's order
   * @param before the elements before the figure, nearest first
   * @param after the elements after the figure, nearest first
   * @param measure the measure it gives, or null to take it from a tagged word, or from the
   *     previous claim when {@code inherit}
   * @param inherit the measure (and places) of the previous claim of the sentence
   * @param last the measure of the document's last claim: a count that stands for its toll
   * @param modality the modality it gives, or null to read it from the cue words in the match
   * @param subgroup the noun phrase names a subgroup of a toll
   * @param state words naming a state of the counted that may change ("in hospital", "in
   *     critical condition"): the claim counts that subgroup of its measure, or null
   * @param nationality a demonym the noun phrase gives ("Americans") names the people of its
   *     country, under the country's name, as a list of nationalities does
   * @param earlier the figure is an earlier value of the count (its as-of date is earlier)
   * @param reject the figure counts no casualty: no claim
   * @param figureClass when set ({@code N@class}), the figure's first word must be of that class
   * @param split the pattern reads a "from A to B" phrase as two figures, the earlier A and the
   *     later B, and matches no other figure
   * @param item the figure is a later item of the list the previous claim of the sentence is an
   *     item of ("killed 6 men and 4 women": the 4)
   */
  record Pattern(String name, String form, int priority, String source, List<Element> before, List<Element> after,
      @Nullable Measure measure, boolean inherit, boolean last, @Nullable Modality modality, boolean subgroup, @Nullable String state,
      boolean nationality, boolean earlier, boolean reject, boolean split, @Nullable WordClass figureClass, boolean item,
      String note, List<String> examples, List<String> counterExamples) {}

  /**
   * A signal of whether a list of subgroups is complete, matched at one of its items' figures (or,
   * {@code at: count}, at a figure that counts its groups): the pattern, where it is matched, and
   * whether it says the list is the whole ("the dead were ...") or may leave people out
   * ("among them ...", "..., among others"). A signal with a {@code partition} makes a list
   * complete only when its items split the count along one dimension: every item's group a word
   * of one of those classes, or ({@code byNationality}) every item a country's people; its
   * {@code partial} examples are lists it matches that are not complete.
   */
  record ListSignal(Pattern pattern, At at, boolean complete, List<WordClass> partition, boolean byNationality,
      List<String> partialExamples) {
    /** Whether the signal asks its list's items to split the count along one dimension. */
    boolean needsPartition() {
      return byNationality || !partition.isEmpty();
    }

    /** Where a signal is matched. */
    enum At {
      /** At the list's first item: its lead-in. */
      FIRST,
      /** At a later item: the words before it ("and the remaining 25"). */
      NEXT,
      /** At the last item: the words after it ("..., among others"). */
      END,
      /** At a figure before the list that counts its groups ("from four countries:"). */
      COUNT
    }
  }

  private final String file;
  private final Map<String, WordClass> classes;
  private final List<Pattern> patterns;
  private final List<Pattern> inFileOrder;
  private final List<ListSignal> listSignals;

  private CasualtyPatterns(String file, Map<String, WordClass> classes, List<Pattern> inFileOrder,
      List<ListSignal> listSignals) {
    this.file = file;
    this.classes = Collections.unmodifiableMap(classes);
    List<ListSignal> signals = new ArrayList<>(listSignals);
    signals.sort(Comparator.comparingInt((ListSignal l) -> -l.pattern().priority()));
    this.listSignals = List.copyOf(signals);
    this.inFileOrder = List.copyOf(inFileOrder);
    List<Pattern> sorted = new ArrayList<>(inFileOrder);
    sorted.sort(Comparator.comparingInt((Pattern p) -> -p.priority()));
    this.patterns = List.copyOf(sorted);
  }

  private static final class Holder {
    static final CasualtyPatterns STANDARD = load();
  }

  /** The bundled patterns. */
  static CasualtyPatterns standard() {
    return Holder.STANDARD;
  }

  /** Patterns by priority, highest first. */
  List<Pattern> byPriority() {
    return patterns;
  }

  /** The signals of a list's completeness, by priority, highest first. */
  List<ListSignal> listSignals() {
    return listSignals;
  }

  /** Patterns as the file lists them. */
  List<Pattern> inFileOrder() {
    return inFileOrder;
  }

  /**
   * The word class named {@code name}, for code that reads it one token at a time; fails with the
   * file and the name when the file lacks it or when it has a phrase, which such code would never
   * match.
   */
  /**
   * The words of the list class {@code name} in the file's order, for the classes whose order
   * means something ("weekday": Monday first).
   */
  List<String> inOrder(String name) {
    return List.copyOf(wordClass(name).words());
  }

  /** The file the patterns were read from, for errors about its classes. */
  String file() {
    return file;
  }

  WordClass wordClass(String name) {
    WordClass c = phraseClass(name);
    for (String w : c.words()) {
      if (w.contains(" ")) {
        throw new ClaimCheckException(file + ": class '" + name + "' has the phrase '" + w + "'; the extractor"
            + " reads it one token at a time (expected single words)");
      }
    }
    return c;
  }

  /** The word class named {@code name}, whose entries may be phrases ({@link Phrases}). */
  WordClass phraseClass(String name) {
    WordClass c = classes.get(name);
    if (c == null) {
      throw new ClaimCheckException(file + ": no word class '" + name + "'; the extractor needs it");
    }
    return c;
  }

  /** Every word class, by name. */
  Map<String, WordClass> classes() {
    return classes;
  }

  private static CasualtyPatterns load() {
    // the build's JSON copy of the file when there is one (JsonCopy): read with the JSON parser
    // the inputs load anyway, it spares a run ~150 ms of loading the YAML and data-binding
    // libraries; the YAML itself otherwise (a build that skipped the copy)
    try (InputStream json = CasualtyPatterns.class.getResourceAsStream(JSON_COPY)) {
      if (json != null) {
        return parse(JsonCopy.read(json), RESOURCE);
      }
    } catch (IOException e) {
      throw new ClaimCheckException(JSON_COPY + " cannot be read: " + e.getMessage());
    }
    try (InputStream in = CasualtyPatterns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ClaimCheckException(RESOURCE + " is missing from the jar");
      }
      return parse(JsonCopy.readYaml(in), RESOURCE);
    } catch (IOException e) {
      throw new ClaimCheckException(RESOURCE + " cannot be read: " + e.getMessage());
    }
  }

  /** Reads patterns from the tree of a YAML file; {@code file} names it in errors. */
  static CasualtyPatterns parse(JsonNode root, String file) {
    Map<String, WordClass> classes = new LinkedHashMap<>();
    JsonNode cs = root.path("classes");
    for (Iterator<Map.Entry<String, JsonNode>> it = cs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Set<String> words = new LinkedHashSet<>(); // a list's words in the file's order: see inOrder
      Map<String, Measure> tags = new HashMap<>();
      JsonNode v = e.getValue();
      if (v.isArray()) {
        for (JsonNode w : v) {
          words.add(word(w, file, e.getKey()));
        }
      } else if (v.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> t = v.fields(); t.hasNext(); ) {
          Map.Entry<String, JsonNode> m = t.next();
          Measure measure = Measure.of(m.getKey());
          for (JsonNode w : m.getValue()) {
            String word = word(w, file, e.getKey());
            words.add(word);
            tags.putIfAbsent(word, measure);
          }
        }
      } else {
        throw new ClaimCheckException(file + ": class '" + e.getKey() + "' must be a list of words or a map from measures to lists");
      }
      classes.put(e.getKey(), new WordClass(e.getKey(), Collections.unmodifiableSet(words), Map.copyOf(tags),
          new WordSet(words)));
    }
    // one vocabulary with the number finder: the first words of its qualifiers of motion
    Set<String> motion = new HashSet<>();
    for (io.claimcheck.number.NumberFinder.QualifierPhrase q : io.claimcheck.number.NumberFinder.qualifierPhrases()) {
      if (q.motion()) {
        motion.add(q.phrase().split(" ")[0].toLowerCase(Locale.ROOT));
      }
    }
    classes.put(MOTION, new WordClass(MOTION, Set.copyOf(motion), Map.of(), new WordSet(motion)));
    List<Pattern> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode p : root.path("patterns")) {
      out.add(pattern(p, file, classes, names, out.size() + 1, false));
    }
    List<ListSignal> signals = new ArrayList<>();
    for (JsonNode p : root.path("lists")) {
      Pattern pattern = pattern(p, file, classes, names, signals.size() + 1, true);
      String where = file + ": list signal '" + pattern.name() + "'";
      ListSignal.At at;
      try {
        at = ListSignal.At.valueOf(p.path("at").asText("").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ClaimCheckException(where + ": 'at' is '" + p.path("at").asText("") + "'; expected first, next, end"
            + " or count");
      }
      JsonNode complete = p.path("complete");
      if (!complete.isBoolean()) {
        throw new ClaimCheckException(where + ": 'complete' must be true or false");
      }
      if (pattern.counterExamples().isEmpty()) {
        throw new ClaimCheckException(where + ": needs at least one counter-example");
      }
      List<WordClass> partition = new ArrayList<>();
      boolean byNationality = false;
      for (JsonNode c : p.path("partition")) {
        if (c.asText("").equals("nationality")) {
          byNationality = true;
          continue;
        }
        WordClass wc = classes.get(c.asText(""));
        if (wc == null) {
          throw new ClaimCheckException(where + ": 'partition' names '" + c.asText("") + "'; expected a word class of"
              + " the file or nationality");
        }
        partition.add(wc);
      }
      List<String> partial = texts(p.path("partial"));
      if (!partial.isEmpty() && partition.isEmpty() && !byNationality) {
        throw new ClaimCheckException(where + ": 'partial' examples need a 'partition'");
      }
      signals.add(new ListSignal(pattern, at, complete.asBoolean(), List.copyOf(partition), byNationality,
          List.copyOf(partial)));
    }
    return new CasualtyPatterns(file, classes, out, signals);
  }

  /** One pattern of the file ({@code signal}: of its {@code lists} section, which names no measure). */
  private static Pattern pattern(JsonNode p, String file, Map<String, WordClass> classes, Set<String> names,
      int number, boolean signal) {
    String name = p.path("name").asText("");
    String where = file + ": " + (signal ? "list signal" : "pattern") + " '" + name + "'";
    if (name.isEmpty()) {
      throw new ClaimCheckException(file + ": " + (signal ? "list signal" : "pattern") + " number " + number
          + " has no name");
    }
    if (!names.add(name)) {
      throw new ClaimCheckException(where + " is named twice");
    }
    String source = p.path("match").asText("");
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    boolean seen = false;
    WordClass figureClass = null;
    String[] parts = source.trim().split("\\s+");
    if (parts.length > MAX_ELEMENTS) {
      throw new ClaimCheckException(where + ": more than " + MAX_ELEMENTS + " elements");
    }
    for (String part : parts) {
      if (part.startsWith("N@")) {
        figureClass = classes.get(part.substring(2));
        if (figureClass == null) {
          throw new ClaimCheckException(where + ": unknown word class '" + part.substring(1) + "'");
        }
        part = "N";
      }
      if (part.equals("N")) {
        if (seen) {
          throw new ClaimCheckException(where + ": 'N' (the figure) appears twice in '" + source + "'");
        }
        seen = true;
        continue;
      }
      Element el = element(part, classes, where, seen);
      (seen ? after : before).add(el);
    }
    if (!seen) {
      throw new ClaimCheckException(where + ": 'match' needs N, the figure, in '" + source + "'");
    }
    Collections.reverse(before);
    boolean reject = p.path("reject").asBoolean(false);
    boolean inherit = p.path("measure").asText("").equals("inherit");
    boolean last = p.path("measure").asText("").equals("last");
    Measure measure = null;
    if (p.hasNonNull("measure") && !inherit && !last) {
      measure = Measure.of(p.get("measure").asText());
    }
    Modality modality = null;
    if (p.hasNonNull("modality")) {
      try {
        modality = Modality.of(p.get("modality").asText());
      } catch (IllegalArgumentException e) {
        throw new ClaimCheckException(where + ": " + e.getMessage());
      }
    }
    List<String> examples = texts(p.path("examples"));
    List<String> counters = texts(p.path("counter"));
    if (examples.isEmpty()) {
      throw new ClaimCheckException(where + ": needs at least one example");
    }
    if (!signal && measure == null && !inherit && !last && !reject && !tagged(before, after)) {
      throw new ClaimCheckException(where + ": gives no measure: set 'measure' or use a class that tags one");
    }
    return new Pattern(name, p.path("form").asText("other"), p.path("priority").asInt(0), source, List.copyOf(before),
        List.copyOf(after), measure, inherit, last, modality, p.path("subgroup").asBoolean(false),
        state(p, where), p.path("nationality").asBoolean(false), p.path("earlier").asBoolean(false), reject, p.path("split").asBoolean(false), figureClass, p.path("item").asBoolean(false), p.path("note").asText(""), examples, counters);
  }

  /** The pattern's state words ("in hospital"), or null; a state is words, never a flag. */
  private static @Nullable String state(JsonNode p, String where) {
    JsonNode s = p.path("state");
    if (s.isMissingNode() || s.isNull()) {
      return null;
    }
    if (!s.isTextual() || s.asText().isBlank()) {
      throw new ClaimCheckException(where + ": 'state' must be the words that name the state, such as \"in hospital\"");
    }
    return s.asText().strip().toLowerCase(Locale.ROOT);
  }

  /** A word of a class; YAML reads on, off, yes, no unquoted as true or false, which no class means. */
  private static String word(JsonNode w, String file, String className) {
    if (w.isBoolean()) {
      throw new ClaimCheckException(file + ": class '" + className + "': a word was read as " + w.asText()
          + "; write words such as on, off, yes and no in quotes (\"on\")");
    }
    if (w.isNull() || w.asText().isBlank()) {
      // an empty entry would be a phrase of no words, found at every token
      throw new ClaimCheckException(file + ": class '" + className + "' has an empty entry; expected a word or a"
          + " phrase");
    }
    return w.asText().toLowerCase(Locale.ROOT);
  }

  private static boolean tagged(List<Element> before, List<Element> after) {
    for (List<Element> side : List.of(before, after)) {
      for (Element e : side) {
        Element x = e instanceof Optional o ? o.element() : e;
        if (x instanceof ClassRef c && !c.wordClass().tags().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Element element(String part, Map<String, WordClass> classes, String where, boolean after) {
    if (part.length() > 1 && part.endsWith("?")) {
      return new Optional(element(part.substring(0, part.length() - 1), classes, where, after));
    }
    if (part.length() > 1 && part.startsWith("!")) {
      Element inner = element(part.substring(1), classes, where, after);
      if (!(inner instanceof Literal || inner instanceof ClassRef || inner instanceof Figure)) {
        throw new ClaimCheckException(where + ": '" + part + "': only a word, a class or FIG can follow '!'");
      }
      return new Not(inner);
    }
    if (part.startsWith("~")) {
      int n;
      char last = part.charAt(part.length() - 1);
      GapKind kind = last == '!' ? GapKind.STRICT : last == 'w' ? GapKind.WORDS : last == '+' ? GapKind.ACROSS
          : GapKind.NORMAL;
      try {
        n = Integer.parseInt(part.substring(1, part.length() - (kind == GapKind.NORMAL ? 0 : 1)));
      } catch (NumberFormatException e) {
        throw new ClaimCheckException(where + ": '" + part + "' is no gap; expected ~ and a number, as ~6 (or ~6!, ~6w, ~6+)");
      }
      if (n < 1 || n > MAX_GAP) {
        throw new ClaimCheckException(where + ": gap '" + part + "' must be between ~1 and ~" + MAX_GAP);
      }
      return new Gap(n, kind);
    }
    if (part.equals("FIG")) {
      return new Figure();
    }
    if (part.equals("NP") || part.equals("NP!")) {
      if (!after) {
        throw new ClaimCheckException(where + ": NP may only follow the figure");
      }
      return new NounPhrase(part.equals("NP!"), false);
    }
    if (part.equals("SUB")) {
      if (!after) {
        throw new ClaimCheckException(where + ": SUB may only follow the figure");
      }
      return new NounPhrase(false, true);
    }
    if (part.equals("PREV") || part.equals("PREV+")) {
      if (after) {
        throw new ClaimCheckException(where + ": PREV may only come before the figure");
      }
      return new Previous(part.equals("PREV+"));
    }
    if (part.equals("COUNTRY")) {
      return new Country();
    }
    if (part.equals("^") || part.equals("$")) {
      return new Edge(part.equals("^"));
    }
    if (part.startsWith("@")) {
      WordClass c = classes.get(part.substring(1));
      if (c == null) {
        throw new ClaimCheckException(where + ": unknown word class '" + part + "'");
      }
      for (String word : c.words()) {
        if (word.contains(" ")) {
          throw new ClaimCheckException(where + ": '" + part + "' has the phrase '" + word + "', but an element is one"
              + " token; expected a class of single words (write the phrase's words as elements)");
        }
      }
      return new ClassRef(c);
    }
    if (part.equals("N") || part.contains("|N|") || part.startsWith("N|") || part.endsWith("|N")) {
      throw new ClaimCheckException(where + ": '" + part + "': the figure N stands alone, once");
    }
    if (part.contains("|") && part.length() > 1) {
      Element choice = choice(part, classes, where, after);
      if (choice != null) {
        return choice;
      }
    }
    Set<String> words = new HashSet<>();
    for (String w : part.split("\\|")) {
      if (!w.isEmpty()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    if (words.isEmpty()) {
      throw new ClaimCheckException(where + ": empty element '" + part + "'");
    }
    return new Literal(Set.copyOf(words));
  }

  /**
   * A part such as {@code $|;|COUNTRY}, whose alternatives are not all plain words, as a
   * {@link Choice}; null when they are all words (one {@link Literal}).
   */
  private static @Nullable Element choice(String part, Map<String, WordClass> classes, String where, boolean after) {
    List<Element> alternatives = new ArrayList<>();
    Set<String> words = new HashSet<>();
    boolean special = false;
    for (String a : part.split("\\|")) {
      if (a.isEmpty()) {
        continue;
      }
      if (a.equals("$") || a.equals("^") || a.equals("COUNTRY") || a.startsWith("@")) {
        special = true;
        alternatives.add(element(a, classes, where, after));
      } else if (a.startsWith("~") || a.startsWith("NP") || a.equals("SUB") || a.startsWith("PREV") || a.equals("FIG")
          || a.endsWith("?") || a.startsWith("!") && a.length() > 1) {
        throw new ClaimCheckException(where + ": '" + part + "': '" + a + "' cannot be one of alternatives;"
            + " only words, classes (@name), COUNTRY, ^ and $ can");
      } else {
        words.add(a.toLowerCase(Locale.ROOT));
      }
    }
    if (!special) {
      return null;
    }
    if (!words.isEmpty()) {
      alternatives.add(0, new Literal(Set.copyOf(words)));
    }
    return new Choice(List.copyOf(alternatives));
  }

  private static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : n) {
      out.add(x.asText());
    }
    return List.copyOf(out);
  }
}
