package io.claimcheck.extract;

import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.extract.CasualtyPatterns.Choice;
import io.claimcheck.extract.CasualtyPatterns.ClassRef;
import io.claimcheck.extract.CasualtyPatterns.Edge;
import io.claimcheck.extract.CasualtyPatterns.Element;
import io.claimcheck.extract.CasualtyPatterns.Figure;
import io.claimcheck.extract.CasualtyPatterns.Gap;
import io.claimcheck.extract.CasualtyPatterns.GapKind;
import io.claimcheck.extract.CasualtyPatterns.Literal;
import io.claimcheck.extract.CasualtyPatterns.Not;
import io.claimcheck.extract.CasualtyPatterns.NounPhrase;
import io.claimcheck.extract.CasualtyPatterns.Optional;
import io.claimcheck.extract.CasualtyPatterns.Pattern;
import io.claimcheck.extract.CasualtyPatterns.Previous;
import io.claimcheck.extract.CasualtyPatterns.WordClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies casualty patterns to the tokens around one figure. Each side of a pattern is matched
 * outwards from the figure; every element consumes a bounded number of tokens (a gap at most
 * {@value CasualtyPatterns#MAX_GAP}, a noun phrase at most three words), and failed states
 * (element, token) are remembered, so one pattern costs at most elements × reach steps whatever
 * the text: no backtracking blow-up, and the run stays linear in the text's length.
 *
 * <p>Not thread-safe: one matcher per document run (it holds scratch space).
 */
final class PatternMatcher {
  /** What the matcher needs to know of the sentence beyond its words. */
  interface Context {
    /** Whether token {@code k} belongs to a figure, other than the one being read, that may count people. */
    boolean otherFigure(int k);

    /** Whether token {@code k} belongs to any figure other than the one being read. */
    boolean anyFigure(int k);

    /** The first token of the previous claim of the sentence, or -1 when none. */
    int previousStart();

    /** The token after the previous claim's words, or -1 when none. */
    int previousEnd();

    /** Whether the figure is a "from A to B" phrase: only splitting patterns read it. */
    boolean fromRange();

    /** The token after the figure (any, but the one being read) that starts at token {@code k}, or -1. */
    int figureEnd(int k);

    /** The first token of the figure (any, but the one being read) whose last token is {@code k}, or -1. */
    default int figureStart(int k) {
      return -1;
    }

    /** Whether the document has given a toll a count may stand for ({@code measure: last}). */
    boolean hasLast();

    /**
     * The country whose name covers token {@code k} and runs on from it in direction {@code dir}:
     * its name, and the token beyond its last (dir 1) or first (dir -1) word; null when none.
     */
    default @Nullable CountryName country(int k, int dir) {
      return null;
    }
  }

  /** A country's name in the sentence and the token just beyond it. */
  record CountryName(String name, int beyond) {}

  /** A pattern that matched: the tokens it covers and what it captured. */
  record Match(Pattern pattern, int start, int end, @Nullable Measure measure, @Nullable String subject,
      Modality modality) {}

  private static final int REACH = 256;
  private static final int FAIL = Integer.MIN_VALUE;

  private final CasualtyPatterns patterns;
  private final WordClass gapStop;
  private final WordClass npStop;
  private final WordClass generic;
  private final WordClass notPeople;
  private final WordClass projected;
  private final WordClass denied;
  private final WordClass wordGapStop;
  private final WordClass afterWord;
  private final WordClass activeVerb;
  private final WordClass auxiliary;
  private final int[] failed = new int[(CasualtyPatterns.MAX_ELEMENTS + 1) * REACH];
  private int generation;

  // captures of the current attempt
  private @Nullable Measure measure;
  private @Nullable String subject;
  /** The country a COUNTRY element before the figure matched, or null. */
  private @Nullable String country;

  /** Every word the patterns name, by id; tokens are looked up once per sentence, without allocating. */
  private final Map<String, Integer> vocabulary;
  private String[] slotWord = new String[0];
  private int[] slotId = new int[0];
  /** Each slot's word's hash, as a token's is made: compared before the word, which then is read only when it may be the token. */
  private int[] slotHash = new int[0];
  private int slotMask;
  /** Word set (a literal's or a class's) to its members by vocabulary id. */
  private final Map<Set<String>, boolean[]> members;
  private int[] tokenId = new int[64];
  /** Per vocabulary id, the patterns (by priority) whose anchor holds the word; null when none. */
  private final int[][] anchorById;

  /** The patterns by priority, and per pattern its {@link #SPLIT}, {@link #INHERIT} and {@link #LAST} flags. */
  private final Pattern[] byPriority;
  private final int[] kinds;
  private static final int SPLIT = 1;
  private static final int INHERIT = 2;
  private static final int LAST = 4;
  /** Per pattern (by priority): whether it has an anchor, a word one of which the sentence must hold. */
  private final boolean[] anchored;
  /** Per pattern: the sentence stamp when its anchor is in the sentence. */
  private final int[] possible;
  private int sentenceStamp;
  private @Nullable Words sentence;
  /** The {@link Words#generation} of {@link #sentence} when it was read: a refilled object is read again. */
  private int sentenceGeneration;

  /** Per pattern (by priority), the words that may stand just before and just after the figure; null: any. */
  private final boolean[][] nextBefore;
  private final boolean[][] nextAfter;

  /**
   * A matcher with the tables of {@code shared} (read only once built, so shared between threads)
   * and scratch space of its own: building the tables costs far more than reading a short article.
   */
  PatternMatcher(PatternMatcher shared) {
    this.patterns = shared.patterns;
    this.vocabulary = shared.vocabulary;
    this.slotWord = shared.slotWord;
    this.slotId = shared.slotId;
    this.slotHash = shared.slotHash;
    this.slotMask = shared.slotMask;
    this.members = shared.members;
    this.anchorById = shared.anchorById;
    this.anchored = shared.anchored;
    this.nextBefore = shared.nextBefore;
    this.nextAfter = shared.nextAfter;
    this.byPriority = shared.byPriority;
    this.kinds = shared.kinds;
    this.possible = new int[shared.possible.length];
    this.gapStop = shared.gapStop;
    this.npStop = shared.npStop;
    this.generic = shared.generic;
    this.notPeople = shared.notPeople;
    this.projected = shared.projected;
    this.denied = shared.denied;
    this.wordGapStop = shared.wordGapStop;
    this.afterWord = shared.afterWord;
    this.activeVerb = shared.activeVerb;
    this.auxiliary = shared.auxiliary;
  }

  PatternMatcher(CasualtyPatterns patterns) {
    this.patterns = patterns;
    this.vocabulary = new HashMap<>();
    this.members = new IdentityHashMap<>();
    List<Pattern> all = patterns.byPriority();
    for (WordClass c : patterns.classes().values()) {
      c.words().forEach(this::idOf);
    }
    for (Pattern p : withSignals(patterns)) {
      for (List<Element> side : List.of(p.before(), p.after())) {
        for (Element e : side) {
          Element x = e instanceof Optional o ? o.element() : e instanceof Not n ? n.element() : e;
          if (x instanceof Literal l) {
            l.words().forEach(this::idOf);
          } else if (x instanceof Choice c) {
            c.words().forEach(this::idOf);
          }
        }
      }
    }
    buildSlots();
    this.nextBefore = new boolean[all.size()][];
    this.nextAfter = new boolean[all.size()][];
    List<List<Integer>> anchors = new ArrayList<>();
    for (int id = 0; id < vocabulary.size(); id++) {
      anchors.add(null);
    }
    this.anchored = new boolean[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Set<String> before = firstWords(all.get(i).before());
      Set<String> after = firstWords(all.get(i).after());
      nextBefore[i] = before == null ? null : memberArray(before);
      nextAfter[i] = after == null ? null : memberArray(after);
      Set<String> anchor = anchor(all.get(i));
      if (anchor != null) {
        anchored[i] = true;
        for (String a : anchor) {
          int id = vocabulary.get(a);
          if (anchors.get(id) == null) {
            anchors.set(id, new ArrayList<>());
          }
          anchors.get(id).add(i);
        }
      }
    }
    this.anchorById = new int[anchors.size()][];
    for (int id = 0; id < anchors.size(); id++) {
      if (anchors.get(id) != null) {
        anchorById[id] = anchors.get(id).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    this.possible = new int[all.size()];
    this.byPriority = all.toArray(new Pattern[0]);
    this.kinds = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Pattern p = all.get(i);
      kinds[i] = (p.split() ? SPLIT : 0) | (p.inherit() ? INHERIT : 0) | (p.last() ? LAST : 0);
    }
    this.gapStop = patterns.wordClass("gap_stop");
    this.npStop = patterns.wordClass("np_stop");
    this.generic = patterns.wordClass("generic");
    this.notPeople = patterns.wordClass("not_people");
    this.projected = patterns.wordClass("projected_cue");
    this.denied = patterns.wordClass("denied_cue");
    this.wordGapStop = patterns.wordClass("word_gap_stop");
    this.afterWord = patterns.wordClass("after_word");
    this.activeVerb = patterns.wordClass("active_verb");
    this.auxiliary = patterns.wordClass("auxiliary");
  }

  /** The first pattern, by priority, that matches the figure at tokens {@code [first, after)}. */
  @Nullable Match first(Words w, int first, int after, Context ctx) {
    boolean range = ctx.fromRange();
    if (sentence != w || sentenceGeneration != w.generation) {
      sentence = w; // one pass over the sentence: each token's id, and the patterns whose anchor it holds
      sentenceGeneration = w.generation;
      if (++sentenceStamp == Integer.MAX_VALUE) { // a matcher lent to run after run: stamps start again
        java.util.Arrays.fill(possible, 0);
        sentenceStamp = 1;
      }
      if (tokenId.length < w.size) {
        tokenId = new int[Math.max(w.size, 2 * tokenId.length)];
      }
      for (int k = 0; k < w.size; k++) {
        int id = lookup(w, k);
        tokenId[k] = id;
        int[] hit = id < 0 ? null : anchorById[id];
        if (hit != null) {
          for (int i = 0; i < hit.length; i++) {
            possible[hit[i]] = sentenceStamp;
          }
        }
      }
    }
    int left = first - 1 >= 0 && first - 1 < w.size ? tokenId[first - 1] : -1;
    int right = after < w.size ? tokenId[after] : -1;
    Match m = first(w, first, after, ctx, range, left, right);
    // a "from A to B" no splitting pattern reads is read whole: "anywhere from 4 to 11 deaths"
    return m == null && range ? first(w, first, after, ctx, false, left, right) : m;
  }

  private @Nullable Match first(Words w, int first, int after, Context ctx, boolean split, int left, int right) {
    Pattern[] all = byPriority;
    for (int i = 0; i < all.length; i++) {
      int kind = kinds[i];
      if (((kind & SPLIT) != 0) != split || (kind & INHERIT) != 0 && ctx.previousStart() < 0
          || (kind & LAST) != 0 && !ctx.hasLast()
          || anchored[i] && possible[i] != sentenceStamp
          || nextBefore[i] != null && (left < 0 || !nextBefore[i][left])
          || nextAfter[i] != null && (right < 0 || !nextAfter[i][right])) {
        continue; // the figure's neighbours rule the pattern out: no need to walk it
      }
      Match m = match(all[i], w, first, after, ctx);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** The match of one pattern at the figure, or null. */
  @Nullable Match match(Pattern p, Words w, int first, int after, Context ctx) {
    if (p.figureClass() != null && !w.in(first, p.figureClass().set())) {
      return null;
    }
    measure = null;
    subject = null;
    country = null;
    nextGeneration();
    int end = side(p.after(), 0, after, after, +1, w, ctx);
    if (end == FAIL) {
      return null;
    }
    Measure afterMeasure = measure;
    measure = null;
    nextGeneration();
    int before = side(p.before(), 0, first - 1, first - 1, -1, w, ctx);
    if (before == FAIL) {
      return null;
    }
    Measure m = p.measure() != null ? p.measure() : afterMeasure != null ? afterMeasure : measure;
    int start = before + 1;
    Modality modality = p.modality() != null ? p.modality() : modality(w, start, end, first, after);
    String s = subject != null && !generic.words().contains(subject) ? subject : null;
    return new Match(p, start, end, m, country != null ? country : s, modality);
  }

  /** A new generation of failed states; the marks start again before the count wraps. */
  private void nextGeneration() {
    if (++generation == Integer.MAX_VALUE) {
      java.util.Arrays.fill(failed, 0);
      generation = 1;
    }
  }

  /**
   * Forgets the sentence read last, so that a matcher kept for the next run holds no document,
   * nor the token ids of a sentence longer than {@link #KEPT_TOKEN_IDS} tokens.
   */
  void release() {
    sentence = null;
    if (tokenId.length > KEPT_TOKEN_IDS) {
      tokenId = new int[64];
    }
  }

  /** Token ids kept by a matcher between runs, at most (256 KB). */
  static final int KEPT_TOKEN_IDS = 1 << 16;

  /**
   * The smallest set of words of which the pattern needs one (a word or class it cannot do
   * without), or null when it needs none.
   */
  private static @Nullable Set<String> anchor(Pattern p) {
    Set<String> best = null;
    for (List<Element> side : List.of(p.before(), p.after())) {
      for (Element e : side) {
        Set<String> words = e instanceof Literal l ? l.words()
            : e instanceof ClassRef c ? c.wordClass().words() : null;
        if (words != null && (best == null || words.size() < best.size())) {
          best = words;
        }
      }
    }
    return best;
  }

  /**
   * The words one of which must stand next to the figure for the side to match, or null when
   * the side may begin with any token (a gap, a noun phrase, the previous claim) or be empty.
   */
  private static @Nullable Set<String> firstWords(List<Element> side) {
    Set<String> out = new HashSet<>();
    for (Element e : side) {
      boolean optional = e instanceof Optional;
      Element x = optional ? ((Optional) e).element() : e;
      if (x instanceof Not) {
        continue;
      }
      if (x instanceof Literal l) {
        out.addAll(l.words());
      } else if (x instanceof ClassRef c) {
        out.addAll(c.wordClass().words());
      } else {
        return null;
      }
      if (!optional) {
        return out;
      }
    }
    return null;
  }

  /** Whether token {@code k} is a word of the class: the token's cached lower-case form, hashed once. */
  private boolean has(Words w, int k, WordClass c) {
    return in(w, k, c.words());
  }

  /** Whether token {@code k} of the current sentence is one of {@code words} (a literal's or a class's). */
  private boolean in(Words w, int k, Set<String> words) {
    if (k < 0 || k >= w.size || w != sentence) {
      return k >= 0 && k < w.size && words.contains(w.at(k));
    }
    int id = tokenId[k];
    return id >= 0 && members.get(words)[id];
  }

  private int idOf(String word) {
    return vocabulary.computeIfAbsent(word, k -> vocabulary.size());
  }

  private boolean[] memberArray(Set<String> words) {
    return members.computeIfAbsent(words, ws -> {
      boolean[] m = new boolean[vocabulary.size()];
      for (String x : ws) {
        Integer id = vocabulary.get(x);
        if (id != null) {
          m[id] = true;
        }
      }
      return m;
    });
  }

  private void buildSlots() {
    int size = Integer.highestOneBit(Math.max(4, vocabulary.size() * 4) - 1) << 1;
    slotWord = new String[size];
    slotId = new int[size];
    slotHash = new int[size];
    slotMask = size - 1;
    for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
      String word = e.getKey();
      int h = io.claimcheck.internal.TextTokens.hash(word, 0, word.length());
      int i = mix(h) & slotMask;
      while (slotWord[i] != null) {
        i = (i + 1) & slotMask;
      }
      slotWord[i] = word;
      slotId[i] = e.getValue();
      slotHash[i] = h;
    }
    for (WordClass c : patterns.classes().values()) {
      memberArray(c.words());
    }
    for (Pattern p : withSignals(patterns)) {
      for (List<Element> side : List.of(p.before(), p.after())) {
        for (Element e : side) {
          Element x = e instanceof Optional o ? o.element() : e instanceof Not n ? n.element() : e;
          if (x instanceof Literal l) {
            memberArray(l.words());
          } else if (x instanceof Choice c) {
            for (Element a : c.alternatives()) {
              if (a instanceof Literal l) {
                memberArray(l.words());
              }
            }
          }
        }
      }
    }
  }

  /** The patterns by priority, then the list signals' patterns: every word either names is in the vocabulary. */
  private static List<Pattern> withSignals(CasualtyPatterns patterns) {
    List<Pattern> out = new ArrayList<>(patterns.byPriority());
    for (CasualtyPatterns.ListSignal l : patterns.listSignals()) {
      out.add(l.pattern());
    }
    return out;
  }

  /**
   * The first list signal, by priority, of kind {@code at} that matches the figure at tokens
   * {@code [first, after)} of the sentence the last {@link #first} call read; null when none.
   */
  CasualtyPatterns.@Nullable ListSignal signal(CasualtyPatterns.ListSignal.At at, Words w, int first, int after,
      Context ctx) {
    for (CasualtyPatterns.ListSignal l : patterns.listSignals()) {
      if (l.at() == at && match(l.pattern(), w, first, after, ctx) != null) {
        return l;
      }
    }
    return null;
  }

  private static int mix(int h) {
    return (h ^ (h >>> 15)) * 0x2c1b3c6d;
  }

  /** The vocabulary id of token {@code k} (ASCII letters folded to lower case), or -1. */
  private int lookup(Words w, int k) {
    int from = w.start[k];
    int to = w.end[k];
    int h = w.hash[k]; // made as the token was lexed
    int i = mix(h) & slotMask;
    while (true) {
      String word = slotWord[i];
      if (word == null) {
        return -1;
      }
      // a word the token spells (ASCII capitals lowered) has the token's hash: the others are passed unread
      if (slotHash[i] == h && word.length() == to - from && same(word, w.text, from)) {
        return slotId[i];
      }
      i = (i + 1) & slotMask;
    }
  }

  private static boolean same(String word, String text, int from) {
    for (int j = 0; j < word.length(); j++) {
      char c = text.charAt(from + j);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Projection or denial cue words in the match (outside the figure) or just before it. */
  private Modality modality(Words w, int start, int end, int first, int after) {
    Modality out = Modality.REPORTED;
    for (int k = Math.max(0, start - 3); k < end; k++) {
      if (k >= first && k < after) {
        continue;
      }
      if (has(w, k, denied)) {
        return Modality.DENIED;
      }
      // "may have killed": an estimate of the past; "could be as high as 4,000": of the present
      if (has(w, k, projected) && !w.is(k + 1, "have") && !(w.is(k + 1, "be") && k + 2 == first)) {
        out = Modality.PROJECTED;
      }
    }
    return out;
  }

  /**
   * Matches elements {@code [e, ...)} of one side from token {@code pos}, walking in direction
   * {@code dir}; returns the position after the last token consumed, or {@link #FAIL}.
   */
  private int side(List<Element> els, int e, int pos, int origin, int dir, Words w, Context ctx) {
    if (e == els.size()) {
      return pos;
    }
    int offset = (pos - origin) * dir + 1;
    if (offset < 0 || offset >= REACH) {
      return FAIL;
    }
    int key = e * REACH + offset;
    if (failed[key] == generation) {
      return FAIL;
    }
    int r = step(els, e, pos, origin, dir, w, ctx);
    if (r == FAIL) {
      failed[key] = generation;
    }
    return r;
  }

  private int step(List<Element> els, int e, int pos, int origin, int dir, Words w, Context ctx) {
    Element el = els.get(e);
    if (el instanceof Optional o) {
      int r = one(o.element(), els, e, pos, origin, dir, w, ctx);
      if (r == FAIL && o.element() instanceof NounPhrase && e == els.size() - 1 && namesThings(w, pos, ctx)) {
        return FAIL; // "killed 12 cows": a figure whose noun counts things, with nothing after, counts no people
      }
      return r != FAIL ? r : side(els, e + 1, pos, origin, dir, w, ctx);
    }
    return one(el, els, e, pos, origin, dir, w, ctx);
  }

  /** Element {@code el} (standing at index {@code e}) at {@code pos}, then the rest. */
  private int one(Element el, List<Element> els, int e, int pos, int origin, int dir, Words w, Context ctx) {
    boolean inside = pos >= 0 && pos < w.size;
    if (el instanceof Literal l) {
      if (!inside || !in(w, pos, l.words())) {
        return FAIL;
      }
      return side(els, e + 1, pos + dir, origin, dir, w, ctx);
    }
    if (el instanceof ClassRef c) {
      if (!inside || !has(w, pos, c.wordClass()) || ctx.otherFigure(pos)) {
        return FAIL;
      }
      int r = side(els, e + 1, pos + dir, origin, dir, w, ctx);
      if (r != FAIL) {
        Measure tag = c.wordClass().tag(w.at(pos));
        if (tag != null) {
          measure = tag; // the tagged word nearest the figure wins: it is set last
        }
      }
      return r;
    }
    if (el instanceof Gap g) {
      int k = pos;
      for (int n = 0; n <= g.max(); n++) {
        int r = side(els, e + 1, k, origin, dir, w, ctx);
        if (r != FAIL) {
          return r;
        }
        if (k < 0 || k >= w.size || !gapToken(w, k, g.kind(), ctx)) {
          return FAIL;
        }
        k += dir;
      }
      return FAIL;
    }
    if (el instanceof NounPhrase np) {
      return nounPhrase(els, e, pos, origin, dir, w, ctx, np.maximal(), np.subgroup());
    }
    if (el instanceof Previous prev) {
      // the previous claim, then (PREV+) up to three words of its noun phrase: "170 Afghans"
      int end = ctx.previousEnd();
      if (end < 0 || end > pos + 1 || pos + 1 - end > (prev.withNoun() ? 3 : 0)) {
        return FAIL;
      }
      for (int k = end; k <= pos; k++) {
        if (!w.isWord(k) || has(w, k, npStop) || ctx.otherFigure(k)) {
          return FAIL;
        }
      }
      return side(els, e + 1, ctx.previousStart() - 1, origin, dir, w, ctx);
    }
    if (el instanceof Figure) {
      if (dir < 0) { // walking back: a figure that ends here, and on from the token before it
        int start = inside ? ctx.figureStart(pos) : -1;
        return start < 0 ? FAIL : side(els, e + 1, start - 1, origin, dir, w, ctx);
      }
      int end = inside ? ctx.figureEnd(pos) : -1;
      return end < 0 ? FAIL : side(els, e + 1, end, origin, dir, w, ctx);
    }
    if (el instanceof Not not) {
      boolean hit = inside && (not.element() instanceof Literal l ? in(w, pos, l.words())
          : not.element() instanceof Figure ? (dir < 0 ? ctx.figureStart(pos) : ctx.figureEnd(pos)) >= 0
          : has(w, pos, ((ClassRef) not.element()).wordClass()));
      return hit ? FAIL : side(els, e + 1, pos, origin, dir, w, ctx);
    }
    if (el instanceof CasualtyPatterns.Country) {
      CountryName c = inside ? ctx.country(pos, dir) : null;
      if (c == null) {
        return FAIL;
      }
      int r = side(els, e + 1, c.beyond(), origin, dir, w, ctx);
      if (r != FAIL && dir < 0) {
        country = c.name(); // a label before the figure names whose count it is
      }
      return r;
    }
    if (el instanceof Choice c) {
      for (Element a : c.alternatives()) {
        int r = one(a, els, e, pos, origin, dir, w, ctx);
        if (r != FAIL) {
          return r;
        }
      }
      return FAIL;
    }
    if (el instanceof Edge edge) {
      boolean at = edge.start() ? pos < 0 : pos >= w.size;
      return at ? side(els, e + 1, pos, origin, dir, w, ctx) : FAIL;
    }
    return FAIL;
  }

  private boolean gapToken(Words w, int k, GapKind kind, Context ctx) {
    if (w.is(k, ";") || has(w, k, gapStop)) {
      return false;
    }
    return switch (kind) {
      case NORMAL -> !ctx.otherFigure(k);
      case STRICT -> !ctx.anyFigure(k);
      case ACROSS -> true;
      case WORDS -> !ctx.anyFigure(k) && (w.isWord(k) ? !w.isDigits(k)
          && (!has(w, k, wordGapStop) || w.isCap(k - 1) && w.isCap(k + 1))
          : w.is(k, "-") && w.isWord(k - 1) && w.isWord(k + 1));
    };
  }

  /** Whether token {@code k}, after "and" in a noun phrase, is a plain noun joined to it, not a new clause or figure. */
  private boolean conjunct(Words w, int k, Context ctx) {
    return w.isWord(k) && !w.isCap(k) && !w.isDigits(k) && ctx.figureEnd(k) < 0 && !ctx.anyFigure(k)
        && !has(w, k, npStop) && !has(w, k, notPeople) && !has(w, k, afterWord) && !has(w, k, activeVerb)
        && !has(w, k, auxiliary) && !w.at(k).endsWith("ing"); // "and setting off": a new verb
  }

  /** Whether the words at {@code pos} start a phrase that names things: one with a word of {@code not_people}. */
  private boolean namesThings(Words w, int pos, Context ctx) {
    int words = 0;
    for (int k = pos; k < w.size && words < 3; k++) {
      if (w.is(k, "-") && words > 0 && w.isWord(k + 1)) {
        continue;
      }
      if (!w.isWord(k) || w.isDigits(k) || has(w, k, npStop) || ctx.otherFigure(k)) {
        return false;
      }
      if (has(w, k, notPeople)) {
        return true;
      }
      words++;
    }
    return false;
  }

  /** One to three words naming people (hyphens join words), longest first. */
  private int nounPhrase(List<Element> els, int e, int pos, int origin, int dir, Words w, Context ctx,
      boolean maximal, boolean subgroup) {
    if (dir < 0) {
      return FAIL;
    }
    int end1 = 0; // the ends of the one-, two- and three-word phrases: locals, as side() may recurse here
    int end2 = 0;
    int end3 = 0;
    int words = 0;
    int k = pos;
    int genericConjunct = -1; // "passengers and crew": a conjunct that names everyone makes the phrase the whole
    while (words < 3 && k < w.size) {
      if (w.is(k, "-") && words > 0 && w.isWord(k + 1)) {
        k++;
        continue;
      }
      if (words > 0 && (w.is(k, "and") || w.is(k, "or")) && conjunct(w, k + 1, ctx)) {
        if (has(w, k - 1, generic)) {
          genericConjunct = k - 1;
        }
        k++;
        continue; // "176 passengers and crew"
      }
      if (w.is(k, ".") && w.length(k - 1) == 1 && w.isCap(k - 1) && k > pos) {
        k++;
        continue; // "U.S. service members": the stops of an abbreviation
      }
      if (w.length(k) == 1 && w.isCap(k) && w.is(k + 1, ".")) {
        k++;
        continue; // and its letters, which count as no words
      }
      if (!w.isWord(k) || w.isDigits(k) || has(w, k, npStop) || has(w, k, auxiliary) || ctx.otherFigure(k)) {
        break;
      }
      if (has(w, k, notPeople)) {
        words = 0; // "homes without power": a phrase with a thing in it names no people
        break;
      }
      ++k;
      words++;
      if (words == 1) {
        end1 = k;
      } else if (words == 2) {
        end2 = k;
      } else {
        end3 = k;
      }
    }
    for (int n = words; n >= 1 && (n == words || !maximal); n--) { // NP! takes the longest only
      int end = n == 1 ? end1 : n == 2 ? end2 : end3;
      int head = end - 1;
      if (has(w, head, notPeople) || subgroup && has(w, head, generic)) {
        continue;
      }
      int r = side(els, e + 1, end, origin, dir, w, ctx);
      if (r != FAIL) {
        subject = genericConjunct >= pos && genericConjunct < head ? w.at(genericConjunct) : w.at(head);
        return r;
      }
    }
    return FAIL;
  }
}
